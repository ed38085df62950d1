import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  createMirrorTools
} from "./chunks/chunk-XHRBHOYN.js";
import {
  createMcpServer,
  listSkills,
  serveMcpOverStdio
} from "./chunks/chunk-ZFW4EQ4H.js";
import {
  grepFile
} from "./chunks/chunk-VCF3OO3O.js";
import {
  readFile,
  withGutter
} from "./chunks/chunk-6TMAF5YY.js";
import "./chunks/chunk-6EE2BJYB.js";
import "./chunks/chunk-GQGRQMVN.js";
import {
  createJsonLogger,
  silentLogger
} from "./chunks/chunk-JPRZCM43.js";
import "./chunks/chunk-BZ4OAV57.js";
import {
  connectFromRequest,
  parseConnectRequest
} from "./chunks/chunk-2OVSVRVZ.js";
import "./chunks/chunk-RR662ASG.js";
import {
  deleteSync,
  exec,
  poll,
  renew,
  tick
} from "./chunks/chunk-IAENJBBH.js";
import {
  syncStatus
} from "./chunks/chunk-BRVAQNWK.js";
import {
  handleWebhook
} from "./chunks/chunk-RXO6KAIR.js";
import "./chunks/chunk-OUFSQDXX.js";
import "./chunks/chunk-L2M3EPJ6.js";
import "./chunks/chunk-ABKUXN2E.js";
import "./chunks/chunk-B325YKMD.js";
import "./chunks/chunk-RJQ6WHIR.js";
import "./chunks/chunk-LKFTHDQR.js";
import "./chunks/chunk-BMREFUSN.js";
import "./chunks/chunk-D5RWULID.js";
import "./chunks/chunk-QRR2AGRQ.js";
import "./chunks/chunk-OLBI5X7L.js";
import "./chunks/chunk-E5QKV4CV.js";
import {
  initStore,
  openStore
} from "./chunks/chunk-ACSXKUUB.js";
import {
  syncPaths,
  validateSlug
} from "./chunks/chunk-GDF2W7QV.js";
import {
  ApiError,
  CommandFailedError,
  ConflictError,
  DatabaseError,
  ExitCode,
  InternalError,
  InvalidInputError,
  IoError,
  MissingConfigError,
  RateLimitedError,
  SandboxError,
  SyncError,
  UnauthorizedError,
  UsageError,
  exitCodeOf,
  toSyncError
} from "./chunks/chunk-4V3D2JW7.js";
import "./chunks/chunk-UVWUOZ5C.js";
import "./chunks/chunk-P5EA5Q7C.js";
import "./chunks/chunk-5O5R4X6N.js";
export {
  ApiError,
  CommandFailedError,
  ConflictError,
  DatabaseError,
  ExitCode,
  InternalError,
  InvalidInputError,
  IoError,
  MissingConfigError,
  RateLimitedError,
  SandboxError,
  SyncError,
  UnauthorizedError,
  UsageError,
  connectFromRequest,
  createJsonLogger,
  createMcpServer,
  createMirrorTools,
  deleteSync,
  exec,
  exitCodeOf,
  grepFile,
  handleWebhook,
  initStore,
  listSkills,
  openStore,
  parseConnectRequest,
  poll,
  readFile,
  renew,
  serveMcpOverStdio,
  silentLogger,
  syncPaths,
  syncStatus,
  tick,
  toSyncError,
  validateSlug,
  withGutter
};
