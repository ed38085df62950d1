import type { Database } from '../appdata/database.js';
import type { DatabaseSyncProgress } from '../appdata/database-sync.js';
import type { DatabaseRole } from '../appdata/parts.js';
import { createPgDatabase } from '../appdata/pg-database.js';
import { requireSetting } from '../config.js';
import type { CliContext } from './context.js';

export type { DatabaseRole };

/** The two databases of app data sync and the settings that locate them. */
export const databaseSettings: Record<DatabaseRole, { variable: string; name: string }> = {
  local: { variable: 'DATABASE_URL', name: 'local database' },
  cloud: { variable: 'CLOUD_DATABASE_URL', name: 'cloud database' },
};

/** Builds the Database for a role from the environment; `missing_config` names the variable. */
export function openDatabase(context: CliContext, role: DatabaseRole): Database {
  const { variable, name } = databaseSettings[role];
  const url = requireSetting(context.env, variable);
  return createPgDatabase({ url, name, variable });
}

/** The command that migrates the database of a role, for hints. */
export function migrateHint(role: DatabaseRole): string {
  return `syncagent db migrate --target ${role}`;
}

/** Prints database copy progress on stderr (the rows stream in the background of a long push). */
export function progressPrinter(context: CliContext): (progress: DatabaseSyncProgress) => void {
  return (progress) => {
    const rows = progress.rows.toLocaleString('en-US');
    if (progress.phase === 'copy') context.log(`${progress.table}: ${rows} rows copied…`);
    else if (progress.phase === 'merge') context.log(`${progress.table}: ${rows} rows staged, merging…`);
    else context.log(`${progress.table}: ${rows} rows missing on the source (--prune)`);
  };
}
