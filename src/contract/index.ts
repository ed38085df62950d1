/**
 * The handler contract: `handler-context.d.ts` declares `ctx` and the exports (the one place they are written down);
 * this folder derives from it what the runtime needs: the methods with their sync/async mode and argument checks.
 */
export { type ArgumentCheck, compileArgumentCheck } from './check-arguments.js';
export type { ContextMethod, ContextMethodPath } from './context-methods.js';
export type * from './handler-context.js';
export type { HostMethodSpec, RuntimeParameter, RuntimeProperty, RuntimeType } from './host-method-spec.js';
export { hostMethods } from './host-methods.generated.js';
export { type ContextMethodEntry, contextMethods } from './method-table.js';
