import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { grepFile, readFile } from '../src/mirror/index.js';
import { benchDir, hasCommand, measure, type Report, runCommand } from './harness.js';

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

/** grep and read against ripgrep, GNU grep and sed on a ≥ 256 MB NDJSON file. */
export default async function mirrorBench(report: Report): Promise<void> {
  const root = await benchDir('mirror');
  const file = join(root, 'big.ndjson');
  await generate(file);
  const size = (await stat(file)).size;
  const lines = Number(runCommand('sh', ['-c', `wc -l < '${file}'`]).trim());
  report.figure('grep/read corpus', `${(size / 1024 / 1024).toFixed(0)} MB, ${lines.toLocaleString('en')} lines`);
  const searches: Array<{ name: string; pattern: string; flags: string; rgFlags: string[]; target: number }> = [
    { name: 'literal', pattern: 'Quarterly-Report', flags: '', rgFlags: [], target: 2 },
    { name: 'case-insensitive literal', pattern: 'quarterly-report', flags: 'i', rgFlags: ['-i'], target: 2 },
    {
      name: 'regex with an inner literal',
      pattern: '"path":"[^"]*Report-[0-9]+\\.pdf"',
      flags: '',
      rgFlags: [],
      target: 3,
    },
  ];
  for (const search of searches) {
    let ourCount = 0;
    const ours = await measure(async () => {
      const result = await grepFile(root, {
        pattern: search.pattern,
        flags: search.flags,
        path: 'big.ndjson',
        maxMatches: 10_000,
      });
      ourCount = result.matches.length;
    });
    let rgCount = 0;
    if (hasCommand('rg')) {
      const rg = await measure(() => {
        rgCount = runCommand('rg', ['-n', ...search.rgFlags, '-e', search.pattern, file])
          .split('\n')
          .filter(Boolean).length;
      });
      if (rgCount !== ourCount) throw new Error(`grep ${search.name}: ours found ${ourCount} lines, rg ${rgCount}`);
      report.add({
        name: `grep ${search.name} (${ourCount} matches)`,
        oursMs: ours,
        referenceName: 'rg -n',
        referenceMs: rg,
        target: search.target,
      });
    }
    const grep = await measure(() =>
      // Piped, not sent to /dev/null: GNU grep stops at the first match when output is /dev/null.
      runCommand('sh', [
        '-c',
        `LC_ALL=C grep -n ${search.rgFlags.join(' ')} -E '${search.pattern.replace(/'/g, "'\\''")}' '${file}' | wc -l`,
      ]),
    );
    report.add({ name: `grep ${search.name}`, oursMs: ours, referenceName: 'LC_ALL=C grep -n', referenceMs: grep });
  }
  const offset = Math.min(2_000_000, lines - 50);
  let got: string[] = [];
  const ours = await measure(async () => {
    got = (await readFile(root, { path: 'big.ndjson', offset, limit: 50 })).lines;
  });
  let expected: string[] = [];
  const sed = await measure(() => {
    expected = runCommand('sed', ['-n', `${offset},${offset + 49}p`, file])
      .split('\n')
      .slice(0, 50);
  });
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error('read: lines differ from sed');
  report.add({
    name: `read 50 lines at line ${offset.toLocaleString('en')}`,
    oursMs: ours,
    referenceName: 'sed -n',
    referenceMs: sed,
    target: 1,
  });
}
