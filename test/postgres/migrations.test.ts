import { describe, expect, it } from 'vitest';
import { latestVersion, migrations } from '../../src/appdata/index.js';
import { cli, freshPair, withClient } from './helpers.js';

describe('db migrate', () => {
  it('applies every migration once, then says the database is up to date', async () => {
    const { env, localUrl, cloudUrl } = await freshPair();

    const dry = await cli(['db', 'migrate', '--dry-run'], { env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('would apply 1 users-and-contexts, 2 skills-and-content');
    const afterDry = await withClient(
      localUrl,
      async (client) => (await client.query(`select 1 from pg_tables where schemaname = 'public'`)).rowCount,
    );
    expect(afterDry).toBe(0);

    const first = await cli(['db', 'migrate'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('applied 1 users-and-contexts, 2 skills-and-content');
    expect(first.stdout).toContain(`schema version 0 → ${latestVersion}`);

    const second = await cli(['db', 'migrate', '--json'], { env });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({
      dryRun: false,
      databases: [
        {
          database: expect.stringMatching(/^local database 127\.0\.0\.1:\d+\/local_/),
          fromVersion: latestVersion,
          toVersion: latestVersion,
          applied: [],
        },
      ],
    });

    const tables = await withClient(localUrl, async (client) =>
      (
        await client.query<{ name: string }>(
          `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
        )
      ).rows.map((row) => row.name),
    );
    expect(tables).toEqual(['content', 'contexts', 'skills', 'syncagent_migrations', 'users']);
    const versions = await withClient(localUrl, async (client) =>
      (await client.query<{ version: number }>('select version from syncagent_migrations order by version')).rows.map(
        (row) => row.version,
      ),
    );
    expect(versions).toEqual(migrations.map((migration) => migration.version));
    // --target defaults to local: the cloud database was not touched.
    const cloudTables = await withClient(
      cloudUrl,
      async (client) => (await client.query(`select 1 from pg_tables where schemaname = 'public'`)).rowCount,
    );
    expect(cloudTables).toBe(0);
  });

  it('migrates both databases with --target both', async () => {
    const { env } = await freshPair();
    const result = await cli(['db', 'migrate', '--target', 'both', '--json'], { env });
    expect(result.code, result.stderr).toBe(0);
    const { databases } = JSON.parse(result.stdout) as { databases: { database: string; applied: unknown[] }[] };
    expect(databases.map((database) => database.database.split(' ')[0])).toEqual(['local', 'cloud']);
    expect(databases.every((database) => database.applied.length === migrations.length)).toBe(true);
  });

  it('refuses to push into a database that was never migrated, with the command to fix it', async () => {
    const { env, cloudUrl } = await freshPair();
    await cli(['db', 'migrate'], { env });
    const result = await cli(['db', 'push'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^syncagent: database: cloud database .* is at schema version 0, expected 2: run `syncagent db migrate --target cloud`$/m,
    );
    const cloudTables = await withClient(
      cloudUrl,
      async (client) => (await client.query(`select 1 from pg_tables where schemaname = 'public'`)).rowCount,
    );
    expect(cloudTables).toBe(0);
  });

  it('rejects a bad --target as bad usage', async () => {
    const { env } = await freshPair();
    const result = await cli(['db', 'migrate', '--target', 'prod'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--target: expected one of local, cloud, both');
  });
});
