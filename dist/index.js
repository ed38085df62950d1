import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  createMirrorTools
} from "./chunks/chunk-JXWQIZBP.js";
import {
  callApiInput,
  callApiOperation,
  createMcpServer,
  grepFileInput,
  grepFileOperation,
  listFilesInput,
  listFilesOperation,
  listSkills,
  listSkillsInput,
  listSkillsOperation,
  maxCallApiBytes,
  maxListedFiles,
  readFileInput,
  readFileOperation,
  serveMcpOverStdio
} from "./chunks/chunk-IGIPPCNP.js";
import {
  compilePattern,
  defaultMaxMatches,
  grepFile
} from "./chunks/chunk-VCF3OO3O.js";
import {
  maxReadBytes,
  readFile,
  withGutter
} from "./chunks/chunk-6TMAF5YY.js";
import {
  isBinary,
  walkFiles
} from "./chunks/chunk-6EE2BJYB.js";
import "./chunks/chunk-BZ4OAV57.js";
import "./chunks/chunk-RR662ASG.js";
import {
  ScopedMirror,
  addressOf,
  deleteLines,
  extractItems,
  fnv1a32,
  maxMirrorFileBytes,
  parseSaveItems,
  upsertLines
} from "./chunks/chunk-AMLBELEZ.js";
import "./chunks/chunk-B325YKMD.js";
import "./chunks/chunk-RJQ6WHIR.js";
import "./chunks/chunk-LKFTHDQR.js";
import "./chunks/chunk-BMREFUSN.js";
import "./chunks/chunk-D5RWULID.js";
import "./chunks/chunk-QRR2AGRQ.js";
import "./chunks/chunk-OLBI5X7L.js";
import {
  startBranch
} from "./chunks/chunk-VVFOJYRT.js";
import {
  GitCliRemote,
  GitStore,
  decodeText,
  defaultAuthor,
  initStore,
  openStore,
  redact,
  storeFolders
} from "./chunks/chunk-OWAUOHED.js";
import {
  gitNameProblem,
  syncPaths,
  validateSlug,
  validateStoreDir,
  validateStorePath,
  validateWritePath
} from "./chunks/chunk-GDF2W7QV.js";
import {
  AgentError,
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
import "./chunks/chunk-5O5R4X6N.js";
export {
  AgentError,
  ApiError,
  CommandFailedError,
  ConflictError,
  DatabaseError,
  ExitCode,
  GitCliRemote,
  GitStore,
  InternalError,
  InvalidInputError,
  IoError,
  MissingConfigError,
  RateLimitedError,
  SandboxError,
  ScopedMirror,
  SyncError,
  UnauthorizedError,
  UsageError,
  addressOf,
  callApiInput,
  callApiOperation,
  compilePattern,
  createMcpServer,
  createMirrorTools,
  decodeText,
  defaultAuthor,
  defaultMaxMatches,
  deleteLines,
  exitCodeOf,
  extractItems,
  fnv1a32,
  gitNameProblem,
  grepFile,
  grepFileInput,
  grepFileOperation,
  initStore,
  isBinary,
  listFilesInput,
  listFilesOperation,
  listSkills,
  listSkillsInput,
  listSkillsOperation,
  maxCallApiBytes,
  maxListedFiles,
  maxMirrorFileBytes,
  maxReadBytes,
  openStore,
  parseSaveItems,
  readFile,
  readFileInput,
  readFileOperation,
  redact,
  serveMcpOverStdio,
  startBranch,
  storeFolders,
  syncPaths,
  toSyncError,
  upsertLines,
  validateSlug,
  validateStoreDir,
  validateStorePath,
  validateWritePath,
  walkFiles,
  withGutter
};
