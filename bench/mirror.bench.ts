import { createWriteStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { grepFile, readFile } from '../src/mirror/index.js';
import { benchDir, hasCommand, type Report, runCommand } from './harness.js';

const targetBytes = 300 * 1024 * 1024;

/** Writes a mirror-like NDJSON file of ~300 MB (2.5M+ lines) with rare "Quarterly-Report" lines spread through it. */
async function generate(path: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing && existing.size >= targetBytes) return;
  const words = [
    'photos',
    'docs',
    'invoices',
    'projects',
    'archive',
    'music',
    'team',
    'résumé',
    'naïve',
    '東京',
    '2023',
    '2024',
  ];
  const out = createWriteStream(path);
  let bytes = 0;
  let index = 0;
  let batch: string[] = [];
  while (bytes < targetBytes) {
    index += 1;
    const folder = `/${words[index % words.length]}/${words[(index >> 3) % words.length]}`;
    const name =
      index % 40_000 === 0 ? `Quarterly-Report-${index}.pdf` : `f${index.toString(36)}.${index % 3 ? 'jpg' : 'txt'}`;
    const line = `${JSON.stringify({ id: `id:${(index * 2654435761) % 4294967296}`, path: `${folder}/${name}`, size: (index * 7919) % 10_000_000, rev: index.toString(16) })}\n`;
    batch.push(line);
    bytes += Buffer.byteLength(line);
    if (batch.length === 10_000) {
      if (!out.write(batch.join(''))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      batch = [];
    }
  }
  out.end(batch.join(''));
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));
}

/**
 * Median wall time of each contestant, measured in alternation: every run times each of them once, in an order
 * rotated from run to run, so a change in the machine's load falls on all of them alike (after one warm-up each).
 */
async function measureAlternating<K extends string>(
  contestants: Record<K, () => Promise<unknown> | unknown>,
  runs = 5,
): Promise<Record<K, number>> {
  const names = Object.keys(contestants) as K[];
  for (const name of names) await contestants[name]();
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as unknown as Record<K, number[]>;
  for (let run = 0; run < runs; run += 1) {
    for (let turn = 0; turn < names.length; turn += 1) {
      const name = names[(run + turn) % names.length] as K;
      const started = performance.now();
      await contestants[name]();
      times[name].push(performance.now() - started);
    }
  }
  const medians = {} as Record<K, number>;
  for (const name of names) {
    const sorted = times[name].sort((a, b) => a - b);
    medians[name] = sorted[Math.floor(sorted.length / 2)] as number;
  }
  return medians;
}

/** Quotes one argument for sh. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** Non-empty lines of a command's output. */
function lines(output: string): string[] {
  return output.split('\n').filter(Boolean);
}

/**
 * grep and read against ripgrep, GNU grep, sed, awk and tail | head on a ≥ 256 MB NDJSON file. Each search is
 * reported twice: our library call in this process (no start-up) and our CLI as a whole process (node start, module
 * load, output) against the reference tools as whole processes, all measured in alternation.
 */
export default async function mirrorBench(report: Report): Promise<void> {
  const root = await benchDir('mirror');
  const file = join(root, 'big.ndjson');
  await generate(file);
  const size = (await stat(file)).size;
  const lineCount = Number(runCommand('sh', ['-c', `wc -l < ${shellQuote(file)}`]).trim());
  report.figure('grep/read corpus', `${(size / 1024 / 1024).toFixed(0)} MB, ${lineCount.toLocaleString('en')} lines`);
  // The whole-process rows run the bundle users run; it is built from this tree first.
  runCommand(process.execPath, ['scripts/build.mjs']);
  const cli = join(process.cwd(), 'dist/cli.cjs');
  if (!existsSync(cli)) throw new Error(`the build left no ${cli}`);
  const hasRipgrep = hasCommand('rg');
  if (!hasRipgrep) {
    report.figure('ripgrep rows', 'skipped: rg is not on PATH (install ripgrep to compare against it)');
  }

  const searches: Array<{ name: string; pattern: string; flags: string; toolFlags: string[]; target: number }> = [
    { name: 'literal', pattern: 'Quarterly-Report', flags: '', toolFlags: [], target: 2 },
    { name: 'case-insensitive literal', pattern: 'quarterly-report', flags: 'i', toolFlags: ['-i'], target: 2 },
    {
      name: 'regex, selective literal (1 line in 40,000)',
      pattern: '"path":"[^"]*Report-[0-9]+\\.pdf"',
      flags: '',
      toolFlags: [],
      target: 3,
    },
    {
      name: 'regex, its literal on every line',
      pattern: '"size":[0-9]{7},"rev":"[0-9a-f]*fff"',
      flags: '',
      toolFlags: [],
      target: 3,
    },
  ];
  for (const search of searches) {
    const counts: Record<string, number> = {};
    const contestants = {
      inProcess: async () => {
        const result = await grepFile(root, {
          pattern: search.pattern,
          flags: search.flags,
          path: 'big.ndjson',
          maxMatches: 10_000,
        });
        counts.inProcess = result.matches.length;
      },
      process: () => {
        const args = [cli, 'grep', search.pattern, '--path', 'big.ndjson', '--store', root, '--max', '10000'];
        counts.process = lines(runCommand(process.execPath, [...args, ...search.toolFlags])).length;
      },
      grep: () => {
        // Piped, not sent to /dev/null: GNU grep stops at the first match when output is /dev/null.
        const command = `LC_ALL=C grep -n ${search.toolFlags.join(' ')} -E ${shellQuote(search.pattern)} ${shellQuote(file)} | wc -l`;
        counts.grep = Number(runCommand('sh', ['-c', command]).trim());
      },
      ...(hasRipgrep
        ? {
            rg: () => {
              counts.rg = lines(runCommand('rg', ['-n', ...search.toolFlags, '-e', search.pattern, file])).length;
            },
          }
        : {}),
    } as Record<'inProcess' | 'process' | 'grep' | 'rg', () => unknown>;
    const times = await measureAlternating(contestants);
    for (const [name, count] of Object.entries(counts)) {
      if (count !== counts.inProcess) {
        throw new Error(`grep ${search.name}: ${name} found ${count} lines, the library ${counts.inProcess}`);
      }
    }
    const label = `grep ${search.name} (${counts.inProcess} matches)`;
    if (hasRipgrep) {
      report.add({
        name: `${label}, in-process`,
        oursMs: times.inProcess,
        referenceName: 'rg -n (process)',
        referenceMs: times.rg,
        target: search.target,
      });
      report.add({
        name: `${label}, whole process`,
        oursMs: times.process,
        referenceName: 'rg -n (process)',
        referenceMs: times.rg,
      });
    }
    report.add({
      name: `${label}, whole process`,
      oursMs: times.process,
      referenceName: 'LC_ALL=C grep -n | wc',
      referenceMs: times.grep,
      note: `in-process ${(times.inProcess / times.grep).toFixed(2)}×`,
    });
  }

  const offset = Math.min(2_000_000, lineCount - 50);
  const last = offset + 49;
  const outputs: Record<string, string[]> = {};
  const reads = {
    inProcess: async () => {
      outputs.inProcess = (await readFile(root, { path: 'big.ndjson', offset, limit: 50 })).lines;
    },
    process: () => {
      const args = [cli, 'read', 'big.ndjson', '--store', root, '--offset', String(offset), '--limit', '50'];
      outputs.process = lines(runCommand(process.execPath, args)).map((line) => line.replace(/^ *\d+\t/, ''));
    },
    sed: () => {
      outputs.sed = lines(runCommand('sed', ['-n', `${offset},${last}p;${last}q`, file]));
    },
    awk: () => {
      outputs.awk = lines(runCommand('awk', [`NR>=${offset}{print} NR>=${last}{exit}`, file]));
    },
    tailHead: () => {
      outputs.tailHead = lines(runCommand('sh', ['-c', `tail -n +${offset} ${shellQuote(file)} | head -n 50`]));
    },
  };
  const times = await measureAlternating(reads);
  for (const [name, got] of Object.entries(outputs)) {
    if (JSON.stringify(got) !== JSON.stringify(outputs.inProcess)) throw new Error(`read: ${name} gave other lines`);
  }
  const label = `read 50 lines at line ${offset.toLocaleString('en')}`;
  report.add({
    name: `${label}, in-process`,
    oursMs: times.inProcess,
    referenceName: `sed -n 'a,bp;bq'`,
    referenceMs: times.sed,
    target: 1,
  });
  for (const [name, referenceName] of [
    ['sed', `sed -n 'a,bp;bq'`],
    ['awk', `awk 'NR>=a…{exit}'`],
    ['tailHead', 'tail -n +a | head'],
  ] as const) {
    report.add({ name: `${label}, whole process`, oursMs: times.process, referenceName, referenceMs: times[name] });
  }
}
