/** Shared helpers of the postgres test project: fresh databases, the CLI in-process and as a subprocess. */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { inject, onTestFinished } from 'vitest';
import { tableNames, tableSpecs } from '../../src/appdata/schema.js';
import { runCli } from '../../src/cli/program.js';
import { cliNodeArgs, repoRoot } from '../support/cli.js';
import { tempDir as supportTempDir } from '../support/git.js';
import { createUniqueDatabase, type PostgresInfo } from '../support/postgres.js';

/** The server globalSetup started. */
export function postgres(): PostgresInfo {
  return inject('postgres');
}

/** A local and a cloud database and the env that names them. */
export interface DatabasePair {
  localUrl: string;
  cloudUrl: string;
  env: NodeJS.ProcessEnv;
}

/** A fresh, empty pair of databases: local and cloud. */
export async function freshPair(): Promise<DatabasePair> {
  const info = postgres();
  const [localUrl, cloudUrl] = await Promise.all([
    createUniqueDatabase(info, 'local'),
    createUniqueDatabase(info, 'cloud'),
  ]);
  return { localUrl, cloudUrl, env: { DATABASE_URL: localUrl, CLOUD_DATABASE_URL: cloudUrl } };
}

/** A fresh pair with both databases migrated. */
export async function migratedPair(): Promise<DatabasePair> {
  const pair = await freshPair();
  await migrateBoth(pair.env);
  return pair;
}

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (fast) with its own env and cwd. */
export async function cli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await runCli(args, { stdout, stderr, env: { ...options.env }, cwd: options.cwd ?? repoRoot });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Runs `syncagent` as a real subprocess, the way a user does. */
export function cliProcess(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cliNodeArgs, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** Runs `body` with a connected client, closing it afterwards. */
export async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

/** Every app table as text rows ordered by key: equal dumps mean equal data. */
export async function dump(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const result: Record<string, string[]> = {};
    for (const table of tableNames) {
      const { rows } = await client.query<{ row: string }>(
        `select t::text as row from ${table} t order by ${tableSpecs[table].primaryKey}`,
      );
      result[table] = rows.map((row) => row.row);
    }
    return result;
  });
}

/** The row versions (xmin) of a table by key: a rewritten row gets a new one. */
export async function rowVersions(url: string, table: string, key: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ key: string; xmin: string }>(
      `select ${key} as key, xmin::text as xmin from ${table}`,
    );
    return Object.fromEntries(rows.map((row) => [row.key, row.xmin]));
  });
}

/** A new temp folder, removed when the current test finishes (call it inside a test). */
export async function tempDir(prefix = 'syncagent-appdata-'): Promise<string> {
  const dir = await supportTempDir(prefix);
  onTestFinished(dir.cleanup);
  return dir.path;
}

/** Every file under `root` (relative path → bytes). */
export async function readTree(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(root, path), await readFile(path));
    }
  };
  await walk(root);
  return files;
}

/** Migrates both databases of a pair through the CLI. */
export async function migrateBoth(env: NodeJS.ProcessEnv): Promise<void> {
  const result = await cli(['db', 'migrate', '--target', 'both'], { env });
  if (result.code !== 0) throw new Error(`migrate failed: ${result.stderr}`);
}
