import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { initStore } from '../../../src/store/index.js';
import { dropboxWebhookBody, signDropboxWebhook } from '../../../src/testkit/index.js';
import { gitCli, tempDir } from '../../support/git.js';
import { accountId, expectedRecords, mirrorRecords, populate, secret, startFakes } from '../engine/support.js';
import {
  connectionSuccess,
  metricValue,
  percentile,
  recordedDeliveryIds,
  type ServeProcess,
  send,
  sendBurst,
  startServe,
} from './support.js';

// Heavy (run by .ci/run, not `npm test`): 2,000 signed deliveries from 50 concurrent clients, and
// a kill -9 in the middle of a burst. The tree keeps changing during each burst.
let fakes: Awaited<ReturnType<typeof startFakes>>;
let dir: Awaited<ReturnType<typeof tempDir>>;
const hookToken = 'hook-token';
const body = dropboxWebhookBody(['dbid:fake-account']);
const signature = signDropboxWebhook(body, secret);

beforeAll(async () => {
  fakes = await startFakes();
  populate(fakes.dropbox, 500);
  dir = await tempDir('serve-load-');
});
afterAll(async () => {
  await fakes.close();
  await dir.cleanup();
});

async function installedStore(name: string): Promise<{ store: string; serve: ServeProcess }> {
  const store = join(dir.path, name);
  await initStore({ root: store });
  const serve = await startServe(['--store', store, '--tick-minutes', '0'], {
    ...fakes.env,
    SYNCAGENT_HOOK_TOKEN: hookToken,
  });
  const reply = await send(`${serve.url}/hooks/pipedream`, {
    headers: { authorization: `Bearer ${hookToken}` },
    body: connectionSuccess(accountId),
  });
  expect(reply.status).toBe(200);
  await serve.logged('connect-end', { slug: 'dropbox', status: 'installed' });
  return { store, serve };
}

function delivery(url: string, id: string) {
  return {
    url: `${url}/hooks/dropbox`,
    headers: { 'content-type': 'application/json', 'x-dropbox-signature': signature, 'x-syncagent-delivery-id': id },
    body,
  };
}

async function drained(url: string): Promise<void> {
  await vi.waitFor(
    async () => expect(metricValue((await send(`${url}/metrics`)).text, 'syncagent_spool_depth')).toBe(0),
    { timeout: 600_000, interval: 200 },
  );
}

const webhookCommits = (store: string) =>
  gitCli(store, 'log', '--format=%s')
    .split('\n')
    .filter((subject) => subject.startsWith('sync(dropbox): webhook')).length;

it('takes 2,000 signed deliveries from 50 clients: all 200, every id recorded, mirror converges, few commits', async () => {
  const { store, serve } = await installedStore('load');
  const count = 2000;
  const result = await sendBurst({
    count,
    concurrency: 50,
    build: (index) => delivery(serve.url, `load-${index}`),
    // The tree changes while the burst goes on: the last deliveries must catch all of it.
    onAnswered: (index) => {
      if (index % 250 === 0) fakes.dropbox.addFile(`/Top0/burst-${index}.txt`, { size: index + 1 });
      if (index === 1000) fakes.dropbox.delete('/Top0/Folder 3');
    },
  });
  expect(result.statuses.filter((status) => status !== 200)).toEqual([]);
  await drained(serve.url);
  const recorded = recordedDeliveryIds(store);
  const missing = Array.from({ length: count }, (_, index) => `load-${index}`).filter((id) => !recorded.has(id));
  expect(missing).toEqual([]);
  expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
  const commits = webhookCommits(store);
  expect(commits).toBeLessThan(count / 10);
  const p50 = percentile(result.latenciesMs, 50);
  const p99 = percentile(result.latenciesMs, 99);
  const rate = (count / result.elapsedMs) * 1000;
  console.log(
    `serve load: ${count} deliveries, 50 clients: ${rate.toFixed(0)} deliveries/s, intake p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; ${commits} webhook commits`,
  );
  serve.child.kill('SIGTERM');
  expect(await serve.exited).toBe(0);
  expect(gitCli(store, 'fsck', '--no-progress')).toBe('');
});

it('kill -9 in the middle of a burst, restart: the spool replays, nothing accepted is lost', async () => {
  const { store, serve } = await installedStore('killed');
  const count = 1000;
  let killed = false;
  const result = await sendBurst({
    count,
    concurrency: 50,
    build: (index) => delivery(serve.url, `kill-${index}`),
    onAnswered: (index) => {
      if (index % 200 === 0) fakes.dropbox.addFile(`/Top0/killed-${index}.txt`, { size: 7 });
      // Past the 400th, kill it hard while the rest are in flight and events are running.
      if (!killed && index >= 400) {
        killed = true;
        serve.child.kill('SIGKILL');
      }
    },
  });
  expect(await serve.exited).toBe('SIGKILL');
  const accepted = result.statuses.flatMap((status, index) => (status === 200 ? [`kill-${index}`] : []));
  expect(accepted.length).toBeGreaterThanOrEqual(400);
  expect(accepted.length).toBeLessThan(count);
  // Restart on the same store and data folder: the spool replays what was accepted and not done.
  fakes.dropbox.addFile('/Top0/after-restart.txt', { size: 3 });
  const again = await startServe(['--store', store, '--tick-minutes', '0'], {
    ...fakes.env,
    SYNCAGENT_HOOK_TOKEN: hookToken,
  });
  const replay = (await again.logged('serve-start')) as { replayed: number };
  expect(replay.replayed).toBeGreaterThan(0);
  await drained(again.url);
  const recorded = recordedDeliveryIds(store);
  expect(accepted.filter((id) => !recorded.has(id))).toEqual([]);
  // One more delivery after the restart brings the mirror to the tree (changes made after the last replayed one).
  expect((await send(delivery(again.url, 'after-restart').url, delivery(again.url, 'after-restart'))).status).toBe(200);
  await drained(again.url);
  expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
  again.child.kill('SIGTERM');
  expect(await again.exited).toBe(0);
  expect(gitCli(store, 'fsck', '--no-progress')).toBe('');
  expect(gitCli(store, 'status', '--porcelain')).toBe('');
});
