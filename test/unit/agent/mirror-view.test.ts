import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grepMirror, listMirror, readMirror } from '../../../src/agent/mirror-view.js';
import { initStore } from '../../../src/store/index.js';
import { tempDirPerTest } from '../../support/git.js';

const dir = tempDirPerTest('mirror-view-');

/** Runs `body` in a transaction over a store whose HEAD has a few mirror files; commits nothing. */
async function inTransaction(body: Parameters<Awaited<ReturnType<typeof initStore>>['store']['transact']>[0]) {
  const { store } = await initStore({ root: join(dir.path, 'store') });
  await store.transact(
    async (tx) => {
      tx.write('mirrors/demo/a.ndjson', '{"id":1,"name":"Alpha"}\n{"id":2,"name":"beta"}\n{"id":3,"name":"Gamma"}\n');
      tx.write('mirrors/demo/.sync/state.json', '{"secret":"Alpha"}\n');
      tx.write('mirrors/demo/bin.dat', Buffer.from([1, 0, 2]));
    },
    { message: 'seed' },
  );
  await store.transact(body, { message: 'view' }).catch((error: unknown) => {
    if ((error as Error).message !== 'rollback') throw error;
  });
}

describe('the mirror view over the run transaction', () => {
  it('reads, lists and greps the run’s own writes with read_file / grep_file semantics', async () => {
    await inTransaction(async (tx) => {
      tx.write('mirrors/demo/sub/b.ndjson', '{"id":4,"name":"alphabet"}\r\n');
      tx.delete('mirrors/demo/bin.dat');
      const read = await readMirror(tx, 'mirrors/demo/', { path: 'a.ndjson', offset: 2, limit: 1 });
      expect(read).toMatchObject({ path: 'a.ndjson', offset: 2, lines: ['{"id":2,"name":"beta"}'], totalLines: 3 });
      expect(read.content).toBe('     2\t{"id":2,"name":"beta"}');
      expect((await readMirror(tx, 'mirrors/demo/', { path: 'a.ndjson', offset: 9 })).hint).toContain('past the end');
      await expect(readMirror(tx, 'mirrors/demo/', { path: 'sub' })).rejects.toThrow(/is a folder/);
      await expect(readMirror(tx, 'mirrors/demo/', { path: 'nope.json' })).rejects.toThrow(/no such mirror file/);
      await expect(readMirror(tx, 'mirrors/demo/', { path: '.sync/state.json' })).rejects.toThrow(
        /belongs to the engine/,
      );
      await expect(readMirror(tx, 'mirrors/demo/', { path: '../other/x' })).rejects.toThrow(/invalid/);
      expect(await listMirror(tx, 'mirrors/demo/', undefined)).toEqual({
        files: [
          { path: 'a.ndjson', size: 71 },
          { path: 'sub/b.ndjson', size: 28 },
        ],
      });
      const grep = await grepMirror(tx, 'mirrors/demo/', { pattern: '"name":"alpha', flags: 'i' });
      expect(grep.matches).toEqual([
        { file: 'a.ndjson', line: 1, match: '{"id":1,"name":"Alpha"}', before: [], after: [] },
        { file: 'sub/b.ndjson', line: 1, match: '{"id":4,"name":"alphabet"}', before: [], after: [] },
      ]);
      const lines = await grepMirror(tx, 'mirrors/demo/', { pattern: '^\\{"id":[23]', glob: 'a.ndjson' });
      expect(lines.matches.map((match) => match.line)).toEqual([2, 3]);
      const capped = await grepMirror(tx, 'mirrors/demo/', { pattern: 'id', max_matches: 2 });
      expect([capped.matches.length, capped.truncated]).toEqual([2, true]);
      await expect(grepMirror(tx, 'mirrors/demo/', { pattern: '(' })).rejects.toThrow(/invalid regex/);
      throw new Error('rollback');
    });
  });

  it('caps a read at 64 KiB with a hint, and skips binary files in grep', async () => {
    await inTransaction(async (tx) => {
      const line = `${'x'.repeat(1000)}\n`;
      tx.write('mirrors/demo/big.txt', line.repeat(100));
      const read = await readMirror(tx, 'mirrors/demo/', { path: 'big.txt' });
      expect(read.truncated).toBe(true);
      expect(read.lines.length).toBe(65);
      expect(read.hint).toContain('offset 66');
      const grep = await grepMirror(tx, 'mirrors/demo/', { pattern: '\\x02' });
      expect(grep.binarySkipped).toEqual(['bin.dat']);
      throw new Error('rollback');
    });
  });
});
