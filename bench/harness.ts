import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** One line of the bench report: our time against the reference tool measured in the same run. */
export interface Comparison {
  name: string;
  oursMs: number;
  referenceName: string;
  referenceMs: number;
  /** ours / reference must stay at or below this. */
  target?: number;
  note?: string;
}

/** Collects comparisons and prints them as a table with ratios. */
export class Report {
  readonly rows: Comparison[] = [];

  add(row: Comparison): void {
    this.rows.push(row);
    const ratio = row.oursMs / row.referenceMs;
    const verdict =
      row.target === undefined
        ? ''
        : ratio <= row.target
          ? `  ok (target ≤ ${row.target}×)`
          : `  MISSED (target ≤ ${row.target}×)`;
    console.log(
      `${row.name.padEnd(58)} ours ${formatMs(row.oursMs).padStart(9)}  ${row.referenceName.padEnd(22)} ${formatMs(row.referenceMs).padStart(9)}  ratio ${ratio.toFixed(2)}×${verdict}${row.note ? `  (${row.note})` : ''}`,
    );
  }

  /** Prints a figure that has no reference tool (cold starts, rates). */
  figure(name: string, value: string): void {
    console.log(`${name.padEnd(58)} ${value}`);
  }
}

/** Formats milliseconds for the report. */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** Median wall time of `runs` calls of `body` (after one warm-up call unless `warmup` is 0). */
export async function measure(body: () => Promise<unknown> | unknown, runs = 5, warmup = 1): Promise<number> {
  for (let index = 0; index < warmup; index += 1) await body();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await body();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** Runs a command synchronously and fails loudly if it fails (reference tools must really run). */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; input?: string; shell?: boolean } = {},
): string {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    shell: options.shell,
  });
  if (result.error) throw result.error;
  if (result.status !== 0 && !(command.endsWith('grep') || command === 'rg')) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

/** True when `command` can be run. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** A scratch folder for generated bench data (kept between runs, git-ignored). */
export async function benchDir(name: string): Promise<string> {
  const dir = join(process.cwd(), '.bench-data', name);
  await mkdir(dir, { recursive: true });
  return dir;
}
