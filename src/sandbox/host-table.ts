import type { ContextMethod, ContextMethodPath } from '../contract/index.js';
import type { TextReply } from './text-reply.js';

/**
 * The host's side of one ctx method: the parameters handler-context.d.ts declares (checked at the boundary before
 * the call, so they hold), answering the declared value, or a TextReply carrying it (see text-reply.ts). Async
 * methods may answer with a promise; sync ones (log, now) answer inline.
 */
export type HostImplementation<Method> = Method extends (...args: infer Parameters) => infer Result
  ? Result extends Promise<infer Value>
    ? (...args: Parameters) => Value | TextReply | Promise<Value | TextReply>
    : (...args: Parameters) => Result
  : never;

/** The flat table behind ctx, keyed by dotted path (`'mirror.read'`), each entry typed by the contract. */
export type HostTable = { [Path in ContextMethodPath]: HostImplementation<ContextMethod<Path>> };

/** What a host table is built with for one sandboxed call. */
export interface HostCallScope {
  /** Aborted when the call ends for any reason (a limit, a failure, the end): host work still running should stop. */
  signal: AbortSignal;
}

/**
 * The host functions of one call: a table (methods it lacks throw "not available" inside the isolate), or a
 * function building one for the call's scope (to pass its abort signal on, e.g. to the gateway).
 */
export type HostTableSource = Partial<HostTable> | ((scope: HostCallScope) => Partial<HostTable>);
