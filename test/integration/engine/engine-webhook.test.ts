import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleWebhook, maxRecentDeliveries, readStatus } from '../../../src/engine/index.js';
import { cloneRemote, createBareRemote, gitCli, tempDirPerTest } from '../../support/git.js';
import { installPlain, plainEnv, runCliAsync, testRecipe } from './support.js';

// Deduplication by delivery id: the window of remembered ids, failed deliveries, and one id arriving several times at
// once. Real store and sandbox; the CLI as subprocesses against clones of one remote where processes race.
const dir = tempDirPerTest('engine-webhook-');

const recipe = testRecipe(
  `export async function backfill() {}
export async function onWebhook(ctx, delivery) {
  ctx.log.info('handler-run');
  if (delivery.json && delivery.json.fail) throw new Error('upstream said no');
  const seen = (await ctx.mirror.read('seen.txt')) ?? '';
  await ctx.mirror.write('seen.txt', seen + delivery.id + '\\n');
  return { added: 1 };
}`,
  { webhook: {} },
);

describe('webhook deduplication', () => {
  it(`remembers the last ${maxRecentDeliveries} delivery ids: the oldest is forgotten, the others still skipped`, async () => {
    const deps = await installPlain(join(dir.path, 'store'), recipe);
    const ids = Array.from({ length: maxRecentDeliveries }, (_, index) => `id-${index}`);
    await deps.store.transact(
      async (tx) => tx.write('mirrors/plain/.sync/status.json', JSON.stringify({ recentDeliveries: ids })),
      { message: 'test: 500 deliveries seen' },
    );
    const deliver = (id: string) => handleWebhook(deps, { slug: 'plain', body: '{}', headers: {}, deliveryId: id });

    expect(await deliver('id-500')).toMatchObject({ duplicate: false });
    const status = await readStatus(deps.store, 'plain');
    expect(status.recentDeliveries).toHaveLength(maxRecentDeliveries);
    expect(status.recentDeliveries[0]).toBe('id-1');
    expect(status.recentDeliveries.at(-1)).toBe('id-500');

    const head = await deps.store.head();
    expect(await deliver('id-1')).toMatchObject({ duplicate: true, commits: [] });
    expect(await deliver('id-499')).toMatchObject({ duplicate: true, commits: [] });
    expect(await deps.store.head()).toBe(head);
    // id-0 fell out of the window: it runs again.
    expect(await deliver('id-0')).toMatchObject({ duplicate: false });
    expect(await deps.store.readText('mirrors/plain/seen.txt')).toBe('id-500\nid-0\n');
  });

  it('does not remember a delivery whose handler failed: the same id runs again', async () => {
    const deps = await installPlain(join(dir.path, 'store'), recipe);
    await expect(
      handleWebhook(deps, { slug: 'plain', body: '{"fail":true}', headers: {}, deliveryId: 'retry-1' }),
    ).rejects.toMatchObject({ code: 'sandbox', message: expect.stringContaining('upstream said no') });
    const failed = await readStatus(deps.store, 'plain');
    expect(failed.recentDeliveries).not.toContain('retry-1');
    expect(failed.lastError).toMatchObject({ event: 'webhook', code: 'sandbox' });

    expect(await handleWebhook(deps, { slug: 'plain', body: '{}', headers: {}, deliveryId: 'retry-1' })).toMatchObject({
      duplicate: false,
    });
    expect((await readStatus(deps.store, 'plain')).recentDeliveries).toEqual(['retry-1']);
    expect(await deps.store.readText('mirrors/plain/seen.txt')).toBe('retry-1\n');
  });

  it('one delivery id arriving 4 times at once, from 4 clones: handled once, the others skipped', async () => {
    const remote = createBareRemote(dir.path);
    const first = cloneRemote(remote, dir.path, 'clone-0');
    await installPlain(first, recipe);
    const clones = [first, ...[1, 2, 3].map((index) => cloneRemote(remote, dir.path, `clone-${index}`))];
    const results = await Promise.all(
      clones.map((clone) =>
        runCliAsync(['webhook', 'plain', '--store', clone, '--body', '{}', '--delivery-id', 'same-1', '--json'], {
          env: plainEnv,
        }),
      ),
    );
    const outcomes = results.map((result) => {
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { duplicate: boolean };
    });
    expect(outcomes.filter((outcome) => !outcome.duplicate)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.duplicate)).toHaveLength(3);
    // A process that lost the race re-checked the id on the new HEAD: none ran the handler twice.
    for (const result of results)
      expect(
        result.stderr.split('\n').filter((line) => line.includes('"event":"handler-log"')).length,
      ).toBeLessThanOrEqual(1);
    const check = cloneRemote(remote, dir.path, 'check');
    expect(
      gitCli(check, 'log', '--format=%s')
        .split('\n')
        .filter((subject) => subject.includes(': webhook')),
    ).toEqual(['sync(plain): webhook 1 change (+1 ~0 -0)']);
    expect(await readFile(join(check, 'mirrors/plain/seen.txt'), 'utf8')).toBe('same-1\n');
    const status = JSON.parse(await readFile(join(check, 'mirrors/plain/.sync/status.json'), 'utf8')) as {
      recentDeliveries: string[];
    };
    expect(status.recentDeliveries).toEqual(['same-1']);
  });
});
