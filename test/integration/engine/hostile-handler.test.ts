import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EngineDeps, exec, formatSyncJson, type Logger, type SyncConfig } from '../../../src/engine/index.js';
import { SyncError } from '../../../src/errors.js';
import { initStore, type Store, syncPaths } from '../../../src/store/index.js';
import { createHostMappingFetch, startLoopbackServer } from '../../../src/testkit/index.js';
import { gitCli, tempDirPerTest } from '../../support/git.js';
import { installPlain, runCliAsync, testRecipe } from './support.js';

// Hostile or careless handler code run through the engine (exec, as `syncagent exec` and the sync agent do) against
// a real store: every limit ends the event with a clear error and commits nothing of it, and the store stays sound.

const dir = tempDirPerTest('hostile-');
const slug = 'probe';

function config(hosts: string[]): SyncConfig {
  return {
    version: 1,
    slug,
    app: 'probe',
    accountId: 'apn_probe',
    externalUserId: 'user-1',
    flavor: 'api-only',
    status: 'active',
    mirrorPrefix: `mirrors/${slug}/`,
    hosts,
    signals: {},
    createdBy: 'catalog:probe@1',
  };
}

async function installedStore(hosts: string[] = ['api.slow.example']): Promise<Store> {
  const { store } = await initStore({ root: join(dir.path, 'store') });
  await store.transact(
    async (tx) => {
      tx.write(syncPaths(slug).syncJson, formatSyncJson(config(hosts)));
      tx.write(`mirrors/${slug}/kept.txt`, 'before\n');
    },
    { message: 'install probe' },
  );
  return store;
}

function deps(store: Store, extra: Partial<EngineDeps> = {}): EngineDeps {
  return {
    store,
    env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_PROBE: 'probe-token' },
    clock: () => new Date('2025-05-01T10:00:00Z'),
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    ...extra,
  };
}

async function failure(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the event to fail');
    },
    (thrown: unknown) => thrown,
  );
  expect(SyncError.isInstance(error)).toBe(true);
  return error as SyncError;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/** The store after a hostile run: `git fsck --strict` is clean, and so is a fresh clone of it (status and fsck). */
function expectSound(store: Store): void {
  expect(gitCli(store.root, 'fsck', '--strict', '--no-progress')).toBe('');
  expect(gitCli(store.root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  const clone = join(dir.path, `clone-${Math.random().toString(36).slice(2)}`);
  gitCli(dir.path, 'clone', '--quiet', store.root, clone);
  expect(gitCli(clone, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(gitCli(clone, 'fsck', '--strict', '--no-progress')).toBe('');
}

describe('limits on hostile handlers', () => {
  it('aborts a host call in flight at the time limit: the event ends then, the request is dropped, never retried', async () => {
    let hits = 0;
    let arrived: () => void = () => {};
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    let dropped: () => void = () => {};
    const connectionClosed = new Promise<void>((resolve) => (dropped = resolve));
    const silent = await startLoopbackServer((_request, _response, raw) => {
      hits += 1;
      raw.socket.once('close', () => dropped());
      arrived();
    });
    const waits: number[] = [];
    try {
      const store = await installedStore();
      const head = gitCli(store.root, 'rev-parse', 'HEAD');
      const started = Date.now();
      const error = await failure(
        exec(
          deps(store, {
            fetch: createHostMappingFetch({ 'api.slow.example': silent.url }),
            sleep: async (ms) => {
              waits.push(ms);
            },
            // Long enough for the request to leave on a loaded machine, short against the gateway's retry tail.
            limits: { longMs: 3000 },
          }),
          slug,
          {
            filename: 'slow.js',
            text: `export default async (ctx) => {
              await ctx.mirror.write('partial.txt', 'x');
              return (await ctx.http.request({ url: 'https://api.slow.example/never' })).status;
            }`,
          },
        ),
      );
      const elapsed = Date.now() - started;
      expect(error.code).toBe('sandbox');
      expect(error.data.reason).toBe('timeout');
      expect(error.message).toBe('slow.js default: time limit of 3000 ms exceeded');
      await within(arrival, 10_000, 'the request arriving');
      await within(connectionClosed, 10_000, 'the request being dropped');
      // The limit is 3 s; the bound only says "promptly" on a loaded machine (no 15-minute retry tail).
      expect(elapsed).toBeLessThan(15_000);
      expect(hits).toBe(1);
      expect(waits).toEqual([]);
      // Nothing of the attempt is committed (only the failure record, which keeps the mirror as it was).
      expect(gitCli(store.root, 'rev-list', '--count', `${head}..HEAD`)).toBe('1');
      expect(await store.readText(`mirrors/${slug}/partial.txt`)).toBeNull();
      expect(await store.readText(`mirrors/${slug}/kept.txt`)).toBe('before\n');
      expectSound(store);
    } finally {
      await silent.close();
    }
  });

  it('refuses ctx.state past 1 MiB with a clear error; a handler that catches it commits the rest', async () => {
    const store = await installedStore();
    const big = `export default async (ctx) => {
      await ctx.state.set('cursor', 'c1');
      await ctx.state.set('dump', 'x'.repeat(1100 * 1024));
    }`;
    const error = await failure(exec(deps(store), slug, { filename: 'big.js', text: big }));
    expect(error.message).toContain(
      'ctx.state.set("dump"): the state would be 1.1 MiB of JSON; the cap is 1.0 MiB (keep cursors and progress in state, data in mirror files)',
    );
    expect(error.data.error).toMatchObject({ code: 'invalid_input' });
    expect(await store.readText(`mirrors/${slug}/.sync/state.json`)).toBeNull();

    const careful = `export default async (ctx) => {
      await ctx.state.set('cursor', 'c1');
      try { await ctx.state.set('dump', 'x'.repeat(1100 * 1024)) } catch (error) { await ctx.state.set('note', error.code) }
      // Growing one key step by step hits the same cap.
      let refused = 0;
      for (let i = 0; i < 40; i++) {
        try { await ctx.state.set('grow', 'y'.repeat(i * 64 * 1024)) } catch (error) { refused++ }
      }
      await ctx.state.set('refused', refused);
      await ctx.state.set('grow', undefined);
      return { note: 'ok' };
    }`;
    await exec(deps(store), slug, { filename: 'careful.js', text: careful });
    const state = JSON.parse((await store.readText(`mirrors/${slug}/.sync/state.json`)) as string);
    expect(state).toEqual({ cursor: 'c1', note: 'invalid_input', refused: 24 });
    expectSound(store);
  });

  it('cuts long log lines and stops logging a call past 1 MiB, saying so once', async () => {
    const store = await installedStore();
    const lines: Array<{ level: string; event: string; fields: Record<string, unknown> }> = [];
    const logger: Logger = {
      info: (event, fields = {}) => lines.push({ level: 'info', event, fields }),
      warn: (event, fields = {}) => lines.push({ level: 'warn', event, fields }),
      error: (event, fields = {}) => lines.push({ level: 'error', event, fields }),
    };
    await exec(deps(store, { logger }), slug, {
      filename: 'chatty.js',
      text: `export default async (ctx) => {
        ctx.log.info('m'.repeat(10000));
        ctx.log.warn('wide', { blob: 'b'.repeat(20000) });
        for (let i = 0; i < 3000; i++) ctx.log.info('line ' + i + ' ' + 'z'.repeat(1000));
        return { note: 'logged' };
      }`,
    });
    const handlerLines = lines.filter((line) => line.event === 'handler-log');
    expect(handlerLines[0]!.fields.message).toBe(`${'m'.repeat(4096)}… (cut from 10000 characters)`);
    // Named like every engine line: the sync and the event kind (`event` is the line's own name).
    expect(handlerLines[0]!.fields).toMatchObject({ slug, kind: 'exec' });
    expect(handlerLines[1]!.fields).toMatchObject({
      message: 'wide',
      fieldsCut: '20011 characters of fields, over the 16384 a line may carry',
    });
    expect(handlerLines[1]!.fields.blob).toBeUndefined();
    const written = handlerLines.reduce((sum, line) => sum + JSON.stringify(line.fields).length, 0);
    expect(written).toBeLessThan(1024 * 1024 + 64 * 1024);
    expect(handlerLines.length).toBeLessThan(3002);
    const cut = lines.filter((line) => line.event === 'handler-log-cut');
    expect(cut).toHaveLength(1);
    expect(cut[0]!.fields).toMatchObject({ slug, kind: 'exec' });
    expect(cut[0]!.fields.message).toBe('this call logged over 1048576 characters; its further log lines are dropped');
    expect(lines.some((line) => line.event === 'event-end')).toBe(true);
    expectSound(store);
  });
});

describe('host calls left pending by a handler (syncagent exec, a subprocess)', () => {
  it('commits every un-awaited write, frees the sandbox cleanly, and keeps the store sound', async () => {
    const store = await installedStore();
    const code = join(dir.path, 'flood.js');
    await writeFile(
      code,
      `export default async (ctx) => {
        await null;
        const keep = [];
        for (let i = 0; i < 200000; i++) keep.push({ i });
        for (let i = 0; i < 20000; i++) ctx.mirror.write('flood/f' + (i % 50) + '.txt', 'write ' + i + '\\n');
        ctx.mirror.write('flood/last.txt', 'last\\n');
        return { added: 51, note: 'fired ' + keep.length };
      }`,
    );
    const result = await runCliAsync(['exec', slug, '--file', code, '--store', store.root, '--json'], {
      env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_PROBE: 'probe-token' },
    });
    expect(result.stderr).not.toContain('Assertion failed');
    expect(result.status, result.stderr).toBe(0);
    expect(await store.readText(`mirrors/${slug}/flood/last.txt`)).toBe('last\n');
    for (let file = 0; file < 50; file += 1) {
      expect(await store.readText(`mirrors/${slug}/flood/f${file}.txt`)).toBe(`write ${19950 + file}\n`);
    }
    expectSound(store);
  });

  it('fails the event, committing none of its writes, when a write left pending fails', async () => {
    const store = await installedStore();
    const head = gitCli(store.root, 'rev-parse', 'HEAD');
    const code = join(dir.path, 'careless.js');
    await writeFile(
      code,
      `export default async (ctx) => {
        for (let i = 0; i < 100; i++) ctx.mirror.write('careless/f' + i + '.txt', 'x');
        ctx.mirror.write('.sync/state.json', '{}');
        return { added: 100 };
      }`,
    );
    const result = await runCliAsync(['exec', slug, '--file', code, '--store', store.root], {
      env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_PROBE: 'probe-token' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'ctx.mirror.write() was still pending when the export returned, and failed: ctx.mirror: ".sync/state.json" is inside .sync/',
    );
    expect(result.stderr).not.toContain('Assertion failed');
    // Only the failure record landed; not one of the 100 writes.
    expect(gitCli(store.root, 'rev-list', '--count', `${head}..HEAD`)).toBe('1');
    expect(gitCli(store.root, 'ls-tree', '-r', '--name-only', 'HEAD', `mirrors/${slug}/careless`)).toBe('');
    expectSound(store);
  });
});

describe('a host that never answers (syncagent poll, a subprocess)', () => {
  it('ends the process at the time limit: the request in flight is dropped, not retried, and nothing lingers', async () => {
    // The Pipedream API that never answers: the handler's first request (the gateway's token request) hangs.
    let hits = 0;
    let dropped: () => void = () => {};
    const connectionClosed = new Promise<void>((resolve) => (dropped = resolve));
    const silent = await startLoopbackServer((_request, _response, raw) => {
      hits += 1;
      raw.socket.once('close', () => dropped());
    });
    try {
      const recipe = testRecipe(
        `export async function backfill() {
          return { note: 'nothing to load' };
        }
        export async function pollOnce(ctx) {
          return (await ctx.http.request({ url: 'https://api.plain.example/changes' })).status;
        }`,
        { poll: { everyMinutes: 5 } },
      );
      const deps = await installPlain(join(dir.path, 'store'), recipe);
      const head = gitCli(deps.store.root, 'rev-parse', 'HEAD');
      const started = Date.now();
      // poll's limit is 60 s; before the fix the gateway's retries kept the process alive for ~15 minutes.
      const result = await within(
        runCliAsync(['poll', 'plain', '--store', deps.store.root], {
          env: {
            SYNCAGENT_GATEWAY: 'pipedream',
            PIPEDREAM_CLIENT_ID: 'client',
            PIPEDREAM_CLIENT_SECRET: 'client-secret',
            PIPEDREAM_PROJECT_ID: 'proj_probe',
            PIPEDREAM_API_URL: silent.url,
          },
        }),
        110_000,
        'the process ending',
      );
      const elapsed = Date.now() - started;
      expect(result.stderr).toContain('time limit of 60000 ms exceeded');
      expect(result.status, result.stderr).toBe(1);
      await within(connectionClosed, 10_000, 'the request being dropped');
      expect(hits).toBe(1);
      expect(elapsed).toBeGreaterThanOrEqual(60_000);
      // Only the failure record is committed.
      expect(gitCli(deps.store.root, 'log', '--format=%s', `${head}..HEAD`)).toBe('sync(plain): poll failed (sandbox)');
      expectSound(deps.store);
    } finally {
      await silent.close();
    }
  }, 150_000);
});
