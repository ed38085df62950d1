import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initStore } from '../../../src/store/index.js';
import { dropboxWebhookBody, signDropboxWebhook } from '../../../src/testkit/index.js';
import { gitCli, tempDir } from '../../support/git.js';
import { accountId, expectedRecords, mirrorRecords, populate, secret, startFakes } from '../engine/support.js';
import { connectionSuccess, metricValue, type ServeProcess, send, startServe } from './support.js';

// The service end to end, as a user runs it: `syncagent serve` as a subprocess on a real store,
// real HTTP on loopback, the Pipedream Connect and Dropbox fakes behind the gateway.
let fakes: Awaited<ReturnType<typeof startFakes>>;
let dir: Awaited<ReturnType<typeof tempDir>>;
let store: string;
let serve: ServeProcess;
const hookToken = 'hook-token-never-logged';
const cloudToken = 'cloud-token';
const head = () => gitCli(store, 'rev-parse', 'HEAD');
const body = dropboxWebhookBody(['dbid:fake-account']);

function deliver(id: string, options: { signature?: string; payload?: string } = {}) {
  const payload = options.payload ?? body;
  return send(`${serve.url}/hooks/dropbox`, {
    headers: {
      'content-type': 'application/json',
      'x-dropbox-signature': options.signature ?? signDropboxWebhook(payload, secret),
      'x-syncagent-delivery-id': id,
    },
    body: payload,
  });
}

async function metrics(): Promise<string> {
  return (await send(`${serve.url}/metrics`)).text;
}

/** Installs Dropbox through the Connect hook unless it is installed (so any test runs alone). */
async function ensureInstalled(): Promise<void> {
  if (gitCli(store, 'ls-tree', '--name-only', 'HEAD', 'skills/dropbox/SKILL.md') !== '') return;
  const reply = await send(`${serve.url}/hooks/pipedream`, {
    headers: { authorization: `Bearer ${hookToken}`, 'content-type': 'application/json' },
    body: connectionSuccess(accountId),
  });
  expect(reply.status).toBe(200);
  await serve.logged('connect-end', { slug: 'dropbox' });
}

/** Waits until the service has nothing accepted left to do. */
async function drained(): Promise<void> {
  await vi.waitFor(async () => expect(metricValue(await metrics(), 'syncagent_spool_depth')).toBe(0), {
    timeout: 60_000,
    interval: 50,
  });
}

beforeAll(async () => {
  fakes = await startFakes();
  populate(fakes.dropbox, 300);
  dir = await tempDir('serve-e2e-');
  store = join(dir.path, 'store');
  await initStore({ root: store });
  serve = await startServe(['--store', store, '--tick-minutes', '0'], {
    ...fakes.env,
    SYNCAGENT_HOOK_TOKEN: hookToken,
    SYNCAGENT_CLOUD_TOKEN: cloudToken,
  });
});
afterAll(async () => {
  serve?.child.kill('SIGKILL');
  await fakes.close();
  await dir.cleanup();
});

describe('syncagent serve', () => {
  it('answers /healthz, and refuses a Connect event without the hook token', async () => {
    expect(await send(`${serve.url}/healthz`)).toMatchObject({ status: 200, text: 'ok\n' });
    const refused = await send(`${serve.url}/hooks/pipedream`, { body: connectionSuccess(accountId) });
    expect(refused.status).toBe(401);
    const wrong = await send(`${serve.url}/hooks/pipedream?token=nope`, { body: connectionSuccess(accountId) });
    expect(wrong.status).toBe(401);
    const bad = await send(`${serve.url}/hooks/pipedream`, {
      headers: { authorization: `Bearer ${hookToken}` },
      body: '{"event":"CONNECTION_SUCCESS","account":{"id":"apn 1"}}',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('account.');
    expect(gitCli(store, 'log', '--format=%s')).not.toContain('sync(dropbox)');
  });

  it('installs Dropbox from a CONNECTION_SUCCESS POST (bearer or ?token=) and backfills', async () => {
    const accepted = await send(`${serve.url}/hooks/pipedream?token=${hookToken}`, {
      headers: { 'content-type': 'application/json' },
      body: connectionSuccess(accountId),
    });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.text)).toMatchObject({ accepted: true, app: 'dropbox', accountId });
    await serve.logged('connect-end', { slug: 'dropbox', status: 'installed' });
    expect(gitCli(store, 'show', 'HEAD:skills/dropbox/SKILL.md')).toMatch(/^---\nname: dropbox\n/);
    expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
    const status = JSON.parse((await send(`${serve.url}/status`)).text) as {
      syncs: Array<{ slug: string; flavor: string; lastRun: { event: string; result: string } }>;
      service: { mode: string; spoolDepth: number };
    };
    expect(status.syncs).toEqual([
      expect.objectContaining({
        slug: 'dropbox',
        flavor: 'sync-engine',
        lastRun: expect.objectContaining({ event: 'connect', result: 'ok' }),
      }),
    ]);
    expect(status.service).toMatchObject({ mode: 'process', spoolDepth: 0 });
    // Neither token reached the log.
    expect(serve.stderr.join('\n')).not.toContain(hookToken);
    expect(serve.stderr.join('\n')).not.toContain('ctok_secret_never_logged');
  });

  it("echoes Dropbox's challenge as text/plain (from sync.json)", async () => {
    await ensureInstalled();
    const reply = await send(`${serve.url}/hooks/dropbox?challenge=abc123XYZ`);
    expect(reply).toMatchObject({ status: 200, text: 'abc123XYZ' });
    expect(reply.headers['content-type']).toMatch(/^text\/plain/);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(`${serve.url}/hooks/dropbox`)).status).toBe(400);
    expect((await send(`${serve.url}/hooks/unknown-sync?challenge=x`)).status).toBe(404);
  });

  it('lands signed webhooks as commits', async () => {
    await ensureInstalled();
    fakes.dropbox.addFile('/Top0/Folder 0/from-serve.pdf', { size: 123 });
    const before = head();
    const reply = await deliver('serve-1');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ accepted: true, deliveryId: 'serve-1' });
    await drained();
    expect(head()).not.toBe(before);
    expect(gitCli(store, 'log', '-1', '--format=%s')).toMatch(/^sync\(dropbox\): webhook 1 change/);
    expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
  });

  it('refuses a bad signature with 401 and spools nothing', async () => {
    await ensureInstalled();
    await drained();
    const rejectedBefore = metricValue(await metrics(), 'syncagent_webhook_deliveries_total', {
      slug: 'dropbox',
      result: 'rejected',
    });
    const before = head();
    const spoolFiles = async () => (await readdir(join(store, '.git/syncagent-serve/spool'))).sort();
    const filesBefore = await spoolFiles();
    const forged = await deliver('forged-1', { signature: signDropboxWebhook(body, 'wrong-secret') });
    expect(forged.status).toBe(401);
    const unsigned = await send(`${serve.url}/hooks/dropbox`, {
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(401);
    const text = await metrics();
    expect(metricValue(text, 'syncagent_webhook_deliveries_total', { slug: 'dropbox', result: 'rejected' })).toBe(
      rejectedBefore + 2,
    );
    expect(metricValue(text, 'syncagent_spool_depth')).toBe(0);
    expect(await spoolFiles()).toEqual(filesBefore);
    expect(head()).toBe(before);
  });

  it('answers a duplicate delivery 200 and skips it without a commit', async () => {
    await ensureInstalled();
    expect((await deliver('dup-1')).status).toBe(200);
    await drained();
    const before = head();
    const again = await deliver('dup-1');
    expect(again.status).toBe(200);
    expect(JSON.parse(again.text)).toEqual({ accepted: true, duplicate: true, deliveryId: 'dup-1' });
    await drained();
    expect(head()).toBe(before);
  });

  it('caps bodies (413) and answers unknown routes and methods clearly', async () => {
    await ensureInstalled();
    const big = await deliver('big-1', { payload: 'x'.repeat(1024 * 1024 + 1) });
    expect(big.status).toBe(413);
    expect((await send(`${serve.url}/nope`)).status).toBe(404);
    expect((await send(`${serve.url}/hooks/dropbox`, { method: 'DELETE' })).status).toBe(405);
  });

  it('exposes Prometheus metrics: events, failures, spool depth, latency', async () => {
    await ensureInstalled();
    await drained();
    const before = await metrics();
    const count = (text: string, name: string, labels: Record<string, string>) => metricValue(text, name, labels);
    expect((await deliver('metrics-1')).status).toBe(200);
    await drained();
    const text = await metrics();
    expect(text).toContain('# TYPE syncagent_events_total counter');
    expect(text).toContain('# TYPE syncagent_event_failures_total counter');
    expect(text).toContain('# TYPE syncagent_intake_seconds histogram');
    const webhookOk = { kind: 'webhook', result: 'ok' };
    expect(count(text, 'syncagent_events_total', webhookOk)).toBe(
      count(before, 'syncagent_events_total', webhookOk) + 1,
    );
    expect(count(text, 'syncagent_events_total', { kind: 'connect', result: 'ok' })).toBe(1);
    const hooks = { route: '/hooks/:slug' };
    expect(count(text, 'syncagent_intake_seconds_count', hooks)).toBe(
      count(before, 'syncagent_intake_seconds_count', hooks) + 1,
    );
    const handled = { slug: 'dropbox', result: 'handled' };
    expect(count(text, 'syncagent_webhook_deliveries_total', handled)).toBe(
      count(before, 'syncagent_webhook_deliveries_total', handled) + 1,
    );
    expect(text).toContain('syncagent_spool_depth 0');
  });

  it('exits 0 on SIGTERM', async () => {
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.stderr.some((line) => line.includes('"event":"serve-stop"'))).toBe(true);
  });
});
