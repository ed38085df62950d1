import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);

// src/errors.ts
var syncErrorBrand = /* @__PURE__ */ Symbol.for("syncagent.error");
var ExitCode = {
  ok: 0,
  failure: 1,
  badInput: 2,
  missingConfig: 3,
  unauthorized: 4,
  conflict: 5
};
var exitCodeByCode = {
  usage: ExitCode.badInput,
  invalid_input: ExitCode.badInput,
  missing_config: ExitCode.missingConfig,
  unauthorized: ExitCode.unauthorized,
  conflict: ExitCode.conflict,
  api_error: ExitCode.failure,
  rate_limited: ExitCode.failure,
  database: ExitCode.failure,
  io: ExitCode.failure,
  command_failed: ExitCode.failure,
  sandbox: ExitCode.failure,
  agent: ExitCode.failure,
  internal: ExitCode.failure
};
function exitCodeOf(code) {
  return Object.hasOwn(exitCodeByCode, code) ? exitCodeByCode[code] : ExitCode.failure;
}
var SyncError = class _SyncError extends Error {
  name = "SyncError";
  code;
  exitCode;
  data;
  /** Whether trying the same call again may succeed (5xx, 429, network); the gateway's retry policy reads it. */
  isRetryable;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.code = code;
    this.exitCode = exitCodeByCode[code];
    this.data = options.data ?? {};
    this.isRetryable = options.isRetryable ?? false;
  }
  /** A JSON-safe view for `--json` output and logs. */
  toJSON() {
    return { code: this.code, message: this.message, data: this.data };
  }
  /** True when `value` is a SyncError from any bundle (checks the brand, not the prototype chain). */
  static isInstance(value) {
    return typeof value === "object" && value !== null && value[syncErrorBrand] === true;
  }
  /** The same as `isInstance` (kept for existing callers). */
  static is(value) {
    return _SyncError.isInstance(value);
  }
};
Object.defineProperty(SyncError.prototype, syncErrorBrand, { value: true });
function hasCode(value, code) {
  return SyncError.isInstance(value) && value.code === code;
}
var UsageError = class extends SyncError {
  name = "UsageError";
  /** True when `value` is a UsageError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "usage");
  }
  constructor(message, options) {
    super("usage", message, options);
  }
};
var InvalidInputError = class extends SyncError {
  name = "InvalidInputError";
  /** True when `value` is a InvalidInputError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "invalid_input");
  }
  constructor(message, options) {
    super("invalid_input", message, options);
  }
};
var MissingConfigError = class extends SyncError {
  name = "MissingConfigError";
  /** True when `value` is a MissingConfigError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "missing_config");
  }
  constructor(variable, message, options) {
    super("missing_config", message ?? `missing configuration: set ${variable}`, {
      ...options,
      data: { variable, ...options?.data }
    });
  }
};
var UnauthorizedError = class extends SyncError {
  name = "UnauthorizedError";
  /** True when `value` is a UnauthorizedError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "unauthorized");
  }
  constructor(message, options) {
    super("unauthorized", message, options);
  }
};
var ConflictError = class extends SyncError {
  name = "ConflictError";
  /** True when `value` is a ConflictError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "conflict");
  }
  constructor(message, options) {
    super("conflict", message, options);
  }
};
var ApiError = class extends SyncError {
  name = "ApiError";
  /** True when `value` is a ApiError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "api_error");
  }
  /** The HTTP status; 0 when the request never got an answer (network error). */
  status;
  constructor(status, message, options) {
    super("api_error", message, {
      ...options,
      data: { status, ...options?.data },
      isRetryable: status === 0 || status === 429 || status >= 500
    });
    this.status = status;
  }
};
var RateLimitedError = class extends SyncError {
  name = "RateLimitedError";
  /** True when `value` is a RateLimitedError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "rate_limited");
  }
  constructor(message, options) {
    super("rate_limited", message, { ...options, isRetryable: true });
  }
};
var DatabaseError = class extends SyncError {
  name = "DatabaseError";
  /** True when `value` is a DatabaseError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "database");
  }
  constructor(message, options) {
    super("database", message, options);
  }
};
var IoError = class extends SyncError {
  name = "IoError";
  /** True when `value` is a IoError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "io");
  }
  constructor(message, options) {
    super("io", message, options);
  }
};
var CommandFailedError = class extends SyncError {
  name = "CommandFailedError";
  /** True when `value` is a CommandFailedError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "command_failed");
  }
  constructor(command, exitCode, stderrTail, options) {
    super("command_failed", `${command} exited with ${exitCode ?? "a signal"}: ${lastLine(stderrTail)}`, {
      ...options,
      data: { command, exitCode, stderrTail, ...options?.data }
    });
  }
};
var SandboxError = class extends SyncError {
  name = "SandboxError";
  /** True when `value` is a SandboxError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "sandbox");
  }
  constructor(message, options) {
    super("sandbox", message, options);
  }
};
var AgentError = class extends SyncError {
  name = "AgentError";
  /** True when `value` is an AgentError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "agent");
  }
  constructor(message, options) {
    super("agent", message, options);
  }
};
var InternalError = class extends SyncError {
  name = "InternalError";
  /** True when `value` is a InternalError from any bundle. */
  static isInstance(value) {
    return hasCode(value, "internal");
  }
  constructor(cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super("internal", `internal error (this is a bug in syncagent, please report it): ${detail}`, { cause });
  }
};
function toSyncError(error) {
  return SyncError.isInstance(error) ? error : new InternalError(error);
}
function lastLine(text) {
  const lines = text.trim().split("\n");
  return lines[lines.length - 1] ?? "";
}

export {
  ExitCode,
  exitCodeOf,
  SyncError,
  UsageError,
  InvalidInputError,
  MissingConfigError,
  UnauthorizedError,
  ConflictError,
  ApiError,
  RateLimitedError,
  DatabaseError,
  IoError,
  CommandFailedError,
  SandboxError,
  AgentError,
  InternalError,
  toSyncError
};
