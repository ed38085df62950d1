/**
 * One error type for the whole product. Every known failure is a `SyncError` with a stable
 * snake_case `code`, the process exit code of DESIGN section 4, structured `data` and an optional
 * `cause`. Anything else that escapes to an entry point is a bug and is reported as one.
 *
 * Each bundle (dist/program.cjs, the dist/lazy/ and dist/index.js build, a user's) carries its own copy of these classes, so
 * `instanceof` fails across them. Errors carry a `Symbol.for` brand instead, and every class has a
 * static `isInstance` that checks the brand (and the code, for a subclass): use it, never `instanceof`.
 */

/** The brand every SyncError carries, shared by every bundle through the global symbol registry. */
const syncErrorBrand = Symbol.for('syncagent.error');

/** Stable error codes (DESIGN sections 4 and 8). */
export type ErrorCode =
  | 'usage'
  | 'invalid_input'
  | 'missing_config'
  | 'unauthorized'
  | 'conflict'
  | 'api_error'
  | 'rate_limited'
  | 'database'
  | 'io'
  | 'command_failed'
  | 'sandbox'
  | 'agent'
  | 'internal';

/** Process exit codes: 0 ok, 1 failure, 2 bad usage or input, 3 missing configuration, 4 unauthorized, 5 conflict. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  badInput: 2,
  missingConfig: 3,
  unauthorized: 4,
  conflict: 5,
} as const;

const exitCodeByCode: Record<ErrorCode, number> = {
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
  internal: ExitCode.failure,
};

/** The exit code of an error code (a code this version does not know is a plain failure, exit 1). */
export function exitCodeOf(code: string): number {
  return Object.hasOwn(exitCodeByCode, code) ? exitCodeByCode[code as ErrorCode] : ExitCode.failure;
}

/** Options shared by every error constructor. */
export interface SyncErrorOptions {
  data?: Record<string, unknown>;
  cause?: unknown;
}

/** Base class of every error syncagent reports. */
export class SyncError extends Error {
  override readonly name: string = 'SyncError';
  readonly code: ErrorCode;
  readonly exitCode: number;
  readonly data: Record<string, unknown>;
  /** Whether trying the same call again may succeed (5xx, 429, network); the gateway's retry policy reads it. */
  readonly isRetryable: boolean;

  constructor(code: ErrorCode, message: string, options: SyncErrorOptions & { isRetryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.exitCode = exitCodeByCode[code];
    this.data = options.data ?? {};
    this.isRetryable = options.isRetryable ?? false;
  }

  /** A JSON-safe view for `--json` output and logs. */
  toJSON(): { code: ErrorCode; message: string; data: Record<string, unknown> } {
    return { code: this.code, message: this.message, data: this.data };
  }

  /** True when `value` is a SyncError from any bundle (checks the brand, not the prototype chain). */
  static isInstance(value: unknown): value is SyncError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[syncErrorBrand] === true;
  }

  /** The same as `isInstance` (kept for existing callers). */
  static is(value: unknown): value is SyncError {
    return SyncError.isInstance(value);
  }
}

// On the prototype, not the instance: the brand stays out of JSON, equality checks and spreads.
Object.defineProperty(SyncError.prototype, syncErrorBrand, { value: true });

/** True when `value` is a SyncError (from any bundle) with this code. */
function hasCode(value: unknown, code: ErrorCode): boolean {
  return SyncError.isInstance(value) && value.code === code;
}

/** The command line does not parse (unknown command or option, missing argument): exit 2, nothing run. */
export class UsageError extends SyncError {
  override readonly name = 'UsageError';

  /** True when `value` is a UsageError from any bundle. */
  static override isInstance(value: unknown): value is UsageError {
    return hasCode(value, 'usage');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    super('usage', message, options);
  }
}

/** Bad flags, arguments, payloads, paths or files: exit 2, nothing written. */
export class InvalidInputError extends SyncError {
  override readonly name = 'InvalidInputError';

  /** True when `value` is a InvalidInputError from any bundle. */
  static override isInstance(value: unknown): value is InvalidInputError {
    return hasCode(value, 'invalid_input');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    super('invalid_input', message, options);
  }
}

/** A required setting is absent; `variable` names the env var (and flag) to set. */
export class MissingConfigError extends SyncError {
  override readonly name = 'MissingConfigError';

  /** True when `value` is a MissingConfigError from any bundle. */
  static override isInstance(value: unknown): value is MissingConfigError {
    return hasCode(value, 'missing_config');
  }

  constructor(variable: string, message?: string, options?: SyncErrorOptions) {
    super('missing_config', message ?? `missing configuration: set ${variable}`, {
      ...options,
      data: { variable, ...options?.data },
    });
  }
}

/** The remote refused our credentials (HTTP 401/403 and the like): exit 4. */
export class UnauthorizedError extends SyncError {
  override readonly name = 'UnauthorizedError';

  /** True when `value` is a UnauthorizedError from any bundle. */
  static override isInstance(value: unknown): value is UnauthorizedError {
    return hasCode(value, 'unauthorized');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    super('unauthorized', message, options);
  }
}

/** A compare-and-swap kept losing after the bounded retries: exit 5. */
export class ConflictError extends SyncError {
  override readonly name = 'ConflictError';

  /** True when `value` is a ConflictError from any bundle. */
  static override isInstance(value: unknown): value is ConflictError {
    return hasCode(value, 'conflict');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    super('conflict', message, options);
  }
}

/** A remote API answered with an error status; `data.request` is already redacted. */
export class ApiError extends SyncError {
  override readonly name = 'ApiError';

  /** True when `value` is a ApiError from any bundle. */
  static override isInstance(value: unknown): value is ApiError {
    return hasCode(value, 'api_error');
  }

  /** The HTTP status; 0 when the request never got an answer (network error). */
  readonly status: number;
  constructor(status: number, message: string, options?: SyncErrorOptions) {
    // 5xx, 429 and network failures (status 0) may succeed on a later attempt; other statuses will not.
    super('api_error', message, {
      ...options,
      data: { status, ...options?.data },
      isRetryable: status === 0 || status === 429 || status >= 500,
    });
    this.status = status;
  }
}

/** 429s kept coming after the bounded retries. */
export class RateLimitedError extends SyncError {
  override readonly name = 'RateLimitedError';

  /** True when `value` is a RateLimitedError from any bundle. */
  static override isInstance(value: unknown): value is RateLimitedError {
    return hasCode(value, 'rate_limited');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    // Retries were spent here, but a later run (the next tick) may well get through.
    super('rate_limited', message, { ...options, isRetryable: true });
  }
}

/** A database could not be reached or refused a statement. Never carries a password. */
export class DatabaseError extends SyncError {
  override readonly name = 'DatabaseError';

  /** True when `value` is a DatabaseError from any bundle. */
  static override isInstance(value: unknown): value is DatabaseError {
    return hasCode(value, 'database');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    super('database', message, options);
  }
}

/** A filesystem or git object operation failed. */
export class IoError extends SyncError {
  override readonly name = 'IoError';

  /** True when `value` is a IoError from any bundle. */
  static override isInstance(value: unknown): value is IoError {
    return hasCode(value, 'io');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    super('io', message, options);
  }
}

/** An external command exited non-zero; carries the command, exit code and stderr tail. */
export class CommandFailedError extends SyncError {
  override readonly name = 'CommandFailedError';

  /** True when `value` is a CommandFailedError from any bundle. */
  static override isInstance(value: unknown): value is CommandFailedError {
    return hasCode(value, 'command_failed');
  }

  constructor(command: string, exitCode: number | null, stderrTail: string, options?: SyncErrorOptions) {
    super('command_failed', `${command} exited with ${exitCode ?? 'a signal'}: ${lastLine(stderrTail)}`, {
      ...options,
      data: { command, exitCode, stderrTail, ...options?.data },
    });
  }
}

/** Handler code failed, hit a limit or tried something the sandbox forbids. */
export class SandboxError extends SyncError {
  override readonly name = 'SandboxError';

  /** True when `value` is a SandboxError from any bundle. */
  static override isInstance(value: unknown): value is SandboxError {
    return hasCode(value, 'sandbox');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    super('sandbox', message, options);
  }
}

/** The LLM sync agent ended without a successful `finish` (budget spent, no finish, model error): exit 1. */
export class AgentError extends SyncError {
  override readonly name = 'AgentError';

  /** True when `value` is an AgentError from any bundle. */
  static override isInstance(value: unknown): value is AgentError {
    return hasCode(value, 'agent');
  }

  constructor(message: string, options?: SyncErrorOptions) {
    super('agent', message, options);
  }
}

/** Wraps an unexpected exception: this is a bug in syncagent. */
export class InternalError extends SyncError {
  override readonly name = 'InternalError';

  /** True when `value` is a InternalError from any bundle. */
  static override isInstance(value: unknown): value is InternalError {
    return hasCode(value, 'internal');
  }

  constructor(cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super('internal', `internal error (this is a bug in syncagent, please report it): ${detail}`, { cause });
  }
}

/** Turns anything thrown into a SyncError, wrapping unknown exceptions as internal bugs. */
export function toSyncError(error: unknown): SyncError {
  return SyncError.isInstance(error) ? error : new InternalError(error);
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}
