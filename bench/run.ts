import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Report } from './harness.js';

// Runs every bench/*.bench.ts (or those named on the command line: `npm run bench -- grep`).
// Each module exports `default async function (report: Report)`.
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here)).filter((file) => file.endsWith('.bench.ts')).sort();
const selected = wanted.length ? files.filter((file) => wanted.some((name) => file.startsWith(name))) : files;
if (selected.length === 0) {
  console.error(`no bench matches ${wanted.join(' ')}; have: ${files.join(' ')}`);
  process.exit(2);
}
const report = new Report();
for (const file of selected) {
  console.log(`\n== ${file} ==`);
  const module = (await import(join(here, file))) as { default: (report: Report) => Promise<void> };
  await module.default(report);
}
