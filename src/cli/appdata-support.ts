import { resolve } from 'node:path';
import type { Database } from '../appdata/database.js';
import type { DatabaseSyncProgress } from '../appdata/database-sync.js';
import { createPgDatabase } from '../appdata/pg-database.js';
import { requireSetting } from '../config.js';
import { InvalidInputError } from '../errors.js';
import type { CliContext } from './context.js';

/** The two databases of app data sync and the settings that locate them. */
export const databaseSettings = {
  local: { variable: 'DATABASE_URL', name: 'local database' },
  cloud: { variable: 'CLOUD_DATABASE_URL', name: 'cloud database' },
} as const;

/** Which database: `local` (DATABASE_URL) or `cloud` (CLOUD_DATABASE_URL). */
export type DatabaseRole = keyof typeof databaseSettings;

/** Builds the Database for a role from the environment; `missing_config` names the variable. */
export function openDatabase(context: CliContext, role: DatabaseRole): Database {
  const { variable, name } = databaseSettings[role];
  const url = requireSetting(context.env, variable);
  return createPgDatabase({ url, name, variable });
}

/** The command that migrates the database with this label, for hints. */
export function migrateHint(database: Database): string {
  return `syncagent db migrate --target ${database.label.startsWith('cloud') ? 'cloud' : 'local'}`;
}

/** The folder local sync works on: `--store` or the current directory. */
export function storeRoot(context: CliContext, options: { store?: string }): string {
  return resolve(context.cwd, options.store ?? '.');
}

/** Parses a `--flag a|b` choice. */
export function parseChoice<T extends string>(value: string | undefined, choices: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new InvalidInputError(`${flag}: expected one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
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

/** Formats rows as a left-aligned text table (numbers right-aligned). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const cells = [header, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell)))];
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => String(row[column] ?? '').length)));
  return cells.map((row) =>
    row
      .map((cell, column) => {
        const text = String(cell ?? '');
        const width = widths[column] ?? 0;
        return numeric[column] ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Milliseconds as `1.23 s` or `45 ms`. */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
