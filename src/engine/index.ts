/** The sync engine: registry (sync.json), runtime files, and the events connect, webhook, poll, renew, exec, delete, tick. */
export { type ConnectInput, type ConnectOutcome, chooseSlug, connect } from './connect.js';
export {
  agentModes,
  type ConnectRequest,
  connectFromRequest,
  connectRequestSchema,
  connectRequestSources,
  type ParsedConnectRequest,
  parseConnectRequest,
  reviewModes,
  type UncheckedConnectRequest,
} from './connect-request.js';
export {
  deleteSync,
  exec,
  handlerExports,
  poll,
  type RenewSkip,
  renew,
  renewDue,
  type StatusRow,
  syncStatus,
  type TickAction,
  type TickResult,
  tick,
} from './events.js';
export { createJsonLogger, type Logger, silentLogger } from './logger.js';
export {
  formatSyncJson,
  type InstalledSync,
  listSyncSlugs,
  loadSync,
  parseSyncJson,
  type SyncConfig,
  syncJsonSchema,
} from './registry.js';
export { type EventOutcome, type EventSpec, runEvent } from './run-event.js';
export {
  type ErrorRecord,
  type EventName,
  emptyStatus,
  maxErrorRecords,
  maxRecentDeliveries,
  readState,
  readStatus,
  runtimePaths,
  type SyncStatus,
} from './runtime-files.js';
export { describeChanges, describeSummaries, describeSummary, type MirrorChanges } from './summary.js';
export type {
  AgentInstallRequest,
  CheckpointInfo,
  EngineDeps,
  EngineLimits,
  Summary,
  SyncAgent,
} from './types.js';
export {
  type Delivery,
  handleWebhook,
  handleWebhookBatch,
  isDeliveryId,
  maxWebhookBodyBytes,
  normalizeHeaders,
  prepareDelivery,
  readWebhookBodyFile,
  validateDeliveryId,
  verifySignature,
  type WebhookBatchOutcome,
  type WebhookInput,
  type WebhookOutcome,
} from './webhook.js';
