/** The sync engine: registry (sync.json), runtime files, and the events connect, webhook, poll, renew, exec, delete, tick. */
export { chooseSlug, connect, type ConnectInput, type ConnectOutcome } from './connect.js';
export { deleteSync, exec, handlerExports, poll, renew, renewDue, syncStatus, tick, type StatusRow, type TickAction } from './events.js';
export { createJsonLogger, silentLogger, type Logger } from './logger.js';
export { formatSyncJson, listSyncSlugs, loadSync, parseSyncJson, syncJsonSchema, type InstalledSync, type SyncConfig } from './registry.js';
export { runEvent, type EventOutcome, type EventSpec } from './run-event.js';
export {
  emptyStatus,
  maxErrorRecords,
  maxRecentDeliveries,
  readState,
  readStatus,
  runtimePaths,
  type ErrorRecord,
  type EventName,
  type SyncStatus,
} from './runtime-files.js';
export { describeSummary } from './summary.js';
export type { CheckpointInfo, EngineDeps, EngineLimits, Summary } from './types.js';
export { handleWebhook, maxWebhookBodyBytes, normalizeHeaders, verifySignature, type WebhookInput, type WebhookOutcome } from './webhook.js';
