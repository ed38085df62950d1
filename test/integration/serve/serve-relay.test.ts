import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { dropboxHandlerSource, dropboxRecipe } from '../../../src/catalog/index.js';
import { formatSyncJson, silentLogger } from '../../../src/engine/index.js';
import { createGitHubDispatcher, type RunningService, startService } from '../../../src/serve/index.js';
import { initStore, type Store } from '../../../src/store/index.js';
import {
  dropboxWebhookBody,
  type GitHubApiFake,
  signDropboxWebhook,
  startGitHubApi,
} from '../../../src/testkit/index.js';
import { runCli } from '../../support/cli.js';
import { tempDirPerTest } from '../../support/git.js';
import { connectionSuccess, metricValue, send } from './support.js';

// `serve --relay github` against the GitHub REST fake of the testkit: its `POST /repos/{owner}/{repo}/dispatches`
// answers 204 No Content and holds GitHub's limits (10 top-level keys, < 64 KB, event_type ≤ 100) as GitHub does,
// and it can be down for a while (every request answered 503).

const secret = 'relay-secret';
const dir = tempDirPerTest('serve-relay-');
let github: GitHubApiFake;
let service: RunningService | null = null;

async function storeWithDropbox(): Promise<Store> {
  const { store } = await initStore({ root: join(dir.path, 'store') });
  const config = dropboxRecipe.syncJson({ slug: 'dropbox', accountId: 'apn_1', externalUserId: 'u', updatedAt: '' });
  await store.transact(
    async (tx) => {
      tx.write('handlers/dropbox/sync.json', formatSyncJson(config));
      tx.write('handlers/dropbox/handler.js', dropboxHandlerSource);
    },
    { message: 'install dropbox' },
  );
  return store;
}

async function startRelay(store: Store): Promise<RunningService> {
  service = await startService({
    store,
    env: { DROPBOX_APP_SECRET: secret, SYNCAGENT_HOOK_TOKEN: 'hook' },
    logger: silentLogger,
    dataDir: join(dir.path, 'data'),
    port: 0,
    dispatcher: createGitHubDispatcher({
      token: 'ghs_relaytoken',
      owner: 'owner',
      repo: 'store',
      baseUrl: github.url,
    }),
    retry: { baseMs: 20, maxMs: 200 },
  });
  return service;
}

function deliver(url: string, id: string, body = dropboxWebhookBody(['dbid:1'])) {
  return send(`${url}/hooks/dropbox`, {
    headers: {
      'content-type': 'application/json',
      'x-dropbox-signature': signDropboxWebhook(body, secret),
      'x-syncagent-delivery-id': id,
    },
    body,
  });
}

beforeEach(async () => {
  github = await startGitHubApi({ owner: 'owner', repo: 'store', token: 'ghs_relaytoken' });
});
afterEach(async () => {
  await service?.close();
  service = null;
  await github.close();
});

it('forwards each delivery as one repository_dispatch with the raw body, and Connect events as syncagent.connect', async () => {
  const relay = await startRelay(await storeWithDropbox());
  const body = dropboxWebhookBody(['dbid:1']);
  for (const id of ['r-1', 'r-2', 'r-3']) expect((await deliver(relay.url, id, body)).status).toBe(200);
  const connect = await send(`${relay.url}/hooks/pipedream?token=hook`, { body: connectionSuccess('apn_new') });
  expect(connect.status).toBe(200);
  await vi.waitFor(() => expect(github.dispatches).toHaveLength(4), { timeout: 10_000, interval: 20 });
  const webhooks = github.dispatches.filter((dispatch) => dispatch.eventType === 'syncagent.webhook');
  expect(webhooks.map((dispatch) => dispatch.clientPayload.delivery_id).sort()).toEqual(['r-1', 'r-2', 'r-3']);
  expect(webhooks[0]?.clientPayload).toMatchObject({
    slug: 'dropbox',
    body,
    headers: expect.objectContaining({ 'x-dropbox-signature': signDropboxWebhook(body, secret) }),
    received_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
  });
  expect(github.dispatches.find((dispatch) => dispatch.eventType === 'syncagent.connect')?.clientPayload).toEqual({
    app: 'dropbox',
    account_id: 'apn_new',
    external_user_id: 'user-42',
  });
  const dispatchRequests = github.requests.filter((request) => request.path === '/repos/owner/store/dispatches');
  expect(dispatchRequests).toHaveLength(4);
  expect(dispatchRequests.every((request) => request.headers.authorization === 'token ghs_relaytoken')).toBe(true);
  // A forged delivery is refused at intake: nothing is relayed.
  const forged = await send(`${relay.url}/hooks/dropbox`, {
    headers: { 'x-dropbox-signature': signDropboxWebhook(body, 'other') },
    body,
  });
  expect(forged.status).toBe(401);
  await relay.idle();
  expect(github.dispatches).toHaveLength(4);
});

it('keeps deliveries in the spool while GitHub is down and delivers all of them once it is back', async () => {
  const relay = await startRelay(await storeWithDropbox());
  github.setAvailable(false);
  const ids = Array.from({ length: 20 }, (_, index) => `down-${index}`);
  for (const id of ids) expect((await deliver(relay.url, id)).status).toBe(200);
  // Every one is tried and fails while GitHub answers 503; none is given up.
  await vi.waitFor(
    async () => {
      const text = (await send(`${relay.url}/metrics`)).text;
      expect(metricValue(text, 'syncagent_events_total', { kind: 'relay', result: 'failed' })).toBeGreaterThanOrEqual(
        40,
      );
    },
    { timeout: 20_000, interval: 20 },
  );
  expect(relay.spoolDepth).toBe(20);
  expect(github.dispatches).toEqual([]);
  github.setAvailable(true);
  await vi.waitFor(() => expect(github.dispatches).toHaveLength(20), { timeout: 20_000, interval: 20 });
  expect(github.dispatches.map((dispatch) => dispatch.clientPayload.delivery_id).sort()).toEqual([...ids].sort());
  await relay.idle();
  expect(relay.spoolDepth).toBe(0);
  const text = (await send(`${relay.url}/metrics`)).text;
  expect(metricValue(text, 'syncagent_given_up_total', { kind: 'relay' })).toBe(0);
});

it('sends a body too big for repository_dispatch as a signal (truncated, empty body)', async () => {
  const relay = await startRelay(await storeWithDropbox());
  const body = JSON.stringify({ list_folder: { accounts: ['dbid:1'] }, padding: 'x'.repeat(100_000) });
  expect((await deliver(relay.url, 'big-1', body)).status).toBe(200);
  await vi.waitFor(() => expect(github.dispatches).toHaveLength(1), { timeout: 10_000, interval: 20 });
  expect(github.dispatches[0]?.clientPayload).toMatchObject({
    slug: 'dropbox',
    delivery_id: 'big-1',
    body: '',
    truncated: true,
  });
  expect(github.dispatches[0]?.bytes).toBeLessThan(64 * 1024);
});

it('--relay github without its settings is missing_config (exit 3) naming the variable', async () => {
  const { store } = await initStore({ root: join(dir.path, 'cli-store') });
  const result = runCli(['serve', '--relay', 'github', '--store', store.root, '--port', '0'], {
    env: { GITHUB_TOKEN: '', GITHUB_REPOSITORY: '' },
  });
  expect(result.status).toBe(3);
  expect(result.stderr.trim()).toBe('syncagent: missing_config: missing configuration: set GITHUB_TOKEN');
});
