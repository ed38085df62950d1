import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SandboxError } from '../../../src/errors.js';
import { type HostTable, runModule } from '../../../src/sandbox/index.js';
import { resolveLimits } from '../../../src/sandbox/limits.js';
import { withModule } from '../../../src/sandbox/run-module.js';
import { ctxData, expectSandboxError, recordingHost, run } from './helpers.js';

// Every escape attempt must fail with the exact reason, leave the host untouched, and leave the
// sandbox able to run the next call normally.
const secretEnv = 'SYNCAGENT_SANDBOX_TEST_SECRET';

async function expectHealthy(): Promise<void> {
  expect(await run('export default (ctx) => ctx.sync.slug + 1')).toBe('dropbox1');
}

describe('sandbox escapes', () => {
  beforeAll(() => {
    process.env[secretEnv] = 'hunter2';
  });
  afterEach(async () => {
    expect(process.env[secretEnv]).toBe('hunter2');
    expect(typeof (globalThis as Record<string, unknown>).pwned).toBe('undefined');
    await expectHealthy();
  });

  it('has no process through the Function constructor', async () => {
    const error = await expectSandboxError(
      run("export default () => this.constructor.constructor('return process')()"),
      'threw',
    );
    expect(error.message).toContain('TypeError');
    const viaFunction = await expectSandboxError(run("export default () => Function('return process')()"), 'threw');
    expect(viaFunction.message).toContain("ReferenceError: 'process' is not defined");
    const viaCtx = await expectSandboxError(
      run("export default (ctx) => ctx.constructor.constructor('return process')()"),
      'threw',
    );
    expect(viaCtx.message).toContain("'process' is not defined");
  });

  it('has no globalThis.process, require, module, fetch, setTimeout or console', async () => {
    const result = await run(`export default () => ({
      process: typeof globalThis.process, require: typeof require, module: typeof module, fetch: typeof fetch,
      setTimeout: typeof setTimeout, console: typeof console, std: typeof std, os: typeof os, Deno: typeof Deno, Bun: typeof Bun,
      globals: Object.getOwnPropertyNames(globalThis).filter((name) => !/^[A-Z]/.test(name)).sort(),
    })`);
    expect(result).toMatchObject({
      process: 'undefined',
      require: 'undefined',
      module: 'undefined',
      fetch: 'undefined',
      setTimeout: 'undefined',
      console: 'undefined',
      std: 'undefined',
      os: 'undefined',
      Deno: 'undefined',
      Bun: 'undefined',
    });
    // Only the language's own functions, nothing from a host.
    const allowed = [
      'decodeURI',
      'decodeURIComponent',
      'encodeURI',
      'encodeURIComponent',
      'escape',
      'eval',
      'globalThis',
      'isFinite',
      'isNaN',
      'parseFloat',
      'parseInt',
      'queueMicrotask',
      'undefined',
      'unescape',
      'NaN',
      'Infinity',
    ];
    for (const name of (result as { globals: string[] }).globals) expect(allowed).toContain(name);
    await expectSandboxError(run("export default () => require('fs')"), 'threw');
  });

  it('reaches no host object through errors from host calls', async () => {
    const host = {
      'mirror.read': () => {
        throw new Error('host failure');
      },
    };
    const result = await run(
      `export default async (ctx) => {
         try { await ctx.mirror.read('x') } catch (error) {
           const F = error.constructor.constructor;
           let viaFunction;
           try { viaFunction = F('return typeof process')() } catch (inner) { viaFunction = 'threw' }
           return { sameError: error.constructor === Error, viaFunction, proto: Object.getPrototypeOf(error) === Error.prototype,
                    stack: String(error.stack).includes('node:') || String(error.stack).includes('.ts') };
         }
       }`,
      { host },
    );
    expect(result).toEqual({ sameError: true, viaFunction: 'undefined', proto: true, stack: false });
  });

  it('reaches no host object through prototypes of values returned by host calls', async () => {
    const hostValue = { nested: { list: [1, 2] }, when: new Date(0) };
    const host = { 'state.get': () => hostValue };
    const result = await run(
      `export default async (ctx) => {
         const value = await ctx.state.get('k');
         value.nested.polluted = true;
         Object.prototype.pwned = 1;
         return {
           objectProto: Object.getPrototypeOf(value) === Object.prototype,
           arrayProto: Object.getPrototypeOf(value.nested.list) === Array.prototype,
           when: typeof value.when,
           process: value.constructor.constructor('return typeof process')(),
         };
       }`,
      { host },
    );
    expect(result).toEqual({ objectProto: true, arrayProto: true, when: 'string', process: 'undefined' });
    expect(hostValue.nested).toEqual({ list: [1, 2] });
    expect(({} as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('refuses a static import', async () => {
    const error = await expectSandboxError(
      run("import fs from 'node:fs';\nexport default () => fs.readFileSync('/etc/passwd', 'utf8')"),
      'import',
    );
    expect(error.message).toContain('imports are not allowed in the sandbox: "node:fs"');
  });

  it('refuses a dynamic import()', async () => {
    const error = await expectSandboxError(
      run("export default async () => (await import('node:child_process')).execSync('id')"),
      'import',
    );
    expect(error.message).toContain('imports are not allowed in the sandbox: "node:child_process"');
    const caught = await run(
      "export default async () => { try { await import('./other.js') } catch (error) { return error.message } }",
    );
    expect(caught).toContain('imports are not allowed in the sandbox: "handlers/test/other.js"');
  });

  it('stops an infinite loop at the deadline', async () => {
    const error = await expectSandboxError(
      run('export async function backfill() { while (true) {} }', {
        exportName: 'backfill',
        limits: { timeoutMs: 300 },
      }),
      'timeout',
    );
    expect(error.message).toBe('handlers/test/handler.js backfill: time limit of 300 ms exceeded');
    expect(error.data).toMatchObject({
      filename: 'handlers/test/handler.js',
      exportName: 'backfill',
      reason: 'timeout',
    });
  });

  it('stops an infinite loop that catches the interrupt', async () => {
    await expectSandboxError(
      run('export default () => { for (;;) { try { while (true) {} } catch (error) {} } }', {
        limits: { timeoutMs: 300 },
      }),
      'timeout',
    );
  });

  it('stops an infinite async loop awaiting slow host calls past the deadline', async () => {
    const host = { 'state.get': () => new Promise((resolve) => setTimeout(() => resolve(1), 20)) };
    await expectSandboxError(
      run('export default async (ctx) => { for (;;) await ctx.state.get("k") }', { host, limits: { timeoutMs: 300 } }),
      'timeout',
    );
  });

  it('stops an infinite async loop awaiting instant host calls past the deadline', async () => {
    const host = { 'state.get': () => 1 };
    await expectSandboxError(
      run('export default async (ctx) => { for (;;) await ctx.state.get("k") }', { host, limits: { timeoutMs: 300 } }),
      'timeout',
    );
  });

  it('stops a host call that never answers at the deadline', async () => {
    const host: Partial<HostTable> = { 'http.request': () => new Promise<never>(() => undefined) };
    await expectSandboxError(
      run('export default async (ctx) => ctx.http.request({ url: "x" })', { host, limits: { timeoutMs: 200 } }),
      'timeout',
    );
  });

  it('stops a memory bomb of strings', async () => {
    const error = await expectSandboxError(
      run('export default () => { const keep = []; for (;;) keep.push("x".repeat(100000) + keep.length) }', {
        limits: { timeoutMs: 20_000 },
      }),
      'memory',
    );
    expect(error.message).toBe('handlers/test/handler.js default: memory limit of 32 MiB exceeded');
  });

  it('stops a memory bomb of small objects', async () => {
    await expectSandboxError(
      run('export default () => { const keep = []; for (;;) keep.push({ n: keep.length }) }', {
        limits: { timeoutMs: 20_000 },
      }),
      'memory',
    );
  });

  // Policy: once the heap is exhausted the call ends with a memory error, whether or not the handler catches the
  // "out of memory" it got; a single allocation too large for the limit fails alone and may be caught.
  it('ends a memory bomb that catches the out-of-memory error and keeps allocating', async () => {
    const error = await expectSandboxError(
      run(
        'export default () => { const keep = []; for (;;) { try { for (;;) keep.push(new Array(10000).fill(keep.length)) } catch (error) {} } }',
        { limits: { timeoutMs: 20_000 } },
      ),
      'memory',
    );
    expect(error.message).toBe('handlers/test/handler.js default: memory limit of 32 MiB exceeded');
  });

  it('ends a memory bomb that catches the out-of-memory error and returns', async () => {
    await expectSandboxError(
      run(
        'export default () => { const keep = []; try { for (;;) keep.push(new Array(10000).fill(keep.length)) } catch (error) { return "survived" } }',
        { limits: { timeoutMs: 20_000 } },
      ),
      'memory',
    );
  });

  it('lets a handler catch one allocation too large for the limit and go on', async () => {
    const result = await run(
      'export default () => { let text; try { text = "x".repeat(64 * 1024 * 1024) } catch (error) { return "recovered: " + error.message } return text.length }',
      { limits: { timeoutMs: 20_000 } },
    );
    expect(result).toBe('recovered: out of memory');
  });

  it('rejects a huge return value', async () => {
    const error = await expectSandboxError(run('export default () => "x".repeat(2 * 1024 * 1024)'), 'result_too_large');
    expect(error.message).toBe(
      'handlers/test/handler.js default: the result is 2 MiB or more as JSON, over the limit of 1 MiB',
    );
  });

  it('rejects a huge host-call argument without calling the host', async () => {
    const { host, calls } = recordingHost();
    const error = await expectSandboxError(
      run(
        'export default async (ctx) => { try { await ctx.mirror.write("big.json", "x".repeat(2 * 1024 * 1024)) } catch (error) { return "caught" } }',
        { host },
      ),
      'argument_too_large',
    );
    expect(error.message).toContain('the arguments of ctx.mirror.write() are 2 MiB or more, over the limit of 1 MiB');
    expect(calls).toEqual([]);
  });

  it('stops deep recursion with a stack overflow', async () => {
    const error = await expectSandboxError(
      run('export default () => { const down = (n) => down(n + 1) + 1; return down(0) }'),
      'stack_overflow',
    );
    expect(error.message).toContain('stack overflow');
  });

  it('survives recursion that overflows the host stack inside native code', async () => {
    // Deeply nested source makes the QuickJS parser recurse in C, which uses the V8 stack.
    const error = await run('export default () => eval("[".repeat(50000) + "1" + "]".repeat(50000)) && "parsed"', {
      limits: { timeoutMs: 20_000 },
    }).then(
      (value) => value,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).data.reason).toBe('stack_overflow');
  });

  it('keeps ctx frozen and the host table unchanged', async () => {
    const { host, calls } = recordingHost({ 'state.get': () => 'real' });
    const before = Object.keys(host);
    const result = await run(
      `export default async (ctx) => {
         const attempts = [];
         for (const attempt of [
           () => { ctx.state.get = async () => 'fake' },
           () => { ctx.state = {} },
           () => { ctx.sync.slug = 'other' },
           () => { ctx.extra = 1 },
           () => { delete ctx.mirror },
           () => { Object.defineProperty(ctx.http, 'request', { value: () => 1 }) },
         ]) { try { attempt(); attempts.push('changed') } catch (error) { attempts.push(error.name) } }
         return { attempts, value: await ctx.state.get('k'), slug: ctx.sync.slug, frozen: Object.isFrozen(ctx) && Object.isFrozen(ctx.mirror) };
       }`,
      { host },
    );
    expect(result).toEqual({ attempts: Array(6).fill('TypeError'), value: 'real', slug: 'dropbox', frozen: true });
    expect(Object.keys(host)).toEqual(before);
    expect(calls).toEqual([['state.get', 'k']]);
  });

  it('finds no environment or secrets', async () => {
    const result = await run(
      `export default (ctx) => {
         const found = [];
         const text = JSON.stringify(ctx) + Object.getOwnPropertyNames(globalThis).join(',');
         if (text.includes('hunter2') || text.includes('${secretEnv}')) found.push('ctx or globals');
         for (const name of ['process', 'env', 'Deno', 'Bun', 'require', '__dirname', 'Buffer']) if (name in globalThis) found.push(name);
         return { found, ctxKeys: Object.keys(ctx).sort(), syncKeys: Object.keys(ctx.sync).sort() };
       }`,
    );
    expect(result).toEqual({
      found: [],
      ctxKeys: ['checkpoint', 'http', 'log', 'mirror', 'now', 'state', 'sync'],
      syncKeys: ['accountId', 'app', 'externalUserId', 'slug'],
    });
  });

  it('reads time only from the injectable clock', async () => {
    const { host } = recordingHost({ now: () => '2001-02-03T04:05:06.000Z' });
    const result = await run(
      'export default () => [Date.now(), new Date().toISOString(), new (new Date(5).constructor)().toISOString(), new Date(0).toISOString(), typeof Date()]',
      { host },
    );
    expect(result).toEqual([
      Date.parse('2001-02-03T04:05:06.000Z'),
      '2001-02-03T04:05:06.000Z',
      '2001-02-03T04:05:06.000Z',
      '1970-01-01T00:00:00.000Z',
      'string',
    ]);
    await expectSandboxError(run('export default () => Date.now()'), 'threw');
  });

  it('cannot call host functions outside the table through the bridge', async () => {
    // Beside the contract's methods, the host table holds functions under names outside it (a bug in the host
    // could put them there); Object.prototype members are reachable by name on any table.
    const reached: string[] = [];
    const spy = (name: string) => () => {
      reached.push(name);
      return 'reached';
    };
    const outside = ['mirror.secret', 'process.exit', 'constructor', 'toString', 'hasOwnProperty', '__proto__', ''];
    const table: Record<string, unknown> = { 'state.get': spy('state.get') };
    for (const name of outside) Object.defineProperty(table, name, { value: spy(name), enumerable: true });
    const host = table as Partial<HostTable>;

    // From the handler: every path it has to a host function names one of the contract's methods.
    const seen = await run(
      `export default async (ctx) => {
         const attempts = [];
         for (const name of ${JSON.stringify(outside)}) {
           const [head, tail] = name.split('.');
           const target = tail === undefined ? ctx[head] : ctx[head]?.[tail];
           try { attempts.push([name, typeof target === 'function' ? 'called: ' + typeof (await target('k')) : typeof target]) }
           catch (error) { attempts.push([name, 'threw ' + error.name]) }
         }
         attempts.push(['hostCall', typeof hostCall]);
         attempts.push(['viaCall', await ctx.state.get.call({ name: 'mirror.secret' }, 'k')]);
         return attempts;
       }`,
      { host },
    );
    // Names outside the contract are not on ctx; Object.prototype members are the isolate's own functions.
    expect(seen).toEqual([
      ['mirror.secret', 'undefined'],
      ['process.exit', 'undefined'],
      ['constructor', 'called: object'],
      ['toString', 'called: string'],
      ['hasOwnProperty', 'threw TypeError'],
      ['__proto__', 'object'],
      ['', 'undefined'],
      ['hostCall', 'undefined'],
      ['viaCall', 'reached'],
    ]);
    expect(reached).toEqual(['state.get']);

    // Through the bridge itself: the native hostCall the bootstrap closes over, called with those names.
    reached.length = 0;
    const replies = await withModule(
      {
        limits: resolveLimits({}),
        label: { filename: 'bridge.js', exportName: null },
        host,
        syncData: ctxData.sync,
      },
      'sync:bridge-test',
      'export default 1',
      (isolate) => {
        const inside = isolate as unknown as { context: QuickJSContext; owned: QuickJSHandle[] };
        const bridge = inside.owned[0]!;
        expect(inside.context.getProp(bridge, 'name').consume((name) => inside.context.getString(name))).toBe(
          'hostCall',
        );
        return [...outside, 'state.get'].map((name) => {
          const nameHandle = inside.context.newString(name);
          const argsHandle = inside.context.newString('["k"]');
          const result = inside.context.callFunction(bridge, inside.context.undefined, nameHandle, argsHandle);
          nameHandle.dispose();
          argsHandle.dispose();
          const reply = inside.context.unwrapResult(result);
          // Async methods answer with a promise handle; refusals are envelope strings.
          const text = inside.context.typeof(reply) === 'string' ? inside.context.getString(reply) : 'a promise';
          reply.dispose();
          return [name, text];
        });
      },
    );
    expect(Object.fromEntries(replies)).toEqual({
      ...Object.fromEntries(
        outside.map((name) => [
          name,
          JSON.stringify({ ok: false, error: { message: `no host function "${name}"`, code: 'sandbox' } }),
        ]),
      ),
      'state.get': 'a promise',
    });
    expect(reached).toEqual([]);
  });

  it('runs many calls without leaking or reloading WASM', async () => {
    const { wasmModulesCreated } = await import('../../../src/sandbox/wasm-module.js');
    await runModule({ source: 'export default () => 1', filename: 'h.js', exportName: 'default', ctxData, host: {} });
    await run('export default () => 1');
    const created = wasmModulesCreated();
    for (let index = 0; index < 100; index += 1) {
      await runModule({
        source: 'export default async (ctx) => { await ctx.state.get("k"); return 1 }',
        filename: 'h.js',
        exportName: 'default',
        ctxData,
        host: { 'state.get': () => 1 },
      });
      await run('export default () => { throw new Error("x") }').catch(() => undefined);
    }
    expect(wasmModulesCreated()).toBe(created);
  });
});
