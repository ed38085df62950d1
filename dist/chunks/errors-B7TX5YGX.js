import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
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
} from "./chunk-4V3D2JW7.js";
import "./chunk-5O5R4X6N.js";
export {
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
};
