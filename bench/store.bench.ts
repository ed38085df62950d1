import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { benchDir, measure, type Report, runCommand } from './harness.js';

/** A store of 10,000 files (100 folders × 100 files), committed with the git CLI. */
async function createStore(root: string): Promise<void> {
  if (await stat(join(root, '.git')).catch(() => null)) return;
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  runCommand('git', ['init', '-q', '--initial-branch=main', root]);
  for (let folder = 0; folder < 100; folder += 1) {
    const dir = join(root, 'mirrors', 'bench', `d${folder}`);
    await mkdir(dir, { recursive: true });
    for (let file = 0; file < 100; file += 1)
      await writeFile(join(dir, `f${file}.ndjson`), `{"folder":${folder},"file":${file}}\n`);
  }
  runCommand('git', ['-C', root, 'add', '-A']);
  runCommand('git', [
    '-C',
    root,
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.com',
    'commit',
    '-q',
    '-m',
    'seed',
  ]);
}

/** One transaction changing a 64 KiB file in a 10,000-file store, against `git add && git commit`. */
export default async function storeBench(report: Report): Promise<void> {
  const base = await benchDir('store');
  const ours = join(base, 'ours');
  const theirs = join(base, 'git');
  await createStore(ours);
  await createStore(theirs);
  const content = () =>
    randomBytes(48 * 1024)
      .toString('base64')
      .slice(0, 64 * 1024);

  const oursMs = await measure(async () => {
    const store = await openStore({ root: ours });
    await store.transact(async (tx) => tx.write('mirrors/bench/d42/f7.ndjson', content()), {
      message: 'sync(bench): one change',
    });
  }, 9);
  const gitMs = await measure(async () => {
    await writeFile(join(theirs, 'mirrors/bench/d42/f7.ndjson'), content());
    runCommand('sh', [
      '-c',
      `cd '${theirs}' && git add mirrors/bench/d42/f7.ndjson && git -c user.name=bench -c user.email=bench@example.com commit -q -m 'one change'`,
    ]);
  }, 9);
  if (runCommand('git', ['-C', ours, 'status', '--porcelain']).trim() !== '')
    throw new Error('store work tree is not clean after the transaction');
  report.add({
    name: 'transaction: one 64 KiB file in a 10,000-file store',
    oursMs,
    referenceName: 'git add && git commit',
    referenceMs: gitMs,
    target: 2,
  });
}
