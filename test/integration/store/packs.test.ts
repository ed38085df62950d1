import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import git from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { preparedCounts, whenPrepared } from '../../../src/store/blob-ahead.js';
import { GitObjects, packThreshold } from '../../../src/store/git-objects.js';
import { initStore, openStore } from '../../../src/store/index.js';
import { hashBlob } from '../../../src/store/object-format.js';
import { applyDelta, encodeIndex, encodeObjectHeader, Pack, PackReader } from '../../../src/store/packs.js';
import { cloneRemote, createBareRemote, gitCli, tempDirPerTest } from '../../support/git.js';

const dir = tempDirPerTest('store-packs-');

const author = { name: 'Sync Bot', email: 'bot@example.com' };
const encoder = new TextEncoder();

function packFiles(root: string, ext: string): string[] {
  const folder = join(root, '.git', 'objects', 'pack');
  return fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((name) => name.endsWith(ext))
        .sort()
    : [];
}

/** Loose object ids under .git/objects. */
function looseObjects(root: string): string[] {
  const objects = join(root, '.git', 'objects');
  return fs
    .readdirSync(objects)
    .filter((name) => /^[0-9a-f]{2}$/.test(name))
    .flatMap((folder) => fs.readdirSync(join(objects, folder)).map((name) => `${folder}${name}`));
}

function fsckStrict(root: string): string {
  return gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress');
}

/** Every object id reachable from any ref, with its type. */
function allObjects(root: string): Array<{ oid: string; type: string }> {
  const oids = gitCli(root, 'rev-list', '--objects', '--all')
    .split('\n')
    .map((line) => line.slice(0, 40));
  const types = execFileSync('git', ['cat-file', '--batch-check=%(objecttype)'], {
    cwd: root,
    input: oids.join('\n'),
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
  return oids.map((oid, i) => ({ oid, type: types[i]! }));
}

function catFile(root: string, type: string, oid: string): Buffer {
  return execFileSync('git', ['cat-file', type, oid], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
}

/** The type codes of the entries of a pack, from `git show-index` offsets and each entry's first byte. */
function entryTypes(packPath: string): number[] {
  const index = execFileSync('git', ['show-index'], {
    input: fs.readFileSync(packPath.replace(/\.pack$/, '.idx')),
    encoding: 'utf8',
  });
  const pack = fs.readFileSync(packPath);
  return index
    .trim()
    .split('\n')
    .map((line) => (pack[Number(line.split(' ')[0])]! >> 4) & 7);
}

function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A file of `lines` NDJSON lines, so versions of it share most of their bytes (good delta material). */
function ndjson(seed: number, lines: number): string {
  return (
    Array.from({ length: lines }, (_, i) =>
      JSON.stringify({ id: i, seed: i % 7 === 0 ? seed : 0, name: `entry-${i}` }),
    ).join('\n') + '\n'
  );
}

describe('big commits are written as one pack', () => {
  it(`a commit of ≥ ${packThreshold} new objects lands in one pack git verifies, and reads back everywhere`, async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const looseBefore = looseObjects(root).length;
    const files = new Map<string, string>();
    for (let i = 0; i < 150; i += 1) files.set(`mirrors/bulk/d${i % 12}/f${i}.ndjson`, ndjson(i, 50 + i));
    files.set('mirrors/bulk/empty.txt', '');
    const result = await store.transact(
      async (tx) => {
        for (const [path, content] of files) tx.write(path, content);
      },
      { message: 'sync(bulk): backfill' },
    );
    expect(result.changed).toHaveLength(files.size);

    const packs = packFiles(root, '.pack');
    expect(packs).toHaveLength(1);
    expect(packFiles(root, '.idx')).toEqual([packs[0]!.replace(/\.pack$/, '.idx')]);
    // named by the pack's checksum (its last 20 bytes), no temporary files left behind
    const packPath = join(root, '.git', 'objects', 'pack', packs[0]!);
    const trailer = fs.readFileSync(packPath).subarray(-20).toString('hex');
    expect(packs[0]).toBe(`pack-${trailer}.pack`);
    expect(await readdir(join(root, '.git', 'objects', 'pack'))).toHaveLength(2);
    expect(looseObjects(root)).toHaveLength(looseBefore); // nothing new was written loose

    const verify = gitCli(root, 'verify-pack', '-v', packPath);
    // 150 blobs (the empty one is stored already: init's .gitkeep files) + 12 folders + bulk,
    // mirrors and root trees + 1 commit, none a delta
    expect(verify).toMatch(/^non delta: 166 objects$/m);
    expect(verify).not.toMatch(/chain length/);
    expect(verify.split('\n').filter((line) => / commit /.test(line))).toHaveLength(1);
    expect(fsckStrict(root)).toBe('');
    expect(gitCli(root, 'cat-file', '-p', 'HEAD:mirrors/bulk/d3/f15.ndjson')).toBe(
      files.get('mirrors/bulk/d3/f15.ndjson')!.trimEnd(),
    );
    expect(gitCli(root, 'cat-file', '-p', 'HEAD').split('\n')[0]).toBe(
      `tree ${gitCli(root, 'rev-parse', 'HEAD^{tree}')}`,
    );
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(await readFile(join(root, 'mirrors/bulk/d7/f139.ndjson'), 'utf8')).toBe(
      files.get('mirrors/bulk/d7/f139.ndjson'),
    );

    const fresh = await openStore({ root, author });
    for (const [path, content] of files) expect(await fresh.readText(path)).toBe(content);
    expect(await fresh.size('mirrors/bulk/d0/f0.ndjson')).toBe(files.get('mirrors/bulk/d0/f0.ndjson')!.length);
    expect((await fresh.list('mirrors/bulk', { recursive: true })).length).toBe(files.size);
    // isomorphic-git (still used for isDescendent) reads the pack too
    const { object } = await git.readObject({
      fs,
      dir: root,
      oid: gitCli(root, 'rev-parse', 'HEAD:mirrors/bulk/d1/f1.ndjson'),
      format: 'content',
    });
    expect(Buffer.from(object as Uint8Array).toString()).toBe(files.get('mirrors/bulk/d1/f1.ndjson'));

    // A small commit on top (a checkpoint, a webhook) stays loose.
    await store.transact(async (tx) => tx.write('mirrors/bulk/d0/f0.ndjson', 'changed\n'), {
      message: 'sync(bulk): one change',
    });
    expect(packFiles(root, '.pack')).toHaveLength(1);
    expect(looseObjects(root)).toContain(hashBlob(encoder.encode('changed\n')));
    expect(fsckStrict(root)).toBe('');
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('hashes and deflates the bigger files of a commit that will be a pack on another thread while the body goes on', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const before = preparedCounts();
    const files = new Map<string, string>();
    // 70 files of ~15 KB (ahead), 10 small ones (deflated at the commit), one written again (its first copy is unused)
    for (let i = 0; i < 70; i += 1) files.set(`mirrors/bulk/big/f${i}.ndjson`, ndjson(i, 400));
    for (let i = 0; i < 10; i += 1) files.set(`mirrors/bulk/small/f${i}.ndjson`, ndjson(i, 3));
    await store.transact(
      async (tx) => {
        for (const [path, content] of files) tx.write(path, content);
        tx.write('mirrors/bulk/big/f0.ndjson', ndjson(999, 400));
        files.set('mirrors/bulk/big/f0.ndjson', ndjson(999, 400));
        // The body goes on (here: waits for it) while the worker hashes and deflates.
        await whenPrepared();
      },
      { message: 'sync(bulk): backfill' },
    );
    const counts = preparedCounts();
    // The first 64 writes are posted together once the commit is known to be a pack, then each one as it is written.
    expect(counts.posted - before.posted).toBe(71);
    expect(counts.back - before.back).toBe(71);
    expect(counts.used - before.used).toBe(70);
    const packs = packFiles(root, '.pack');
    expect(packs).toHaveLength(1);
    expect(gitCli(root, 'verify-pack', '-v', join(root, '.git', 'objects', 'pack', packs[0]!))).toMatch(
      /^non delta: \d+ objects$/m,
    );
    expect(fsckStrict(root)).toBe('');
    for (const [path, content] of files) expect(catFile(root, 'blob', `HEAD:${path}`).toString()).toBe(content);
    const fresh = await openStore({ root, author });
    for (const [path, content] of files) expect(await fresh.readText(path)).toBe(content);

    // A small commit prepares nothing ahead.
    await store.transact(async (tx) => tx.write('mirrors/bulk/big/f1.ndjson', ndjson(1000, 400)), {
      message: 'sync(bulk): one change',
    });
    expect(preparedCounts().posted).toBe(counts.posted);
  });

  it('never uses what was prepared for an array before it changed, nor for a view into a larger buffer', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const reused = Buffer.alloc(20_000, 'a');
    await store.transact(async (tx) => tx.write('data/p', reused), { message: 'first' });
    // Prepared in a big transaction where the file is unchanged (so nothing takes what was prepared)...
    await store.transact(
      async (tx) => {
        tx.write('data/p', reused);
        for (let i = 0; i < packThreshold; i += 1) tx.write(`data/bulk/f${i}`, ndjson(i, 600));
        await whenPrepared(); // everything posted so far answered by the worker
      },
      { message: 'bulk' },
    );
    // ...then the caller changes the array and writes it again in a small one: the new bytes are committed.
    reused.fill('b');
    const changed = await store.transact(async (tx) => tx.write('data/p', reused), { message: 'changed' });
    expect(changed.changed).toEqual(['data/p']);
    expect(catFile(root, 'blob', 'HEAD:data/p').toString()).toBe('b'.repeat(20_000));

    // A view into a bigger buffer: only the view is posted, and the pack holds exactly it.
    const big = Buffer.alloc(4 * 1024 * 1024, 'x');
    const views = Array.from({ length: packThreshold }, (_, i) => big.subarray(i * 16_384, i * 16_384 + 9_000 + i));
    const before = preparedCounts();
    await store.transact(
      async (tx) => {
        for (const [i, view] of views.entries()) tx.write(`data/views/v${i}`, view);
        await whenPrepared();
      },
      { message: 'views' },
    );
    expect(preparedCounts().used - before.used).toBe(packThreshold);
    expect(fsckStrict(root)).toBe('');
    for (const [i, view] of views.entries())
      expect(catFile(root, 'blob', `HEAD:data/views/v${i}`).equals(view)).toBe(true);
  });

  it(`writes a batch of ${packThreshold - 1} new objects loose and one of ${packThreshold} as a pack, skipping objects already stored`, async () => {
    const root = join(dir.path, 'repo');
    gitCli(dir.path, 'init', '-q', '--initial-branch=main', root);
    const objects = new GitObjects(root, join(root, '.git'));
    const blobs = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => encoder.encode(`blob ${from + i}\n`));

    // Inside a batch the writes are readable before anything is on disk.
    const loose = await objects.batch(async (batch) => {
      const oids = [];
      for (const blob of blobs(0, packThreshold - 1)) oids.push(await batch.writeBlob(blob));
      expect(looseObjects(root)).toEqual([]);
      expect(new TextDecoder().decode(await batch.blob(oids[5]!))).toBe('blob 5\n');
      return oids;
    });
    expect(looseObjects(root).sort()).toEqual([...loose].sort());
    expect(packFiles(root, '.pack')).toEqual([]);

    // 63 already loose + 64 new: only the new ones are packed.
    const packed = await objects.batch(async (batch) =>
      Promise.all(blobs(0, 2 * packThreshold - 1).map((blob) => batch.writeBlob(blob))),
    );
    expect(packFiles(root, '.pack')).toHaveLength(1);
    const listed = execFileSync('git', ['show-index'], {
      input: fs.readFileSync(join(root, '.git', 'objects', 'pack', packFiles(root, '.idx')[0]!)),
      encoding: 'utf8',
    });
    expect(
      listed
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[1])
        .sort(),
    ).toEqual(packed.slice(packThreshold - 1).sort());
    expect(looseObjects(root)).toHaveLength(packThreshold - 1);
    for (const oid of packed) expect(gitCli(root, 'cat-file', '-t', oid)).toBe('blob');

    // All stored already (loose or packed): no new pack, no loose copy of a packed object.
    await objects.batch(async (batch) =>
      Promise.all(blobs(0, 2 * packThreshold - 1).map((blob) => batch.writeBlob(blob))),
    );
    await objects.writeBlob(blobs(packThreshold + 3, 1)[0]!);
    expect(packFiles(root, '.pack')).toHaveLength(1);
    expect(looseObjects(root)).toHaveLength(packThreshold - 1);

    // A batch whose body throws writes nothing.
    await expect(
      objects.batch(async (batch) => {
        for (const blob of blobs(1000, packThreshold)) await batch.writeBlob(blob);
        throw new Error('body failed');
      }),
    ).rejects.toThrow('body failed');
    expect(packFiles(root, '.pack')).toHaveLength(1);
    expect(looseObjects(root)).toHaveLength(packThreshold - 1);
    gitCli(root, 'verify-pack', join(root, '.git', 'objects', 'pack', packFiles(root, '.idx')[0]!));
  });

  it('pushes a packed commit to a bare remote, and a clone and a lagging store see its files', async () => {
    const remote = createBareRemote(dir.path);
    const a = await openStore({ root: cloneRemote(remote, dir.path, 'a'), author });
    const b = await openStore({ root: cloneRemote(remote, dir.path, 'b'), author });
    expect(await b.read('mirrors/bulk/f0.ndjson')).toBeNull(); // b has looked: its packs are listed
    const files = new Map<string, string>();
    for (let i = 0; i < 120; i += 1) files.set(`mirrors/bulk/d${i % 5}/f${i}.ndjson`, ndjson(i, 30));
    await a.transact(
      async (tx) => {
        for (const [path, content] of files) tx.write(path, content);
      },
      { message: 'sync(bulk): backfill' },
    );
    expect(packFiles(a.root, '.pack').length).toBeGreaterThanOrEqual(1);
    expect(gitCli(remote, 'log', '--format=%s', 'main').split('\n')).toEqual(['sync(bulk): backfill', 'seed']);
    expect(fsckStrict(remote)).toBe('');

    const clone = cloneRemote(remote, dir.path, 'c');
    for (const [path, content] of files) expect(await readFile(join(clone, path), 'utf8')).toBe(content);

    // b loses the race, fetches (git keeps a fetch of ≥ 100 objects as a pack) and re-runs on a's commit.
    const result = await b.transact(
      async (tx) =>
        tx.write('mirrors/bulk/count.txt', String((await tx.list('mirrors/bulk', { recursive: true })).length)),
      {
        message: 'from b',
      },
    );
    expect(result.attempts).toBe(2);
    expect(await b.readText('mirrors/bulk/count.txt')).toBe('120');
    expect(packFiles(b.root, '.pack').length).toBeGreaterThanOrEqual(1); // what the fetch brought
    for (const [path, content] of files) expect(await b.readText(path)).toBe(content);
    expect(gitCli(b.root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(gitCli(remote, 'log', '--format=%s', 'main').split('\n')).toEqual([
      'from b',
      'sync(bulk): backfill',
      'seed',
    ]);
  });
});

describe('objects the store reuses instead of writing again', () => {
  it('touches the file that holds them, and writes them anew when a repack has dropped them meanwhile (as git does)', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const packDir = join(root, '.git', 'objects', 'pack');
    const old = new Date('2020-01-01T00:00:00Z');
    // X is committed, packed, then made unreachable; its pack looks two years old.
    await store.transact(async (tx) => tx.write('data/x.txt', 'content X\n'), { message: 'x' });
    gitCli(root, 'repack', '-a', '-d', '-q');
    gitCli(root, 'reset', '-q', '--hard', 'HEAD~1');
    gitCli(root, 'reflog', 'expire', '--expire=now', '--all');
    const [pack] = packFiles(root, '.pack');
    fs.utimesSync(join(packDir, pack!), old, old);

    // A store that found X in that pack reuses it, and touches the pack as it does. (Its index is updated in process:
    // `git update-index` would write the blob itself, and so touch the pack too.)
    const reuser = await openStore({ root, author, indexUpdater: 'isomorphic-git' });
    await reuser.transact(async (tx) => tx.write('data/again.txt', 'content X\n'), { message: 'reuse X' });
    expect(fs.statSync(join(packDir, pack!)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    gitCli(root, 'reset', '-q', '--hard', 'HEAD~1');
    gitCli(root, 'reflog', 'expire', '--expire=now', '--all');
    fs.utimesSync(join(packDir, pack!), old, old);

    // The same for a loose object.
    await store.transact(async (tx) => tx.write('data/z.txt', 'content Z\n'), { message: 'z' });
    gitCli(root, 'reset', '-q', '--hard', 'HEAD~1');
    const zOid = hashBlob(encoder.encode('content Z\n'));
    const zPath = join(root, '.git', 'objects', zOid.slice(0, 2), zOid.slice(2));
    fs.utimesSync(zPath, old, old);
    await reuser.transact(async (tx) => tx.write('data/z-again.txt', 'content Z\n'), { message: 'reuse Z' });
    expect(fs.statSync(zPath).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    gitCli(root, 'reset', '-q', '--hard', 'HEAD~1');
    gitCli(root, 'reflog', 'expire', '--expire=now', '--all');

    // Another process repacks and prunes X and its folder's tree (old and unreachable) while this store still lists
    // the old pack, and then commits elsewhere (loose objects: this store reads them without listing packs again)...
    const lister = await openStore({ root, author });
    expect(await lister.readText('data/x.txt')).toBeNull(); // its packs are loaded now
    gitCli(root, 'gc', '-q', '--prune=2.weeks.ago');
    expect(packFiles(root, '.pack')).not.toContain(pack);
    await store.transact(async (tx) => tx.write('other/y.txt', 'y\n'), { message: 'y' });
    // ...then commits X again in a folder of its own: it finds the pack gone, so it writes X and that tree anew.
    await lister.transact(async (tx) => tx.write('data/x.txt', 'content X\n'), { message: 'x again' });
    expect(fsckStrict(root)).toBe('');
    expect(gitCli(root, 'cat-file', '-p', 'HEAD:data/x.txt')).toBe('content X');
  });
});

describe('objects only a cruft pack holds', () => {
  it('are written anew when reused: touching a cruft pack keeps none of its objects (their times are in its .mtimes)', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    await store.transact(async (tx) => tx.write('data/x.txt', 'content X\n'), { message: 'x' });
    gitCli(root, 'reset', '-q', '--hard', 'HEAD~1');
    gitCli(root, 'reflog', 'expire', '--expire=now', '--all');
    const xOid = hashBlob(encoder.encode('content X\n'));
    const xPath = join(root, '.git', 'objects', xOid.slice(0, 2), xOid.slice(2));
    const old = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(xPath, old, old);
    gitCli(root, 'gc', '-q', '--cruft', '--prune=never'); // X goes into a cruft pack, with its 2020 time
    expect(packFiles(root, '.mtimes')).toHaveLength(1);
    expect(fs.existsSync(xPath)).toBe(false);

    const reuser = await openStore({ root, author, indexUpdater: 'isomorphic-git' }); // git update-index would write X itself
    await reuser.transact(async (tx) => tx.write('data/x-again.txt', 'content X\n'), { message: 'reuse X' });
    expect(fs.existsSync(xPath)).toBe(true);
    gitCli(root, 'gc', '-q', '--cruft', '--prune=2.weeks.ago');
    expect(fsckStrict(root)).toBe('');
    expect(gitCli(root, 'cat-file', '-p', 'HEAD:data/x-again.txt')).toBe('content X');
  });
});

describe('packs read by the store', () => {
  /** A repository with 12 versions of a few growing files: plenty for git to delta. */
  function repoWithHistory(): string {
    const root = join(dir.path, 'repo');
    gitCli(dir.path, 'init', '-q', '--initial-branch=main', root);
    fs.mkdirSync(join(root, 'deep', 'er'), { recursive: true });
    for (let version = 0; version < 12; version += 1) {
      fs.writeFileSync(join(root, 'a.ndjson'), ndjson(version, 400 + version * 20));
      fs.writeFileSync(join(root, 'deep', 'b.ndjson'), ndjson(version * 3, 300));
      fs.writeFileSync(join(root, 'deep', 'er', `v${version}.txt`), `version ${version}\n`);
      // a blob bigger than 64 KiB, so copies of 0x10000 bytes (encoded as size 0) appear
      fs.writeFileSync(join(root, 'big.ndjson'), ndjson(version, 3000));
      gitCli(root, 'add', '-A');
      gitCli(root, 'commit', '-q', '-m', `version ${version}`);
    }
    return root;
  }

  async function expectReadsEverything(root: string): Promise<void> {
    const objects = new GitObjects(root, join(root, '.git'));
    const reader = new PackReader(join(root, '.git', 'objects', 'pack'), () => null);
    const all = allObjects(root);
    expect(all.length).toBeGreaterThan(40);
    for (const { oid, type } of all) {
      const object = reader.read(oid, false);
      expect(object?.type, oid).toBe(type);
      expect(Buffer.from(object!.content).equals(catFile(root, type, oid)), oid).toBe(true);
      if (type === 'blob') expect(Buffer.from(await objects.blob(oid)).equals(catFile(root, 'blob', oid))).toBe(true);
      if (type === 'tree')
        expect([...(await objects.tree(oid)).keys()].join('\n')).toBe(gitCli(root, 'ls-tree', '--name-only', oid));
      if (type === 'commit') expect(await objects.commitTree(oid)).toBe(gitCli(root, 'rev-parse', `${oid}^{tree}`));
    }
  }

  it('reads every object of a `git repack -adf` pack (OFS_DELTA chains) as git cat-file does', async () => {
    const root = repoWithHistory();
    gitCli(root, 'repack', '-adf', '-q', '--depth=50', '--window=250');
    expect(looseObjects(root)).toEqual([]);
    const [pack] = packFiles(root, '.pack');
    const types = entryTypes(join(root, '.git', 'objects', 'pack', pack!));
    expect(types.filter((type) => type === 6).length).toBeGreaterThan(10);
    expect(types).not.toContain(7);
    expect(gitCli(root, 'verify-pack', '-v', join(root, '.git', 'objects', 'pack', pack!))).toMatch(
      /chain length = [2-9]/,
    );
    await expectReadsEverything(root);
  });

  it('reads REF_DELTA packs (repack.useDeltaBaseOffset=false) and `git gc --aggressive` ones', async () => {
    const root = repoWithHistory();
    gitCli(root, '-c', 'repack.useDeltaBaseOffset=false', 'repack', '-adf', '-q');
    const [refPack] = packFiles(root, '.pack');
    const types = entryTypes(join(root, '.git', 'objects', 'pack', refPack!));
    expect(types.filter((type) => type === 7).length).toBeGreaterThan(10);
    expect(types).not.toContain(6);
    await expectReadsEverything(root);

    gitCli(root, 'gc', '--aggressive', '--quiet', '--prune=now');
    expect(packFiles(root, '.pack')).toHaveLength(1);
    expect(packFiles(root, '.pack')[0]).not.toBe(refPack);
    await expectReadsEverything(root);
  });

  it('finds a pack another process wrote after the store listed its packs, and one that replaced a pack it had loaded', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    gitCli(root, 'repack', '-adq');
    expect(await store.readText('mirrors/.gitkeep')).toBe(''); // packs listed and loaded
    // Another process commits and packs its objects (`git repack -d` packs the loose ones and deletes them).
    fs.writeFileSync(join(root, 'mirrors', 'later.txt'), 'later\n');
    gitCli(root, 'add', '-A');
    gitCli(root, 'commit', '-q', '-m', 'by git');
    gitCli(root, 'repack', '-dq');
    expect(looseObjects(root)).toEqual([]);
    expect(packFiles(root, '.pack')).toHaveLength(2);
    expect(await store.readText('mirrors/later.txt')).toBe('later\n');

    // Another store (another process) writes a big commit as a pack.
    const other = await openStore({ root, author });
    await other.transact(
      async (tx) => {
        for (let i = 0; i < 100; i += 1) tx.write(`mirrors/other/f${i}.txt`, `file ${i}\n`);
      },
      { message: 'bulk from another process' },
    );
    expect(packFiles(root, '.pack')).toHaveLength(3);
    expect(await store.readText('mirrors/other/f42.txt')).toBe('file 42\n');

    // `git gc` replaces every pack the store has loaded: reads fall through to the new one.
    const before = packFiles(root, '.pack');
    gitCli(root, 'repack', '-adfq');
    expect(packFiles(root, '.pack').some((name) => before.includes(name))).toBe(false);
    expect(await store.readText('mirrors/other/f77.txt')).toBe('file 77\n');
    expect(await store.readText('skills/.gitkeep')).toBe('');
    await store.transact(async (tx) => tx.write('mirrors/after-gc.txt', 'x'), { message: 'after gc' });
    expect(fsckStrict(root)).toBe('');
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  /** Writes a pack of raw entries (header + zlib stream each) and its index. */
  function writeRawPack(root: string, entries: Array<{ oid: string; head: Uint8Array; body: Uint8Array }>): void {
    const packDir = join(root, '.git', 'objects', 'pack');
    const chunks: Uint8Array[] = [Buffer.from([...Buffer.from('PACK'), 0, 0, 0, 2, 0, 0, 0, entries.length])];
    let offset = 12;
    const index = entries.map((entry) => {
      chunks.push(entry.head, entry.body);
      const row = { oid: entry.oid, offset, crc: crc32(entry.body, crc32(entry.head)) };
      offset += entry.head.byteLength + entry.body.byteLength;
      return row;
    });
    const content = Buffer.concat(chunks);
    const checksum = createHash('sha1').update(content).digest();
    const name = `pack-${checksum.toString('hex')}`;
    fs.mkdirSync(packDir, { recursive: true });
    fs.writeFileSync(join(packDir, `${name}.pack`), Buffer.concat([content, checksum]));
    fs.writeFileSync(join(packDir, `${name}.idx`), encodeIndex(index, checksum));
  }

  // git itself keeps no such (thin) pack on disk, but isomorphic-git resolved these bases too.
  it('resolves a REF_DELTA whose base is outside the pack (a loose object)', async () => {
    const root = join(dir.path, 'repo');
    gitCli(dir.path, 'init', '-q', '--initial-branch=main', root);
    const objects = new GitObjects(root, join(root, '.git'));
    const base = encoder.encode('hello, base world\n');
    const baseOid = await objects.writeBlob(base);
    const target = Buffer.from('hello, delta world\n');
    // base size 18, result size 19; copy "hello, " (offset 0, 7 bytes); insert "delta"; copy " world\n" (offset 11, 7 bytes)
    const delta = Buffer.from([18, 19, 0x91, 0, 7, 5, ...Buffer.from('delta'), 0x91, 11, 7]);
    expect(applyDelta(base, delta).equals(target)).toBe(true);
    const targetOid = hashBlob(target);
    writeRawPack(root, [
      {
        oid: targetOid,
        head: Buffer.concat([encodeObjectHeader(7, delta.length), Buffer.from(baseOid, 'hex')]),
        body: deflateSync(delta),
      },
    ]);
    expect(Buffer.from(await new GitObjects(root, join(root, '.git')).blob(targetOid)).toString()).toBe(
      target.toString(),
    );
  });

  it('reads an object whose zlib stream is much longer than its content (reads on past the first guess)', async () => {
    const root = join(dir.path, 'repo');
    gitCli(dir.path, 'init', '-q', '--initial-branch=main', root);
    // Stored blocks of 2 bytes each: 7 bytes of stream per 2 bytes of content, where deflate's worst case is ~1.0003×.
    const content = Buffer.from(ndjson(1, 200));
    const blocks: Uint8Array[] = [Buffer.from([0x78, 0x01])];
    for (let at = 0; at < content.length; at += 2) {
      const block = content.subarray(at, at + 2);
      const last = at + 2 >= content.length ? 1 : 0;
      blocks.push(Buffer.from([last, block.length, 0, ~block.length & 0xff, 0xff]), block);
    }
    const adler = Buffer.alloc(4);
    adler.writeUInt32BE(adler32(content));
    blocks.push(adler);
    const body = Buffer.concat(blocks);
    expect(body.length).toBeGreaterThan(3 * content.length);
    const small = Buffer.from('small\n');
    writeRawPack(root, [
      { oid: hashBlob(content), head: encodeObjectHeader(3, content.length), body },
      { oid: hashBlob(small), head: encodeObjectHeader(3, small.length), body: deflateSync(small) },
    ]);
    expect(catFile(root, 'blob', hashBlob(content)).equals(content)).toBe(true); // git agrees the pack is fine
    const objects = new GitObjects(root, join(root, '.git'));
    expect(Buffer.from(await objects.blob(hashBlob(content))).equals(content)).toBe(true);
    expect(Buffer.from(await objects.blob(hashBlob(small))).toString()).toBe('small\n');
  });

  it('applies copies of 0x10000 bytes (size 0) and refuses malformed deltas', () => {
    const base = Buffer.alloc(0x10010, 7);
    base.write('start', 0);
    // sizes as varints: 0x10010 = 0x90 0x80 0x04, result 0x10000 + 1 = 0x81 0x80 0x04
    const delta = Buffer.from([0x90, 0x80, 0x04, 0x81, 0x80, 0x04, 0x80, 0x01, 0x21]);
    const result = applyDelta(base, delta);
    expect(result.length).toBe(0x10001);
    expect(result.subarray(0, 5).toString()).toBe('start');
    expect(result[0x10000]).toBe(0x21);
    expect(() => applyDelta(base.subarray(1), delta)).toThrow(/base of/);
    expect(() => applyDelta(base, Buffer.from([0x90, 0x80, 0x04, 2, 0x91, 0xff, 0xff]))).toThrow(
      /out of bounds|truncated/,
    );
    expect(() => applyDelta(base, Buffer.from([0x90, 0x80, 0x04, 1, 0]))).toThrow(/reserved/);
    expect(() => applyDelta(base, Buffer.from([0x90, 0x80, 0x04, 2, 1, 0x41]))).toThrow(/produced 1 bytes/);
  });

  it('writes and reads 8-byte offsets for objects past 2 GiB in the index (as git show-index reads them)', () => {
    const oid = (byte: number) => byte.toString(16).padStart(2, '0').repeat(20);
    const entries = [
      { oid: oid(0x10), offset: 12, crc: 1 },
      { oid: oid(0xa0), offset: 2 ** 31 + 5, crc: 0xffffffff },
      { oid: oid(0x00), offset: 2 ** 31 - 1, crc: 3 },
      { oid: oid(0xff), offset: 2 ** 33 + 77, crc: 4 },
    ];
    const checksum = Buffer.alloc(20, 9);
    const index = encodeIndex(entries, checksum);
    const pack = new Pack('pack-test', '/nonexistent.pack', index);
    expect(pack.count).toBe(4);
    for (const entry of entries) expect(pack.offset(Buffer.from(entry.oid, 'hex'))).toBe(entry.offset);
    expect(pack.offset(Buffer.from(oid(0x11), 'hex'))).toBe(-1);
    const shown = execFileSync('git', ['show-index'], { input: index, encoding: 'utf8' }).trim().split('\n');
    expect(shown).toEqual([
      `${2 ** 31 - 1} ${oid(0x00)} (00000003)`,
      `12 ${oid(0x10)} (00000001)`,
      `${2 ** 31 + 5} ${oid(0xa0)} (ffffffff)`,
      `${2 ** 33 + 77} ${oid(0xff)} (00000004)`,
    ]);
  });
});
