import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  createMirrorTools
} from "./chunks/chunk-FKINLNG5.js";
import "./chunks/chunk-RJQ6WHIR.js";
import {
  createMcpServer,
  grepFile,
  listSkills,
  readFile,
  serveMcpOverStdio,
  withGutter
} from "./chunks/chunk-KBVXJHDN.js";
import "./chunks/chunk-BMREFUSN.js";
import "./chunks/chunk-D5RWULID.js";
import {
  createJsonLogger,
  silentLogger
} from "./chunks/chunk-ZB2H5GVB.js";
import {
  handleWebhook
} from "./chunks/chunk-YXF6CNDQ.js";
import "./chunks/chunk-LKFTHDQR.js";
import {
  connectFromRequest,
  parseConnectRequest
} from "./chunks/chunk-IRASGJ2Y.js";
import {
  deleteSync,
  exec,
  poll,
  renew,
  tick
} from "./chunks/chunk-EEJ2RHAQ.js";
import {
  syncStatus
} from "./chunks/chunk-STW7HOZ4.js";
import "./chunks/chunk-3AWOR4T2.js";
import "./chunks/chunk-UVWUOZ5C.js";
import "./chunks/chunk-P5EA5Q7C.js";
import "./chunks/chunk-L2M3EPJ6.js";
import "./chunks/chunk-NSBACWOB.js";
import "./chunks/chunk-2FJUDYZR.js";
import "./chunks/chunk-62ZTRIEV.js";
import {
  initStore,
  openStore
} from "./chunks/chunk-TTA2RZG3.js";
import "./chunks/chunk-UAPUYYY3.js";
import "./chunks/chunk-SSEUZXBO.js";
import "./chunks/chunk-RR662ASG.js";
import {
  syncPaths,
  validateSlug
} from "./chunks/chunk-TQXVWXKX.js";
import "./chunks/chunk-OLBI5X7L.js";
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
} from "./chunks/chunk-IMJX6225.js";
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
