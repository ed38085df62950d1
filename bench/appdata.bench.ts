import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { migrate } from '../src/appdata/index.js';
import { createPgDatabase } from '../src/appdata/pg-database.js';
import { runCli } from '../src/cli/program.js';
import { createDatabase, startPostgres } from '../test/support/postgres.js';
import { benchDir, formatMs, hasCommand, type Report, runCommand } from './harness.js';

// `db push` of 1,000,000 users + 1,000,000 contexts into an empty cloud database, against
// `psql \copy` of the same rows, then the same push again (which must update 0 rows). The server
// runs without durability (fsync, synchronous_commit and full_page_writes off, as the tests run
// it), and the rows say so; one more row pushes into a cloud database on a second server with
// durability on, against `psql \copy` into that same server.
const rowsPerTable = Number(process.env.BENCH_APPDATA_ROWS ?? 1_000_000);
const userColumns = 'id, email, name, created_at, updated_at';
const contextColumns = 'id, user_id, name, data, created_at, updated_at';

export default async function appdataBench(report: Report): Promise<void> {
  if (!hasCommand('psql')) throw new Error('the appdata bench needs psql (the reference tool) on PATH');
  const server = await startPostgres({
    settings: { shared_buffers: '512MB', max_wal_size: '8GB', checkpoint_timeout: '30min' },
  });
  const dir = await benchDir('appdata');
  try {
    const localUrl = await createDatabase(server, 'bench_local');
    const cloudUrl = await createDatabase(server, 'bench_cloud');
    for (const [url, name] of [
      [localUrl, 'local database'],
      [cloudUrl, 'cloud database'],
    ] as const) {
      const database = createPgDatabase({ url, name, variable: 'BENCH' });
      await migrate(database);
      await database.close();
    }
    const local = new pg.Client({ connectionString: localUrl });
    const cloud = new pg.Client({ connectionString: cloudUrl });
    await Promise.all([local.connect(), cloud.connect()]);
    try {
      console.log(
        `generating ${rowsPerTable.toLocaleString('en-US')} users + ${rowsPerTable.toLocaleString('en-US')} contexts…`,
      );
      await local.query(
        `insert into users (${userColumns})
         select 'u' || lpad(n::text, 8, '0'), 'user' || n || '@example.com', 'User ' || n,
                timestamptz '2024-01-01' + n * interval '1 second', timestamptz '2024-06-01' + n * interval '1 second'
           from generate_series(1, $1) n`,
        [rowsPerTable],
      );
      await local.query(
        `insert into contexts (${contextColumns})
         select 'c' || lpad(n::text, 8, '0'), 'u' || lpad(n::text, 8, '0'), 'default',
                jsonb_build_object('theme', case when n % 2 = 0 then 'dark' else 'light' end, 'n', n, 'tags', jsonb_build_array('a', 'b')),
                timestamptz '2024-01-01' + n * interval '1 second', timestamptz '2024-06-01' + n * interval '1 second'
           from generate_series(1, $1) n`,
        [rowsPerTable],
      );
      await local.query('vacuum analyze users, contexts');
      const usersFile = join(dir, 'users.copy');
      const contextsFile = join(dir, 'contexts.copy');
      runCommand('psql', ['-v', 'ON_ERROR_STOP=1', localUrl, '-c', `\\copy users (${userColumns}) to '${usersFile}'`]);
      runCommand('psql', [
        '-v',
        'ON_ERROR_STOP=1',
        localUrl,
        '-c',
        `\\copy contexts (${contextColumns}) to '${contextsFile}'`,
      ]);

      const emptyCloud = async () => {
        await cloud.query('truncate contexts, users');
        await cloud.query('checkpoint');
      };
      const reference = async () => {
        await emptyCloud();
        const started = performance.now();
        runCommand('psql', [
          '-v',
          'ON_ERROR_STOP=1',
          cloudUrl,
          '-c',
          `\\copy users (${userColumns}) from '${usersFile}'`,
          '-c',
          `\\copy contexts (${contextColumns}) from '${contextsFile}'`,
        ]);
        return performance.now() - started;
      };
      const env = { DATABASE_URL: localUrl, CLOUD_DATABASE_URL: cloudUrl };
      const ours = async (args: string[] = []) => {
        const started = performance.now();
        const output = await syncagent(['db', 'push', '--json', ...args], env);
        return { ms: performance.now() - started, result: output };
      };

      // Two rounds, alternating, best of each: the machine is shared.
      const referenceTimes: number[] = [];
      const ourTimes: number[] = [];
      for (let round = 0; round < 2; round += 1) {
        referenceTimes.push(await reference());
        await emptyCloud();
        const run = await ours();
        ourTimes.push(run.ms);
        const inserted = run.result.tables.reduce((sum, table) => sum + table.inserts, 0);
        if (inserted !== 2 * rowsPerTable)
          throw new Error(`push inserted ${inserted} rows, expected ${2 * rowsPerTable}`);
      }
      const oursMs = Math.min(...ourTimes);
      const referenceMs = Math.min(...referenceTimes);
      const totalRows = 2 * rowsPerTable;
      report.add({
        name: `db push ${label(rowsPerTable)} users + ${label(rowsPerTable)} contexts, empty cloud, fsync off`,
        oursMs,
        referenceName: 'psql \\copy',
        referenceMs,
        target: 2,
        note: `${rate(totalRows, oursMs)} vs ${rate(totalRows, referenceMs)}`,
      });

      // The same data again: everything goes through staging and the merge, and nothing is rewritten.
      const before = await tableStats(cloud);
      const again = await ours();
      const after = await waitForStats(cloud, before);
      const updatedByPush = again.result.tables.reduce((sum, table) => sum + table.updates + table.inserts, 0);
      const written = ['users', 'contexts'].reduce(
        (sum, table) => sum + (after[table]!.written - before[table]!.written),
        0,
      );
      report.figure(
        'db push again, same data (0 rows may be rewritten)',
        `${formatMs(again.ms)} (${rate(totalRows, again.ms)}); push reports ${updatedByPush} inserted+updated; ` +
          `pg_stat_user_tables n_tup_ins+upd+del delta: ${written}`,
      );
      if (written !== 0 || updatedByPush !== 0)
        throw new Error(`second push rewrote rows: stats ${written}, push ${updatedByPush}`);

      // The general path: a cloud that is not empty (one unrelated user) goes through staging + merge.
      await emptyCloud();
      await cloud.query(`insert into users (id, email) values ('cloud-only', 'cloud-only@example.com')`);
      const beforeStaged = await tableStats(cloud);
      const staged = await ours();
      // The same statistics check must see these writes, or the 0 above proves nothing.
      const afterStaged = await waitForStats(cloud, beforeStaged);
      const stagedWrites = ['users', 'contexts'].reduce(
        (sum, table) => sum + (afterStaged[table]!.written - beforeStaged[table]!.written),
        0,
      );
      if (stagedWrites < totalRows)
        throw new Error(`pg_stat_user_tables saw only ${stagedWrites} writes of the staged push`);
      report.add({
        name: `db push ${label(rowsPerTable)} + ${label(rowsPerTable)}, non-empty cloud (staging + merge), fsync off`,
        oursMs: staged.ms,
        referenceName: 'psql \\copy',
        referenceMs,
        note: `${rate(totalRows, staged.ms)}; pg_stat_user_tables saw ${stagedWrites.toLocaleString('en-US')} rows written`,
      });
      await durablePush(localUrl, usersFile, contextsFile, report);
      report.figure(
        'peak RSS of the bench process (rows stream, memory stays flat)',
        `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
      );
    } finally {
      await Promise.all([local.end(), cloud.end()]);
    }
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The empty-cloud push again, into a cloud database on a server with durability on (fsync, synchronous_commit and
 * full_page_writes as Postgres ships them), against `psql \copy` into that server; the local side stays as it is (it is
 * only read). Two rounds, alternating, best of each.
 */
async function durablePush(localUrl: string, usersFile: string, contextsFile: string, report: Report): Promise<void> {
  const durable = await startPostgres({
    settings: {
      shared_buffers: '512MB',
      max_wal_size: '8GB',
      checkpoint_timeout: '30min',
      fsync: 'on',
      synchronous_commit: 'on',
      full_page_writes: 'on',
    },
  });
  try {
    const cloudUrl = await createDatabase(durable, 'bench_cloud_durable');
    const database = createPgDatabase({ url: cloudUrl, name: 'durable cloud database', variable: 'BENCH' });
    await migrate(database);
    await database.close();
    const cloud = new pg.Client({ connectionString: cloudUrl });
    await cloud.connect();
    try {
      const { rows } = await cloud.query<{ fsync: string }>('show fsync');
      if (rows[0]?.fsync !== 'on') throw new Error(`the durable server runs with fsync ${rows[0]?.fsync}`);
      const emptyCloud = async () => {
        await cloud.query('truncate contexts, users');
        await cloud.query('checkpoint');
      };
      const referenceTimes: number[] = [];
      const ourTimes: number[] = [];
      for (let round = 0; round < 2; round += 1) {
        await emptyCloud();
        let started = performance.now();
        runCommand('psql', [
          '-v',
          'ON_ERROR_STOP=1',
          cloudUrl,
          '-c',
          `\\copy users (${userColumns}) from '${usersFile}'`,
          '-c',
          `\\copy contexts (${contextColumns}) from '${contextsFile}'`,
        ]);
        referenceTimes.push(performance.now() - started);
        await emptyCloud();
        started = performance.now();
        const output = await syncagent(['db', 'push', '--json'], {
          DATABASE_URL: localUrl,
          CLOUD_DATABASE_URL: cloudUrl,
        });
        ourTimes.push(performance.now() - started);
        const inserted = output.tables.reduce((sum, table) => sum + table.inserts, 0);
        if (inserted !== 2 * rowsPerTable)
          throw new Error(`push inserted ${inserted} rows, expected ${2 * rowsPerTable}`);
      }
      const oursMs = Math.min(...ourTimes);
      const referenceMs = Math.min(...referenceTimes);
      report.add({
        name: `db push ${label(rowsPerTable)} users + ${label(rowsPerTable)} contexts, empty cloud, fsync on`,
        oursMs,
        referenceName: 'psql \\copy',
        referenceMs,
        target: 2,
        note: `${rate(2 * rowsPerTable, oursMs)} vs ${rate(2 * rowsPerTable, referenceMs)}`,
      });
    } finally {
      await cloud.end();
    }
  } finally {
    await durable.stop();
  }
}

interface PushJson {
  tables: { table: string; inserts: number; updates: number; unchanged: number }[];
}

/** Runs the CLI in-process (no process start-up in the timing) and parses its --json output. */
async function syncagent(args: string[], env: NodeJS.ProcessEnv): Promise<PushJson> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const code = await runCli(args, { stdout, stderr, env, cwd: process.cwd() });
  if (code !== 0)
    throw new Error(`syncagent ${args.join(' ')} exited ${code}: ${Buffer.concat(errors).toString('utf8')}`);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as PushJson;
}

type Stats = Record<string, { written: number; scans: number }>;

async function tableStats(client: pg.Client): Promise<Stats> {
  await client.query('select pg_stat_clear_snapshot()');
  const { rows } = await client.query<{ relname: string; written: string; scans: string }>(
    `select relname, (n_tup_ins + n_tup_upd + n_tup_del)::text as written,
            (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text as scans
       from pg_stat_user_tables where relname in ('users', 'contexts')`,
  );
  return Object.fromEntries(
    rows.map((row) => [row.relname, { written: Number(row.written), scans: Number(row.scans) }]),
  );
}

/**
 * Statistics reach pg_stat_user_tables when the pushing backend flushes them (at latest when it
 * exits). The push scans both tables, so once their scan counters moved, its write counters (flushed
 * in the same entry) are in too.
 */
async function waitForStats(client: pg.Client, before: Stats): Promise<Stats> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const stats = await tableStats(client);
    if (['users', 'contexts'].every((table) => stats[table]!.scans > before[table]!.scans)) return stats;
    if (Date.now() > deadline) throw new Error('pg_stat_user_tables did not reflect the push within 30 s');
    await delay(100);
  }
}

function label(rows: number): string {
  return rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`;
}

function rate(rows: number, ms: number): string {
  return `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;
}
