/**
 * Starts a throwaway Postgres server for tests and benches: a fresh data directory in a temp folder,
 * a unix socket inside it and a free TCP port on 127.0.0.1, password authentication over TCP.
 * Postgres refuses to run as root, so when we are root the server runs as the `postgres` user.
 * `stop()` shuts it down and removes the folder.
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const bin = findBinDir();
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? postgresUser() : undefined;
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

function findBinDir(): string {
  const fromEnv = process.env.PG_BINDIR;
  if (fromEnv && existsSync(join(fromEnv, 'pg_ctl'))) return fromEnv;
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
  if (which.status === 0 && found) return join(found, '..');
  throw new Error('Postgres server binaries not found: install postgresql (initdb, pg_ctl) or set PG_BINDIR');
}

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const fields = line?.split(':');
  if (!fields || fields.length < 4) throw new Error('running as root needs a `postgres` system user to run the server');
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
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
