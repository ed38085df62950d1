import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DropboxApiFake,
  type DropboxMetadata,
  dropboxContentHash,
  dropboxWebhookBody,
  type RecordedRequest,
  sendWebhook,
  signDropboxWebhook,
  startDropboxApi,
  startLoopbackServer,
  startPipedreamConnect,
} from '../../../src/testkit/index.js';

const token = 'sl.fake-dropbox-token';
let dropbox: DropboxApiFake;

async function call(endpoint: string, args: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${dropbox.url}/2/${endpoint}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: args === undefined ? undefined : JSON.stringify(args),
  });
  const text = await response.text();
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  // biome-ignore lint/suspicious/noExplicitAny: the tests read the Dropbox responses loosely, field by field
  return { status: response.status, headers: response.headers, text, data: data as any };
}

/** Applies list_folder entries by the rules of the Dropbox list_folder docs, keyed by path_lower. */
function apply(mirror: Map<string, DropboxMetadata>, entries: DropboxMetadata[]): void {
  for (const entry of entries) {
    const key = entry.path_lower;
    const removeChildren = () => {
      for (const path of [...mirror.keys()]) if (path.startsWith(`${key}/`)) mirror.delete(path);
    };
    if (entry['.tag'] === 'deleted') {
      mirror.delete(key);
      removeChildren();
    } else if (entry['.tag'] === 'file') {
      removeChildren();
      mirror.set(key, entry);
    } else {
      mirror.set(key, entry);
    }
  }
}

async function drain(cursor: string, mirror: Map<string, DropboxMetadata>): Promise<string> {
  let current = cursor;
  for (;;) {
    const page = await call('files/list_folder/continue', { cursor: current });
    expect(page.status).toBe(200);
    apply(mirror, page.data.entries);
    current = page.data.cursor;
    if (!page.data.has_more) return current;
  }
}

function snapshotMap(): Map<string, DropboxMetadata> {
  return new Map(dropbox.snapshot().map((entry) => [entry.path_lower, entry]));
}

beforeEach(async () => {
  dropbox = await startDropboxApi({ accessToken: token, clock: () => Date.UTC(2025, 4, 1, 12), longpollMaxWaitMs: 50 });
});

afterEach(async () => {
  await dropbox.close();
});

describe('list_folder paging', () => {
  it('pages a recursive listing by limit, parents before children', async () => {
    for (let index = 0; index < 4500; index++)
      dropbox.addFile(`/Photos/${index % 9}/img-${index}.jpg`, { size: index });
    const first = await call('files/list_folder', { path: '', recursive: true, limit: 2000 });
    expect(first.status).toBe(200);
    expect(first.data.entries).toHaveLength(2000);
    expect(first.data.has_more).toBe(true);
    const seen: DropboxMetadata[] = [...first.data.entries];
    let cursor = first.data.cursor as string;
    for (;;) {
      const page = await call('files/list_folder/continue', { cursor });
      seen.push(...page.data.entries);
      cursor = page.data.cursor;
      if (!page.data.has_more) break;
    }
    expect(seen).toHaveLength(4500 + 10);
    const position = new Map(seen.map((entry, index) => [entry.path_lower, index]));
    for (const entry of seen) {
      const parent = entry.path_lower.slice(0, entry.path_lower.lastIndexOf('/'));
      if (parent !== '') expect(position.get(parent)!).toBeLessThan(position.get(entry.path_lower)!);
    }
    expect(new Map(seen.map((entry) => [entry.path_lower, entry]))).toEqual(snapshotMap());
    // Nothing changed: continue is empty.
    const idle = await call('files/list_folder/continue', { cursor });
    expect(idle.data).toMatchObject({ entries: [], has_more: false });
  });

  it('speaks the metadata wire format', async () => {
    dropbox.addFile('/Homework/math/Prime_Numbers.txt', { content: 'hello' });
    const page = await call('files/list_folder', { path: '/homework', recursive: false });
    expect(page.data.entries).toEqual([
      {
        '.tag': 'folder',
        name: 'math',
        path_lower: '/homework/math',
        path_display: '/Homework/math',
        id: expect.stringMatching(/^id:/),
      },
    ]);
    const recursive = await call('files/list_folder', { path: '/Homework/math', recursive: true });
    const file = recursive.data.entries.find((entry: DropboxMetadata) => entry['.tag'] === 'file');
    expect(file).toEqual({
      '.tag': 'file',
      name: 'Prime_Numbers.txt',
      path_lower: '/homework/math/prime_numbers.txt',
      path_display: '/Homework/math/Prime_Numbers.txt',
      id: expect.stringMatching(/^id:/),
      client_modified: '2025-05-01T12:00:00Z',
      server_modified: '2025-05-01T12:00:00Z',
      rev: expect.stringMatching(/^[0-9a-f]{9,}$/),
      size: 5,
      is_downloadable: true,
      content_hash: dropboxContentHash(Buffer.from('hello')),
    });
  });

  it('answers 409 path/not_found and 400 for bad arguments', async () => {
    expect((await call('files/list_folder', { path: '/nope' })).data).toEqual({
      error_summary: 'path/not_found/...',
      error: { '.tag': 'path', path: { '.tag': 'not_found' } },
    });
    expect((await call('files/list_folder', { path: '', limit: 5000 })).status).toBe(400);
    const badType = await call('files/list_folder', { path: '' }, { 'content-type': 'text/plain' });
    expect(badType.status).toBe(400);
    expect(badType.text).toContain('Content-Type');
    expect((await call('files/list_folder/continue', { cursor: 'garbage!' })).status).toBe(400);
  });
});

describe('changes after a cursor', () => {
  it('reports add, modify, subtree move, subtree delete and case-only rename by the API rules', async () => {
    dropbox.addFile('/A/one.txt', { size: 1 });
    dropbox.addFile('/A/sub/two.txt', { size: 2 });
    dropbox.addFile('/B/three.txt', { size: 3 });
    const mirror = new Map<string, DropboxMetadata>();
    const listing = await call('files/list_folder', { path: '', recursive: true });
    apply(mirror, listing.data.entries);
    let cursor = await drain(listing.data.cursor, mirror);
    expect(mirror).toEqual(snapshotMap());

    dropbox.addFile('/B/new.txt', { size: 4 });
    let page = await call('files/list_folder/continue', { cursor });
    expect(page.data.entries.map((entry: DropboxMetadata) => [entry['.tag'], entry.path_display])).toEqual([
      ['file', '/B/new.txt'],
    ]);
    apply(mirror, page.data.entries);
    cursor = page.data.cursor;

    const before = dropbox.tree.get('/A/one.txt')!;
    dropbox.modifyFile('/A/one.txt');
    page = await call('files/list_folder/continue', { cursor });
    expect(page.data.entries).toHaveLength(1);
    expect(page.data.entries[0]).toMatchObject({ id: before.id, size: 2 });
    expect(page.data.entries[0].rev).not.toBe((before as { rev: string }).rev);
    apply(mirror, page.data.entries);
    cursor = page.data.cursor;

    const movedId = dropbox.tree.get('/A/sub/two.txt')!.id;
    dropbox.move('/A', '/C/Moved');
    page = await call('files/list_folder/continue', { cursor });
    expect(page.data.entries.map((entry: DropboxMetadata) => `${entry['.tag']} ${entry.path_display}`)).toEqual([
      'deleted /A',
      'folder /C',
      'folder /C/Moved',
      expect.stringMatching(/^(file \/C\/Moved\/one.txt|folder \/C\/Moved\/sub)$/),
      expect.any(String),
      expect.any(String),
    ]);
    expect(page.data.entries.find((entry: DropboxMetadata) => entry.path_lower === '/c/moved/sub/two.txt').id).toBe(
      movedId,
    );
    apply(mirror, page.data.entries);
    cursor = page.data.cursor;
    expect(mirror).toEqual(snapshotMap());

    dropbox.delete('/C');
    page = await call('files/list_folder/continue', { cursor });
    expect(page.data.entries).toEqual([{ '.tag': 'deleted', name: 'C', path_lower: '/c', path_display: '/C' }]);
    apply(mirror, page.data.entries);
    cursor = page.data.cursor;

    dropbox.renameCase('/B', '/b-lower'.replace('-lower', ''));
    page = await call('files/list_folder/continue', { cursor });
    expect(page.data.entries.map((entry: DropboxMetadata) => entry.path_display).sort()).toEqual([
      '/b',
      '/b/new.txt',
      '/b/three.txt',
    ]);
    apply(mirror, page.data.entries);
    cursor = page.data.cursor;
    expect(mirror).toEqual(snapshotMap());
    expect(dropbox.tree.get('/b/three.txt')!.path_display).toBe('/b/three.txt');
  });

  it('converges under random mutations, including mutations in the middle of the listing', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    for (let index = 0; index < 300; index++)
      dropbox.addFile(`/d${index % 7}/e${index % 5}/f${index}.txt`, { size: index });
    const mutate = () => {
      const entries = dropbox.snapshot();
      const target = pick(entries);
      const roll = random();
      try {
        if (roll < 0.3)
          dropbox.addFile(
            `${target['.tag'] === 'folder' ? target.path_display : '/x'}/n${Math.floor(random() * 1e6)}.txt`,
          );
        else if (roll < 0.5 && target['.tag'] === 'file') dropbox.modifyFile(target.path_display);
        else if (roll < 0.7) dropbox.move(target.path_display, `/m${Math.floor(random() * 1e6)}`);
        else if (roll < 0.85) dropbox.delete(target.path_display);
        else dropbox.renameCase(target.path_display, target.path_display.toUpperCase());
      } catch {
        // A move into an occupied path and the like: skip.
      }
    };
    const mirror = new Map<string, DropboxMetadata>();
    let page = await call('files/list_folder', { path: '', recursive: true, limit: 50 });
    apply(mirror, page.data.entries);
    while (page.data.has_more) {
      for (let count = 0; count < 5; count++) mutate();
      page = await call('files/list_folder/continue', { cursor: page.data.cursor });
      apply(mirror, page.data.entries);
    }
    let cursor = await drain(page.data.cursor, mirror);
    expect(mirror).toEqual(snapshotMap());
    for (let round = 0; round < 20; round++) {
      for (let count = 0; count < 10; count++) mutate();
      cursor = await drain(cursor, mirror);
      expect(mirror).toEqual(snapshotMap());
    }
  });

  it('get_latest_cursor starts at now; longpoll reports changes', async () => {
    dropbox.addFile('/a.txt');
    const latest = await call('files/list_folder/get_latest_cursor', { path: '', recursive: true });
    const cursor = latest.data.cursor as string;
    expect((await call('files/list_folder/continue', { cursor })).data.entries).toEqual([]);
    // Longpoll needs no Authorization header.
    const idle = await call('files/list_folder/longpoll', { cursor, timeout: 30 }, { authorization: '' });
    expect(idle.data).toEqual({ changes: false });
    const waiting = call('files/list_folder/longpoll', { cursor, timeout: 30 });
    dropbox.addFile('/b.txt');
    expect((await waiting).data).toEqual({ changes: true });
    expect((await call('files/list_folder/longpoll', { cursor, timeout: 30 })).data).toEqual({ changes: true });
    expect((await call('files/list_folder/longpoll', { cursor, timeout: 5 })).status).toBe(400);
  });

  it('answers 409 reset for cursors issued before resetCursors()', async () => {
    const listing = await call('files/list_folder', { path: '', recursive: true });
    dropbox.resetCursors();
    const reset = await call('files/list_folder/continue', { cursor: listing.data.cursor });
    expect(reset.status).toBe(409);
    expect(reset.data).toEqual({ error_summary: 'reset/...', error: { '.tag': 'reset' } });
    expect((await call('files/list_folder/longpoll', { cursor: listing.data.cursor })).status).toBe(409);
    expect((await call('files/list_folder', { path: '', recursive: true })).status).toBe(200);
  });
});

describe('failure modes', () => {
  it('rate limits the next N calls with Retry-After', async () => {
    dropbox.rateLimit({ times: 2, retryAfterSeconds: 7 });
    for (let index = 0; index < 2; index++) {
      const limited = await call('files/list_folder', { path: '' });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('7');
      expect(limited.data).toEqual({
        error_summary: 'too_many_requests/...',
        error: { reason: { '.tag': 'too_many_requests' }, retry_after: 7 },
      });
    }
    expect((await call('files/list_folder', { path: '' })).status).toBe(200);
  });

  it('answers 401 invalid_access_token once the token is revoked, 400 without a header', async () => {
    dropbox.revokeToken();
    const revoked = await call('files/list_folder', { path: '' });
    expect(revoked.status).toBe(401);
    expect(revoked.data).toEqual({
      error_summary: 'invalid_access_token/...',
      error: { '.tag': 'invalid_access_token' },
    });
    dropbox.restoreToken();
    expect((await call('users/get_current_account', undefined)).data.account_id).toBe('dbid:fake-account');
    expect((await call('files/list_folder', { path: '' }, { authorization: 'Bearer wrong' })).status).toBe(401);
    const missing = await fetch(`${dropbox.url}/2/files/list_folder`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"path":""}',
    });
    expect(missing.status).toBe(400);
  });

  it('backfills 20,000 entries page by page', async () => {
    for (let index = 0; index < 20_000; index++)
      dropbox.addFile(`/bulk/${index % 100}/file-${index}.bin`, { size: index });
    let page = await call('files/list_folder', { path: '', recursive: true, limit: 2000 });
    let count = page.data.entries.length;
    let pages = 1;
    while (page.data.has_more) {
      page = await call('files/list_folder/continue', { cursor: page.data.cursor });
      count += page.data.entries.length;
      pages += 1;
    }
    expect(count).toBe(20_000 + 101);
    expect(pages).toBe(11);
  });
});

describe('webhooks', () => {
  it('builds and signs Dropbox notifications', async () => {
    const body = dropboxWebhookBody(['dbid:AAH4f99', 'dbid:BBB'], { users: [1, 2] });
    expect(JSON.parse(body)).toEqual({
      list_folder: { accounts: ['dbid:AAH4f99', 'dbid:BBB'] },
      delta: { users: [1, 2] },
    });
    expect(signDropboxWebhook(body, 'app-secret')).toBe(createHmac('sha256', 'app-secret').update(body).digest('hex'));

    const received: RecordedRequest[] = [];
    const receiver = await startLoopbackServer((request, response) => {
      received.push(request);
      response.writeHead(200).end();
    });
    try {
      const reply = await sendWebhook(`${receiver.url}/hooks/dropbox`, {
        body,
        secret: 'app-secret',
        headers: { 'X-Extra': '1' },
      });
      expect(reply.status).toBe(200);
      expect(received[0]).toMatchObject({ method: 'POST', path: '/hooks/dropbox', body });
      expect(received[0]!.headers['x-dropbox-signature']).toBe(signDropboxWebhook(body, 'app-secret'));
      expect(received[0]!.headers['content-type']).toBe('application/json');
      expect(received[0]!.headers['x-extra']).toBe('1');
    } finally {
      await receiver.close();
    }
  });
});

describe('pipedream connect fake', () => {
  it('expires tokens and checks the account behind a proxy call', async () => {
    let now = 0;
    const pd = await startPipedreamConnect({
      clientId: 'id',
      clientSecret: 'secret',
      projectId: 'proj_1',
      accounts: [{ id: 'apn_1', app: 'dropbox', externalUserId: 'u1', accessToken: token }],
      hosts: { 'api.dropboxapi.com': dropbox.url },
      tokenTtlSeconds: 60,
      clock: () => now,
    });
    try {
      const tokenReply = await fetch(`${pd.url}/v1/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'id', client_secret: 'secret' }),
      });
      const issued = (await tokenReply.json()) as { access_token: string; expires_in: number; token_type: string };
      expect(issued).toMatchObject({ expires_in: 60, token_type: 'Bearer' });
      const target = Buffer.from('https://api.dropboxapi.com/2/users/get_current_account').toString('base64url');
      const proxy = (query: string, headers: Record<string, string> = {}) =>
        fetch(`${pd.url}/v1/connect/proj_1/proxy/${target}?${query}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${issued.access_token}`, 'x-pd-environment': 'development', ...headers },
        });
      expect((await proxy('external_user_id=u1&account_id=apn_1')).status).toBe(200);
      expect((await proxy('external_user_id=other&account_id=apn_1')).status).toBe(404);
      expect((await proxy('external_user_id=u1&account_id=apn_1', { 'x-pd-environment': '' })).status).toBe(400);
      now += 61_000;
      expect((await proxy('external_user_id=u1&account_id=apn_1')).status).toBe(401);
      expect(pd.tokenRequests).toBe(1);
    } finally {
      await pd.close();
    }
  });
});
