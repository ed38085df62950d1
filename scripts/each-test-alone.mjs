#!/usr/bin/env node
// Runs every test of the given files on its own (`vitest run FILE -t '^NAME$'`), one process each, and reports those
// that fail alone: a test must not depend on what another test of its file left behind.
// Usage: node scripts/each-test-alone.mjs test/integration/engine/engine-e2e.test.ts [more files or folders...]
import { spawnSync } from 'node:child_process';

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('usage: node scripts/each-test-alone.mjs <test file or folder>...');
  process.exit(2);
}
const vitest = ['node_modules/vitest/vitest.mjs'];
const listed = spawnSync(process.execPath, [...vitest, 'list', ...targets, '--json'], {
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
if (listed.status !== 0) {
  console.error(listed.stderr);
  process.exit(1);
}
const tests = JSON.parse(listed.stdout);
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const failed = [];
for (const [index, test] of tests.entries()) {
  // vitest matches -t against the test's full name, its describe blocks and itself joined by spaces.
  const pattern = `^${escapeRegex(test.name.split(' > ').join(' '))}$`;
  const started = Date.now();
  const run = spawnSync(process.execPath, [...vitest, 'run', test.file, '-t', pattern], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const passed = /Tests\s+1 passed/.test(run.stdout);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${passed && run.status === 0 ? 'ok  ' : 'FAIL'} [${index + 1}/${tests.length}] ${seconds}s ${test.file.replace(`${process.cwd()}/`, '')} > ${test.name}`,
  );
  if (!passed || run.status !== 0) failed.push({ test, output: run.stdout.slice(-3000) + run.stderr.slice(-2000) });
}
for (const { test, output } of failed) console.log(`\n--- ${test.name}\n${output}`);
console.log(`\n${tests.length - failed.length} of ${tests.length} tests pass alone`);
process.exit(failed.length === 0 ? 0 : 1);
