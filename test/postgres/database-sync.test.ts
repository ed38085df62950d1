import { describe, expect, it } from 'vitest';
import { syncDatabase } from '../../src/appdata/index.js';
import { createPgDatabase } from '../../src/appdata/pg-database.js';
import { cli, cliProcess, dump, migratedPair, rowVersions, withClient } from './helpers.js';

async function seed(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(`
      insert into users (id, email, name, created_at, updated_at) values
        ('u1', 'ada@example.com', 'Ada', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
        ('u2', 'grace@example.com', 'Grace "Amazing" Hopper', '2024-01-02T00:00:00Z', '2024-01-02T00:00:00Z'),
        ('u3', 'linus@example.com', E'Line\\nbreak\\ttab \\\\ slash', '2024-01-03T00:00:00Z', '2024-01-03T00:00:00Z');
      insert into contexts (id, user_id, name, data) values
        ('c1', 'u1', 'default', '{"theme": "dark", "nested": {"a": [1, 2, 3]}}'),
        ('c2', 'u2', 'work', '{"emoji": "🚀", "quote": "\\"hi\\""}');
      insert into skills (slug, name, description, attributes, frontmatter_source, body) values
        ('alpha', 'alpha', 'Alpha skill: does # things', '{"metadata": {"app": "alpha"}}', null, E'# Alpha\\n');
      insert into content (path, frontmatter, frontmatter_source, body) values
        ('blog/hello.md', '{"title": "Hello"}', null, E'Hello, world\\n');
    `);
  });
}

function open(url: string, name: string) {
  return createPgDatabase({ url, name, variable: name === 'local database' ? 'DATABASE_URL' : 'CLOUD_DATABASE_URL' });
}

async function push(
  localUrl: string,
  cloudUrl: string,
  options: { dryRun?: boolean; prune?: boolean; tables?: ('users' | 'skills' | 'contexts' | 'content')[] } = {},
) {
  const source = open(localUrl, 'local database');
  const target = open(cloudUrl, 'cloud database');
  try {
    return await syncDatabase({ source, target, ...options });
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

function counts(result: Awaited<ReturnType<typeof push>>) {
  return Object.fromEntries(
    result.tables.map((table) => [table.table, [table.inserts, table.updates, table.unchanged, table.deletes]]),
  );
}

describe('db push / pull', () => {
  it('copies every table, then rewrites nothing when nothing changed', async () => {
    const { localUrl, cloudUrl, env } = await migratedPair();
    await seed(localUrl);

    const first = await cli(['db', 'push', '--json'], { env });
    expect(first.code, first.stderr).toBe(0);
    const result = JSON.parse(first.stdout) as {
      direction: string;
      dryRun: boolean;
      tables: { table: string; inserts: number }[];
    };
    expect(result.direction).toBe('push');
    expect(result.tables.map((table) => [table.table, table.inserts])).toEqual([
      ['users', 3],
      ['skills', 1],
      ['contexts', 2],
      ['content', 1],
    ]);
    expect(await dump(cloudUrl)).toEqual(await dump(localUrl));

    const before = await rowVersions(cloudUrl, 'users', 'id');
    const again = await push(localUrl, cloudUrl);
    expect(counts(again)).toEqual({
      users: [0, 0, 3, 0],
      skills: [0, 0, 1, 0],
      contexts: [0, 0, 2, 0],
      content: [0, 0, 1, 0],
    });
    // Same row versions: unchanged rows were not rewritten.
    expect(await rowVersions(cloudUrl, 'users', 'id')).toEqual(before);
  });

  it('updates only the rows that changed, and a dry run writes nothing', async () => {
    const { localUrl, cloudUrl, env } = await migratedPair();
    await seed(localUrl);
    await push(localUrl, cloudUrl);
    await withClient(localUrl, async (client) => {
      await client.query(`update users set name = 'Ada Lovelace' where id = 'u1'`);
      await client.query(`insert into users (id, email) values ('u4', 'new@example.com')`);
      await client.query(`update contexts set data = data || '{"theme": "light"}' where id = 'c1'`);
    });
    const cloudBefore = await dump(cloudUrl);
    const versionsBefore = await rowVersions(cloudUrl, 'users', 'id');

    const dry = await cli(['db', 'push', '--dry-run'], { env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^users\s+4\s+1\s+1\s+2$/m);
    expect(dry.stdout).toMatch(/^contexts\s+2\s+0\s+1\s+1$/m);
    expect(dry.stdout).toContain('dry run, nothing written: 1 inserted, 2 updated, 5 unchanged');
    expect(await dump(cloudUrl)).toEqual(cloudBefore);

    const real = await push(localUrl, cloudUrl);
    expect(counts(real)).toEqual({
      users: [1, 1, 2, 0],
      skills: [0, 0, 1, 0],
      contexts: [0, 1, 1, 0],
      content: [0, 0, 1, 0],
    });
    expect(await dump(cloudUrl)).toEqual(await dump(localUrl));
    const versionsAfter = await rowVersions(cloudUrl, 'users', 'id');
    expect(versionsAfter.u1).not.toBe(versionsBefore.u1);
    expect(versionsAfter.u2).toBe(versionsBefore.u2);
    expect(versionsAfter.u3).toBe(versionsBefore.u3);
  });

  it('keeps rows missing on the source unless --prune, and prunes children before parents', async () => {
    const { localUrl, cloudUrl, env } = await migratedPair();
    await seed(localUrl);
    await push(localUrl, cloudUrl);
    await withClient(cloudUrl, async (client) => {
      await client.query(`insert into users (id, email) values ('cloud-only', 'cloud@example.com')`);
      await client.query(`insert into contexts (id, user_id, name) values ('cx', 'cloud-only', 'x')`);
    });

    const kept = await push(localUrl, cloudUrl);
    expect(kept.tables.every((table) => table.deletes === 0)).toBe(true);
    expect((await dump(cloudUrl)).users).toHaveLength(4);

    const dry = await push(localUrl, cloudUrl, { prune: true, dryRun: true });
    expect(counts(dry).users).toEqual([0, 0, 3, 1]);
    expect(counts(dry).contexts).toEqual([0, 0, 2, 1]);
    expect((await dump(cloudUrl)).users).toHaveLength(4);

    const pruned = await cli(['db', 'push', '--prune', '--json'], { env });
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(
      (JSON.parse(pruned.stdout) as { tables: { deletes: number }[] }).tables.map((table) => table.deletes),
    ).toEqual([1, 0, 1, 0]);
    expect(await dump(cloudUrl)).toEqual(await dump(localUrl));
  });

  it('pulls cloud → local and honours --tables', async () => {
    const { localUrl, cloudUrl, env } = await migratedPair();
    await seed(cloudUrl);

    const usersOnly = await cli(['db', 'pull', '--tables', 'users', '--json'], { env });
    expect(usersOnly.code, usersOnly.stderr).toBe(0);
    expect(
      (JSON.parse(usersOnly.stdout) as { tables: { table: string }[] }).tables.map((table) => table.table),
    ).toEqual(['users']);
    const partial = await dump(localUrl);
    expect(partial.users).toHaveLength(3);
    expect(partial.contexts).toHaveLength(0);

    const all = await cli(['db', 'pull'], { env });
    expect(all.code, all.stderr).toBe(0);
    expect(await dump(localUrl)).toEqual(await dump(cloudUrl));

    const bad = await cli(['db', 'pull', '--tables', 'users,secrets'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--tables: unknown table secrets (known: users, skills, contexts, content)');
  });

  it('leaves the cloud exactly as it was when a later table fails part-way', async () => {
    const { localUrl, cloudUrl, env } = await migratedPair();
    await seed(localUrl);
    await push(localUrl, cloudUrl);
    // The cloud already has u1's "default" context under another id: contexts (after users) will collide.
    await withClient(cloudUrl, async (client) => {
      await client.query(`delete from contexts where id = 'c1'`);
      await client.query(`insert into contexts (id, user_id, name) values ('c-cloud', 'u1', 'default')`);
    });
    await withClient(localUrl, async (client) => {
      await client.query(`update users set name = 'Changed' where id = 'u2'`);
      await client.query(`insert into users (id, email) values ('u9', 'nine@example.com')`);
      await client.query(`update skills set description = 'changed' where slug = 'alpha'`);
    });
    const before = await dump(cloudUrl);

    const result = await cliProcess(['db', 'push'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^syncagent: database: cloud database 127\.0\.0\.1:\d+\/cloud_\w+: duplicate key value violates unique constraint "contexts_user_id_name_key"/m,
    );
    expect(await dump(cloudUrl)).toEqual(before);
  });

  it('rolls back cleanly (and exits) when the cloud rejects a row in the middle of a COPY', async () => {
    const { localUrl, cloudUrl, env } = await migratedPair();
    await withClient(localUrl, async (client) => {
      await client.query(
        `insert into users (id, email, name) select 'u' || n, 'user' || n || '@example.com', case when n = 1000 then 'bad' else 'User ' || n end from generate_series(1, 200000) n`,
      );
    });
    // A rule only the cloud has: the push streams straight into the empty table and fails at row 1000,
    // while the local database is still sending the rest.
    await withClient(cloudUrl, (client) =>
      client.query(`alter table users add constraint users_name_not_bad check (name <> 'bad')`),
    );

    const result = await cliProcess(['db', 'push', '--tables', 'users'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^syncagent: database: cloud database .*: new row for relation "users" violates check constraint "users_name_not_bad"/m,
    );
    expect((await dump(cloudUrl)).users).toEqual([]);
  });

  it('streams a large table through staging and reports progress on stderr', async () => {
    const { localUrl, cloudUrl, env } = await migratedPair();
    await withClient(localUrl, async (client) => {
      await client.query(
        `insert into users (id, email, name) select 'u' || n, 'user' || n || '@example.com', 'User ' || n from generate_series(1, 300000) n`,
      );
    });
    // One row already in the cloud: the table is not empty, so rows go through staging and the merge.
    await withClient(cloudUrl, async (client) => {
      await client.query(`insert into users (id, email, name) values ('u1', 'user1@example.com', 'Old name')`);
    });
    const result = await cli(['db', 'push', '--tables', 'users'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^users: 2\d\d,\d{3} rows copied…$/m);
    expect(result.stderr).toContain('users: 300,000 rows staged, merging…');
    expect(result.stdout).toContain('committed: 299,999 inserted, 1 updated, 0 unchanged');
    const cloudCount = await withClient(
      cloudUrl,
      async (client) => (await client.query('select count(*)::int as n from users')).rows[0].n,
    );
    expect(cloudCount).toBe(300000);
  });
});
