import { describe, expect, it } from 'vitest';
import { syncedFiles, writeFiles } from './fixtures.js';
import { cli, dump, freshPair, migrateBoth, readTree, tempDir, withClient } from './helpers.js';

describe('syncagent sync', () => {
  it('runs the part for each direction: to-db, push, pull, to-disk', async () => {
    const { env, localUrl, cloudUrl } = await freshPair();
    await migrateBoth(env);
    const store = await tempDir();
    await writeFiles(store, syncedFiles);

    const toDb = await cli(['sync', '--direction', 'to-db', '--store', store], { env });
    expect(toDb.code, toDb.stderr).toBe(0);
    expect(toDb.stdout).toMatch(/^== local: ok/m);
    expect(toDb.stdout).toContain('content: 5 added');

    const dryPush = await cli(['sync', '--direction', 'push', '--dry-run', '--json'], { env });
    expect(dryPush.code, dryPush.stderr).toBe(0);
    const dry = JSON.parse(dryPush.stdout);
    expect(dry).toMatchObject({
      direction: 'push',
      dryRun: true,
      ok: true,
      parts: [{ part: 'database', status: 'ok' }],
    });
    expect(dry.parts[0].result.tables.find((table: { table: string }) => table.table === 'skills').inserts).toBe(2);
    expect((await dump(cloudUrl)).skills).toEqual([]);

    const push = await cli(['sync', '--direction', 'push'], { env });
    expect(push.code, push.stderr).toBe(0);
    expect(await dump(cloudUrl)).toEqual(await dump(localUrl));

    await withClient(cloudUrl, (client) =>
      client.query(`update content set body = 'from the cloud' where path = 'crlf.md'`),
    );
    const pull = await cli(['sync', '--direction', 'pull', '--json'], { env });
    expect(pull.code, pull.stderr).toBe(0);
    expect(
      JSON.parse(pull.stdout).parts[0].result.tables.find((table: { table: string }) => table.table === 'content')
        .updates,
    ).toBe(1);

    const target = await tempDir();
    const toDisk = await cli(['sync', '--direction', 'to-disk', '--store', target], { env });
    expect(toDisk.code, toDisk.stderr).toBe(0);
    expect((await readTree(target)).get('content/crlf.md')?.toString('utf8')).toBe(
      '---\r\ntitle: Windows\r\n---\r\nfrom the cloud',
    );
  });

  it('rejects a bad direction or a part that does not apply as bad usage', async () => {
    const { env } = await freshPair();
    const direction = await cli(['sync', '--direction', 'sideways'], { env });
    expect(direction.code).toBe(2);
    expect(direction.stderr).toContain('--direction: expected one of push, pull, to-disk, to-db');
    const part = await cli(['sync', '--direction', 'push', '--parts', 'local'], { env });
    expect(part.code).toBe(2);
    expect(part.stderr).toContain('--parts: local does not apply to --direction push');
    const missing = await cli(['sync'], { env });
    expect(missing.code).toBe(2);
  });
});
