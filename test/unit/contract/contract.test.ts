import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildContract, committedContract } from '../../../scripts/build-contract.mjs';
import { compileArgumentCheck, contextMethods, hostMethods } from '../../../src/contract/index.js';
import { SyncError } from '../../../src/errors.js';

function failure(run: () => void): SyncError {
  try {
    run();
  } catch (error) {
    expect(SyncError.is(error)).toBe(true);
    return error as SyncError;
  }
  throw new Error('expected the check to fail');
}

describe('the handler contract', () => {
  it('the generated method table and docs/handler-api.md are built from handler-context.d.ts (run node scripts/build-contract.mjs)', async () => {
    const built = (await buildContract()) as { methods: string; docs: string };
    const committed = (await committedContract()) as { methods: string; docs: string };
    expect(committed.methods).toBe(built.methods);
    expect(committed.docs).toBe(built.docs);
  });

  it('lists every ctx method with its mode, and documents each one', async () => {
    const paths = hostMethods.map((method) => method.path);
    expect(paths).toEqual([
      'mirror.read',
      'mirror.write',
      'mirror.delete',
      'mirror.list',
      'mirror.upsertLines',
      'mirror.deleteLines',
      'mirror.indexLoad',
      'mirror.indexPut',
      'mirror.indexRemove',
      'mirror.indexGet',
      'mirror.indexChildren',
      'state.get',
      'state.set',
      'state.delete',
      'http.request',
      'log.info',
      'log.warn',
      'log.error',
      'now',
      'checkpoint',
    ]);
    const sync = hostMethods.filter((method) => method.mode === 'sync').map((method) => method.path);
    expect(sync).toEqual(['log.info', 'log.warn', 'log.error', 'now']);
    const { docs } = (await committedContract()) as { docs: string };
    for (const path of paths) expect(docs).toContain(`\`ctx.${path}(`);
  });

  it('checks arguments against the declared types, naming the method and the argument', () => {
    const check = (path: string, args: unknown[]) => contextMethods.get(path)!.check(args);
    expect(() => check('mirror.write', ['a.json', 'text'])).not.toThrow();
    expect(failure(() => check('mirror.write', [1, 'text'])).message).toBe(
      'ctx.mirror.write: path must be a string, got a number (1)',
    );
    const missing = failure(() => check('mirror.write', ['a.json']));
    expect(missing.code).toBe('invalid_input');
    expect(missing.message).toBe('ctx.mirror.write: argument text is missing (ctx.mirror.write(path, text))');
    expect(failure(() => check('mirror.read', ['a', 'b'])).message).toBe(
      'ctx.mirror.read: takes 1 argument, got 2 (ctx.mirror.read(path))',
    );
    expect(() => check('mirror.list', [])).not.toThrow();
    expect(failure(() => check('mirror.list', [null])).message).toBe('ctx.mirror.list: dir must be a string, got null');
    expect(failure(() => check('mirror.upsertLines', ['a.ndjson', [{ id: 1 }, [2]], 'id'])).message).toBe(
      'ctx.mirror.upsertLines: records[1] must be an object, got a list',
    );
    expect(failure(() => check('mirror.deleteLines', ['a.ndjson', [1, 'b', true], 'id'])).message).toBe(
      'ctx.mirror.deleteLines: keys[2] must be a string or a number, got a boolean (true)',
    );
    expect(
      failure(() => check('mirror.indexPut', ['files', [], { container: { field: 'tag', value: 1 } }])).message,
    ).toBe('ctx.mirror.indexPut: spec.key must be a string, got nothing');
    expect(() => check('state.set', ['k'])).not.toThrow();
    expect(() => check('state.set', ['k', { any: ['json', 1, null] }])).not.toThrow();
    expect(() => check('log.info', ['message', { count: 1 }])).not.toThrow();
    expect(failure(() => check('log.info', [{ message: 'x' }])).message).toBe(
      'ctx.log.info: message must be a string, got an object',
    );
    expect(failure(() => check('now', [1])).message).toBe('ctx.now: takes 0 arguments, got 1 (ctx.now())');
  });

  it('checks the structure of an HTTP request down to saveItems', () => {
    const check = (request: unknown) => contextMethods.get('http.request')!.check([request]);
    expect(() =>
      check({
        url: 'https://api.example.com/x',
        method: 'POST',
        headers: { 'x-a': 'b' },
        body: { query: 1 },
        saveItems: { path: 'p.ndjson', from: '/entries', fields: { name: 'path_display' }, keep: ['name'] },
        unknownOption: true,
      }),
    ).not.toThrow();
    expect(() => check({ url: 'https://api.example.com/x', body: 'text' })).not.toThrow();
    expect(() => check({ url: 'https://api.example.com/x', body: [1, 2] })).not.toThrow();
    expect(() => check({ url: 'https://api.example.com/x', body: null })).not.toThrow();
    expect(failure(() => check({ method: 'GET' })).message).toBe(
      'ctx.http.request: request.url must be a string, got nothing',
    );
    expect(failure(() => check({ url: 'u', headers: { 'x-count': 3 } })).message).toBe(
      'ctx.http.request: request.headers["x-count"] must be a string, got a number (3)',
    );
    expect(failure(() => check({ url: 'u', body: 5 })).message).toBe(
      'ctx.http.request: request.body must be a string or a list or an object or null, got a number (5)',
    );
    expect(failure(() => check({ url: 'u', saveItems: { path: 'p', from: '/e', fields: ['a', 2] } })).message).toBe(
      'ctx.http.request: request.saveItems.fields[1] must be a string, got a number (2)',
    );
    expect(failure(() => check('https://api.example.com/x')).message).toBe(
      'ctx.http.request: request must be an object, got a string ("https://api.example.com/x")',
    );
  });

  it('compiles a check for any described method', () => {
    const check = compileArgumentCheck({
      path: 'probe',
      mode: 'async',
      returnsValue: true,
      parameters: [{ name: 'flag', optional: true, type: { kind: 'boolean' } }],
    });
    expect(() => check([true])).not.toThrow();
    expect(() => check([])).not.toThrow();
    expect(failure(() => check(['yes'])).message).toBe('ctx.probe: flag must be a boolean, got a string ("yes")');
  });
});
