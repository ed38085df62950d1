/** `syncagent serve` (DESIGN section 9): webhook intake with a durable spool, connect, tick, file sync, metrics, relay. */

export { cloneStoreIfMissing, gitAuthEnv } from './clone.js';
export { type ConnectRequest, type ConnectRunner, catalogConnect } from './connect-event.js';
export { FilesApi } from './files-api.js';
export {
  createGitHubDispatcher,
  type Dispatcher,
  dispatchOf,
  type RelaySettings,
  relaySettings,
} from './github-relay.js';
export { createMetrics, type ServeMetrics } from './metrics.js';
export { TickScheduler } from './scheduler.js';
export {
  defaultServeLimits,
  deliveryIdHeaders,
  type RetryPolicy,
  type RunningService,
  type ServeLimits,
  type ServeOptions,
  startService,
} from './service.js';
export { Spool, type SpoolOptions, type SpoolPayload, type SpoolRecord } from './spool.js';
export { storeRefresher } from './store-refresh.js';
export { type FailureDecision, WorkQueue, type WorkQueueOptions } from './work-queue.js';
