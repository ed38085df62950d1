import { DatabaseError } from '../errors.js';
import type { Database, DatabaseSession } from './database.js';
import { requireCurrentSchema } from './migrations.js';
import { type TableName, type TableSpec, tableNames, tableSpecs } from './schema.js';

/** `push` copies local → cloud, `pull` cloud → local. */
export type DatabaseDirection = 'push' | 'pull';

/** Progress of a long copy, for the CLI's stderr. */
export interface DatabaseSyncProgress {
  table: TableName;
  phase: 'copy' | 'merge' | 'prune';
  rows: number;
}

/** What one database sync run does. */
export interface DatabaseSyncOptions {
  source: Database;
  target: Database;
  /** Tables to sync (default: all), always processed in dependency order. */
  tables?: readonly TableName[];
  /** Compute the counts, write nothing. */
  dryRun?: boolean;
  /** Delete target rows that the source does not have (never without it). */
  prune?: boolean;
  /** The command that migrates a database, for the hint when one is behind. */
  migrateHint?: (database: Database) => string;
  onProgress?: (progress: DatabaseSyncProgress) => void;
}

/** Per-table counts of one run (what would happen in a dry run). */
export interface TableSyncResult {
  table: TableName;
  sourceRows: number;
  inserts: number;
  updates: number;
  unchanged: number;
  deletes: number;
  durationMs: number;
}

/** The outcome of one run: one transaction on the target, committed unless dry. */
export interface DatabaseSyncResult {
  source: string;
  target: string;
  dryRun: boolean;
  prune: boolean;
  tables: TableSyncResult[];
  durationMs: number;
}

// Progress is reported about this often while rows stream.
const progressEveryRows = 250_000;

/**
 * Copies the selected tables from `source` to `target`: every table streams through COPY into a
 * temporary staging table, then one merge updates the rows that differ and inserts the new ones.
 * Unchanged rows are never rewritten; the whole run is one target transaction, so a failure in
 * a later table leaves the target exactly as it was. The source is read from one snapshot.
 */
export async function syncDatabase(options: DatabaseSyncOptions): Promise<DatabaseSyncResult> {
  const started = performance.now();
  const { source, target } = options;
  const dryRun = options.dryRun ?? false;
  const prune = options.prune ?? false;
  const selected = tableNames.filter((name) => (options.tables ?? tableNames).includes(name));
  const hint = options.migrateHint ?? (() => 'syncagent db migrate');
  await requireCurrentSchema(source, hint(source));
  await requireCurrentSchema(target, hint(target));

  const tables = await source.transaction(
    (reader) =>
      target.transaction(
        async (writer) => {
          if (!dryRun) {
            // Writers wait for us (readers do not): counts stay exact and inserts cannot collide.
            await writer.query(`lock table ${selected.join(', ')} in share row exclusive mode`);
          }
          // The merges hash-join whole tables; give them room so they do not spill to disk.
          await writer.query(`set local work_mem = '256MB'`);
          const results: TableSyncResult[] = [];
          const staged = new Set<TableName>();
          for (const name of selected) {
            const table = await syncTable(reader, writer, tableSpecs[name], { dryRun, onProgress: options.onProgress });
            results.push(table.result);
            if (table.staged) staged.add(name);
          }
          if (prune) {
            // Children before parents, so a foreign key never sees its parent vanish first. A table
            // that was empty before the run holds only source rows: nothing to prune there.
            for (const result of [...results].reverse().filter((result) => staged.has(result.table))) {
              const started = performance.now();
              result.deletes = await pruneTable(writer, tableSpecs[result.table], dryRun);
              result.durationMs += performance.now() - started;
              options.onProgress?.({ table: result.table, phase: 'prune', rows: result.deletes });
            }
          }
          return results;
        },
        { rollback: dryRun },
      ),
    { isolation: 'repeatable read', readOnly: true },
  );
  return {
    source: source.label,
    target: target.label,
    dryRun,
    prune,
    tables,
    durationMs: performance.now() - started,
  };
}

async function syncTable(
  reader: DatabaseSession,
  writer: DatabaseSession,
  spec: TableSpec,
  options: { dryRun: boolean; onProgress?: (progress: DatabaseSyncProgress) => void },
): Promise<{ result: TableSyncResult; staged: boolean }> {
  const started = performance.now();
  const stage = stageName(spec);
  const columns = spec.columns.map(quote).join(', ');
  const key = quote(spec.primaryKey);
  const nonKey = spec.columns.filter((column) => column !== spec.primaryKey).map(quote);

  const stream = () =>
    countRows(reader.copyOut(`copy ${quote(spec.name)} (${columns}) to stdout`), (rows) =>
      options.onProgress?.({ table: spec.name, phase: 'copy', rows }),
    );
  // Into an empty table (locked above, so it stays empty) every row is an insert: COPY straight in,
  // skipping the staging table and the merge. There is nothing to prune either.
  if (await isEmpty(writer, spec)) {
    const sourceRows = options.dryRun
      ? await count(reader, `select count(*) from ${quote(spec.name)}`)
      : await writer.copyIn(`copy ${quote(spec.name)} (${columns}) from stdin`, stream());
    return {
      result: {
        table: spec.name,
        sourceRows,
        inserts: sourceRows,
        updates: 0,
        unchanged: 0,
        deletes: 0,
        durationMs: performance.now() - started,
      },
      staged: false,
    };
  }
  await writer.query(`create temporary table ${stage} (like ${quote(spec.name)}) on commit drop`);
  const sourceRows = await writer.copyIn(`copy ${stage} (${columns}) from stdin`, stream());
  options.onProgress?.({ table: spec.name, phase: 'merge', rows: sourceRows });
  // Temporary tables are never auto-analysed; without statistics the merge plans badly.
  await writer.query(`analyze ${stage}`);

  const differs = `(${nonKey.map((column) => `t.${column}`).join(', ')}) is distinct from (${nonKey
    .map((column) => `s.${column}`)
    .join(', ')})`;
  const missing = `not exists (select 1 from ${quote(spec.name)} t where t.${key} = s.${key})`;
  let inserts: number;
  let updates: number;
  if (options.dryRun) {
    updates = await count(
      writer,
      `select count(*) from ${stage} s join ${quote(spec.name)} t using (${key}) where ${differs}`,
    );
    inserts = await count(writer, `select count(*) from ${stage} s where ${missing}`);
  } else {
    // Update first: the rows inserted next would only be compared against themselves.
    updates = (
      await writer.query(
        `update ${quote(spec.name)} t set (${nonKey.join(', ')}) = (${nonKey.map((column) => `s.${column}`).join(', ')})
           from ${stage} s where t.${key} = s.${key} and ${differs}`,
      )
    ).rowCount;
    inserts = (
      await writer.query(
        `insert into ${quote(spec.name)} (${columns}) select ${columns} from ${stage} s where ${missing}`,
      )
    ).rowCount;
  }
  return {
    result: {
      table: spec.name,
      sourceRows,
      inserts,
      updates,
      unchanged: sourceRows - inserts - updates,
      deletes: 0,
      durationMs: performance.now() - started,
    },
    staged: true,
  };
}

async function pruneTable(writer: DatabaseSession, spec: TableSpec, dryRun: boolean): Promise<number> {
  const key = quote(spec.primaryKey);
  const orphan = `not exists (select 1 from ${stageName(spec)} s where s.${key} = t.${key})`;
  if (dryRun) return count(writer, `select count(*) from ${quote(spec.name)} t where ${orphan}`);
  return (await writer.query(`delete from ${quote(spec.name)} t where ${orphan}`)).rowCount;
}

/** Passes COPY text chunks through, counting rows (one newline each: text COPY escapes the others). */
async function* countRows(
  chunks: AsyncIterable<Uint8Array>,
  report: (rows: number) => void,
): AsyncIterable<Uint8Array> {
  let rows = 0;
  let nextReport = progressEveryRows;
  for await (const chunk of chunks) {
    let index = chunk.indexOf(10);
    while (index !== -1) {
      rows += 1;
      index = chunk.indexOf(10, index + 1);
    }
    if (rows >= nextReport) {
      report(rows);
      nextReport = rows + progressEveryRows;
    }
    yield chunk;
  }
}

async function isEmpty(session: DatabaseSession, spec: TableSpec): Promise<boolean> {
  const { rows } = await session.query<{ empty: boolean }>(
    `select not exists (select 1 from ${quote(spec.name)}) as empty`,
  );
  return rows[0]?.empty === true;
}

async function count(session: DatabaseSession, sql: string): Promise<number> {
  const { rows } = await session.query<{ count: string }>(sql);
  const value = rows[0]?.count;
  if (value === undefined) throw new DatabaseError(`count query returned no row: ${sql}`);
  return Number(value);
}

function stageName(spec: TableSpec): string {
  return quote(`syncagent_stage_${spec.name}`);
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
