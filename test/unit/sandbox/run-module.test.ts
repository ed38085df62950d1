import { describe, expect, it } from 'vitest';
import { hostMethods } from '../../../src/contract/index.js';
import { ApiError, InvalidInputError } from '../../../src/errors.js';
import { inspectModule, runModule } from '../../../src/sandbox/index.js';
import { ctxData, expectSandboxError, recordingHost, run } from './helpers.js';

describe('inspectModule', () => {
  it('lists the exports of a handler module', async () => {
    const source = `
      export async function backfill(ctx) {}
      export async function onWebhook(ctx, delivery) {}
      export const version = 2;
      export default async function (ctx) {}`;
    expect(await inspectModule(source, 'handlers/dropbox/handler.js')).toEqual({
      exports: ['backfill', 'default', 'onWebhook', 'version'],
    });
  });

  it('reports a syntax error with the file name', async () => {
    const error = await expectSandboxError(
      inspectModule('export async function backfill(ctx) {', 'handlers/x/handler.js'),
      'syntax',
    );
    expect(error.message).toMatch(/^handlers\/x\/handler\.js: does not compile: SyntaxError/);
    expect(error.data).toMatchObject({ filename: 'handlers/x/handler.js', exportName: null });
  });

  it('reports a throwing top level', async () => {
    const error = await expectSandboxError(
      inspectModule('throw new TypeError("nope"); export const a = 1;', 'h.js'),
      'threw',
    );
    expect(error.message).toContain('TypeError: nope');
  });
});

describe('runModule', () => {
  it('bridges every ctx method to the host table, in order, with JSON values', async () => {
    const { host, calls } = recordingHost({
      'mirror.read': (path) => (path === 'index.json' ? '{"n":1}' : null),
      'mirror.list': () => [{ path: 'a.ndjson', size: 3 }],
      'mirror.upsertLines': () => ({ added: 1, updated: 0 }),
      'mirror.deleteLines': () => 2,
      'state.get': async (key) => (key === 'cursor' ? 'c1' : undefined),
      'http.request': async () => ({ status: 200, headers: {}, text: '{}', data: {} }),
      now: () => '2024-05-06T07:08:09.000Z',
    });
    const source = `
      export async function backfill(ctx, extra) {
        const read = await ctx.mirror.read('index.json');
        const missing = await ctx.mirror.read('nope.json');
        await ctx.mirror.write('index.json', 'x');
        await ctx.mirror.delete('old.json');
        const list = await ctx.mirror.list();
        const upserted = await ctx.mirror.upsertLines('a.ndjson', [{ id: 1 }], 'id');
        const removed = await ctx.mirror.deleteLines('a.ndjson', [2, 3], 'id');
        const cursor = await ctx.state.get('cursor');
        const absent = await ctx.state.get('other');
        await ctx.state.set('cursor', { value: 'c2' });
        await ctx.state.delete('old');
        const response = await ctx.http.request({ url: 'https://api.dropboxapi.com/2/x', method: 'POST' });
        const logged = ctx.log.info('page', { entries: 3 });
        ctx.log.warn('slow');
        ctx.log.error('bad', { code: 1 });
        const now = ctx.now();
        await ctx.checkpoint('page 1');
        await ctx.checkpoint();
        return { read, missing, list, upserted, removed, cursor, absent: absent === undefined, status: response.status,
                 logged: logged === undefined, now, date: new Date().toISOString(), extra, sync: ctx.sync };
      }`;
    const result = await runModule({
      source,
      filename: 'h.js',
      exportName: 'backfill',
      args: [{ id: 'd1' }],
      ctxData,
      host,
    });
    expect(result).toEqual({
      read: '{"n":1}',
      missing: null,
      list: [{ path: 'a.ndjson', size: 3 }],
      upserted: { added: 1, updated: 0 },
      removed: 2,
      cursor: 'c1',
      absent: true,
      status: 200,
      logged: true,
      now: '2024-05-06T07:08:09.000Z',
      date: '2024-05-06T07:08:09.000Z',
      extra: { id: 'd1' },
      sync: ctxData.sync,
    });
    expect(calls).toEqual([
      ['mirror.read', 'index.json'],
      ['mirror.read', 'nope.json'],
      ['mirror.write', 'index.json', 'x'],
      ['mirror.delete', 'old.json'],
      ['mirror.list'],
      ['mirror.upsertLines', 'a.ndjson', [{ id: 1 }], 'id'],
      ['mirror.deleteLines', 'a.ndjson', [2, 3], 'id'],
      ['state.get', 'cursor'],
      ['state.get', 'other'],
      ['state.set', 'cursor', { value: 'c2' }],
      ['state.delete', 'old'],
      ['http.request', { url: 'https://api.dropboxapi.com/2/x', method: 'POST' }],
      ['log.info', 'page', { entries: 3 }],
      ['log.warn', 'slow'],
      ['log.error', 'bad', { code: 1 }],
      ['now'],
      ['checkpoint', 'page 1'],
      ['checkpoint'],
      ['now'],
    ]);
  });

  it('returns promises from bridged calls and plain values from log and now', async () => {
    const { host } = recordingHost({ now: () => '2024-01-01T00:00:00.000Z', 'state.get': () => 1 });
    const result = await run(
      `export default (ctx) => ({
         state: ctx.state.get('k') instanceof Promise,
         checkpoint: ctx.checkpoint() instanceof Promise,
         log: ctx.log.info('x'),
         now: typeof ctx.now(),
       })`,
      { host },
    );
    expect(result).toEqual({ state: true, checkpoint: true, now: 'string' });
  });

  it('returns a Summary, passes args through, and runs concurrent host calls', async () => {
    const host = {
      'state.get': async (key: unknown) => new Promise((resolve) => setTimeout(() => resolve(`v-${String(key)}`), 5)),
    };
    const result = await run(
      `export async function onWebhook(ctx, delivery, more) {
         const values = await Promise.all(['a', 'b', 'c'].map((key) => ctx.state.get(key)));
         return { added: values.length, updated: delivery.json.n, note: values.join(',') + more };
       }`,
      { exportName: 'onWebhook', host, args: [{ id: '1', json: { n: 4 } }, '!'] },
    );
    expect(result).toEqual({ added: 3, updated: 4, note: 'v-a,v-b,v-c!' });
  });

  it('returns undefined for a void export', async () => {
    expect(await run('export default async () => {}')).toBeUndefined();
  });

  it('runs 10,000 awaited host calls', async () => {
    let count = 0;
    const host = { 'state.get': () => ++count };
    const result = await run(
      'export default async (ctx) => { let last = 0; for (let i = 0; i < 10000; i++) last = await ctx.state.get("k"); return last; }',
      {
        host,
        limits: { timeoutMs: 15_000 },
      },
    );
    expect(result).toBe(10_000);
  });

  it('shows a host error to the handler as an Error with code, status and body', async () => {
    const host = {
      'http.request': () => {
        throw new ApiError(409, 'Dropbox answered 409', {
          data: { body: { error_summary: 'reset/..' }, request: { headers: { authorization: 'Bearer secret' } } },
        });
      },
      'mirror.write': async () => {
        throw new InvalidInputError('path ../x escapes the mirror');
      },
    };
    const result = await run(
      `export default async (ctx) => {
         const seen = [];
         try { await ctx.http.request({ url: 'https://api.dropboxapi.com/2/files/list_folder/continue' }); }
         catch (error) { seen.push({ isError: error instanceof Error, message: error.message, code: error.code, status: error.status, body: error.body,
                                     keys: Object.keys(error).sort(), stack: String(error.stack).includes('secret') }); }
         try { await ctx.mirror.write('../x', 'y'); }
         catch (error) { seen.push({ message: error.message, code: error.code, status: error.status }); }
         return seen;
       }`,
      { host },
    );
    expect(result).toEqual([
      {
        isError: true,
        message: 'Dropbox answered 409',
        code: 'api_error',
        status: 409,
        body: { error_summary: 'reset/..' },
        keys: ['body', 'code', 'status'],
        stack: false,
      },
      { message: 'path ../x escapes the mirror', code: 'invalid_input' },
    ]);
  });

  it('builds ctx from the contract: every method of handler-context.d.ts, sync or async as declared', async () => {
    const { host } = recordingHost({ now: () => '2024-01-01T00:00:00.000Z' });
    const result = (await run(
      `export default (ctx) => {
         const found = [];
         const walk = (value, prefix) => {
           for (const key of Object.keys(value)) {
             if (typeof value[key] === 'function') {
               const answer = key === 'now' ? value[key]() : value[key]('x');
               found.push([prefix + key, answer instanceof Promise ? 'async' : 'sync']);
               if (answer instanceof Promise) answer.catch(() => undefined);
             } else if (key !== 'sync') walk(value[key], prefix + key + '.');
           }
         };
         walk(ctx, '');
         return found;
       }`,
      { host },
    )) as string[][];
    expect(Object.fromEntries(result)).toEqual(
      Object.fromEntries(hostMethods.map((method) => [method.path, method.mode])),
    );
  });

  it('refuses a call whose arguments do not match the contract, before the host sees it', async () => {
    const { host, calls } = recordingHost();
    const result = await run(
      `export default async (ctx) => {
         const errors = [];
         for (const attempt of [
           () => ctx.mirror.write(42, 'text'),
           () => ctx.mirror.write('a.json'),
           () => ctx.mirror.upsertLines('a.ndjson', ['not a record'], 'id'),
           () => ctx.http.request({ url: 'https://api.example.com', headers: { 'x-n': 1 } }),
           () => ctx.state.get({ key: 1 }),
         ]) {
           try { await attempt(); errors.push('called') } catch (error) { errors.push(error.code + ': ' + error.message) }
         }
         try { ctx.log.info({ text: 'x' }); errors.push('logged') } catch (error) { errors.push(error.code + ': ' + error.message) }
         return errors;
       }`,
      { host },
    );
    expect(result).toEqual([
      'invalid_input: ctx.mirror.write: path must be a string, got a number (42)',
      'invalid_input: ctx.mirror.write: argument text is missing (ctx.mirror.write(path, text))',
      'invalid_input: ctx.mirror.upsertLines: records[0] must be an object, got a string ("not a record")',
      'invalid_input: ctx.http.request: request.headers["x-n"] must be a string, got a number (1)',
      'invalid_input: ctx.state.get: key must be a string, got an object',
      'invalid_input: ctx.log.info: message must be a string, got an object',
    ]);
    expect(calls).toEqual([]);
  });

  it('makes a method without a host function throw a clear error', async () => {
    const error = await expectSandboxError(
      run('export default async (ctx) => { await ctx.http.request({ url: "x" }) }', { host: {} }),
      'threw',
    );
    expect(error.message).toContain('ctx.http.request is not available in this run');
    await expectSandboxError(run('export default (ctx) => ctx.now()', { host: {} }), 'threw');
  });

  it('surfaces an uncaught handler error with file, export and location', async () => {
    const error = await expectSandboxError(
      run('export async function backfill(ctx) {\n  throw new Error("boom");\n}', { exportName: 'backfill' }),
      'threw',
    );
    expect(error.message).toBe('handlers/test/handler.js backfill: Error: boom (at handlers/test/handler.js:2:18)');
    expect(error.data).toMatchObject({
      filename: 'handlers/test/handler.js',
      exportName: 'backfill',
      error: { name: 'Error', message: 'boom' },
    });
  });

  it('passes a rethrown host error code through in data.error', async () => {
    const host = { 'http.request': () => Promise.reject(new ApiError(500, 'upstream failed')) };
    const error = await expectSandboxError(
      run('export default async (ctx) => { await ctx.http.request({ url: "x" }) }', { host }),
      'threw',
    );
    expect(error.data.error).toMatchObject({ message: 'upstream failed', code: 'api_error', status: 500 });
  });

  it('rejects a missing export and an export that is not a function', async () => {
    const missing = await expectSandboxError(
      run('export async function backfill() {}', { exportName: 'pollOnce' }),
      'missing_export',
    );
    expect(missing.message).toBe(
      'handlers/test/handler.js pollOnce: the module has no export named "pollOnce" (it exports "backfill")',
    );
    await expectSandboxError(run('export const pollOnce = 3', { exportName: 'pollOnce' }), 'not_a_function');
  });

  it('rejects a result that is not JSON', async () => {
    await expectSandboxError(run('export default () => ({ n: 1n })'), 'invalid_result');
  });

  it('rejects a promise that can never settle', async () => {
    await expectSandboxError(run('export default () => new Promise(() => {})'), 'unsettled');
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const host = { 'state.get': () => new Promise((resolve) => setTimeout(resolve, 10)) };
    setTimeout(() => controller.abort(new Error('shutting down')), 50);
    const error = await expectSandboxError(
      run('export default async (ctx) => { for (;;) await ctx.state.get("k") }', { host, signal: controller.signal }),
      'aborted',
    );
    expect(error.message).toContain('shutting down');
  });

  it('rejects invalid limits as bad input', async () => {
    await expect(run('export default () => 1', { limits: { timeoutMs: -1 } })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
