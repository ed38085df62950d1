import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dropboxRecipe } from '../../../src/catalog/index.js';
import { connect, handleWebhook, poll, silentLogger, type EngineDeps } from '../../../src/engine/index.js';
import { initStore } from '../../../src/store/index.js';
import { createHostMappingFetch, dropboxWebhookBody, signDropboxWebhook, startDropboxApi, type DropboxApiFake } from '../../../src/testkit/index.js';
import { gitCli, tempDir } from '../../support/git.js';
import { expectedRecords, mirrorRecords } from './support.js';

// In-process engine (direct gateway, real store, real sandbox): the mirror layout as it grows.
let dropbox: DropboxApiFake;
let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dropbox = await startDropboxApi({ accessToken: 'token' });
  dir = await tempDir('engine-layout-');
});
afterAll(async () => {
  await dropbox.close();
  await dir.cleanup();
});

it('reshards as the tree grows, keeps every shard under 64 KiB, and keeps index.json totals exact', async () => {
  const root = join(dir.path, 'store');
  const { store } = await initStore({ root });
  const deps: EngineDeps = {
    store,
    env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_DROPBOX: 'token', DROPBOX_APP_SECRET: 's' },
    clock: () => new Date('2025-03-01T10:00:00Z'),
    logger: silentLogger,
    fetch: createHostMappingFetch({ 'api.dropboxapi.com': dropbox.url }),
  };
  dropbox.addFolder('/Small');
  for (let index = 0; index < 50; index += 1) dropbox.addFile(`/Small/f${index}.txt`, { size: 10 });
  await connect(deps, { app: 'dropbox', accountId: 'apn_1', externalUserId: 'u', recipe: dropboxRecipe });
  let index = JSON.parse(await readFile(join(root, 'mirrors/dropbox/index.json'), 'utf8')) as { layout: { shardBits: number } };
  expect(index.layout.shardBits).toBe(4);

  dropbox.addFolder('/Big');
  for (let item = 0; item < 4000; item += 1) dropbox.addFile(`/Big/sub ${item % 40}/a-rather-long-file-name-number-${item}.dat`, { size: 1000 + item });
  const body = dropboxWebhookBody(['dbid:fake-account']);
  const outcome = await handleWebhook(deps, { slug: 'dropbox', body, headers: { 'X-Dropbox-Signature': signDropboxWebhook(body, 's') }, deliveryId: 'grow' });
  expect(outcome.duplicate).toBe(false);
  expect(await mirrorRecords(root)).toEqual(expectedRecords(dropbox));
  index = JSON.parse(await readFile(join(root, 'mirrors/dropbox/index.json'), 'utf8')) as never;
  const full = index as unknown as { layout: { shardBits: number }; files: number; folders: number; totalBytes: number; topFolders: Record<string, { files: number; bytes: number }> };
  expect(full.layout.shardBits).toBe(8);
  for (const shard of gitCli(root, 'ls-files', 'mirrors/dropbox/files').split('\n')) {
    expect(shard).toMatch(/^mirrors\/dropbox\/files\/[0-9a-f]{2}\.ndjson$/);
    expect((await stat(join(root, shard))).size).toBeLessThanOrEqual(64 * 1024);
  }
  const files = expectedRecords(dropbox).filter((record) => record.tag === 'file');
  expect(full.files).toBe(files.length);
  expect(full.totalBytes).toBe(files.reduce((sum, record) => sum + (record.size as number), 0));
  expect(full.topFolders['/big']).toEqual({
    files: 4000,
    bytes: files.filter((record) => String(record.lower).startsWith('/big/')).reduce((sum, record) => sum + (record.size as number), 0),
  });

  // A folder subtree delete keeps totals exact, and recent.ndjson stays bounded.
  dropbox.delete('/Big/sub 3');
  const polled = await poll(deps, 'dropbox');
  expect(polled.ran && polled.summary).toBe('101 changes (+0 ~0 -101)');
  expect(await mirrorRecords(root)).toEqual(expectedRecords(dropbox));
  const after = JSON.parse(await readFile(join(root, 'mirrors/dropbox/index.json'), 'utf8')) as typeof full;
  expect(after.topFolders['/big']!.files).toBe(3900);
  const recent = (await readFile(join(root, 'mirrors/dropbox/recent.ndjson'), 'utf8')).trim().split('\n');
  expect(recent.length).toBe(300);
  expect(JSON.parse(recent.at(-1)!)).toMatchObject({ op: 'deleted', path: '/Big/sub 3', tag: 'folder' });
});
