import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractItems, type PathIndexSpec, parseSaveItems, ScopedMirror } from '../../../src/mirror/index.js';
import { leafKey } from '../../../src/mirror/path-index.js';
import { type GitStore, initStore } from '../../../src/store/index.js';
import { gitCli, tempDir } from '../../support/git.js';

// The path index behind ctx.mirror.index*, on a real store: every operation is checked against a plain Map model,
// with a small leafBytes so leaves re-pack and nodes nest deep within a few thousand records.
type Row = Record<string, unknown> & { key: string; kind: 'dir' | 'file' };
const spec: PathIndexSpec = { key: 'key', container: { field: 'kind', value: 'dir' }, leafBytes: 2048 };
const prefix = 'mirrors/t/';

let dir: { path: string; cleanup: () => Promise<void> };
let store: GitStore;
let stores = 0;
beforeAll(async () => {
  dir = await tempDir('path-index-');
});
afterAll(() => dir.cleanup());
// Every test gets a store of its own: what one test leaves in it is no other test's starting point.
beforeEach(async () => {
  stores += 1;
  store = (await initStore({ root: join(dir.path, `s${stores}`) })).store;
});

/** A deterministic pseudo-random sequence. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

async function inTx<T>(body: (mirror: ScopedMirror) => Promise<T>): Promise<T> {
  const result = await store.transact(async (tx) => body(new ScopedMirror(tx, prefix)), { message: 'test' });
  return result.value;
}

async function allRecords(): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (const entry of await store.list(`${prefix}files`, { recursive: true })) {
    const text = (await store.readText(entry.path)) ?? '';
    const lines = text.split('\n').filter(Boolean);
    const keys = lines.map((line) => (JSON.parse(line) as Row).key);
    expect([...keys].sort(), `${entry.path} is sorted by key`).toEqual(keys);
    for (const line of lines) out.set((JSON.parse(line) as Row).key, JSON.parse(line) as Row);
  }
  return out;
}

/**
 * Grows a random tree in the store's path index, 12 rounds of 250 puts and one subtree removal each (deterministic:
 * the same tree every time), and answers the Map model of what the index holds. With `check`, every round's answers
 * are compared with the model.
 */
async function growIndex(check: boolean): Promise<Map<string, Row>> {
  const model = new Map<string, Row>();
  const dirs = ['/'];
  const next = random(7);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const childKey = (parent: string, name: string) => (parent === '/' ? `/${name}` : `${parent}/${name}`);
  let serial = 0;
  for (let round = 0; round < 12; round += 1) {
    const batch: Row[] = [];
    for (let index = 0; index < 250; index += 1) {
      const parent = pick(dirs.filter((key) => key === '/' || model.has(key) || batch.some((row) => row.key === key)));
      const kind = next() < 0.15 ? 'dir' : 'file';
      const key = childKey(parent, `${kind}-${(serial += 1)}`);
      if (kind === 'dir') dirs.push(key);
      batch.push({ key, kind, size: serial, note: 'x'.repeat(Math.floor(next() * 40)) });
    }
    const { previous, removed } = await inTx(
      async (mirror) => (await mirror.withIndex('files', spec, 'indexPut', (index) => index.put(batch))).value,
    );
    if (check) {
      expect(previous.every((record) => record === null)).toBe(true);
      expect(removed).toEqual([]);
    }
    for (const row of batch) model.set(row.key, row);

    // Remove a random subtree (not the root) and check what came back.
    const victim = pick(dirs.filter((key) => key !== '/' && model.has(key)));
    const gone = await inTx(
      async (mirror) =>
        (await mirror.withIndex('files', spec, 'indexRemove', (index) => index.remove([victim], true))).value,
    );
    const expected = [...model.keys()].filter((key) => key === victim || key.startsWith(`${victim}/`));
    if (check) expect(gone.map((record) => record.key).sort()).toEqual(expected.sort());
    for (const key of expected) model.delete(key);

    if (check) expect(await allRecords()).toEqual(model);
  }
  return model;
}

describe('path index', () => {
  it('puts, gets, lists children and removes subtrees exactly like a map, with every leaf within bounds', async () => {
    await growIndex(true);
    // Deep enough to have re-packed leaves into child nodes, and no leaf over its limit (ranges at the last digit excepted).
    const files = gitCli(store.root, 'ls-files', `${prefix}files`).trim().split('\n');
    expect(files.length).toBeGreaterThan(20);
    for (const path of files) {
      expect(path).toMatch(/^mirrors\/t\/files\/(?:[0-9a-f]\/)*[0-9a-f](?:-[0-9a-f])?\.ndjson$/);
      expect(Buffer.byteLength((await store.readText(path))!)).toBeLessThanOrEqual(2048);
    }
    expect(files.some((path) => path.split('/').length > 5)).toBe(true);
  });

  it('answers get and children from the leaves, and replacing a container with a leaf record drops its subtree', async () => {
    const model = await growIndex(false);
    const some = [...model.values()].slice(0, 40);
    const missing = '/no/such/path';
    const got = await inTx(
      async (mirror) =>
        (
          await mirror.withIndex('files', spec, 'indexGet', (index) =>
            index.get([...some.map((row) => row.key), missing]),
          )
        ).value,
    );
    expect(got).toEqual([...some, null]);

    const parent = [...model.values()].find(
      (row) => row.kind === 'dir' && [...model.keys()].some((key) => key.startsWith(`${row.key}/`)),
    )!;
    const children = await inTx(
      async (mirror) =>
        (await mirror.withIndex('files', spec, 'indexChildren', (index) => index.children(parent.key))).value,
    );
    const direct = [...model.values()].filter((row) => row.key.slice(0, row.key.lastIndexOf('/')) === parent.key);
    expect(children).toEqual(direct.sort((a, b) => (a.key < b.key ? -1 : 1)));

    const replacement = { key: parent.key, kind: 'file', size: 1 };
    const result = await inTx(
      async (mirror) => (await mirror.withIndex('files', spec, 'indexPut', (index) => index.put([replacement]))).value,
    );
    expect(result.previous).toEqual([parent]);
    const below = [...model.keys()].filter((key) => key.startsWith(`${parent.key}/`));
    expect(result.removed.map((record) => record.key).sort()).toEqual(below.sort());
    for (const key of below) model.delete(key);
    model.set(parent.key, replacement as Row);
    expect(await allRecords()).toEqual(model);
  });

  it('loads from NDJSON sources in order: later records win, a tombstone removes what was listed before it, totals add up', async () => {
    const pages = [
      [
        '{"key":"/a","kind":"dir"}',
        '{"key":"/a/x","kind":"file","size":5}',
        '{"key":"/a/y","kind":"file","size":7}',
        '{"key":"/b","kind":"dir"}',
      ],
      [
        '{"key":"/a/x","kind":"file","size":6}',
        '{"key":"/b","kind":"gone"}',
        '{"key":"/b/z","kind":"file","size":1}',
        '{"key":"/r.txt","kind":"file","size":2}',
      ],
    ];
    // /b/z is listed after the tombstone of /b, so it stays (Dropbox lists a re-created path after its deletion).
    const result = await inTx(async (mirror) => {
      for (const [page, lines] of pages.entries()) mirror.write(`staging/${page}.ndjson`, `${lines.join('\n')}\n`);
      return mirror.indexLoad('loaded', ['staging/0.ndjson', 'staging/1.ndjson'], {
        ...spec,
        tombstone: { field: 'kind', value: 'gone' },
        aggregate: { depth: 1, countBy: 'kind', sum: ['size'] },
      });
    });
    expect(result).toMatchObject({
      records: 5,
      total: { records: 5, count: { dir: 1, file: 4 }, sum: { size: 16 } },
      groups: {
        '/a': { records: 3, count: { dir: 1, file: 2 }, sum: { size: 13 } },
        '/b': { records: 1, count: { file: 1 }, sum: { size: 1 } },
        '/r.txt': { records: 1, count: { file: 1 }, sum: { size: 2 } },
      },
    });
    expect(await store.readText(`${prefix}loaded/0-f.ndjson`)).toBe(
      [
        '{"key":"/a","kind":"dir"}',
        '{"key":"/a/x","kind":"file","size":6}',
        '{"key":"/a/y","kind":"file","size":7}',
        '{"key":"/b/z","kind":"file","size":1}',
        '{"key":"/r.txt","kind":"file","size":2}',
      ]
        .join('\n')
        .concat('\n'),
    );
    // Loading again replaces the index: files of the old layout do not survive.
    await inTx(async (mirror) => mirror.indexLoad('files', ['staging/1.ndjson'], spec));
    const paths = (await store.list(`${prefix}files`, { recursive: true })).map((entry) => entry.path);
    expect(paths).toEqual([`${prefix}files/0-f.ndjson`]);
  });

  it('loads a key listed twice once, the later record, also across many leaves and without tombstones', async () => {
    const first = Array.from({ length: 600 }, (_, index) =>
      JSON.stringify({ key: `/d${index % 7}/f${index}`, kind: 'file', size: 1 }),
    );
    const again = Array.from({ length: 300 }, (_, index) =>
      JSON.stringify({ key: `/d${(index * 2) % 7}/f${index * 2}`, kind: 'file', size: 10 }),
    );
    const result = await inTx(async (mirror) => {
      mirror.write('staging/a.ndjson', `${first.join('\n')}\n`);
      mirror.write('staging/b.ndjson', `${again.join('\n')}\n`);
      return mirror.indexLoad('files', ['staging/a.ndjson', 'staging/b.ndjson'], {
        ...spec,
        aggregate: { sum: ['size'] },
      });
    });
    // 600 keys; the 300 even ones below 600 were listed again with size 10.
    expect(result).toMatchObject({ records: 600, total: { records: 600, sum: { size: 300 * 10 + 300 } } });
    expect((result as { leaves: number }).leaves).toBeGreaterThan(10);
    const loaded = await allRecords();
    expect(loaded.size).toBe(600);
    for (let index = 0; index < 600; index += 1)
      expect(loaded.get(`/d${index % 7}/f${index}`)?.size).toBe(index % 2 === 0 ? 10 : 1);
  });

  it("reads a leaf line's key without parsing it only where that is certain, and answers as parsing would", async () => {
    const lines = [
      '{"key":"/plain","kind":"file"}',
      '{"key":"/caf\u00e9 \u2603","kind":"file"}', // raw non-ASCII characters: read directly
      '{"key" :"/first","key":"/last","kind":"file"}', // a duplicate before it: JSON.parse keeps the last, read directly
      '{"key":"/q\\"uote","kind":"file"}', // an escaped quote in the key
      '{"key":"/e\\u00e9","kind":"file"}', // an escape
      '{"meta":{"key":"/nested"},"key":"/after-object","kind":"file"}', // the field inside an object first
      '{"tags":["x"],"key":"/after-array","kind":"file"}',
      '{"key": "/spaced","kind":"file"}',
      '{"x":"{","key":"/brace-in-string","kind":"file"}',
      '{"note":"\\"key\\":\\"/decoy\\"","key":"/decoy-in-string","kind":"file"}',
      '{"key":"/twice","kind":"file","more":{"key":"/inner"}}',
      '{"key":"/dup-a","key" :"/dup-b","kind":"file"}', // the name again, spaced: JSON.parse keeps the last
      '{"key":"/esc-a","\\u006bey":"/esc-b","kind":"file"}', // the name again, escaped
      '{"a\\"key":"/fake","\\u006bey":"/real","kind":"file"}', // a name ending in an escaped quote before it
    ];
    const field = '"key":';
    expect(lines.map((line) => leafKey(line, field))).toEqual([
      '/plain',
      '/caf\u00e9 \u2603',
      '/last',
      ...Array.from({ length: lines.length - 3 }, () => undefined),
    ]);
    const keys = lines.map((line) => (JSON.parse(line) as Row).key);
    await inTx(async (mirror) => {
      mirror.write('staging/tricky.ndjson', `${lines.join('\n')}\n`);
      await mirror.indexLoad('files', ['staging/tricky.ndjson'], spec);
    });
    // A later call reads the leaves back: each record is found under the key JSON.parse gives it, and only there.
    const get = (wanted: string[]) =>
      inTx(async (mirror) => (await mirror.withIndex('files', spec, 'indexGet', (index) => index.get(wanted))).value);
    expect(await get(keys)).toEqual(lines.map((line) => JSON.parse(line)));
    expect(await get(['/nested', '/inner', '/decoy', '/q', '/first', '/dup-a', '/esc-a', '/fake'])).toEqual(
      Array.from({ length: 8 }, () => null),
    );
  });

  it('loads what saveItems kept exactly as it loads the same files read back and parsed', async () => {
    const next = random(11);
    // Many names are multi-byte: kept lines are copied as bytes (their ends are found in the bytes, not the text), and
    // the layout must not depend on which kind of line a leaf got (every size is measured in bytes).
    const name = (n: number) =>
      n % 3 === 0 ? `f${n}-caf\u00e9-\u540d\u524d\u540d\u524d\u540d\u524d` : n % 11 === 0 ? `f${n}-\u{1f600}` : `f${n}`;
    const pages = Array.from({ length: 4 }, (_, page) => ({
      entries: Array.from({ length: 250 }, (_, index) => {
        // Mostly distinct keys, some listed twice, a few tombstones (of a file, or rarely of a whole folder).
        const n = Math.floor(next() * 4000);
        if (next() < 0.03) return { '.tag': 'gone', path_lower: next() < 0.2 ? `/d${n % 9}` : `/d${n % 9}/${name(n)}` };
        return {
          '.tag': n % 9 === 0 ? 'dir' : 'file',
          path_lower: `/d${n % 9}/${name(n)}`,
          size: page * 1000 + index,
          extra: 'x',
        };
      }),
    }));
    const fields = { key: 'path_lower', kind: '.tag', size: 'size' };
    const options = {
      ...spec,
      tombstone: { field: 'kind', value: 'gone' },
      aggregate: { depth: 1, countBy: 'kind', sum: ['size'] },
    };
    // Every page kept, none, or every other one (leaves then mix kept lines with lines read back).
    const load = async (keep: (page: number) => boolean) => {
      const value = await inTx(async (mirror) => {
        pages.forEach((data, page) => {
          const out = extractItems(
            data,
            parseSaveItems({
              path: `p/${page}`,
              from: '/entries',
              fields,
              ...(keep(page) ? { keep: ['key', 'kind', 'size'] } : {}),
            }),
          );
          expect(out.kept !== undefined).toBe(keep(page));
          mirror.writeSaved(`p/${page}.ndjson`, out.text, out.kept);
        });
        return mirror.indexLoad(
          'files',
          pages.map((_, page) => `p/${page}.ndjson`),
          options,
        );
      });
      const files = (await store.list(`${prefix}files`, { recursive: true })).map((entry) => entry.path);
      return { value, leaves: await allRecords(), files };
    };
    const parsed = await load(() => false);
    expect(await load(() => true)).toEqual(parsed);
    expect(await load((page) => page % 2 === 0)).toEqual(parsed);
    expect((parsed.value as { records: number }).records).toBe(parsed.leaves.size);
    expect(parsed.leaves.size).toBeGreaterThan(100);
    expect([...parsed.leaves.keys()].some((key) => key.includes('\u540d'))).toBe(true);
  });

  it('lays out many copies of one key as the one record that wins, not as a chain of nodes', async () => {
    const distinct = Array.from({ length: 60 }, (_, index) =>
      JSON.stringify({ key: `/k${index}`, kind: 'file', pad: 'x'.repeat(40) }),
    );
    const copies = Array.from({ length: 40 }, (_, copy) =>
      JSON.stringify({ key: '/same', kind: 'file', copy, pad: 'y'.repeat(40) }),
    );
    const layout = async (lines: string[]) => {
      const result = await inTx(async (mirror) => {
        mirror.write('staging/copies.ndjson', `${lines.join('\n')}\n`);
        return mirror.indexLoad('files', ['staging/copies.ndjson'], { ...spec, leafBytes: 1024 });
      });
      const files = new Map<string, string>();
      for (const entry of await store.list(`${prefix}files`, { recursive: true }))
        files.set(entry.path, (await store.readText(entry.path)) ?? '');
      return { result, files };
    };
    const depth = (files: Map<string, string>) => Math.max(...[...files.keys()].map((path) => path.split('/').length));
    const records = (files: Map<string, string>) =>
      [...files.values()].flatMap((text) => text.split('\n').filter(Boolean)).sort();
    const withCopies = await layout([...distinct, ...copies]);
    const winnerOnly = await layout([...distinct, copies[copies.length - 1]!]);
    expect(withCopies.result).toMatchObject({ records: 61 });
    expect(records(withCopies.files)).toEqual(records(winnerOnly.files));
    // The copies weigh on the sizes above the node where they end up alone, never as a chain of nodes below it.
    expect(depth(withCopies.files)).toBeLessThanOrEqual(depth(winnerOnly.files) + 1);
  });

  it('gives a record bigger than a leaf a leaf of its own where its siblings part, not at the deepest node', async () => {
    const small = Array.from({ length: 40 }, (_, index) => JSON.stringify({ key: `/big/s${index}`, kind: 'file' }));
    const big = JSON.stringify({ key: '/big/huge', kind: 'file', pad: 'z'.repeat(3000) });
    await inTx(async (mirror) => {
      mirror.write('staging/big.ndjson', `${[...small, big].join('\n')}\n`);
      return mirror.indexLoad('big', ['staging/big.ndjson'], spec);
    });
    const files = await store.list(`${prefix}big`, { recursive: true });
    const holder = [];
    for (const file of files)
      if (((await store.readText(file.path)) ?? '').includes('/big/huge')) holder.push(file.path);
    expect(holder).toHaveLength(1);
    // Siblings share the 8 digits of their parent's hash: the big record stops one digit below where they part (a
    // leaf in a node 9 digits deep), not at the deepest node (15 digits) where nothing can split it any further.
    expect(holder[0]!.slice(`${prefix}big/`.length).split('/')).toHaveLength(10);
    const records = await inTx(
      async (mirror) =>
        (await mirror.withIndex('big', spec, 'indexGet', (index) => index.get(['/big/huge', '/big/s7']))).value,
    );
    expect(records).toEqual([JSON.parse(big), JSON.parse(small[7]!)]);
  });

  it('keeps leaves of multi-byte records within the byte limit (sizes are UTF-8 bytes, not characters)', async () => {
    const lines = Array.from({ length: 300 }, (_, index) =>
      JSON.stringify({ key: `/wide/${index}`, kind: 'file', name: '名前とファイル'.repeat(4) }),
    );
    await inTx(async (mirror) => {
      mirror.write('staging/wide.ndjson', `${lines.join('\n')}\n`);
      return mirror.indexLoad('wide', ['staging/wide.ndjson'], spec);
    });
    const files = await store.list(`${prefix}wide`, { recursive: true });
    let records = 0;
    for (const file of files) {
      const bytes = (await store.read(file.path))!;
      expect(bytes.byteLength, file.path).toBeLessThanOrEqual(2048);
      records += new TextDecoder().decode(bytes).split('\n').filter(Boolean).length;
    }
    expect(records).toBe(300);
  });

  it('rejects bad keys, dirs and options with a clear error and writes nothing', async () => {
    const head = await store.head();
    const cases: Array<[string, (mirror: ScopedMirror) => Promise<unknown>, RegExp]> = [
      [
        'relative key',
        (mirror) => mirror.withIndex('files', spec, 'indexPut', (index) => index.put([{ key: 'a/b' }])),
        /must be a path starting with "\/"/,
      ],
      [
        'no key field',
        (mirror) => mirror.withIndex('files', { key: '' }, 'indexGet', (index) => index.get(['/a'])),
        /options.key must be a field name/,
      ],
      [
        'escaping dir',
        (mirror) => mirror.withIndex('../x', spec, 'indexGet', (index) => index.get(['/a'])),
        /mirror|relative|\.\./,
      ],
      ['engine dir', (mirror) => mirror.withIndex('.sync', spec, 'indexGet', (index) => index.get(['/a'])), /\.sync/],
      [
        'tiny leaves',
        (mirror) => mirror.withIndex('files', { key: 'key', leafBytes: 10 }, 'indexGet', (index) => index.get(['/a'])),
        /leafBytes/,
      ],
      ['missing source', (mirror) => mirror.indexLoad('files', ['staging/none.ndjson'], spec), /does not exist/],
    ];
    for (const [name, call, message] of cases) {
      await expect(inTx(call), name).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(message),
      });
    }
    expect(await store.head()).toBe(head);
  });
});

describe('saveItems', () => {
  const data = {
    entries: [
      { '.tag': 'file', name: 'a', path_lower: '/a', size: 3, content_hash: 'h' },
      { '.tag': 'folder', name: 'b', path_lower: '/b' },
    ],
    cursor: 'c1',
    has_more: true,
  };

  it('takes the array out of the body, keeping only the fields asked for (renamed), and leaves the rest', () => {
    const out = extractItems(
      data,
      parseSaveItems({
        path: 'p.ndjson',
        from: '/entries',
        fields: { tag: '.tag', lower: 'path_lower', size: 'size' },
      }),
    );
    expect(out.text).toBe('{"tag":"file","lower":"/a","size":3}\n{"tag":"folder","lower":"/b"}\n');
    expect(out.items).toBe(2);
    expect(out.rest).toEqual({ cursor: 'c1', has_more: true });
    expect(data.entries).toHaveLength(2);
    const listed = extractItems(
      { page: { items: [{ a: 1, b: 2 }] } },
      parseSaveItems({ path: 'p', from: '/page/items', fields: ['b'] }),
    );
    expect(listed).toEqual({ text: '{"b":2}\n', items: 1, rest: { page: {} } });
  });

  it('keeps any field name as data: quotes, backslashes and code-like names are copied verbatim', () => {
    const odd = { 'a"b': 1, 'c\\d': 2, '}); process.exit(1); ({': 3, 'e\u2028f': 4 };
    const out = extractItems(
      { entries: [odd, { 'a"b': 5 }] },
      parseSaveItems({
        path: 'p',
        from: '/entries',
        fields: { 'x"y': 'a"b', 'c\\d': 'c\\d', code: '}); process.exit(1); ({', sep: 'e\u2028f' },
      }),
    );
    expect(
      out.text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([{ 'x"y': 1, 'c\\d': 2, code: 3, sep: 4 }, { 'x"y': 5 }]);
  });

  it('rejects a bad option or a body without that array', () => {
    expect(() => parseSaveItems({ path: 'p', from: 'entries' })).toThrow(/JSON pointer/);
    expect(() => parseSaveItems({ from: '/entries' })).toThrow(/path/);
    expect(() => parseSaveItems({ path: 'p', from: '/entries', keep: 'lower' })).toThrow(/keep must be a list/);
    expect(() => parseSaveItems({ path: 'p', from: '/entries', fields: ['__proto__'] })).toThrow(/__proto__/);
    expect(() => parseSaveItems({ path: 'p', from: '/entries', fields: { __proto__x: 'a', b: '__proto__' } })).toThrow(
      /__proto__/,
    );
    expect(() => parseSaveItems({ path: 'p', from: '/e', fields: [1] })).toThrow(/fields/);
    expect(() => extractItems({ entries: 'no' }, parseSaveItems({ path: 'p', from: '/entries' }))).toThrow(
      /not an array/,
    );
    expect(() => extractItems({ entries: [1] }, parseSaveItems({ path: 'p', from: '/entries' }))).toThrow(
      /JSON objects/,
    );
    expect(() => extractItems(null, parseSaveItems({ path: 'p', from: '/entries' }))).toThrow(/no object/);
  });
});
