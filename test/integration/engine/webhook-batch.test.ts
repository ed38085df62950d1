import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { defineRecipe } from '../../../src/catalog/index.js';
import {
  connect,
  type EngineDeps,
  handleWebhook,
  handleWebhookBatch,
  readStatus,
  silentLogger,
} from '../../../src/engine/index.js';
import { initStore } from '../../../src/store/index.js';
import { gitCli, tempDirPerTest } from '../../support/git.js';

// onWebhook appends the delivery it was given, so the mirror shows which calls ran and in what order.
const handlerSource = `
export async function backfill(ctx) {
  await ctx.mirror.write('seen.ndjson', '');
  return { added: 0 };
}
export async function onWebhook(ctx, delivery) {
  if (delivery.json && delivery.json.fail) throw new Error('handler failed on ' + delivery.id);
  const before = (await ctx.mirror.read('seen.ndjson')) || '';
  await ctx.mirror.write('seen.ndjson', before + JSON.stringify({ id: delivery.id, n: delivery.json && delivery.json.n }) + '\\n');
  return { added: 1 };
}
`;

const secret = 'batch-secret';
const recipe = defineRecipe({
  app: 'hooky',
  version: 1,
  hosts: ['api.hooky.example'],
  signals: { webhook: { signature: { header: 'x-hooky-signature', scheme: 'hmac-sha256-hex', secretEnv: 'HOOKY' } } },
  exports: ['backfill', 'onWebhook'],
  handler: handlerSource,
  skill: ({ slug }) => `---\nname: ${slug}\ndescription: test\n---\n# ${slug}\n`,
});

function delivery(id: string, json: Record<string, unknown>) {
  const body = JSON.stringify(json);
  return {
    deliveryId: id,
    body,
    headers: {
      'Content-Type': 'application/json',
      'X-Hooky-Signature': createHmac('sha256', secret).update(body).digest('hex'),
    },
  };
}

const dir = tempDirPerTest('webhook-batch-');

async function setup(): Promise<EngineDeps> {
  const { store } = await initStore({ root: join(dir.path, 'store') });
  const deps: EngineDeps = {
    store,
    env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_HOOKY: 't', HOOKY: secret },
    clock: () => new Date('2025-03-01T10:00:00Z'),
    logger: silentLogger,
  };
  await connect(deps, { app: 'hooky', accountId: 'apn_1', externalUserId: 'u', recipe });
  return deps;
}

const seen = async (deps: EngineDeps) =>
  ((await deps.store.readText('mirrors/hooky/seen.ndjson')) ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; n: number });

it('runs onWebhook for every new delivery in order, in one commit, and records every id', async () => {
  const deps = await setup();
  await handleWebhook(deps, { slug: 'hooky', ...delivery('d0', { n: 0 }) });
  const commitsBefore = Number(gitCli(deps.store.root, 'rev-list', '--count', 'HEAD'));
  const outcome = await handleWebhookBatch(deps, 'hooky', [
    delivery('d1', { n: 1 }),
    delivery('d0', { n: 0 }), // recorded before: skipped
    delivery('d2', { n: 2 }),
    delivery('d1', { n: 1 }), // twice in the batch: runs once
    delivery('d3', { n: 3 }),
  ]);
  expect(outcome).toMatchObject({ slug: 'hooky', handled: ['d1', 'd2', 'd3'], duplicates: ['d0', 'd1'] });
  expect(outcome.commits).toHaveLength(1);
  expect(Number(gitCli(deps.store.root, 'rev-list', '--count', 'HEAD'))).toBe(commitsBefore + 1);
  expect(gitCli(deps.store.root, 'log', '-1', '--format=%s')).toBe(
    'sync(hooky): webhook 3 changes (+3 ~0 -0) (3 deliveries)',
  );
  expect((await seen(deps)).map((record) => record.id)).toEqual(['d0', 'd1', 'd2', 'd3']);
  const status = await readStatus(deps.store, 'hooky');
  expect(status.recentDeliveries).toEqual(['d0', 'd1', 'd2', 'd3']);

  // The same batch again: every delivery is a duplicate, nothing is committed.
  const again = await handleWebhookBatch(deps, 'hooky', [delivery('d2', { n: 2 }), delivery('d3', { n: 3 })]);
  expect(again).toEqual({ slug: 'hooky', handled: [], duplicates: ['d2', 'd3'], summary: null, commits: [] });
  expect(Number(gitCli(deps.store.root, 'rev-list', '--count', 'HEAD'))).toBe(commitsBefore + 1);
});

it('a failing delivery fails the whole batch: nothing of it lands and no id is recorded', async () => {
  const deps = await setup();
  await expect(
    handleWebhookBatch(deps, 'hooky', [delivery('e1', { n: 1 }), delivery('e2', { fail: true })]),
  ).rejects.toMatchObject({ code: 'sandbox' });
  expect(await seen(deps)).toEqual([]);
  const status = await readStatus(deps.store, 'hooky');
  expect(status.recentDeliveries).toEqual([]);
  expect(status.consecutiveFailures).toBe(1);
});

it('checks every delivery before anything runs: one bad signature refuses the batch', async () => {
  const deps = await setup();
  const head = gitCli(deps.store.root, 'rev-parse', 'HEAD');
  const forged = { ...delivery('f2', { n: 2 }), body: '{"n":3}' };
  await expect(handleWebhookBatch(deps, 'hooky', [delivery('f1', { n: 1 }), forged])).rejects.toMatchObject({
    code: 'unauthorized',
  });
  await expect(handleWebhookBatch(deps, 'hooky', [])).rejects.toMatchObject({ code: 'invalid_input' });
  expect(gitCli(deps.store.root, 'rev-parse', 'HEAD')).toBe(head);
});
