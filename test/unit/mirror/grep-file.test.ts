import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grepFile } from '../../../src/mirror/index.js';
import { tempDir } from '../../support/git.js';
import { oracleGrep } from './grep-oracle.js';

const bigLines = 400_000;
let dir: { path: string; cleanup: () => Promise<void> };
const root = () => dir.path;

beforeAll(async () => {
  dir = await tempDir('grep-');
  await mkdir(join(root(), 'corpus/deep'), { recursive: true });
  await writeFile(join(root(), 'corpus/crlf.txt'), 'Alpha\r\nbeta\r\nALPHA gamma\r\n');
  await writeFile(join(root(), 'corpus/no-newline.txt'), 'x alpha\ny\nalpha z');
  await writeFile(join(root(), 'corpus/utf8.md'), 'héllo wörld\n東京 alpha\n😀 ÀLPHA\nnaïve\n');
  await writeFile(join(root(), 'corpus/empty.txt'), '');
  await writeFile(join(root(), 'corpus/binary.bin'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('alpha\n')]));
  await writeFile(
    join(root(), 'corpus/deep/ctx.txt'),
    Array.from({ length: 30 }, (_, index) => (index % 4 === 0 ? `hit ${index + 1}` : `line ${index + 1}`)).join('\n') +
      '\n',
  );
  await writeFile(join(root(), 'corpus/deep/one-line.ndjson'), `${'{"k":"v"},'.repeat(100_000)}needle-at-end\n`);
  // Over one 16 MiB read buffer: matches on both sides of window boundaries.
  const lines = Array.from({ length: bigLines }, (_, index) =>
    JSON.stringify({
      id: index + 1,
      name: index % 9973 === 0 ? `Quarterly-Report-${index}.pdf` : `file-${index}.txt`,
      note: 'ünïcödé',
    }),
  );
  await writeFile(join(root(), 'corpus/deep/big.ndjson'), `${lines.join('\n')}\n`);
  // A short line that `^(a+)+$` takes 2^40 steps to reject, among small files searched together.
  await mkdir(join(root(), 'redos'), { recursive: true });
  for (let index = 0; index < 40; index += 1) {
    const text = index === 25 ? `ok\n${'a'.repeat(40)}!\nok\n` : `ok ${index}\naaaa\n`;
    await writeFile(join(root(), `redos/${String(index).padStart(2, '0')}.txt`), text);
  }
});
afterAll(() => dir.cleanup());

async function ours(pattern: string, flags = ''): Promise<string[]> {
  const result = await grepFile(root(), { pattern, prefix: 'corpus', flags, maxMatches: 10_000 });
  return result.matches.map((match) => `${match.file}:${match.line}`).sort();
}

/** Whether ripgrep is on PATH: it is a second reference when present, never a requirement. */
const hasRipgrep = spawnSync('rg', ['--version']).status === 0;

/** file:line pairs as ripgrep reports them for the same search. */
function ripgrep(args: string[]): string[] {
  let output = '';
  try {
    output = execFileSync('rg', ['-n', '--no-heading', '--with-filename', '--sort', 'path', '-uu', ...args, 'corpus'], {
      cwd: root(),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error; // 1 = no match
  }
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [file, number] = line.split(':');
      return `${file}:${number}`;
    })
    .sort();
}

const searches: Array<[string, string, string, string[]]> = [
  ['a literal', 'alpha', '', []],
  ['a case-insensitive literal', 'alpha', 'i', ['-i']],
  ['a regex with an inner literal', '"name":"[^"]*Report-[0-9]+\\.pdf"', '', []],
  ['a regex with no literal', '^[a-z]+ \\d+$', '', []],
  ['anchored literal', '^alpha', '', []],
  ['non-ASCII literal', '東京', '', []],
  ['a literal at the end of a long line', 'needle-at-end', '', []],
];

describe('grep_file', () => {
  describe.each([0, 2])('with %i context lines', (contextLines) => {
    it.each([
      ...searches,
      ['an alternation with a non-ASCII letter', 'gamma|ÀLPHA', '', []],
      ['a non-ASCII letter ignoring case', 'àlpha', 'iu', []],
      ['a word boundary', '\\bline 1\\d\\b', '', []],
      ['a line that ends the file without a newline', 'alpha z$', '', []],
      ['a regex requiring several literals', '"id":\\d+3,"name":"file-\\d*512\\.txt"', '', []],
      ['several literals, ignoring case', 'QUARTERLY-report-\\d+\\.PDF', 'i', []],
      ['a backreference', '(l)\\1', '', []],
      ['a lookbehind', '(?<=東京 )alpha', '', []],
      ['a named group and a lookahead', '(?<word>line) (?=2\\d)', '', []],
    ] as Array<[string, string, string, string[]]>)(
      'gives the same records as the whole-file oracle: %s',
      async (_name, pattern, flags) => {
        const expected = await oracleGrep(root(), { pattern, prefix: 'corpus', flags, contextLines });
        expect(expected.length).toBeGreaterThan(0);
        const result = await grepFile(root(), { pattern, prefix: 'corpus', flags, contextLines, maxMatches: 10_000 });
        expect(result.matches).toEqual(expected);
      },
    );
  });

  it.runIf(hasRipgrep).each(searches)(
    'matches ripgrep on the same corpus: %s',
    async (_name, pattern, flags, rgFlags) => {
      const expected = ripgrep([...rgFlags, '-e', pattern]);
      expect(expected.length).toBeGreaterThan(0);
      expect(await ours(pattern, flags)).toEqual(expected);
      // The oracle is held to ripgrep too, where ripgrep is at hand.
      const oracle = await oracleGrep(root(), { pattern, prefix: 'corpus', flags });
      expect(oracle.map((match) => `${match.file}:${match.line}`).sort()).toEqual(expected);
    },
  );

  it('returns the whole line without its newline, and skips binary files', async () => {
    const result = await grepFile(root(), { pattern: 'gamma|ÀLPHA', prefix: 'corpus' });
    expect(result.matches.map((match) => [match.file, match.line, match.match])).toEqual([
      ['corpus/crlf.txt', 3, 'ALPHA gamma'],
      ['corpus/utf8.md', 3, '😀 ÀLPHA'],
    ]);
    expect(result.binarySkipped).toEqual(['corpus/binary.bin']);
  });

  it('gives each match its own (possibly overlapping) context window', async () => {
    const result = await grepFile(root(), { pattern: '^hit', path: 'corpus/deep/ctx.txt', contextLines: 3 });
    const [first, second] = result.matches;
    expect(first).toEqual({
      file: 'corpus/deep/ctx.txt',
      line: 1,
      match: 'hit 1',
      before: [],
      after: ['line 2', 'line 3', 'line 4'],
    });
    expect(second).toEqual({
      file: 'corpus/deep/ctx.txt',
      line: 5,
      match: 'hit 5',
      before: ['line 2', 'line 3', 'line 4'],
      after: ['line 6', 'line 7', 'line 8'],
    });
    const last = result.matches.at(-1);
    expect(last).toMatchObject({ line: 29, after: ['line 30'] });
  });

  it('keeps context across read-window boundaries', async () => {
    const result = await grepFile(root(), {
      pattern: 'Report',
      path: 'corpus/deep/big.ndjson',
      contextLines: 2,
      maxMatches: 1000,
    });
    expect(result.matches).toHaveLength(Math.floor((bigLines - 1) / 9973) + 1);
    for (const match of result.matches) {
      const id = (line: string) => JSON.parse(line).id as number;
      expect(id(match.match)).toBe(match.line);
      expect(match.before.map(id)).toEqual([match.line - 2, match.line - 1].filter((n) => n >= 1));
      expect(match.after.map(id)).toEqual([match.line + 1, match.line + 2].filter((n) => n <= bigLines));
    }
  });

  it('caps matches and flags truncation', async () => {
    const capped = await grepFile(root(), { pattern: 'file-', path: 'corpus/deep/big.ndjson', maxMatches: 5 });
    expect(capped.matches.map((match) => match.line)).toEqual([2, 3, 4, 5, 6]);
    expect(capped.truncated).toBe(true);
    const exact = await grepFile(root(), { pattern: 'hit', path: 'corpus/deep/ctx.txt', maxMatches: 8 });
    expect(exact.matches).toHaveLength(8);
    expect(exact.truncated).toBe(false);
  });

  it('filters a prefix by glob', async () => {
    const result = await grepFile(root(), { pattern: 'alpha', prefix: 'corpus', glob: '*.md', flags: 'i' });
    expect(result.matches.map((match) => [match.file, match.line])).toEqual([['corpus/utf8.md', 2]]);
  });

  it('rejects bad input clearly', async () => {
    await expect(grepFile(root(), { pattern: '(', prefix: 'corpus' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('invalid regex'),
    });
    await expect(grepFile(root(), { pattern: 'a', prefix: 'corpus', flags: 'g' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(grepFile(root(), { pattern: 'a' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(grepFile(root(), { pattern: 'a', prefix: '../' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(grepFile(root(), { pattern: 'a', path: 'corpus/x', maxMatches: 0 })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  describe('time budget', () => {
    it('stops a pattern that backtracks catastrophically with a clear error, and searches on afterwards', async () => {
      await expect(grepFile(root(), { pattern: '^(a+)+$', prefix: 'redos' })).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/^pattern "\^\(a\+\)\+\$" ran for over 1 s in redos\/25\.txt and was stopped/),
        data: { file: 'redos/25.txt' },
      });
      // The same pattern is fine where it does not backtrack, and nothing is left spinning.
      const result = await grepFile(root(), { pattern: '^(a+)+$', prefix: 'redos', glob: '0*.txt' });
      expect(result.matches.map((match) => [match.file, match.line])).toEqual(
        Array.from({ length: 10 }, (_, index) => [`redos/0${index}.txt`, 2]),
      );
    });

    it('ends a whole search that runs past its time limit', async () => {
      await expect(
        grepFile(root(), { pattern: '^\\{"id":\\d+,"name":"x', prefix: 'corpus', timeLimitMs: 1 }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('grep_file ran out of its 1 ms time budget'),
      });
      await expect(grepFile(root(), { pattern: 'x', prefix: 'corpus', timeLimitMs: 0 })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    });
  });

  it('finds nothing in an empty file without error', async () => {
    expect((await grepFile(root(), { pattern: '.*', path: 'corpus/empty.txt' })).matches).toEqual([]);
  });
});
