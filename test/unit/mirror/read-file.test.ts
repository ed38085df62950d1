import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, withGutter } from '../../../src/mirror/index.js';
import { tempDir } from '../../support/git.js';

const bigLines = 700_000;
let dir: { path: string; cleanup: () => Promise<void> };
const root = () => dir.path;

beforeAll(async () => {
  dir = await tempDir('read-');
  await mkdir(join(root(), 'mirrors/x'), { recursive: true });
  await writeFile(join(root(), 'crlf.txt'), 'one\r\ntwo\r\nthree\r\n');
  await writeFile(join(root(), 'no-newline.txt'), 'first\nlast');
  await writeFile(join(root(), 'utf8.md'), 'héllo\n東京 tower\n😀 emoji\n');
  await writeFile(join(root(), 'empty.txt'), '');
  await writeFile(join(root(), 'binary.bin'), Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]));
  await writeFile(join(root(), 'nul.ndjson'), Buffer.from('{"a":1}\n\u0000\n'));
  await writeFile(join(root(), 'long.ndjson'), `${'x'.repeat(1024 * 1024)}\n`);
  // Larger than one 16 MiB read buffer, so lines straddle window boundaries.
  const lines = Array.from({ length: bigLines }, (_, index) => `{"n":${index + 1},"pad":"${'é'.repeat(index % 17)}"}`);
  await writeFile(join(root(), 'mirrors/x/big.ndjson'), `${lines.join('\n')}\n`);
});
afterAll(() => dir.cleanup());

describe('read_file', () => {
  it('strips CRLF newlines and counts lines', async () => {
    const result = await readFile(root(), { path: 'crlf.txt' });
    expect(result).toMatchObject({
      path: 'crlf.txt',
      offset: 1,
      lines: ['one', 'two', 'three'],
      totalLines: 3,
      truncated: false,
    });
  });

  it('counts a last line without a newline', async () => {
    expect(await readFile(root(), { path: 'no-newline.txt' })).toMatchObject({
      lines: ['first', 'last'],
      totalLines: 2,
    });
    expect(await readFile(root(), { path: 'no-newline.txt', offset: 2 })).toMatchObject({
      lines: ['last'],
      totalLines: 2,
    });
  });

  it('keeps multibyte UTF-8 intact', async () => {
    const result = await readFile(root(), { path: 'utf8.md', offset: 2, limit: 2 });
    expect(result.lines).toEqual(['東京 tower', '😀 emoji']);
    expect(withGutter(result)).toBe('     2\t東京 tower\n     3\t😀 emoji');
  });

  it('reads an empty file as no lines', async () => {
    expect(await readFile(root(), { path: 'empty.txt' })).toMatchObject({
      lines: [],
      totalLines: 0,
      truncated: false,
      hint: 'the file is empty',
    });
  });

  it('refuses binary files but treats .ndjson as text', async () => {
    await expect(readFile(root(), { path: 'binary.bin' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('binary'),
    });
    expect((await readFile(root(), { path: 'nul.ndjson' })).totalLines).toBe(2);
  });

  it('cuts a 1 MB single line at 64 KiB and says so', async () => {
    const result = await readFile(root(), { path: 'long.ndjson' });
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(1);
    expect(Buffer.byteLength(result.lines[0] as string)).toBeLessThan(64 * 1024 + 64);
    expect(result.lines[0]).toMatch(/\[line cut at 64 KiB\]$/);
    expect(result.totalLines).toBe(1);
  });

  it('truncates a whole read over 64 KiB with a hint to page', async () => {
    const result = await readFile(root(), { path: 'mirrors/x/big.ndjson' });
    expect(result.truncated).toBe(true);
    expect(result.lines.length).toBeGreaterThan(100);
    expect(result.lines.join('\n').length).toBeLessThanOrEqual(64 * 1024);
    expect(result.hint).toMatch(new RegExp(`offset ${result.lines.length + 1}`));
    expect(result.totalLines).toBe(bigLines);
  });

  it('slices by offset and limit across read windows', async () => {
    for (const offset of [1, 123_457, 456_789, bigLines - 1]) {
      const result = await readFile(root(), { path: 'mirrors/x/big.ndjson', offset, limit: 3 });
      expect(result.lines.map((line) => JSON.parse(line).n)).toEqual(
        [offset, offset + 1, offset + 2].filter((n) => n <= bigLines),
      );
      expect(result.totalLines).toBe(bigLines);
    }
  });

  it('answers an offset past the end with no lines and a hint', async () => {
    const result = await readFile(root(), { path: 'crlf.txt', offset: 10 });
    expect(result).toMatchObject({ lines: [], totalLines: 3, truncated: false });
    expect(result.hint).toMatch(/past the end: the file has 3 lines/);
  });

  it('rejects bad paths and folders with clear errors', async () => {
    for (const path of ['../etc/passwd', '/etc/passwd', 'a\\b', '.git/config']) {
      await expect(readFile(root(), { path })).rejects.toMatchObject({ code: 'invalid_input' });
    }
    await expect(readFile(root(), { path: 'missing.txt' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('no such file'),
    });
    await expect(readFile(root(), { path: 'mirrors/x' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('folder'),
    });
    await expect(readFile(root(), { path: 'crlf.txt', offset: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
