import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropboxRecipe } from '../../../src/catalog/index.js';
import { connect, type EngineDeps, handleWebhook, poll, silentLogger } from '../../../src/engine/index.js';
import { grepFile, readFile } from '../../../src/mirror/index.js';
import { initStore } from '../../../src/store/index.js';
import {
  type DropboxApiFake,
  dropboxWebhookBody,
  signDropboxWebhook,
  startDropboxApi,
} from '../../../src/testkit/index.js';
import { type Recording, recordedGateway, recording, shapeOf } from '../../fixtures/dropbox/recordings.js';
import { tempDir } from '../../support/git.js';

// The Dropbox fake and the Dropbox recipe, both held to responses recorded from Dropbox's API documentation.

describe('the Dropbox fake answers as the recordings do', () => {
  let api: DropboxApiFake;
  const token = 'recorded-token';

  beforeEach(async () => {
    api = await startDropboxApi({ accessToken: token, longpollMaxWaitMs: 50 });
    api.addFolder('/Homework');
    api.addFolder('/Homework/math');
    api.addFolder('/Homework/math/proofs');
    api.addFile('/Homework/math/Prime_Numbers.txt', { size: 7212 });
  });
  afterEach(() => api.close());

  /** Sends a recorded request to the fake, with the recorded body. */
  async function ask(recorded: Recording, body: Record<string, unknown> = recorded.request.body) {
    const url = new URL(recorded.request.url as string);
    const response = await fetch(`${api.url}${url.pathname}`, {
      method: recorded.request.method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('files/list_folder: the same keys, value types and entry tags', async () => {
    const recorded = recording('list-folder');
    const answer = await ask(recorded);
    expect(answer.status).toBe(recorded.response?.status);
    expect(shapeOf(answer.body)).toEqual(shapeOf(recorded.response?.body));
  });

  it('files/list_folder/continue: changed and deleted entries as recorded', async () => {
    const listed = await ask(recording('list-folder'));
    api.modifyFile('/Homework/math/Prime_Numbers.txt', { size: 7300 });
    api.addFolder('/Homework/math/drafts');
    const changed = await ask(recording('list-folder-continue'), { cursor: listed.body.cursor });
    expect(shapeOf(changed.body)).toEqual(shapeOf(recording('list-folder-continue').response?.body));
    api.delete('/Homework/math/Prime_Numbers.txt');
    const deleted = await ask(recording('list-folder-continue-deleted'), { cursor: changed.body.cursor });
    expect(shapeOf(deleted.body)).toEqual(shapeOf(recording('list-folder-continue-deleted').response?.body));
  });

  it('files/list_folder/continue with a reset cursor: the recorded 409 route error', async () => {
    const listed = await ask(recording('list-folder'));
    api.resetCursors();
    const recorded = recording('list-folder-continue-reset');
    const answer = await ask(recorded, { cursor: listed.body.cursor });
    expect(answer.status).toBe(409);
    expect(shapeOf(answer.body)).toEqual(shapeOf(recorded.response?.body));
    expect((answer.body.error as Record<string, unknown>)['.tag']).toBe('reset');
  });

  it('files/list_folder/longpoll: the recorded answer', async () => {
    const listed = await ask(recording('list-folder'));
    api.addFile('/Homework/math/new.txt', { size: 1 });
    const recorded = recording('list-folder-longpoll');
    const answer = await ask(recorded, { ...recorded.request.body, cursor: listed.body.cursor });
    expect(answer.body).toEqual(recorded.response?.body);
  });

  it('the testkit webhook body has the recorded notification shape', () => {
    const recorded = recording('webhook-notification');
    const accounts = (recorded.request.body.list_folder as { accounts: string[] }).accounts;
    expect(shapeOf(JSON.parse(dropboxWebhookBody(accounts)))).toEqual(shapeOf(recorded.request.body));
  });
});

describe('the Dropbox recipe replayed against the recordings (no HTTP)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir('dropbox-replay-');
  });
  afterEach(() => dir.cleanup());

  it('backfill, pollOnce and onWebhook build and keep the mirror from recorded responses', async () => {
    const { store } = await initStore({ root: join(dir.path, 'store') });
    const gateway = recordedGateway([
      recording('list-folder'),
      recording('list-folder-continue-deleted'),
      recording('list-folder-continue'),
    ]);
    const secret = 'recorded-secret';
    const deps: EngineDeps = {
      store,
      env: { DROPBOX_APP_SECRET: secret },
      clock: () => new Date('2025-03-01T10:00:00Z'),
      logger: silentLogger,
      createGateway: () => gateway,
    };
    const fileRecord = {
      path: '/Homework/math/Prime_Numbers.txt',
      name: 'Prime_Numbers.txt',
      tag: 'file',
      id: 'id:a4ayc_80_OEAAAAAAAAAXw',
      size: 7212,
      rev: 'a1c10ce0dd78',
      modified: '2015-05-12T15:50:38Z',
      lower: '/homework/math/prime_numbers.txt',
    };
    const mirrorRecords = async () =>
      (await grepFile(store.root, { pattern: '^\\{', prefix: 'mirrors/dropbox/files' })).matches.map((match) =>
        JSON.parse(match.match),
      );
    const index = async () =>
      JSON.parse((await readFile(store.root, { path: 'mirrors/dropbox/index.json' })).lines.join('\n'));

    // backfill: one recorded list_folder page.
    const connected = await connect(deps, {
      app: 'dropbox',
      accountId: 'apn_1',
      externalUserId: 'u',
      recipe: dropboxRecipe,
    });
    expect(connected.status).toBe('installed');
    expect(gateway.requests.map((request) => request.url)).toEqual(['https://api.dropboxapi.com/2/files/list_folder']);
    expect(await mirrorRecords()).toEqual(
      expect.arrayContaining([
        fileRecord,
        {
          path: '/Homework/math',
          name: 'math',
          tag: 'folder',
          id: 'id:a4ayc_80_OEAAAAAAAAAXz',
          lower: '/homework/math',
        },
      ]),
    );
    expect(await index()).toMatchObject({ files: 1, folders: 1, totalBytes: 7212 });

    // pollOnce: the recorded continue page deletes the file.
    const polled = await poll(deps, 'dropbox');
    expect(polled.ran && polled.summary).toMatch(/-1/);
    expect((await mirrorRecords()).map((record) => record.lower)).toEqual(['/homework/math']);
    expect(await index()).toMatchObject({ files: 0, folders: 1, totalBytes: 0 });

    // onWebhook: the recorded notification, signed; the recorded continue page brings the file back.
    const body = JSON.stringify(recording('webhook-notification').request.body);
    const delivered = await handleWebhook(deps, {
      slug: 'dropbox',
      body,
      headers: { 'content-type': 'application/json', 'x-dropbox-signature': signDropboxWebhook(body, secret) },
      deliveryId: 'recorded-1',
    });
    expect(delivered.duplicate).toBe(false);
    expect(await mirrorRecords()).toEqual(expect.arrayContaining([fileRecord]));
    expect(await index()).toMatchObject({ files: 1, folders: 1, totalBytes: 7212 });
    const recent = (await readFile(store.root, { path: 'mirrors/dropbox/recent.ndjson' })).lines.map((line) =>
      JSON.parse(line),
    );
    expect(recent.map((change) => [change.op, change.path])).toEqual([
      ['deleted', '/Homework/math/Prime_Numbers.txt'],
      ['added', '/Homework/math/Prime_Numbers.txt'],
    ]);
    expect(gateway.remaining).toEqual([]);
    expect(gateway.requests.map((request) => request.url)).toEqual([
      'https://api.dropboxapi.com/2/files/list_folder',
      'https://api.dropboxapi.com/2/files/list_folder/continue',
      'https://api.dropboxapi.com/2/files/list_folder/continue',
    ]);
  });
});
