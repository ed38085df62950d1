import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteLines, ScopedMirror, upsertLines } from '../../../src/mirror/index.js';
import { initStore } from '../../../src/store/index.js';
import { gitCli, tempDirPerTest } from '../../support/git.js';

const dir = tempDirPerTest('mirror-');

describe('NDJSON helpers', () => {
  it('upserts in place, appends new records, and counts only real changes', () => {
    const start = '{"id":"a","n":1}\n{"id":"b","n":2}\n';
    const result = upsertLines(
      start,
      [
        { id: 'b', n: 3 },
        { id: 'c', n: 4 },
        { id: 'a', n: 1 },
      ],
      'id',
    );
    expect(result).toEqual({ text: '{"id":"a","n":1}\n{"id":"b","n":3}\n{"id":"c","n":4}\n', added: 1, updated: 1 });
  });

  it('tells numeric keys from string keys and deletes by key', () => {
    const text = '{"id":1}\n{"id":"1"}\n{"id":2}\n';
    expect(deleteLines(text, [1], 'id')).toEqual({ text: '{"id":"1"}\n{"id":2}\n', deleted: 1 });
    expect(deleteLines(text, [3], 'id').deleted).toBe(0);
  });

  it('rejects records without the key', () => {
    expect(() => upsertLines('', [{ name: 'x' }], 'id')).toThrow(/no string or number "id"/);
  });
});

describe('ScopedMirror', () => {
  it('keeps a handler inside its prefix and out of .sync/', async () => {
    const { store } = await initStore({ root: join(dir.path, 's') });
    const head = await store.head();
    await store.transact(
      async (tx) => {
        const mirror = new ScopedMirror(tx, 'mirrors/demo/');
        for (const bad of ['../other/x', '/abs', 'a/../../x', '.sync/state.json', '.sync', 'a\\b', 'a\0b']) {
          expect(() => mirror.write(bad, 'x'), bad).toThrow(expect.objectContaining({ code: 'invalid_input' }));
        }
        await expect(mirror.read('../../skills/x')).rejects.toMatchObject({ code: 'invalid_input' });
        expect(tx.changedPaths()).toEqual([]);
      },
      { message: 'noop' },
    );
    expect(await store.head()).toBe(head);
  });

  it('reads its writes, lists with sizes, and upserts NDJSON host-side in one commit', async () => {
    const { store } = await initStore({ root: join(dir.path, 's') });
    await store.transact(
      async (tx) => {
        tx.write('mirrors/demo/.sync/state.json', '{}');
        const mirror = new ScopedMirror(tx, 'mirrors/demo/');
        mirror.write('index.json', '{"shards":1}');
        expect(
          await mirror.upsertLines(
            'files/00.ndjson',
            [
              { id: 'a', size: 1 },
              { id: 'b', size: 2 },
            ],
            'id',
          ),
        ).toEqual({ added: 2, updated: 0 });
        expect(await mirror.upsertLines('files/00.ndjson', [{ id: 'a', size: 5 }], 'id')).toEqual({
          added: 0,
          updated: 1,
        });
        expect(await mirror.deleteLines('files/00.ndjson', ['b'], 'id')).toBe(1);
        expect(await mirror.read('files/00.ndjson')).toBe('{"id":"a","size":5}\n');
        expect(await mirror.list()).toEqual([
          { path: 'files/00.ndjson', size: 20 },
          { path: 'index.json', size: 12 },
        ]);
      },
      { message: 'sync(demo): write' },
    );
    expect(gitCli(store.root, 'show', '--name-only', '--format=', 'HEAD').split('\n')).toEqual([
      'mirrors/demo/.sync/state.json',
      'mirrors/demo/files/00.ndjson',
      'mirrors/demo/index.json',
    ]);
  });

  it('refuses a file over the 50 MiB cap', async () => {
    const { store } = await initStore({ root: join(dir.path, 's') });
    await expect(
      store.transact(
        async (tx) => new ScopedMirror(tx, 'mirrors/demo/').write('huge.ndjson', 'x'.repeat(50 * 1024 * 1024 + 1)),
        { message: 'huge' },
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('50 MiB') });
  });
});
