import { join } from 'node:path';
import { expect, it } from 'vitest';
import { defineRecipe } from '../../../src/catalog/index.js';
import { connect, type EngineDeps, readStatus, renew, silentLogger } from '../../../src/engine/index.js';
import { initStore } from '../../../src/store/index.js';
import { gitCli, tempDirPerTest } from '../../support/git.js';

// A recipe whose handler exports registerWebhook: connect registers after the backfill and
// records the expiry; renew moves it. In-process engine, real store, real sandbox.
const handlerSource = `
export async function backfill(ctx) {
  await ctx.mirror.write('items.ndjson', '{"id":1}\\n');
  await ctx.state.set('cursor', 'c1');
  return { added: 1 };
}
export async function registerWebhook(ctx) {
  await ctx.state.set('hook', 'hook-' + (await ctx.state.get('cursor')));
  return { expiresAt: '2025-03-08T10:00:00.000Z' };
}
export async function renewWebhook(ctx) {
  return { expiresAt: '2025-03-15T10:00:00.000Z' };
}
`;

const recipe = defineRecipe({
  app: 'hooky',
  version: 1,
  hosts: ['api.hooky.example'],
  signals: { renew: { everyHours: 24 } },
  exports: ['backfill', 'registerWebhook', 'renewWebhook'],
  handler: handlerSource,
  skill: ({ slug }) => `---\nname: ${slug}\ndescription: test\n---\n# ${slug}\n`,
});

const dir = tempDirPerTest('register-');

it('connect registers the webhook after the backfill and records its expiry; renew extends it', async () => {
  const { store } = await initStore({ root: join(dir.path, 'store') });
  const deps: EngineDeps = {
    store,
    env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_HOOKY: 't' },
    clock: () => new Date('2025-03-01T10:00:00Z'),
    logger: silentLogger,
  };
  const outcome = await connect(deps, { app: 'hooky', accountId: 'apn_1', externalUserId: 'u', recipe });
  expect(outcome.webhookExpiresAt).toBe('2025-03-08T10:00:00.000Z');
  expect(gitCli(store.root, 'log', '--format=%s', '-2').split('\n')).toEqual([
    'sync(hooky): register webhook registered until 2025-03-08T10:00:00.000Z',
    'sync(hooky): connect 1 change (+1 ~0 -0)',
  ]);
  const status = await store.transact(async (tx) => readStatus(tx, 'hooky'), { message: 'read' });
  expect(status.value.webhookExpiresAt).toBe('2025-03-08T10:00:00.000Z');
  expect(JSON.parse((await store.readText('mirrors/hooky/.sync/state.json')) as string)).toEqual({
    cursor: 'c1',
    hook: 'hook-c1',
  });

  await renew(deps, 'hooky');
  const renewed = await store.transact(async (tx) => readStatus(tx, 'hooky'), { message: 'read' });
  expect(renewed.value.webhookExpiresAt).toBe('2025-03-15T10:00:00.000Z');
});

it('connect --slug refuses a slug another account holds, even once its SKILL.md exists', async () => {
  const { store } = await initStore({ root: join(dir.path, 'store') });
  const deps: EngineDeps = {
    store,
    env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_HOOKY: 't' },
    clock: () => new Date('2025-03-01T10:00:00Z'),
    logger: silentLogger,
  };
  await connect(deps, { app: 'hooky', accountId: 'apn_1', externalUserId: 'u', recipe });
  const head = gitCli(store.root, 'rev-parse', 'HEAD');
  await expect(
    connect(deps, { app: 'hooky', accountId: 'apn_2', externalUserId: 'v', slug: 'hooky', recipe }),
  ).rejects.toMatchObject({
    code: 'invalid_input',
    message: 'slug "hooky" belongs to account apn_1; pass another --slug or --force',
  });
  expect(gitCli(store.root, 'rev-parse', 'HEAD')).toBe(head);
  // The owning account still sees its install as done.
  expect(
    (await connect(deps, { app: 'hooky', accountId: 'apn_1', externalUserId: 'u', slug: 'hooky', recipe })).status,
  ).toBe('exists');
});
