import { type FilesCloud, type FilesSyncResult, pullFiles, pushFiles } from '../filesync/index.js';
import type { Database } from './database.js';
import { type DatabaseSyncProgress, type DatabaseSyncResult, syncDatabase } from './database-sync.js';
import type { LocalKind } from './documents.js';
import { type LocalSyncResult, syncLocal } from './local-sync.js';
import type { TableName } from './schema.js';
import type { SyncPart } from './sync-service.js';

/** Opens a database when a part needs it (settings are read then, so a missing one fails that part). */
export type OpenDatabase = () => Database;

/** Which database of app data sync: `local` or `cloud`. */
export type DatabaseRole = 'local' | 'cloud';

/** The `database` part: push (local → cloud) and pull (cloud → local). */
export function databasePart(options: {
  openLocal: OpenDatabase;
  openCloud: OpenDatabase;
  tables?: readonly TableName[];
  /** The command that migrates the database of a role, named when its schema is behind. */
  migrateHint?: (role: DatabaseRole) => string;
  /** Called once both databases are open, before anything is read. */
  onStart?: (source: Database, target: Database) => void;
  onProgress?: (progress: DatabaseSyncProgress) => void;
}): SyncPart<DatabaseSyncResult> {
  const { migrateHint } = options;
  return {
    name: 'database',
    directions: ['push', 'pull'],
    async run({ direction, dryRun, prune }) {
      // Both settings are resolved before either database is contacted.
      const local = options.openLocal();
      try {
        const cloud = options.openCloud();
        try {
          const [source, target] = direction === 'push' ? [local, cloud] : [cloud, local];
          options.onStart?.(source, target);
          return await syncDatabase({
            source,
            target,
            tables: options.tables,
            dryRun,
            prune,
            migrateHint: migrateHint && ((database) => migrateHint(database === cloud ? 'cloud' : 'local')),
            onProgress: options.onProgress,
          });
        } finally {
          await cloud.close();
        }
      } finally {
        await local.close();
      }
    },
  };
}

/** The `local` part: skills and content files ↔ the local database. */
export function localPart(options: {
  openLocal: OpenDatabase;
  root: string;
  only?: readonly LocalKind[];
  migrateHint?: string;
}): SyncPart<LocalSyncResult> {
  return {
    name: 'local',
    directions: ['to-db', 'to-disk'],
    async run({ direction, dryRun, prune }) {
      const database = options.openLocal();
      try {
        return await syncLocal({
          database,
          root: options.root,
          direction: direction === 'to-db' ? 'to-db' : 'to-disk',
          only: options.only,
          dryRun,
          prune,
          migrateHint: options.migrateHint,
        });
      } finally {
        await database.close();
      }
    },
  };
}

/** The `files` part: the synced folders as a tarball, push (to the cloud) and pull (from it). */
export function filesPart(options: {
  root: string;
  /** Builds the cloud client when the part runs (settings are read then, so a missing one fails this part). */
  openCloud: () => FilesCloud;
  tempDir?: string;
}): SyncPart<FilesSyncResult> {
  return {
    name: 'files',
    directions: ['push', 'pull'],
    async run({ direction, dryRun }) {
      const run = direction === 'push' ? pushFiles : pullFiles;
      return run({ root: options.root, cloud: options.openCloud(), dryRun, tempDir: options.tempDir });
    },
  };
}
