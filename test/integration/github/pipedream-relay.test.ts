import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import relay, { type RelayRequest, type RelayResponse } from '../../../pipedream/relay.mjs';
import { parseGitHubEvent } from '../../../src/github/index.js';
import {
  dropboxWebhookBody,
  type GitHubApiFake,
  signDropboxWebhook,
  startGitHubApi,
} from '../../../src/testkit/index.js';

// The Pipedream relay step (pipedream/relay.mjs) run under Node as Pipedream runs it (props and methods bound as
// `this`, `$.respond`), fed the Connect webhook payloads Pipedream documents and Dropbox deliveries, against the
// GitHub REST fake. What it sends must be what `syncagent dispatch` accepts.

const token = 'github_pat_relay_123';
const hookToken = 'hook-token-456';
let github: GitHubApiFake;
beforeEach(async () => {
  github = await startGitHubApi({ owner: 'acme', repo: 'store', token });
});
afterEach(async () => {
  await github.close();
});

/** Runs the step for one HTTP request and returns what it answered (and what it threw). */
async function deliver(event: RelayRequest, id = 'evt_1') {
  const responses: RelayResponse[] = [];
  const self = { githubToken: token, repository: 'acme/store', hookToken, apiUrl: github.url, ...relay.methods };
  let thrown: Error | null = null;
  let result: Record<string, unknown> | null = null;
  try {
    result = await relay.run.call(self, {
      steps: { trigger: { event, context: { id } } },
      $: { respond: (response) => void responses.push(response) },
    });
  } catch (error) {
    thrown = error as Error;
  }
  return { responses, result, thrown };
}

/** What `syncagent dispatch` makes of a dispatch the fake received. */
function asDispatched(index: number) {
  const sent = github.dispatches[index]!;
  return parseGitHubEvent(
    'repository_dispatch',
    JSON.stringify({ action: sent.eventType, client_payload: sent.clientPayload }),
    'event.json',
  );
}

// CONNECTION_SUCCESS as https://pipedream.com/docs/connect/webhooks shows it, in its current and earlier forms.
const connectionSuccess = {
  event: 'CONNECTION_SUCCESS',
  connect_token: 'ctok_xxxxxxx',
  environment: 'production',
  connect_session_id: 1.4058728083872854e38,
  account: {
    id: 'apn_xxxxxxx',
    name: 'jane@example.com',
    external_id: 'user-abc-123',
    healthy: true,
    dead: null,
    app: {
      id: 'oa_xxxxxxx',
      name_slug: 'google_sheets',
      name: 'Google Sheets',
      auth_type: 'oauth',
      description: 'Use Google Sheets to create and edit online spreadsheets.',
      img_src: 'https://assets.pipedream.net/s.v0/app_168hvn/logo/orig',
      custom_fields_json: '[]',
      categories: ['Productivity'],
      featured_weight: 1000000098,
      connect: {
        allowed_domains: ['www.googleapis.com', 'sheets.googleapis.com'],
        base_proxy_target_url: 'https://sheets.googleapis.com',
        proxy_enabled: true,
      },
    },
    created_at: '2026-03-25T17:49:15.000Z',
    updated_at: '2026-03-25T17:49:15.000Z',
  },
};
const connectionSuccessEarlier = {
  event: 'CONNECTION_SUCCESS',
  connect_token: 'abc123',
  environment: 'production',
  connect_session_id: 123,
  account: {
    id: 'apn_abc123',
    name: 'My Dropbox',
    external_id: 'U123456',
    healthy: true,
    dead: false,
    app: {
      id: 'app_abc123',
      name_slug: 'dropbox',
      name: 'Dropbox',
      auth_type: 'oauth',
      description: 'Dropbox',
      img_src: 'https://assets.pipedream.net/icons/dropbox.svg',
      custom_fields_json: [],
      categories: 'Productivity',
    },
    created_at: '2021-09-01T00:00:00Z',
    updated_at: '2021-09-01T00:00:00Z',
  },
};
const connectionError = {
  event: 'CONNECTION_ERROR',
  connect_token: 'ctok_xxxxxxx',
  environment: 'production',
  connect_session_id: 1.4058727315359677e38,
  error: 'Test request failed. Please verify your credentials and try again.',
};

const post = (path: string, body: unknown, headers: Record<string, string> = {}, query = {}): RelayRequest => {
  const bodyRaw = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    method: 'POST',
    path,
    query,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.parse(bodyRaw),
    bodyRaw,
  };
};

describe('Connect webhooks', () => {
  it('CONNECTION_SUCCESS becomes syncagent.connect (both documented shapes)', async () => {
    const first = await deliver(post('/connect', connectionSuccess, {}, { token: hookToken }));
    expect(first.thrown).toBeNull();
    expect(first.responses).toEqual([
      { status: 202, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'relayed' },
    ]);
    const second = await deliver(post('/connect', connectionSuccessEarlier, { authorization: `Bearer ${hookToken}` }));
    expect(second.responses[0]!.status).toBe(202);
    expect(github.dispatches.map(({ eventType, clientPayload }) => ({ eventType, clientPayload }))).toEqual([
      {
        eventType: 'syncagent.connect',
        clientPayload: { app: 'google_sheets', account_id: 'apn_xxxxxxx', external_user_id: 'user-abc-123' },
      },
      {
        eventType: 'syncagent.connect',
        clientPayload: { app: 'dropbox', account_id: 'apn_abc123', external_user_id: 'U123456' },
      },
    ]);
    expect(asDispatched(1).request).toEqual({
      kind: 'connect',
      app: 'dropbox',
      accountId: 'apn_abc123',
      externalUserId: 'U123456',
      force: false,
    });
    const request = github.requests.find((entry) => entry.path === '/repos/acme/store/dispatches')!;
    expect(request.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('CONNECTION_ERROR is logged and sends nothing; a missing or wrong token is 401', async () => {
    expect((await deliver(post('/connect', connectionError, {}, { token: hookToken }))).responses[0]!.status).toBe(200);
    expect((await deliver(post('/connect', connectionSuccess))).responses[0]!.status).toBe(401);
    expect((await deliver(post('/connect', connectionSuccess, {}, { token: 'nope' }))).responses[0]!.status).toBe(401);
    expect(github.dispatches).toEqual([]);
  });
});

describe('provider webhooks', () => {
  it('a signed Dropbox delivery is relayed raw, so the Action can verify its signature', async () => {
    // Whitespace the parsed body would lose: the signature covers these exact bytes.
    const body = dropboxWebhookBody(['dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc']).replace(':', ': ');
    const signature = signDropboxWebhook(body, 'app-secret');
    const result = await deliver(
      post('/hooks/dropbox', body, {
        'X-Dropbox-Signature': signature,
        'X-Forwarded-For': '1.2.3.4',
        Authorization: 'Basic c2VjcmV0',
      }),
      'evt_42',
    );
    expect(result.responses[0]!.status).toBe(202);
    const event = asDispatched(0);
    expect(event.request).toMatchObject({
      kind: 'webhook',
      target: { slug: 'dropbox' },
      deliveryId: 'pd-evt_42',
      body,
      headers: { 'content-type': 'application/json', 'x-dropbox-signature': signature },
    });
    const headers = (event.request as { headers: Record<string, string> }).headers;
    expect(headers).not.toHaveProperty('authorization');
    expect(headers).not.toHaveProperty('x-forwarded-for');
  });

  it('uses the provider delivery id when there is one', async () => {
    await deliver(post('/hooks/github-app', '{"zen":"x"}', { 'X-GitHub-Delivery': '72d3162e-cc78-11e3' }));
    expect(github.dispatches[0]!.clientPayload.delivery_id).toBe('72d3162e-cc78-11e3');
  });

  it('a body too big for repository_dispatch goes as a truncated signal; GitHub accepts it and dispatch polls', async () => {
    const entries = Array.from({ length: 4000 }, (_, index) => `dbid:${'a'.repeat(20)}${index}`);
    const body = dropboxWebhookBody(entries);
    expect(Buffer.byteLength(body)).toBeGreaterThan(65_536);
    const result = await deliver(post('/hooks/dropbox', body, { 'x-dropbox-signature': 'f'.repeat(64) }), 'evt_big');
    expect(result.thrown).toBeNull();
    expect(result.responses[0]!.status).toBe(202);
    const sent = github.dispatches[0]!;
    expect(sent.bytes).toBeLessThan(65_536);
    expect(sent.clientPayload).toMatchObject({
      slug: 'dropbox',
      delivery_id: 'pd-evt_big',
      truncated: true,
      size: Buffer.byteLength(body),
    });
    expect(sent.clientPayload).not.toHaveProperty('body');
    expect(asDispatched(0).request).toMatchObject({ kind: 'webhook-signal', target: { slug: 'dropbox' } });
  });

  it('answers a verification challenge, refuses bad paths, and reports GitHub being down as 502', async () => {
    const challenge = await deliver({ method: 'GET', path: '/hooks/dropbox', query: { challenge: 'abc123' } });
    expect(challenge.responses).toEqual([
      { status: 200, headers: { 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' }, body: 'abc123' },
    ]);
    expect((await deliver(post('/hooks/../etc', '{}'))).responses[0]!.status).toBe(404);
    expect((await deliver(post('/elsewhere', '{}'))).responses[0]!.status).toBe(404);
    expect(github.dispatches).toEqual([]);
    github.setAvailable(false);
    const down = await deliver(post('/hooks/dropbox', '{}'));
    expect(down.responses[0]!.status).toBe(502);
    expect(down.thrown?.message).toMatch(/^GitHub refused the repository_dispatch \(503\)/);
  });
});
