/** App data sync (DESIGN section 8): schema, database push/pull, disk ↔ database, the SyncService. */
export type { Database, DatabaseSession, Queryable, QueryResult, TransactionOptions } from './database.js';
export { latestVersion, migrate, migrations, requireCurrentSchema, schemaVersion, type Migration, type MigrateResult } from './migrations.js';
export { parseTables, tableNames, tableSpecs, type TableName, type TableSpec } from './schema.js';
export {
  syncDatabase,
  type DatabaseDirection,
  type DatabaseSyncOptions,
  type DatabaseSyncProgress,
  type DatabaseSyncResult,
  type TableSyncResult,
} from './database-sync.js';
export { jsonEqual, parseMarkdown, renderFrontmatter, renderMarkdown, type Frontmatter, type JsonValue, type MarkdownDocument } from './frontmatter.js';
export { documentFile, localKinds, validateContentPath, type LocalDocument, type LocalKind } from './documents.js';
export {
  syncLocal,
  type Change,
  type ChangeCounts,
  type DiffEntry,
  type LocalDirection,
  type LocalSyncOptions,
  type LocalSyncResult,
} from './local-sync.js';
export {
  SyncService,
  SyncServiceBuilder,
  syncDirections,
  type PartResult,
  type PartRunOptions,
  type SyncAllResult,
  type SyncDirection,
  type SyncPart,
} from './sync-service.js';
export { databasePart, localPart, type DatabaseRole, type OpenDatabase } from './parts.js';
