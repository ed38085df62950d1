import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packThreshold } from '../../../src/store/git-objects.js';
import { initStore, openStore } from '../../../src/store/index.js';
import { gitCli, tempDirPerTest } from '../../support/git.js';

// git's housekeeping on a store: `git gc --auto` through Store.maintain, in the foreground, beside transactions that
// other processes run at the same time.
const dir = tempDirPerTest('store-maintain-');
const author = { name: 'Sync Bot', email: 'bot@example.com' };
const ndjson = (seed: number, lines: number) =>
  Array.from({ length: lines }, (_, line) => `{"seed":${seed},"line":${line}}\n`).join('');

function packs(root: string): string[] {
  return fs.readdirSync(join(root, '.git', 'objects', 'pack')).filter((name) => name.endsWith('.pack'));
}

function looseCount(root: string): number {
  return Number(/^count: (\d+)$/m.exec(gitCli(root, 'count-objects', '-v'))![1]);
}

describe('store maintenance', () => {
  it('does nothing below git’s thresholds, packs once they are passed, and the store reads and writes on', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const bulk = (round: number) =>
      store.transact(
        async (tx) => {
          for (let index = 0; index < packThreshold; index += 1)
            tx.write(`data/r${round}/f${index}.ndjson`, ndjson(round * 1000 + index, 5));
        },
        { message: `bulk ${round}` },
      );
    await bulk(0);
    await bulk(1);
    await store.transact(async (tx) => tx.write('data/small.txt', 'small\n'), { message: 'small' });
    const loose = looseCount(root);
    expect(packs(root)).toHaveLength(2);
    expect(loose).toBeGreaterThan(0);
    // git's defaults: 50 packs, 6,700 loose objects. Nothing to do.
    expect(await store.maintain()).toBe('ok');
    expect(packs(root)).toHaveLength(2);
    expect(looseCount(root)).toBe(loose);

    const reader = await openStore({ root, author }); // has read the packs before they are repacked
    expect(await reader.readText('data/r0/f0.ndjson')).toBe(ndjson(0, 5));
    // Past the threshold (more packs than gc.autoPackLimit): one pack, no loose objects.
    gitCli(root, 'config', 'gc.autoPackLimit', '1');
    expect(await store.maintain()).toBe('ok');
    expect(packs(root)).toHaveLength(1);
    expect(looseCount(root)).toBe(0);
    expect(fs.existsSync(join(root, '.git', 'gc.log'))).toBe(false);
    expect(gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
    for (const round of [0, 1])
      for (let index = 0; index < packThreshold; index += 7)
        expect(await reader.readText(`data/r${round}/f${index}.ndjson`)).toBe(ndjson(round * 1000 + index, 5));
    // Refs were packed too; the store moves its branch on as before.
    await reader.transact(async (tx) => tx.write('data/after.txt', 'after\n'), { message: 'after the repack' });
    expect(await store.readText('data/after.txt')).toBe('after\n');
    expect(gitCli(root, 'log', '--format=%s', '-2').split('\n')).toEqual(['after the repack', 'small']);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a gc that fails is an error with git’s message, not a gc.log for later', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    gitCli(root, 'config', 'gc.pruneExpire', 'not-a-date');
    await expect(store.maintain()).rejects.toMatchObject({
      code: 'command_failed',
      message: expect.stringMatching(/^git gc --auto exited with 128: .*gc\.pruneexpire/),
    });
    expect(fs.existsSync(join(root, '.git', 'gc.log'))).toBe(false);
  });

  it('is safe beside transactions of 4 other processes: every commit lands whole, fsck --strict is clean', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    // A threshold of one pack, and writers whose every commit is a pack: each maintain() below runs a whole gc (repack
    // into one, prune of packed loose objects, pack-refs --prune) while the writers commit.
    gitCli(root, 'config', 'gc.autoPackLimit', '1');
    await store.transact(
      async (tx) => {
        for (let index = 0; index < packThreshold; index += 1) tx.write(`seed/f${index}.ndjson`, ndjson(index, 3));
      },
      { message: 'seed' },
    );
    const script = join(dir.path, 'writer.mts');
    const storeModule = new URL('../../../src/store/index.ts', import.meta.url).pathname;
    await writeFile(
      script,
      `import { openStore } from ${JSON.stringify(storeModule)};
const [root, name] = process.argv.slice(2);
// The test's ndjson(), the same lines.
const ndjson = (seed, lines) => Array.from({ length: lines }, (_, line) => '{"seed":' + seed + ',"line":' + line + '}\\n').join('');
const store = await openStore({ root, author: { name: 'bot', email: 'bot@example.com' } });
for (let round = 0; round < 12; round += 1) {
  await store.transact(async (tx) => {
    for (let index = 0; index < ${packThreshold}; index += 1) {
      // Half new content, half content the store already holds (in the pack gc is rewriting): reused, not written again.
      const seed = index % 2 === 0 ? 10000 + round * 1000 + index : index;
      tx.write('mirrors/' + name + '/r' + round + '/f' + index + '.ndjson', ndjson(seed, 3));
    }
    tx.write('mirrors/shared/same.txt', 'the same for everyone\\n');
    const log = (await tx.readText('mirrors/shared/log.txt')) ?? '';
    tx.write('mirrors/shared/log.txt', log + name + ' ' + round + '\\n');
  }, { message: name + ' ' + round });
}
`,
    );
    const writers = ['w0', 'w1', 'w2', 'w3'].map(
      (name) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', script, root, name], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (chunk) => (stderr += chunk));
          child.on('close', (code) => resolve({ code, stderr }));
        }),
    );
    let running = true;
    const done = Promise.all(writers).finally(() => {
      running = false;
    });
    let gcs = 0;
    while (running) {
      expect(await store.maintain()).toBe('ok');
      gcs += 1;
    }
    for (const writer of await done) expect(writer.code, writer.stderr).toBe(0);
    expect(gcs).toBeGreaterThanOrEqual(2);
    expect(gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
    // Every writer's every round landed, and no update of the shared log was lost.
    const log = gitCli(root, 'show', 'HEAD:mirrors/shared/log.txt').split('\n').sort();
    const expected = ['w0', 'w1', 'w2', 'w3'].flatMap((name) =>
      Array.from({ length: 12 }, (_, round) => `${name} ${round}`),
    );
    expect(log).toEqual(expected.sort());
    for (const name of ['w0', 'w1', 'w2', 'w3']) {
      expect(gitCli(root, 'show', `HEAD:mirrors/${name}/r11/f1.ndjson`)).toBe(ndjson(1, 3).trim());
      expect(gitCli(root, 'show', `HEAD:mirrors/${name}/r11/f2.ndjson`)).toBe(ndjson(10000 + 11 * 1000 + 2, 3).trim());
    }
    expect(gitCli(root, 'rev-list', '--count', 'HEAD')).toBe(String(2 + 4 * 12));
    expect(gitCli(root, 'ls-files').split('\n')).toHaveLength(3 + packThreshold + 4 * 12 * packThreshold + 2);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});
