import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidInputError, IoError } from '../errors.js';
import type { CliContext } from './context.js';

/** Parses a `--flag a|b` choice; undefined when the flag is absent. */
export function parseChoice<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new InvalidInputError(`${flag}: expected one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** Parses a non-negative integer flag; `min` (default 0) raises the floor. */
export function parseCount(value: string, flag: string, { min = 0 }: { min?: number } = {}): number {
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new InvalidInputError(`${flag}: expected an integer ≥ ${min}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** Reads the UTF-8 file a flag names (relative to the cwd); `io` error naming the flag when it cannot. */
export async function readFlagFile(context: CliContext, flag: string, file: string): Promise<string> {
  try {
    return await readFile(resolve(context.cwd, file), 'utf8');
  } catch (error) {
    throw new IoError(`${flag}: cannot read ${file}: ${(error as Error).message}`);
  }
}

/** Formats rows as a left-aligned text table (numbers right-aligned). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell))),
  ];
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => String(row[column] ?? '').length)));
  return cells.map((row) =>
    row
      .map((cell, column) => {
        const text = String(cell ?? '');
        const width = widths[column] ?? 0;
        return numeric[column] ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Milliseconds as `1.23 s` or `45 ms`. */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
