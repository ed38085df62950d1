import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { otherFiles, syncedFiles, writeFiles } from './fixtures.js';
import { cli, cliProcess, dump, freshPair, migrateBoth, readTree, tempDir, withClient } from './helpers.js';

interface LocalJson {
  direction: string;
  dryRun: boolean;
  entries: {
    kind: string;
    file: string;
    change: string;
    sourceHash: string | null;
    targetHash: string | null;
    applied: boolean;
  }[];
  summary: Record<string, Record<string, number>>;
  written: number;
  deleted: number;
}

async function setup() {
  const pair = await freshPair();
  await migrateBoth(pair.env);
  const store = await tempDir();
  await writeFiles(store, { ...syncedFiles, ...otherFiles });
  return { ...pair, store };
}

describe('local to-db', () => {
  it('loads every skill and content file, prints the diff as a table and as JSON, and is idempotent', async () => {
    const { env, store } = await setup();
    const dry = await cli(['local', 'to-db', '--store', store, '--dry-run'], { env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^added\s+skills\/alpha\/SKILL\.md\s+[0-9a-f]{12}$/m);
    expect(dry.stdout).toContain('skills: 2 added, 0 modified, 0 removed, 0 unchanged');
    expect(dry.stdout).toContain('content: 5 added, 0 modified, 0 removed, 0 unchanged');
    expect(dry.stdout).toContain('dry run, nothing written');
    expect(await dump(env.DATABASE_URL!)).toMatchObject({ skills: [], content: [] });

    const real = await cli(['local', 'to-db', '--store', store, '--json'], { env });
    expect(real.code, real.stderr).toBe(0);
    const result = JSON.parse(real.stdout) as LocalJson;
    expect(result.written).toBe(7);
    expect(result.entries.map((entry) => entry.file).sort()).toEqual(Object.keys(syncedFiles).sort());
    expect(
      result.entries.every((entry) => entry.change === 'added' && entry.applied && entry.targetHash === null),
    ).toBe(true);

    const rows = await withClient(
      env.DATABASE_URL!,
      async (client) =>
        (await client.query(`select slug, name, description, attributes from skills order by slug`)).rows,
    );
    expect(rows[0]).toEqual({
      slug: 'alpha',
      name: 'alpha',
      description: 'Use when the user asks about alpha: files, labels # and more',
      attributes: {
        metadata: { app: 'alpha', account_id: 'apn_123', note: 'multi-line\nnote with "quotes" and: colons\n' },
      },
    });

    const again = await cli(['local', 'to-db', '--store', store, '--json'], { env });
    const second = JSON.parse(again.stdout) as LocalJson;
    expect(second.written).toBe(0);
    expect(second.summary).toEqual({
      skills: { added: 0, modified: 0, removed: 0, unchanged: 2 },
      content: { added: 0, modified: 0, removed: 0, unchanged: 5 },
    });
  });

  it('reports modified and removed files, and deletes rows only with --prune', async () => {
    const { env, store } = await setup();
    await cli(['local', 'to-db', '--store', store], { env });
    await writeFile(join(store, 'content/blog/hello.md'), '---\ntitle: Changed\n---\nNew body\n');
    await rm(join(store, 'skills/beta'), { recursive: true });

    const kept = await cli(['local', 'to-db', '--store', store], { env });
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toMatch(/^modified\s+content\/blog\/hello\.md/m);
    expect(kept.stdout).toMatch(/^removed \(kept\)\s+skills\/beta\/SKILL\.md/m);
    expect(kept.stdout).toContain('wrote 1, deleted 0 (1 removed kept: pass --prune to delete them)');
    expect((await dump(env.DATABASE_URL!)).skills).toHaveLength(2);

    const pruned = await cli(['local', 'to-db', '--store', store, '--prune', '--json'], { env });
    const result = JSON.parse(pruned.stdout) as LocalJson;
    expect(result.deleted).toBe(1);
    expect((await dump(env.DATABASE_URL!)).skills).toHaveLength(1);
  });

  it('rejects malformed frontmatter naming the file and line, and writes nothing', async () => {
    const { env, store } = await setup();
    await writeFiles(store, {
      'content/zz-bad.md': '---\ntitle: fine\ndescription: Use when: the user asks\n---\nbody\n',
    });

    const result = await cliProcess(['local', 'to-db', '--store', store], { env });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'syncagent: invalid_input: content/zz-bad.md:3: invalid frontmatter: Nested mappings are not allowed in compact mappings',
    ]);
    expect(await dump(env.DATABASE_URL!)).toMatchObject({ skills: [], content: [] });
  });

  it('checks SKILL.md frontmatter against the Agent Skills rules', async () => {
    const { env, store } = await setup();
    await writeFiles(store, { 'skills/gamma/SKILL.md': '---\nname: not-gamma\ndescription: x\n---\n' });
    const wrongName = await cli(['local', 'to-db', '--store', store, '--only', 'skills'], { env });
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toContain(
      'skills/gamma/SKILL.md:2: invalid frontmatter: name: must equal the folder name "gamma", got "not-gamma"',
    );

    await writeFiles(store, { 'skills/gamma/SKILL.md': '---\nname: gamma\n---\n' });
    const noDescription = await cli(['local', 'to-db', '--store', store, '--only', 'skills'], { env });
    expect(noDescription.code).toBe(2);
    expect(noDescription.stderr).toMatch(/skills\/gamma\/SKILL\.md:\d+: invalid frontmatter: description: /);
    expect((await dump(env.DATABASE_URL!)).skills).toEqual([]);
  });

  it('refuses a store folder that does not exist (a typo must not look like every file was deleted)', async () => {
    const { env, store } = await setup();
    const result = await cli(['local', 'to-db', '--store', join(store, 'nope'), '--prune'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^syncagent: invalid_input: --store: no such folder: .*nope/);
  });
});

describe('local to-disk', () => {
  it('writes rows edited in the database as safe, re-readable YAML', async () => {
    const { env, store } = await setup();
    await cli(['local', 'to-db', '--store', store], { env });
    const description = 'New: "quoted" # not a comment — ünïcode\nsecond line';
    await withClient(env.DATABASE_URL!, async (client) => {
      await client.query(`update skills set description = $1 where slug = 'alpha'`, [description]);
      await client.query(
        `update content set frontmatter = frontmatter || '{"title": "---"}' where path = 'blog/hello.md'`,
      );
    });

    const result = await cli(['local', 'to-disk', '--store', store, '--json'], { env });
    expect(result.code, result.stderr).toBe(0);
    const parsed = JSON.parse(result.stdout) as LocalJson;
    expect(
      parsed.entries.filter((entry) => entry.change !== 'unchanged').map((entry) => [entry.file, entry.change]),
    ).toEqual([
      ['content/blog/hello.md', 'modified'],
      ['skills/alpha/SKILL.md', 'modified'],
    ]);
    const skill = await readFile(join(store, 'skills/alpha/SKILL.md'), 'utf8');
    const yaml = skill.slice(4, skill.indexOf('\n---\n', 4) + 1);
    expect(parse(yaml)).toEqual({
      name: 'alpha',
      description,
      metadata: { app: 'alpha', account_id: 'apn_123', note: 'multi-line\nnote with "quotes" and: colons\n' },
    });
    expect(skill.endsWith('\n# Alpha\n\nRead `mirrors/alpha/index.ndjson`.\n')).toBe(true);

    // Reading the export back changes nothing: the database and the files agree.
    const back = JSON.parse((await cli(['local', 'to-db', '--store', store, '--json'], { env })).stdout) as LocalJson;
    expect(back.written).toBe(0);
  });

  it('keeps files without a row unless --prune, then removes them and the folders they leave empty', async () => {
    const { env, store } = await setup();
    await cli(['local', 'to-db', '--store', store], { env });
    await withClient(env.DATABASE_URL!, (client) =>
      client.query(`delete from content where path = 'notes/deep/nested/plain.md'`),
    );

    const kept = await cli(['local', 'to-disk', '--store', store], { env });
    expect(kept.stdout).toMatch(/^removed \(kept\)\s+content\/notes\/deep\/nested\/plain\.md/m);
    expect(existsSync(join(store, 'content/notes/deep/nested/plain.md'))).toBe(true);

    const dry = await cli(['local', 'to-disk', '--store', store, '--prune', '--dry-run'], { env });
    expect(dry.stdout).toMatch(/^removed\s+content\/notes\/deep\/nested\/plain\.md/m);
    expect(existsSync(join(store, 'content/notes/deep/nested/plain.md'))).toBe(true);

    const pruned = await cli(['local', 'to-disk', '--store', store, '--prune'], { env });
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(existsSync(join(store, 'content/notes'))).toBe(false);
    expect(existsSync(join(store, 'content/crlf.md'))).toBe(true);
    // Files local sync does not own are never touched.
    for (const file of Object.keys(otherFiles)) expect(existsSync(join(store, file)), file).toBe(true);
  });

  it('refuses rows whose path would escape the store, writing nothing', async () => {
    const { env } = await setup();
    await withClient(env.DATABASE_URL!, async (client) => {
      await client.query('alter table content drop constraint content_path_check');
      await client.query(`insert into content (path, body) values ('a-fine.md', 'ok'), ('../escape.md', 'evil')`);
    });
    const target = await tempDir();
    const result = await cli(['local', 'to-disk', '--store', target], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('content row "../escape.md": expected a relative path ending in .md');
    expect((await readTree(target)).size).toBe(0);
  });

  it('syncs only one kind with --only', async () => {
    const { env, store } = await setup();
    await cli(['local', 'to-db', '--store', store], { env });
    const target = await tempDir();
    const result = await cli(['local', 'to-disk', '--store', target, '--only', 'skills'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect([...(await readTree(target)).keys()].sort()).toEqual(['skills/alpha/SKILL.md', 'skills/beta/SKILL.md']);
    const bad = await cli(['local', 'to-disk', '--store', target, '--only', 'handlers'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--only: expected one of skills, content');
  });
});
