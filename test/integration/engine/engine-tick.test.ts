import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type EngineDeps,
  formatSyncJson,
  readStatus,
  type SyncConfig,
  silentLogger,
  tick,
} from '../../../src/engine/index.js';
import { initStore, type Store } from '../../../src/store/index.js';
import { cloneRemote, createBareRemote, gitCli, tempDirPerTest } from '../../support/git.js';
import { installPlain, plainEnv, runCliAsync, testRecipe } from './support.js';

// The scheduler: what is due runs once, what is not is skipped, one sync's failure does not stop the others, and
// concurrent ticks do the one due action once between them. Real store, real sandbox; the CLI as a subprocess where
// processes race.
const dir = tempDirPerTest('engine-tick-');

/** A sync's files written straight into the store (several syncs of several kinds in one store). */
async function addSync(
  store: Store,
  slug: string,
  overrides: Partial<SyncConfig>,
  handlerSource: string | null,
): Promise<void> {
  const config = {
    version: 1,
    slug,
    app: 'plain',
    accountId: `apn_${slug}`,
    externalUserId: 'u',
    flavor: 'sync-engine',
    status: 'active',
    handler: 'handler.js',
    mirrorPrefix: `mirrors/${slug}/`,
    hosts: ['api.plain.example'],
    signals: { poll: { everyMinutes: 60 } },
    createdBy: 'test',
    ...overrides,
  } as SyncConfig;
  await store.transact(
    async (tx) => {
      tx.write(`handlers/${slug}/sync.json`, formatSyncJson(config));
      if (handlerSource !== null) tx.write(`handlers/${slug}/handler.js`, handlerSource);
      tx.write(`skills/${slug}/SKILL.md`, `---\nname: ${slug}\ndescription: test\n---\n`);
    },
    { message: `test: add ${slug}` },
  );
}

const polling = `export async function backfill() { return { added: 0 }; }
export async function pollOnce(ctx) {
  ctx.log.info('handler-run');
  await ctx.mirror.write('polled.txt', ctx.now() + '\\n');
  return { updated: 1 };
}`;

function depsAt(store: Store, iso: string): EngineDeps {
  return { store, env: plainEnv, clock: () => new Date(iso), logger: silentLogger };
}

describe('tick', () => {
  it('4 concurrent ticks from 4 clones, all past due: one polls, the others find it done', async () => {
    const remote = createBareRemote(dir.path);
    const first = cloneRemote(remote, dir.path, 'clone-0');
    // Installed at 10:00 with a poll every 60 minutes: due from 11:00.
    await installPlain(first, testRecipe(polling, { poll: { everyMinutes: 60 } }));
    const clones = [first, ...[1, 2, 3].map((index) => cloneRemote(remote, dir.path, `clone-${index}`))];
    // A second apart: with one --now, four runs in the same wall-clock second would build the very same commit
    // (git times have 1 s resolution), and pushing a commit the remote already has is no race at all.
    const nows = clones.map((_, index) => `2025-03-01T12:00:0${index}.000Z`);
    const results = await Promise.all(
      clones.map((clone, index) =>
        runCliAsync(['tick', '--store', clone, '--now', nows[index]!, '--json'], { env: plainEnv }),
      ),
    );
    const outputs = results.map((result) => {
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { now: string; actions: Array<{ result: string }>; skipped: string[] };
    });
    // One did the poll; the others, whichever they are, saw it done (inside their transaction) and committed nothing.
    const polled = outputs.filter((output) => output.actions.length === 1);
    expect(polled).toEqual([
      {
        now: expect.stringMatching(/^2025-03-01T12:00:0[0-3]\.000Z$/),
        actions: [{ slug: 'plain', action: 'poll', result: 'ok', summary: '1 change (+0 ~1 -0)' }],
        skipped: [],
        maintenance: 'ok',
      },
    ]);
    const winner = polled[0]!.now;
    expect(outputs.filter((output) => output.actions.length === 0)).toEqual(
      nows.filter((now) => now !== winner).map((now) => ({ now, actions: [], skipped: ['plain'], maintenance: 'ok' })),
    );
    // No process ran the handler more than once: a lost compare-and-swap re-checks what is due before running again.
    const runs = results.map(
      (result) => result.stderr.split('\n').filter((line) => line.includes('"event":"handler-log"')).length,
    );
    for (const count of runs) expect(count).toBeLessThanOrEqual(1);
    const check = cloneRemote(remote, dir.path, 'check');
    expect(
      gitCli(check, 'log', '--format=%s')
        .split('\n')
        .filter((subject) => subject.startsWith('sync(plain): poll')),
    ).toEqual(['sync(plain): poll 1 change (+0 ~1 -0)']);
    const status = JSON.parse(await readFile(join(check, 'mirrors/plain/.sync/status.json'), 'utf8')) as {
      nextPollAt: string;
    };
    expect(status.nextPollAt).toBe(new Date(Date.parse(winner) + 3_600_000).toISOString());
  });
});

describe('tick, in process', () => {
  it('renews a webhook at half its remaining lifetime and not before, recording the new expiry', async () => {
    const { store } = await initStore({ root: join(dir.path, 'store') });
    await addSync(
      store,
      'hooks',
      { signals: {} },
      `export async function backfill() {}
export async function renewWebhook(ctx) {
  ctx.log.info('renewing');
  return { expiresAt: new Date(Date.parse(ctx.now()) + 7 * 86400000).toISOString() };
}`,
    );
    // Renewed at 00:00 until two days later: half the lifetime is reached at 24:00.
    await store.transact(
      async (tx) =>
        tx.write(
          'mirrors/hooks/.sync/status.json',
          JSON.stringify({ lastRenewAt: '2025-03-01T00:00:00.000Z', webhookExpiresAt: '2025-03-03T00:00:00.000Z' }),
        ),
      { message: 'test: renewed' },
    );
    const head = await store.head();
    expect(await tick(depsAt(store, '2025-03-01T23:59:00.000Z'))).toEqual({
      now: '2025-03-01T23:59:00.000Z',
      actions: [],
      skipped: ['hooks'],
      maintenance: 'ok',
    });
    expect(await store.head()).toBe(head);

    const renewed = await tick(depsAt(store, '2025-03-02T00:00:00.000Z'));
    expect(renewed.actions).toEqual([
      { slug: 'hooks', action: 'renew', result: 'ok', summary: 'webhook until 2025-03-09T00:00:00.000Z' },
    ]);
    expect(gitCli(store.root, 'log', '-1', '--format=%s')).toBe(
      'sync(hooks): renew webhook until 2025-03-09T00:00:00.000Z',
    );
    expect(await readStatus(store, 'hooks')).toMatchObject({
      lastRenewAt: '2025-03-02T00:00:00.000Z',
      webhookExpiresAt: '2025-03-09T00:00:00.000Z',
      consecutiveFailures: 0,
    });
    // Due again only at half the new lifetime (3.5 days on).
    expect((await tick(depsAt(store, '2025-03-05T11:59:00.000Z'))).actions).toEqual([]);
    expect((await tick(depsAt(store, '2025-03-05T12:00:00.000Z'))).actions).toMatchObject([{ action: 'renew' }]);
  });

  it('skips paused and api-only syncs, handlers without the export, and what is not due yet', async () => {
    const { store } = await initStore({ root: join(dir.path, 'store') });
    await addSync(store, 'paused', { status: 'paused' }, polling);
    await addSync(store, 'api-only', { flavor: 'api-only', handler: undefined, signals: {} }, null);
    await addSync(store, 'no-poll-export', {}, 'export async function backfill() {}');
    await addSync(store, 'not-due', {}, polling);
    await store.transact(
      async (tx) =>
        tx.write('mirrors/not-due/.sync/status.json', JSON.stringify({ nextPollAt: '2025-03-01T12:00:01.000Z' })),
      { message: 'test: polled' },
    );
    const head = await store.head();
    expect(await tick(depsAt(store, '2025-03-01T12:00:00.000Z'))).toEqual({
      now: '2025-03-01T12:00:00.000Z',
      actions: [],
      skipped: ['api-only', 'no-poll-export', 'not-due', 'paused'],
      maintenance: 'ok',
    });
    expect(await store.head()).toBe(head);
    // One second later the due one polls; the others are still skipped.
    expect(await tick(depsAt(store, '2025-03-01T12:00:01.000Z'))).toMatchObject({
      actions: [{ slug: 'not-due', action: 'poll', result: 'ok' }],
      skipped: ['api-only', 'no-poll-export', 'paused'],
    });
  });

  it('reports an invalid sync.json and a failing poll as errors, records the failure, and polls the rest', async () => {
    const { store } = await initStore({ root: join(dir.path, 'store') });
    await addSync(store, 'broken-config', { signals: { poll: { everyMinutes: -1 } } }, polling);
    await addSync(
      store,
      'failing',
      {},
      'export async function backfill() {}\nexport async function pollOnce() { throw new Error("the API is down"); }',
    );
    await addSync(store, 'healthy', {}, polling);
    // And git's housekeeping fails (a setting it cannot read): logged, reported, and the tick's actions stand.
    gitCli(store.root, 'config', 'gc.pruneExpire', 'not-a-date');
    const warnings: Array<[string, Record<string, unknown> | undefined]> = [];
    const result = await tick({
      ...depsAt(store, '2025-03-01T12:00:00.000Z'),
      logger: { ...silentLogger, warn: (event, fields) => warnings.push([event, fields]) },
    });
    expect(result.maintenance).toBe('failed');
    expect(warnings).toEqual([
      [
        'store-maintain-fail',
        {
          code: 'command_failed',
          message: expect.stringMatching(/^git gc --auto exited with 128: .*gc\.pruneexpire/),
          ms: expect.any(Number),
        },
      ],
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.actions).toEqual([
      {
        slug: 'broken-config',
        action: 'poll',
        result: 'error',
        error: {
          code: 'invalid_input',
          message: expect.stringMatching(/^handlers\/broken-config\/sync\.json: signals\.poll\.everyMinutes: /),
        },
      },
      {
        slug: 'failing',
        action: 'poll',
        result: 'error',
        error: { code: 'sandbox', message: expect.stringContaining('the API is down') },
      },
      { slug: 'healthy', action: 'poll', result: 'ok', summary: '1 change (+0 ~1 -0)' },
    ]);
    expect(await readStatus(store, 'failing')).toMatchObject({
      consecutiveFailures: 1,
      lastError: { event: 'poll', code: 'sandbox', message: expect.stringContaining('the API is down') },
      nextPollAt: null,
    });
    expect(await readStatus(store, 'healthy')).toMatchObject({ nextPollAt: '2025-03-01T13:00:00.000Z' });
    expect(gitCli(store.root, 'log', '--format=%s', '-2').split('\n')).toEqual([
      'sync(healthy): poll 1 change (+0 ~1 -0)',
      'sync(failing): poll failed (sandbox)',
    ]);
  });
});
