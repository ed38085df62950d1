import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseUrl } from '../support/postgres.js';
import { syncedFiles, writeFiles } from './fixtures.js';
import { cli, cliProcess, dump, freshPair, migrateBoth, postgres, readTree, tempDir } from './helpers.js';

/** A loopback port nobody listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

describe('bad input and unreachable databases', () => {
  it('an unreachable cloud is a database error naming the host, never the password, and the local side is untouched', async () => {
    const { env, localUrl } = await freshPair();
    await migrateBoth(env);
    const port = await closedPort();
    const password = 'sup3r-s3cret-pw';
    const before = await dump(localUrl);
    const result = await cliProcess(['db', 'push', '--json'], {
      env: { ...env, CLOUD_DATABASE_URL: `postgres://app:${password}@127.0.0.1:${port}/appdb` },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `syncagent: database: cannot connect to the cloud database 127.0.0.1:${port}/appdb (CLOUD_DATABASE_URL)`,
    );
    expect(JSON.parse(result.stdout).error).toMatchObject({
      code: 'database',
      data: { variable: 'CLOUD_DATABASE_URL' },
    });
    expect(result.stdout + result.stderr).not.toContain(password);
    expect(await dump(localUrl)).toEqual(before);
  });

  it('a wrong password is a database error naming the host and not the password', async () => {
    const { env } = await freshPair();
    const info = postgres();
    const wrong = { ...info, password: 'wrong-Passw0rd-xyz' };
    const result = await cli(['db', 'migrate'], { env: { ...env, DATABASE_URL: databaseUrl(wrong, 'postgres') } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^syncagent: database: cannot connect to the local database 127\\.0\\.0\\.1:${info.port}/postgres \\(DATABASE_URL\\): password authentication failed`,
        'm',
      ),
    );
    expect(result.stderr).not.toContain('wrong-Passw0rd-xyz');
  });

  it('an unreachable database during to-disk leaves the files alone', async () => {
    const store = await tempDir();
    await writeFiles(store, syncedFiles);
    const before = await readTree(store);
    const port = await closedPort();
    const result = await cli(['local', 'to-disk', '--store', store, '--prune'], {
      env: { DATABASE_URL: `postgres://app:pw-hidden-123@127.0.0.1:${port}/appdb` },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`127.0.0.1:${port}/appdb`);
    expect(result.stderr).not.toContain('pw-hidden-123');
    expect(await readTree(store)).toEqual(before);
    expect(await readFile(join(store, 'skills/alpha/SKILL.md'), 'utf8')).toBe(syncedFiles['skills/alpha/SKILL.md']);
  });

  it('a malformed URL is bad input that does not echo the URL', async () => {
    const result = await cli(['db', 'migrate'], { env: { DATABASE_URL: 'postgres://user:pa ss@host:notaport/db' } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'syncagent: invalid_input: DATABASE_URL: not a valid URL (expected postgres://user:password@host:port/database)',
    );
  });

  it('missing settings are missing_config naming the variable (exit 3)', async () => {
    const { env } = await freshPair();
    const push = await cli(['db', 'push'], { env: { DATABASE_URL: env.DATABASE_URL } });
    expect(push.code).toBe(3);
    expect(push.stderr.trim()).toBe('syncagent: missing_config: missing configuration: set CLOUD_DATABASE_URL');
    const local = await cli(['local', 'to-db'], { env: {} });
    expect(local.code).toBe(3);
    expect(local.stderr).toContain('set DATABASE_URL');
    const sync = await cli(['sync', '--direction', 'pull', '--json'], {
      env: { CLOUD_DATABASE_URL: env.CLOUD_DATABASE_URL },
    });
    expect(sync.code).toBe(3);
    expect(JSON.parse(sync.stdout).parts[0]).toMatchObject({
      part: 'database',
      status: 'failed',
      error: { code: 'missing_config', data: { variable: 'DATABASE_URL' } },
    });
  });
});
