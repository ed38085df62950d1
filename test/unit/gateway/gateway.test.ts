import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncError } from '../../../src/errors.js';
import {
  type ConnectionRef,
  createGateway,
  createTokenCache,
  getAccount,
  type TokenCache,
} from '../../../src/gateway/index.js';
import { transportContext } from '../../../src/gateway/transport.js';
import {
  createHostMappingFetch,
  type DropboxApiFake,
  type LoopbackServer,
  type PipedreamConnectFake,
  sendJson,
  startDropboxApi,
  startLoopbackServer,
  startPipedreamConnect,
} from '../../../src/testkit/index.js';

const dropboxToken = 'sl.upstream-dropbox-token-0123456789';
const clientSecret = 'pd-client-secret-abcdef123456';
const connection: ConnectionRef = { app: 'dropbox', accountId: 'apn_abc123', externalUserId: 'user-42' };
const listFolderUrl = 'https://api.dropboxapi.com/2/files/list_folder';

let dropbox: DropboxApiFake;
let custom: LoopbackServer;
let customHits: Array<{ path: string; headers: Record<string, string> }>;
let customReply: (path: string) => { status: number; body: unknown; headers?: Record<string, string> };
let pipedream: PipedreamConnectFake;
let now: number;
let tokenCache: TokenCache;
let waits: number[];

function pipedreamEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    PIPEDREAM_CLIENT_ID: 'client-id-1',
    PIPEDREAM_CLIENT_SECRET: clientSecret,
    PIPEDREAM_PROJECT_ID: 'proj_test1',
    PIPEDREAM_API_URL: pipedream.url,
    ...overrides,
  };
}

function gateway(
  options: { env?: NodeJS.ProcessEnv; allowedHosts?: string[]; maxRetries?: number; fetch?: typeof fetch } = {},
) {
  return createGateway({
    env: options.env ?? pipedreamEnv(),
    connection,
    allowedHosts: options.allowedHosts ?? ['api.dropboxapi.com', 'notify.dropboxapi.com', 'api.example.com'],
    clock: () => now,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    tokenCache,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.maxRetries === undefined ? {} : { retry: { maxRetries: options.maxRetries } }),
  });
}

async function caught(promise: Promise<unknown>): Promise<SyncError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SyncError);
    return error as SyncError;
  }
  throw new Error('expected a rejection');
}

beforeEach(async () => {
  now = Date.UTC(2025, 0, 1);
  waits = [];
  tokenCache = createTokenCache();
  customHits = [];
  customReply = () => ({ status: 200, body: { ok: true } });
  dropbox = await startDropboxApi({ accessToken: dropboxToken, clock: () => now });
  dropbox.addFile('/Docs/Report.pdf', { size: 10 });
  custom = await startLoopbackServer((request, response) => {
    customHits.push({ path: request.path, headers: request.headers });
    const reply = customReply(request.path);
    sendJson(response, reply.status, reply.body, reply.headers);
  });
  pipedream = await startPipedreamConnect({
    clientId: 'client-id-1',
    clientSecret,
    projectId: 'proj_test1',
    accounts: [
      { id: 'apn_abc123', app: 'dropbox', appName: 'Dropbox', externalUserId: 'user-42', accessToken: dropboxToken },
    ],
    hosts: { 'api.dropboxapi.com': dropbox.url, 'notify.dropboxapi.com': dropbox.url, 'api.example.com': custom.url },
    clock: () => now,
  });
});

afterEach(async () => {
  await Promise.all([dropbox.close(), custom.close(), pipedream.close()]);
});

describe('pipedream gateway', () => {
  it('sends the exact proxy request and relays the upstream answer', async () => {
    const response = await gateway().request({
      method: 'post',
      url: listFolderUrl,
      headers: { 'X-Custom': 'yes' },
      body: { path: '', recursive: true },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect((response.data as { entries: unknown[] }).entries).toHaveLength(2);

    const proxyCall = pipedream.requests.find((request) => request.path.includes('/proxy/'))!;
    const encoded = Buffer.from(listFolderUrl).toString('base64url');
    expect(proxyCall.method).toBe('POST');
    expect(proxyCall.path).toBe(`/v1/connect/proj_test1/proxy/${encoded}`);
    expect(encoded).not.toMatch(/[+/=]/);
    expect(proxyCall.query).toEqual({ external_user_id: 'user-42', account_id: 'apn_abc123' });
    expect(proxyCall.headers.authorization).toBe(`Bearer ${pipedream.issuedTokens[0]}`);
    expect(proxyCall.headers['x-pd-environment']).toBe('development');
    expect(proxyCall.headers['x-pd-proxy-x-custom']).toBe('yes');
    expect(proxyCall.headers['x-pd-proxy-content-type']).toBe('application/json');
    expect(proxyCall.headers['x-custom']).toBeUndefined();
    expect(JSON.parse(proxyCall.body)).toEqual({ path: '', recursive: true });

    // What the fake forwarded upstream: prefixes stripped, the account's token inserted.
    expect(pipedream.proxied[0]!.headers).toMatchObject({ authorization: `Bearer ${dropboxToken}`, 'x-custom': 'yes' });
  });

  it('uses PIPEDREAM_ENVIRONMENT', async () => {
    await expect(
      gateway({ env: pipedreamEnv({ PIPEDREAM_ENVIRONMENT: 'production' }) }).request({
        method: 'POST',
        url: listFolderUrl,
        body: { path: '' },
      }),
    ).rejects.toMatchObject({ code: 'api_error', status: 404 });
    const proxyCall = pipedream.requests.find((request) => request.path.includes('/proxy/'))!;
    expect(proxyCall.headers['x-pd-environment']).toBe('production');
  });

  it('requests one token for many calls, sequential and concurrent', async () => {
    const client = gateway();
    const body = { path: '' };
    await client.request({ method: 'POST', url: listFolderUrl, body });
    await client.request({ method: 'POST', url: listFolderUrl, body });
    await Promise.all(Array.from({ length: 8 }, () => client.request({ method: 'POST', url: listFolderUrl, body })));
    // A second gateway sharing the cache reuses the token too.
    await gateway().request({ method: 'POST', url: listFolderUrl, body });
    expect(pipedream.tokenRequests).toBe(1);
  });

  it('refreshes the token shortly before it expires', async () => {
    const client = gateway();
    const call = () => client.request({ method: 'POST', url: listFolderUrl, body: { path: '' } });
    await call();
    now += 3_000_000; // 50 minutes: still well before expiry
    await call();
    expect(pipedream.tokenRequests).toBe(1);
    now += 570_000; // 59.5 minutes: inside the refresh margin
    await call();
    expect(pipedream.tokenRequests).toBe(2);
    expect(pipedream.requests.filter((r) => r.path.includes('/proxy/')).map((r) => r.headers.authorization)).toEqual([
      `Bearer ${pipedream.issuedTokens[0]}`,
      `Bearer ${pipedream.issuedTokens[0]}`,
      `Bearer ${pipedream.issuedTokens[1]}`,
    ]);
  });

  it('gets a new token when the cached one is refused', async () => {
    const client = gateway();
    await client.request({ method: 'POST', url: listFolderUrl, body: { path: '' } });
    pipedream.revokeTokens();
    const response = await client.request({ method: 'POST', url: listFolderUrl, body: { path: '' } });
    expect(response.status).toBe(200);
    expect(pipedream.tokenRequests).toBe(2);
  });

  it('maps bad client credentials to unauthorized without leaking the secret', async () => {
    const error = await caught(
      gateway({ env: pipedreamEnv({ PIPEDREAM_CLIENT_SECRET: 'wrong-secret-value-999' }) }).request({
        url: listFolderUrl,
        method: 'POST',
      }),
    );
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('PIPEDREAM_CLIENT_SECRET');
    expect(JSON.stringify(error)).not.toContain('wrong-secret-value-999');
  });
});

describe('direct gateway', () => {
  it('sends the app token from SYNCAGENT_TOKEN_<APP>', async () => {
    const fetchThroughHosts = createHostMappingFetch({ 'api.dropboxapi.com': dropbox.url });
    const client = gateway({
      env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_DROPBOX: dropboxToken },
      fetch: fetchThroughHosts,
    });
    const response = await client.request({
      method: 'POST',
      url: listFolderUrl,
      body: { path: '' },
      headers: { Authorization: 'Bearer forged' },
    });
    expect(response.status).toBe(200);
    expect(dropbox.requests.at(-1)!.headers.authorization).toBe(`Bearer ${dropboxToken}`);
    expect(pipedream.requests).toHaveLength(0);
  });

  it('names the missing token variable, app slug normalized', () => {
    expect(() =>
      createGateway({
        env: { SYNCAGENT_GATEWAY: 'direct' },
        connection: { ...connection, app: 'google-drive.v2' },
        allowedHosts: [],
      }),
    ).toThrow(
      expect.objectContaining({ code: 'missing_config', data: { variable: 'SYNCAGENT_TOKEN_GOOGLE_DRIVE_V2' } }),
    );
  });
});

describe('settings', () => {
  it.each(['PIPEDREAM_CLIENT_ID', 'PIPEDREAM_CLIENT_SECRET', 'PIPEDREAM_PROJECT_ID'])(
    'names %s when it is missing',
    (variable) => {
      let error: unknown;
      try {
        gateway({ env: pipedreamEnv({ [variable]: undefined }) });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toMatchObject({ code: 'missing_config', exitCode: 3, data: { variable } });
      expect((error as Error).message).toContain(variable);
    },
  );

  it('rejects a bad PIPEDREAM_ENVIRONMENT and SYNCAGENT_GATEWAY', () => {
    expect(() => gateway({ env: pipedreamEnv({ PIPEDREAM_ENVIRONMENT: 'staging' }) })).toThrow(/PIPEDREAM_ENVIRONMENT/);
    expect(() => gateway({ env: pipedreamEnv({ SYNCAGENT_GATEWAY: 'carrier-pigeon' }) })).toThrow(/SYNCAGENT_GATEWAY/);
  });
});

describe('host allow-list', () => {
  it('refuses a host outside the list before any network I/O', async () => {
    let fetchCalls = 0;
    const counting: typeof fetch = async (...args) => {
      fetchCalls += 1;
      return fetch(...args);
    };
    const client = gateway({ allowedHosts: ['api.dropboxapi.com', 'notify.dropboxapi.com'], fetch: counting });
    const error = await caught(client.request({ url: 'https://evil.example.net/steal' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('evil.example.net');
    expect(error.message).toContain('api.dropboxapi.com, notify.dropboxapi.com');
    await expect(client.request({ url: 'http://api.dropboxapi.com/2/files/list_folder' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(client.request({ url: 'https://user:pw@api.dropboxapi.com/' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(client.request({ url: '/relative' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(client.request({ url: listFolderUrl, body: 'x' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(fetchCalls).toBe(0);
    expect(pipedream.requests).toHaveLength(0);
  });
});

describe('retries', () => {
  it('honours Retry-After in seconds, then succeeds', async () => {
    dropbox.rateLimit({ times: 2, retryAfterSeconds: 3 });
    const response = await gateway().request({ method: 'POST', url: listFolderUrl, body: { path: '' } });
    expect(response.status).toBe(200);
    expect(waits).toEqual([3000, 3000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    let calls = 0;
    customReply = () =>
      ++calls === 1
        ? { status: 429, body: {}, headers: { 'retry-after': new Date(now + 7000).toUTCString() } }
        : { status: 200, body: { ok: 1 } };
    const response = await gateway().request({ url: 'https://api.example.com/thing' });
    expect(response.data).toEqual({ ok: 1 });
    expect(waits).toEqual([7000]);
  });

  it('caps each wait at maxDelayMs', async () => {
    dropbox.rateLimit({ times: 1, retryAfterSeconds: 3600 });
    await gateway().request({ method: 'POST', url: listFolderUrl, body: { path: '' } });
    expect(waits).toEqual([30_000]);
  });

  it('rides out a 429 storm', async () => {
    dropbox.rateLimit({ times: 5, retryAfterSeconds: 1 });
    const response = await gateway().request({ method: 'POST', url: listFolderUrl, body: { path: '' } });
    expect(response.status).toBe(200);
    expect(waits).toHaveLength(5);
  });

  it('gives up on endless 429 with rate_limited', async () => {
    dropbox.rateLimit({ times: 1000, retryAfterSeconds: 2 });
    const error = await caught(gateway().request({ method: 'POST', url: listFolderUrl, body: { path: '' } }));
    expect(error.code).toBe('rate_limited');
    expect(error.data).toMatchObject({ status: 429, attempts: 6, retryAfter: '2' });
    expect(waits).toEqual([2000, 2000, 2000, 2000, 2000]);
  });

  it('retries 5xx with growing backoff, then api_error', async () => {
    customReply = () => ({ status: 503, body: { message: 'upstream sad' } });
    const error = await caught(gateway({ maxRetries: 3 }).request({ url: 'https://api.example.com/x' }));
    expect(error).toMatchObject({ code: 'api_error', status: 503 });
    expect(error.message).toContain('upstream sad');
    expect(customHits).toHaveLength(4);
    expect(waits).toEqual([375, 750, 1500]); // equal jitter with random() = 0.5
  });

  it('retries network errors, then api_error', async () => {
    const closed = await startLoopbackServer(() => undefined);
    await closed.close();
    const error = await caught(
      gateway({ env: pipedreamEnv({ PIPEDREAM_API_URL: closed.url }), maxRetries: 2 }).request({
        url: listFolderUrl,
        method: 'POST',
      }),
    );
    expect(error.code).toBe('api_error');
    expect(error.data).toMatchObject({ network: true });
    expect(waits).toHaveLength(2);
  });
});

describe('error mapping', () => {
  it('maps 401 to unauthorized', async () => {
    dropbox.revokeToken();
    const error = await caught(gateway().request({ method: 'POST', url: listFolderUrl, body: { path: '' } }));
    expect(error).toMatchObject({ code: 'unauthorized', exitCode: 4, data: { status: 401 } });
    expect(error.message).toContain('invalid_access_token');
  });

  it('maps 409 to api_error with status, body and a redacted request', async () => {
    const page = await gateway().request({ method: 'POST', url: listFolderUrl, body: { path: '' } });
    dropbox.resetCursors();
    const error = await caught(
      gateway().request({
        method: 'POST',
        url: 'https://api.dropboxapi.com/2/files/list_folder/continue?access_token=leaky-query-token',
        headers: { 'X-Trace': 'abc' },
        body: { cursor: (page.data as { cursor: string }).cursor },
      }),
    );
    expect(error).toMatchObject({ code: 'api_error', status: 409 });
    expect(JSON.parse(error.data.body as string)).toEqual({ error_summary: 'reset/...', error: { '.tag': 'reset' } });
    expect(error.data.request).toEqual({
      method: 'POST',
      url: 'https://api.dropboxapi.com/2/files/list_folder/continue?access_token=REDACTED',
      headers: ['x-trace', 'content-type'],
    });
    expect(JSON.stringify(error)).not.toContain('leaky-query-token');
  });

  it('truncates long error bodies to 4 KiB', async () => {
    customReply = () => ({ status: 400, body: { message: 'x'.repeat(10_000) } });
    const error = await caught(gateway().request({ url: 'https://api.example.com/big' }));
    expect(Buffer.byteLength(error.data.body as string)).toBeLessThanOrEqual(4096);
    expect(error.data.bodyTruncated).toBe(true);
  });

  it('never puts a token or secret in an error', async () => {
    // The upstream echoes the credentials it received; direct mode must scrub its own token from the error.
    customReply = () => ({ status: 400, body: { message: `bad token ${dropboxToken}` } });
    const direct = gateway({
      env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_DROPBOX: dropboxToken },
      fetch: createHostMappingFetch({ 'api.example.com': custom.url }),
    });
    const directError = await caught(direct.request({ url: 'https://api.example.com/echo' }));
    expect(JSON.stringify(directError)).not.toContain(dropboxToken);
    expect(directError.message).toContain('[REDACTED]');

    // Pipedream mode: neither the OAuth token nor the client secret.
    customReply = () => ({
      status: 500,
      body: { message: `token ${pipedream.issuedTokens[0]} secret ${clientSecret}` },
    });
    const proxyError = await caught(gateway({ maxRetries: 0 }).request({ url: 'https://api.example.com/echo' }));
    const json = JSON.stringify(proxyError);
    expect(pipedream.issuedTokens.length).toBeGreaterThan(0);
    for (const secret of [...pipedream.issuedTokens, clientSecret]) expect(json).not.toContain(secret);
  });
});

describe('cancellation', () => {
  it('stops before sending when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('handler time limit'));
    await expect(
      gateway().request({ url: listFolderUrl, method: 'POST' }, { signal: controller.signal }),
    ).rejects.toThrow('handler time limit');
    expect(pipedream.requests).toHaveLength(0);
  });
});

describe('cancellation in flight', () => {
  it('aborts a request the target never answers: the connection closes and nothing is sent again', async () => {
    let hits = 0;
    let arrived: () => void = () => {};
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    let closed: () => void = () => {};
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    const silent = await startLoopbackServer((_request, _response, raw) => {
      hits += 1;
      raw.socket.once('close', () => closed());
      arrived();
    });
    try {
      const controller = new AbortController();
      const direct = gateway({
        env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_DROPBOX: dropboxToken },
        fetch: createHostMappingFetch({ 'api.example.com': silent.url }),
      });
      const pending = direct.request({ url: 'https://api.example.com/slow' }, { signal: controller.signal });
      await arrival;
      controller.abort(new Error('the time limit of 300 ms was exceeded'));
      await expect(pending).rejects.toThrow('the time limit of 300 ms was exceeded');
      await connectionClosed;
      expect(hits).toBe(1);
      expect(waits).toEqual([]);
    } finally {
      await silent.close();
    }
  });

  it('ends a retry wait at once when the signal aborts, and sends nothing after it', async () => {
    customReply = () => ({ status: 503, body: { message: 'busy' }, headers: { 'retry-after': '3600' } });
    const controller = new AbortController();
    let waiting: () => void = () => {};
    const waitStarted = new Promise<void>((resolve) => (waiting = resolve));
    const never = createGateway({
      env: pipedreamEnv(),
      connection,
      allowedHosts: ['api.example.com'],
      clock: () => now,
      // A wait that ignores the signal: the gateway must not depend on the sleep to notice the abort.
      sleep: (ms) => {
        waits.push(ms);
        waiting();
        return new Promise<void>(() => undefined);
      },
      tokenCache,
    });
    const pending = never.request({ url: 'https://api.example.com/x' }, { signal: controller.signal });
    await waitStarted;
    controller.abort(new Error('handler time limit'));
    await expect(pending).rejects.toThrow('handler time limit');
    expect(customHits).toHaveLength(1);
    expect(waits).toEqual([30_000]);
  });

  it("cancels the default wait's timer when the signal aborts", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const controller = new AbortController();
    const context = transportContext({}, () => []);
    const before = timers();
    const wait = context.sleep(3_600_000, controller.signal);
    expect(timers()).toBe(before + 1);
    controller.abort(new Error('stop'));
    await expect(wait).rejects.toThrow();
    // The timer is gone: nothing is left that would keep the process alive for an hour.
    expect(timers()).toBe(before);
  });
});

describe('getAccount', () => {
  it('returns the validated account', async () => {
    const account = await getAccount(pipedreamEnv(), 'apn_abc123', { tokenCache });
    expect(account).toMatchObject({
      id: 'apn_abc123',
      app: { name_slug: 'dropbox', name: 'Dropbox' },
      external_user_id: 'user-42',
      healthy: true,
    });
    const accountCall = pipedream.requests.find((request) => request.path.includes('/accounts/'))!;
    expect(accountCall.path).toBe('/v1/connect/proj_test1/accounts/apn_abc123');
    expect(accountCall.headers['x-pd-environment']).toBe('development');
  });

  it('maps an unknown account to api_error 404', async () => {
    await expect(getAccount(pipedreamEnv(), 'apn_missing', { tokenCache })).rejects.toMatchObject({
      code: 'api_error',
      status: 404,
    });
  });
});
