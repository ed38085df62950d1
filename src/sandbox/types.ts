import type { HostTableSource } from './host-table.js';

/** Per-call limits; every field is optional and has a default (see `defaultLimits`). */
export interface SandboxLimits {
  /** Memory limit of the isolate's runtime (default 256 MiB). */
  memoryBytes?: number;
  /** Wall-time deadline of the whole call, CPU and host-call waits together (default 60 000 ms). */
  timeoutMs?: number;
  /** Cap on the JSON size of the result, and of each host call's arguments (default 16 MiB). */
  maxResultBytes?: number;
  /** QuickJS stack limit (default 256 KiB); deeper recursion is a `stack_overflow`. */
  maxStackBytes?: number;
}

/** The identity of the sync a call runs for, frozen into `ctx.sync`. */
export interface SandboxSyncData {
  slug: string;
  app: string;
  accountId: string;
  externalUserId: string;
}

/** Everything `runModule` needs to run one export of an untrusted ES module. */
export interface RunModuleOptions {
  /** The ES module text (handler.js, or exec code with `export default async function (ctx)`). */
  source: string;
  /** Names the module in error messages and stack traces, e.g. "handlers/dropbox/handler.js". */
  filename: string;
  /** The export to call: 'backfill' | 'onWebhook' | 'default' | ... */
  exportName: string;
  /** Extra JSON arguments after ctx (e.g. the webhook delivery). */
  args?: unknown[];
  /** Data exposed read-only as `ctx.sync`. */
  ctxData: { sync: SandboxSyncData };
  /**
   * The host functions behind ctx, keyed by dotted path ('mirror.read', 'now', ...) and typed by the handler contract
   * (src/contract/handler-context.d.ts); or a function building them for the call (it gets the call's abort signal).
   */
  host: HostTableSource;
  limits?: SandboxLimits;
  signal?: AbortSignal;
}

/** Why a sandboxed call failed; carried as `data.reason` of the SandboxError. */
export type SandboxFailureReason =
  | 'timeout'
  | 'memory'
  | 'stack_overflow'
  | 'threw'
  | 'syntax'
  | 'import'
  | 'missing_export'
  | 'not_a_function'
  | 'result_too_large'
  | 'argument_too_large'
  | 'invalid_result'
  | 'unsettled'
  | 'pending_call_failed'
  | 'aborted'
  | 'crashed';

/** The `data` of every SandboxError raised by this folder. */
export interface SandboxErrorData {
  filename: string;
  /** The export that ran, or null while inspecting a module. */
  exportName: string | null;
  reason: SandboxFailureReason;
  /** For `threw`: what the handler threw (isolate-side name, message, stack, and code/status if set). */
  error?: ThrownErrorInfo;
  [key: string]: unknown;
}

/** A JSON-safe description of a value thrown inside the isolate. */
export interface ThrownErrorInfo {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  status?: number;
}
