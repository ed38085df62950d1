import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, type Report } from './harness.js';

/** Whole-process wall time of one run in ms (start-up, module loading and exit included). */
function timeProcess(args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * `syncagent` cold starts against `node -e 0` (issue 11 item 2): the bundled CLI built fresh from the sources,
 * every run a new process, ours and the reference alternated (A B A B …) so a drifting machine moves both; the
 * ratio is the median of the pairs' ratios.
 */
export default async function cliBench(report: Report): Promise<void> {
  const dir = await benchDir('cli');
  const dist = join(dir, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', dist], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const cli = join(dist, 'cli.cjs');
  const store = join(dir, 'demo-store');
  if (!existsSync(join(store, 'skills/dropbox/SKILL.md'))) {
    const demo = spawnSync(process.execPath, [cli, 'demo', '--store', store, '--json'], { encoding: 'utf8' });
    if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  }
  const runs = Number(process.env.BENCH_CLI_RUNS ?? 21);
  const cases: Array<{ name: string; args: string[]; target?: number }> = [
    { name: 'cli: syncagent --version', args: [cli, '--version'], target: 1.5 },
    {
      name: 'cli: syncagent read (small file)',
      args: [cli, 'read', 'skills/dropbox/SKILL.md', '--limit', '5'],
      target: 1.5,
    },
    {
      name: 'cli: syncagent grep --path (small file)',
      args: [cli, 'grep', 'budget', '--path', 'skills/dropbox/SKILL.md'],
    },
    { name: 'cli: syncagent status (reads the store at HEAD)', args: [cli, 'status'] },
    { name: 'cli: syncagent --help', args: [cli, '--help'] },
  ];
  for (const { name, args, target } of cases) {
    // One warm-up pair fills the page cache (and Node 22+'s compile cache) for both.
    timeProcess(args, store);
    timeProcess(['-e', '0'], store);
    const ours: number[] = [];
    const reference: number[] = [];
    const ratios: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const a = timeProcess(args, store);
      const b = timeProcess(['-e', '0'], store);
      ours.push(a);
      reference.push(b);
      ratios.push(a / b);
    }
    report.add({
      name,
      oursMs: median(ours),
      referenceName: 'node -e 0',
      referenceMs: median(reference),
      target,
      note: `median pair ratio ${median(ratios).toFixed(2)}×, ${runs} alternated runs, node ${process.version}`,
    });
  }
}
