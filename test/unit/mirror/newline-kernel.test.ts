import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { compileKernel, generatedSource } from '../../../scripts/build-wasm.mjs';
import { countNewlines, lineWindows } from '../../../src/mirror/line-windows.js';
import { newlineKernelBase64 } from '../../../src/mirror/newline-kernel.generated.js';
import { tempDir } from '../../support/git.js';

function naiveCount(bytes: Buffer, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index += 1) if (bytes[index] === 10) count += 1;
  return count;
}

describe('newline kernel', () => {
  it('the committed module is the compiled newline-kernel.wat', async () => {
    const bytes: Buffer = await compileKernel();
    expect(newlineKernelBase64).toBe(bytes.toString('base64'));
    expect(generatedSource(bytes)).toContain(newlineKernelBase64);
  });

  it('counts like a byte loop at every alignment, inside read windows', async () => {
    const dir = await tempDir('kernel-');
    try {
      // Random bytes with many newlines, larger than one 16 MiB read buffer, so there are always
      // several windows and every one sits inside the arena.
      const data = randomBytes(40 * 1024 * 1024 + 77).map((byte) => (byte % 7 === 0 ? 10 : byte));
      const path = join(dir.path, 'data.bin');
      await writeFile(path, data);
      let total = 0;
      let checked = 0;
      for await (const window of lineWindows(path)) {
        const { bytes, bodyStart, end } = window;
        for (const [start, stop] of [
          [bodyStart, end],
          [bodyStart + 1, end - 3],
          [bodyStart + 5, bodyStart + 300],
          [bodyStart + 17, bodyStart + 17 + 255 * 16 + 9],
        ]) {
          expect(countNewlines(bytes, start as number, stop as number)).toBe(
            naiveCount(bytes, start as number, stop as number),
          );
          checked += 1;
        }
        total += countNewlines(bytes, bodyStart, end);
      }
      expect(checked).toBeGreaterThanOrEqual(8);
      expect(total).toBe(naiveCount(Buffer.from(data), 0, data.length));
    } finally {
      await dir.cleanup();
    }
  });
});
