/** App data sync (DESIGN section 8): schema, database push/pull, disk ↔ database, the SyncService. */
export type { Database, DatabaseSession, Queryable, QueryResult, TransactionOptions } from './database.js';
export {
  type DatabaseDirection,
  type DatabaseSyncOptions,
  type DatabaseSyncProgress,
  type DatabaseSyncResult,
  syncDatabase,
  type TableSyncResult,
} from './database-sync.js';
export { documentFile, type LocalDocument, type LocalKind, localKinds, validateContentPath } from './documents.js';
export {
  type Frontmatter,
  type JsonValue,
  jsonEqual,
  type MarkdownDocument,
  parseMarkdown,
  renderFrontmatter,
  renderMarkdown,
} from './frontmatter.js';
export {
  type Change,
  type ChangeCounts,
  type DiffEntry,
  type LocalDirection,
  type LocalSyncOptions,
  type LocalSyncResult,
  syncLocal,
} from './local-sync.js';
export {
  latestVersion,
  type MigrateResult,
  type Migration,
  migrate,
  migrations,
  requireCurrentSchema,
  schemaVersion,
} from './migrations.js';
export { type DatabaseRole, databasePart, filesPart, localPart, type OpenDatabase } from './parts.js';
export { parseTables, type TableName, type TableSpec, tableNames, tableSpecs } from './schema.js';
export {
  type PartResult,
  type PartRunOptions,
  type SyncAllResult,
  type SyncDirection,
  type SyncPart,
  SyncService,
  SyncServiceBuilder,
  syncDirections,
} from './sync-service.js';
