import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dropboxRecipe } from '../../../src/catalog/index.js';
import { connect, type EngineDeps, handleWebhook, poll, silentLogger } from '../../../src/engine/index.js';
import { initStore } from '../../../src/store/index.js';
import {
  createHostMappingFetch,
  type DropboxApiFake,
  dropboxWebhookBody,
  signDropboxWebhook,
  startDropboxApi,
} from '../../../src/testkit/index.js';
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

type Index = {
  layout: { kind: string };
  files: number;
  folders: number;
  totalBytes: number;
  topFolders: Record<string, { files: number; bytes: number }>;
};
// A leaf is named by the digit range it covers below its node's folder: files/3/f/0-7.ndjson, files/3/f/a.ndjson.
const leafPattern = /^mirrors\/dropbox\/files\/(?:[0-9a-f]\/)*[0-9a-f](?:-[0-9a-f])?\.ndjson$/;
/** Address digits a leaf's position fixes: its folders plus the digit its range sits at. */
const depthOf = (path: string) => path.slice('mirrors/dropbox/files/'.length).split('/').length;

it('splits leaves locally as the tree grows, keeps every file under 64 KiB, and keeps index.json totals exact', async () => {
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
  const index = JSON.parse(await readFile(join(root, 'mirrors/dropbox/index.json'), 'utf8')) as Index;
  expect(index.layout.kind).toBe('trie');
  // A small mirror fits one leaf covering every digit.
  expect(gitCli(root, 'ls-files', 'mirrors/dropbox/files').trim()).toBe('mirrors/dropbox/files/0-f.ndjson');

  dropbox.addFolder('/Big');
  for (let item = 0; item < 4000; item += 1)
    dropbox.addFile(`/Big/sub ${item % 40}/a-rather-long-file-name-number-${item}.dat`, { size: 1000 + item });
  // A flat folder bigger than a leaf: its children must split below the folder's own 8-digit prefix.
  dropbox.addFolder('/Flat');
  for (let item = 0; item < 1500; item += 1) dropbox.addFile(`/Flat/photo-${item}.jpg`, { size: 5 });
  const body = dropboxWebhookBody(['dbid:fake-account']);
  const outcome = await handleWebhook(deps, {
    slug: 'dropbox',
    body,
    headers: { 'X-Dropbox-Signature': signDropboxWebhook(body, 's') },
    deliveryId: 'grow',
  });
  expect(outcome.duplicate).toBe(false);
  expect(await mirrorRecords(root)).toEqual(expectedRecords(dropbox));
  const full = JSON.parse(await readFile(join(root, 'mirrors/dropbox/index.json'), 'utf8')) as Index;
  const paths = gitCli(root, 'ls-files', 'mirrors/dropbox/files').split('\n');
  for (const path of paths) {
    expect(path).toMatch(leafPattern);
    expect((await stat(join(root, path))).size).toBeLessThanOrEqual(64 * 1024);
  }
  // Leaves that outgrew the limit were re-packed locally: child nodes exist, down past the flat folder's own prefix.
  expect(Math.max(...paths.map(depthOf))).toBeGreaterThan(8);
  expect(paths.some((path) => /\/[0-9a-f]-[0-9a-f]\.ndjson$/.test(path))).toBe(true);
  const files = expectedRecords(dropbox).filter((record) => record.tag === 'file');
  expect(full.files).toBe(files.length);
  expect(full.totalBytes).toBe(files.reduce((sum, record) => sum + (record.size as number), 0));
  expect(full.topFolders['/big']).toEqual({
    files: 4000,
    bytes: files
      .filter((record) => String(record.lower).startsWith('/big/'))
      .reduce((sum, record) => sum + (record.size as number), 0),
  });
  expect(full.topFolders['/flat']).toEqual({ files: 1500, bytes: 7500 });

  // A folder subtree delete keeps totals exact, and recent.ndjson stays bounded.
  dropbox.delete('/Big/sub 3');
  const polled = await poll(deps, 'dropbox');
  expect(polled.ran && polled.summary).toBe('101 changes (+0 ~0 -101)');
  expect(await mirrorRecords(root)).toEqual(expectedRecords(dropbox));
  const after = JSON.parse(await readFile(join(root, 'mirrors/dropbox/index.json'), 'utf8')) as Index;
  expect(after.topFolders['/big']!.files).toBe(3900);
  const recent = (await readFile(join(root, 'mirrors/dropbox/recent.ndjson'), 'utf8')).trim().split('\n');
  expect(recent.length).toBe(300);
  expect(JSON.parse(recent.at(-1)!)).toMatchObject({ op: 'deleted', path: '/Big/sub 3', tag: 'folder' });

  // The flat folder's many leaves are found below its prefix and all go.
  dropbox.delete('/Flat');
  const flat = await poll(deps, 'dropbox');
  expect(flat.ran && flat.summary).toBe('1501 changes (+0 ~0 -1501)');
  expect(await mirrorRecords(root)).toEqual(expectedRecords(dropbox));
  const final = JSON.parse(await readFile(join(root, 'mirrors/dropbox/index.json'), 'utf8')) as Index;
  expect(final.topFolders['/flat']).toBeUndefined();
  expect(final.files).toBe(expectedRecords(dropbox).filter((record) => record.tag === 'file').length);
});
