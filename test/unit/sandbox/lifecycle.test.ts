import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/errors.js';
import type { HostTable } from '../../../src/sandbox/index.js';
import { wasmModulesCreated } from '../../../src/sandbox/wasm-module.js';
import { ctxData, expectSandboxError, run } from './helpers.js';

// What happens around a call: host calls still pending when the export returns, the QuickJS runtime freed after
// it, and which WASM module a call runs on.

function syncData(slug: string) {
  return { sync: { ...ctxData.sync, slug } };
}

describe('host calls left pending by the export', () => {
  it('finishes them, and what they start, before the call ends', async () => {
    const files = new Map<string, string>();
    let slowFinished = false;
    const host: Partial<HostTable> = {
      'mirror.write': (path, text) => {
        files.set(path, text);
      },
      // Answers on a later turn of the event loop, long after the export returned.
      'state.set': () =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            slowFinished = true;
            resolve();
          }),
        ),
      'state.get': async () => 'v1',
    };
    const result = await run(
      `export default (ctx) => {
         for (let i = 0; i < 20000; i++) ctx.mirror.write('f' + (i % 100) + '.txt', String(i));
         ctx.state.set('cursor', 'c2');
         ctx.state.get('cursor').then((value) => ctx.mirror.write('after.txt', value));
         return 'returned';
       }`,
      { host, limits: { timeoutMs: 20_000 } },
    );
    expect(result).toBe('returned');
    expect(slowFinished).toBe(true);
    expect(files.get('after.txt')).toBe('v1');
    expect(files.size).toBe(101);
    expect(files.get('f99.txt')).toBe('19999');
  });

  it('fails the call when one of them fails, naming it', async () => {
    const host: Partial<HostTable> = {
      'mirror.write': (path) => {
        if (path.startsWith('..')) throw new InvalidInputError(`ctx.mirror: path ${JSON.stringify(path)} escapes`);
      },
    };
    const error = await expectSandboxError(
      run(
        `export default (ctx) => {
           ctx.mirror.write('good.txt', 'x');
           ctx.mirror.write('../escape.txt', 'x');
           return 'returned';
         }`,
        { host },
      ),
      'pending_call_failed',
    );
    expect(error.message).toBe(
      'handlers/test/handler.js default: ctx.mirror.write() was still pending when the export returned, and failed: ' +
        'ctx.mirror: path "../escape.txt" escapes (await every ctx call; nothing of this call is committed)',
    );
    expect(error.data).toMatchObject({ pendingCall: 'mirror.write', pendingCode: 'invalid_input' });
  });

  it('keeps a failure the handler awaited and caught its own', async () => {
    const host: Partial<HostTable> = {
      'mirror.write': () => {
        throw new InvalidInputError('refused');
      },
    };
    const result = await run(
      `export default async (ctx) => {
         try { await ctx.mirror.write('a.txt', 'x') } catch (error) { return 'caught ' + error.code }
       }`,
      { host },
    );
    expect(result).toBe('caught invalid_input');
  });
});

describe('the QuickJS runtime after a call', () => {
  // A promise job that allocates enough to grow the WASM memory used to leave a stray context behind (quickjs-
  // emscripten read the job's context through a view the growth had detached): freeing the runtime then failed with
  // "Assertion failed: list_empty(&rt->gc_obj_list)" and the module was dropped. Now it is freed and reused.
  it('is freed after a promise job that grows the memory, and its module is reused', async () => {
    const source = `export default async () => {
      await null;
      const keep = [];
      for (let i = 0; i < 200000; i++) keep.push({ i });
      return keep.length;
    }`;
    const options = { ctxData: syncData('lifecycle-grow'), limits: { timeoutMs: 20_000 } };
    expect(await run(source, options)).toBe(200000);
    const created = wasmModulesCreated();
    expect(await run(source, options)).toBe(200000);
    expect(await run(source, options)).toBe(200000);
    expect(wasmModulesCreated()).toBe(created);
  });
});

describe('WASM modules', () => {
  it('are never reused across two syncs, only by later calls of the same sync', async () => {
    const source = 'export default (ctx) => ctx.sync.slug';
    expect(await run(source, { ctxData: syncData('pool-a') })).toBe('pool-a');
    const afterA = wasmModulesCreated();
    expect(await run(source, { ctxData: syncData('pool-a') })).toBe('pool-a');
    expect(wasmModulesCreated()).toBe(afterA);
    expect(await run(source, { ctxData: syncData('pool-b') })).toBe('pool-b');
    expect(wasmModulesCreated()).toBe(afterA + 1);
    expect(await run(source, { ctxData: syncData('pool-a') })).toBe('pool-a');
    expect(await run(source, { ctxData: syncData('pool-b') })).toBe('pool-b');
    expect(wasmModulesCreated()).toBe(afterA + 1);
  });
});
