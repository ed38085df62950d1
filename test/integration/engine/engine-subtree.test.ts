import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropboxRecipe } from '../../../src/catalog/index.js';
import { connect, type EngineDeps, poll, silentLogger } from '../../../src/engine/index.js';
import { initStore, type StoreReader } from '../../../src/store/index.js';
import { createHostMappingFetch, type DropboxApiFake, startDropboxApi } from '../../../src/testkit/index.js';
import { gitCli, tempDir } from '../../support/git.js';
import { countingStore, expectedRecords, mirrorRecords, populate } from './support.js';

// Folder operations on a mirror with hundreds of leaves must read only the leaves of the folders they touch,
// index.json must stay small with thousands of top-level folders, and a cursor reset must keep the old mirror
// readable until the new one is complete. In-process engine, real store and sandbox, direct gateway.
let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir('engine-subtree-');
});
afterAll(async () => {
  await dir.cleanup();
});

async function setup(name: string, fill: (dropbox: DropboxApiFake) => void) {
  const dropbox = await startDropboxApi({ accessToken: 'token' });
  fill(dropbox);
  const root = join(dir.path, name);
  const { store } = await initStore({ root });
  const counting = countingStore(store, /^mirrors\/dropbox\/files\/.*\.ndjson$/);
  const deps: EngineDeps = {
    store: counting.store,
    env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_DROPBOX: 'token', DROPBOX_APP_SECRET: 's' },
    clock: () => new Date('2025-03-01T10:00:00Z'),
    logger: silentLogger,
    fetch: createHostMappingFetch({ 'api.dropboxapi.com': dropbox.url }),
  };
  await connect(deps, { app: 'dropbox', accountId: 'apn_1', externalUserId: 'u', recipe: dropboxRecipe });
  return { dropbox, root, deps, reads: counting.reads };
}

const leaves = (root: string) =>
  gitCli(root, 'ls-files', 'mirrors/dropbox/files')
    .split('\n')
    .filter((path) => path.endsWith('.ndjson'));
const changedLeaves = (root: string) =>
  gitCli(root, 'show', '--name-only', '--format=', 'HEAD', '--', 'mirrors/dropbox/files')
    .split('\n')
    .filter((path) => path.endsWith('.ndjson'));

describe('folder operations on a 30,000-entry mirror', () => {
  let env: Awaited<ReturnType<typeof setup>>;
  let total = 0;
  beforeAll(async () => {
    env = await setup('big', (dropbox) => populate(dropbox, 30_000));
    total = leaves(env.root).length;
  }, 120_000);
  afterAll(async () => {
    await env.dropbox.close();
  });

  async function pollCounting(): Promise<{ read: number; changed: number }> {
    env.reads.clear();
    const outcome = await poll(env.deps, 'dropbox');
    expect(outcome.ran).toBe(true);
    expect(await mirrorRecords(env.root)).toEqual(expectedRecords(env.dropbox));
    return { read: env.reads.size, changed: changedLeaves(env.root).length };
  }

  it('has many leaves', () => {
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it('deleting a 50-entry folder reads and rewrites at most 2 leaves', async () => {
    env.dropbox.delete('/Top3/Folder 5');
    const { read, changed } = await pollCounting();
    expect(read).toBeLessThanOrEqual(2);
    expect(changed).toBeLessThanOrEqual(2);
  });

  it('deleting a 1,000-entry top-level folder reads one leaf per folder removed, not the mirror', async () => {
    env.dropbox.delete('/Top4');
    const { read, changed } = await pollCounting();
    // The root's leaf, /Top4's children, and the children of its 20 folders.
    expect(read).toBeLessThanOrEqual(22);
    expect(read).toBeLessThan(total / 5);
    expect(changed).toBeLessThanOrEqual(22);
  });

  it('moving a folder reads only the leaves of the old and the new place', async () => {
    env.dropbox.move('/Top6/Folder 2', '/Top7/Moved Folder');
    const { read, changed } = await pollCounting();
    expect(read).toBeLessThanOrEqual(4);
    expect(changed).toBeLessThanOrEqual(4);
  });

  it('replacing a folder with a file reads only the folder’s leaves', async () => {
    env.dropbox.addFile('/Top8/Folder 1', { size: 77 });
    const { read } = await pollCounting();
    expect(read).toBeLessThanOrEqual(2);
    const index = JSON.parse(await readFile(join(env.root, 'mirrors/dropbox/index.json'), 'utf8')) as {
      files: number;
      folders: number;
    };
    const expected = expectedRecords(env.dropbox);
    expect(index.files).toBe(expected.filter((record) => record.tag === 'file').length);
    expect(index.folders).toBe(expected.filter((record) => record.tag === 'folder').length);
  });

  it('a cursor reset resyncs through staged pages: every checkpoint still holds the old, complete mirror', async () => {
    const before = await mirrorRecords(env.root);
    const indexBefore = await readFile(join(env.root, 'mirrors/dropbox/index.json'), 'utf8');
    env.dropbox.resetCursors();
    env.dropbox.addFile('/Top9/after-reset.txt', { size: 3 });
    env.dropbox.delete('/Top10/Folder 0');
    const checkpoints: string[] = [];
    // Through a copy of the deps: the shared ones stay as every other test expects them, even if this one fails.
    const outcome = await poll(
      {
        ...env.deps,
        onCheckpoint: (info) => {
          if (info.commit) checkpoints.push(info.commit);
        },
      },
      'dropbox',
    );
    expect(outcome.ran && outcome.summary).toContain('cursor reset, full resync');
    // 30,000 entries: 15 pages, a checkpoint every 5.
    expect(checkpoints.length).toBe(3);
    let stagedPages = 0;
    for (const commit of checkpoints) {
      const reader = env.deps.store.at(commit);
      expect(await recordsAt(reader)).toEqual(before);
      expect(await reader.readText('mirrors/dropbox/index.json')).toBe(indexBefore);
      stagedPages = Math.max(stagedPages, (await reader.list('mirrors/dropbox/staging/pages')).length);
    }
    // The new listing was committed page by page beside the old mirror, then replaced it in the final commit.
    expect(stagedPages).toBe(15);
    expect(await mirrorRecords(env.root)).toEqual(expectedRecords(env.dropbox));
    expect(gitCli(env.root, 'ls-files', 'mirrors/dropbox/staging')).toBe('');
    // And incremental changes work on the swapped-in mirror.
    env.dropbox.delete('/Top11/Folder 3');
    const { read } = await pollCounting();
    expect(read).toBeLessThanOrEqual(2);
  });
});

async function recordsAt(reader: StoreReader): Promise<Array<Record<string, unknown>>> {
  const records: Array<Record<string, unknown>> = [];
  for (const entry of await reader.list('mirrors/dropbox/files', { recursive: true })) {
    for (const line of ((await reader.readText(entry.path)) ?? '').split('\n'))
      if (line) records.push(JSON.parse(line) as Record<string, unknown>);
  }
  return records.sort((a, b) => (String(a.lower) < String(b.lower) ? -1 : 1));
}

it('keeps index.json under 64 KiB with 5,000 top-level folders; every folder total is in folders/', async () => {
  const env = await setup('tops', (dropbox) => {
    for (let top = 0; top < 5000; top += 1) dropbox.addFile(`/Project ${top}/notes-${top}.txt`, { size: top + 1 });
  });
  try {
    const indexPath = join(env.root, 'mirrors/dropbox/index.json');
    expect((await stat(indexPath)).size).toBeLessThanOrEqual(64 * 1024);
    type Index = { topFolderCount: number; topFolders: Record<string, { files: number; bytes: number }> };
    const index = JSON.parse(await readFile(indexPath, 'utf8')) as Index;
    expect(index.topFolderCount).toBe(5000);
    // The 100 largest by bytes: Project 4900..4999.
    expect(Object.keys(index.topFolders).sort()).toEqual(
      Array.from({ length: 100 }, (_, item) => `/project ${4900 + item}`).sort(),
    );
    expect(index.topFolders['/project 4999']).toEqual({ files: 1, bytes: 5000 });
    const shards = gitCli(env.root, 'ls-files', 'mirrors/dropbox/folders').split('\n');
    const totals = new Map<string, { path: string; files: number; bytes: number }>();
    for (const shard of shards) {
      expect((await stat(join(env.root, shard))).size).toBeLessThanOrEqual(64 * 1024);
      for (const line of (await readFile(join(env.root, shard), 'utf8')).trim().split('\n')) {
        const entry = JSON.parse(line) as { folder: string; path: string; files: number; bytes: number };
        totals.set(entry.folder, entry);
      }
    }
    expect(totals.size).toBe(5000);
    expect(totals.get('/project 17')).toEqual({ folder: '/project 17', path: '/Project 17', files: 1, bytes: 18 });

    // A small folder that becomes the largest enters index.json; its shard in folders/ follows.
    env.dropbox.addFile('/Project 3/huge.bin', { size: 1_000_000 });
    await poll(env.deps, 'dropbox');
    const after = JSON.parse(await readFile(indexPath, 'utf8')) as Index;
    expect(after.topFolders['/project 3']).toEqual({ files: 2, bytes: 1_000_004 });
    expect(Object.keys(after.topFolders)).toHaveLength(100);
    expect(after.topFolders['/project 4900']).toBeUndefined();
    expect(gitCli(env.root, 'grep', '-h', '"/project 3"', '--', 'mirrors/dropbox/folders')).toBe(
      '{"folder":"/project 3","path":"/Project 3","files":2,"bytes":1000004}',
    );
    expect((await stat(indexPath)).size).toBeLessThanOrEqual(64 * 1024);
  } finally {
    await env.dropbox.close();
  }
}, 120_000);
