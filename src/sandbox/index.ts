/** The sandbox: untrusted handler modules run in a QuickJS (WASM) isolate with only `ctx`. */
export { jsonSafe } from './host-envelope.js';
export type { HostCallScope, HostImplementation, HostTable, HostTableSource } from './host-table.js';
export { inspectModule } from './inspect-module.js';
export { defaultLimits } from './limits.js';
export { runModule } from './run-module.js';
export { TextReply } from './text-reply.js';
export type {
  RunModuleOptions,
  SandboxErrorData,
  SandboxFailureReason,
  SandboxLimits,
  SandboxSyncData,
  ThrownErrorInfo,
} from './types.js';
