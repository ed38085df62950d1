import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initStore, openStore } from '../../../src/store/index.js';
import { cloneRemote, createBareRemote, gitCli, tempDirPerTest } from '../../support/git.js';

const dir = tempDirPerTest('store-worktree-');

const author = { name: 'Sync Bot', email: 'bot@example.com' };
const status = (root: string) => gitCli(root, 'status', '--porcelain', '--untracked-files=all');

/** The work tree and index match HEAD, and the repository is sound. */
function expectSynced(root: string): void {
  expect(status(root)).toBe('');
  expect(gitCli(root, 'diff', '--cached', '--name-only')).toBe('');
  expect(gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
}

describe('checkpoints and the work tree', () => {
  it.each(['git-cli', 'isomorphic-git'] as const)(
    'a transaction with several checkpoints leaves the work tree clean at its end (%s index updater)',
    async (indexUpdater) => {
      const root = join(dir.path, 'store');
      await initStore({ root, author });
      const store = await openStore({ root, author, indexUpdater });
      await store.transact(async (tx) => tx.write('mirrors/x/keep.txt', 'keep'), { message: 'seed' });
      const result = await store.transact(
        async (tx) => {
          tx.write('mirrors/x/staging/1.ndjson', '1\n');
          await tx.checkpoint('page 1');
          tx.write('mirrors/x/staging/2.ndjson', '2\n');
          tx.delete('mirrors/x/keep.txt');
          await tx.checkpoint('page 2');
          // Checkpoints publish without touching the work tree: that waits for the end.
          expect(existsSync(join(root, 'mirrors/x/staging/1.ndjson'))).toBe(false);
          expect(await readFile(join(root, 'mirrors/x/keep.txt'), 'utf8')).toBe('keep');
          tx.write('mirrors/x/staging/3.ndjson', '3\n');
          await tx.checkpoint('page 3');
          // The final commit swaps the staged pages for the built file.
          await tx.deleteTree('mirrors/x/staging');
          tx.write('mirrors/x/all.ndjson', '1\n2\n3\n');
        },
        { message: 'build' },
      );
      expect(result.commits.map((commit) => commit.message)).toEqual(['page 1', 'page 2', 'page 3', 'build']);
      expect(gitCli(root, 'rev-list', '--count', 'HEAD')).toBe('6');
      expect(await readFile(join(root, 'mirrors/x/all.ndjson'), 'utf8')).toBe('1\n2\n3\n');
      expect(existsSync(join(root, 'mirrors/x/staging'))).toBe(false);
      expect(existsSync(join(root, 'mirrors/x/keep.txt'))).toBe(false);
      expect(gitCli(root, 'ls-files', 'mirrors/x')).toBe('mirrors/x/all.ndjson');
      expectSynced(root);
    },
  );

  it('a transaction whose last checkpoint leaves nothing to commit still brings the work tree along', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const result = await store.transact(
      async (tx) => {
        tx.write('mirrors/x/a.txt', 'a');
        await tx.checkpoint('only page');
      },
      { message: 'done' },
    );
    expect(result.commits.map((commit) => commit.message)).toEqual(['only page']);
    expect(await readFile(join(root, 'mirrors/x/a.txt'), 'utf8')).toBe('a');
    expectSynced(root);
  });

  it('a transaction that throws after checkpoints leaves the work tree at the published checkpoints', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    await expect(
      store.transact(
        async (tx) => {
          tx.write('mirrors/x/page-1.ndjson', '1\n');
          await tx.checkpoint('page 1');
          tx.write('mirrors/x/page-2.ndjson', '2\n');
          await tx.checkpoint('page 2');
          tx.write('mirrors/x/page-3.ndjson', 'never committed\n');
          throw new Error('handler blew up');
        },
        { message: 'backfill' },
      ),
    ).rejects.toThrow('handler blew up');
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe('page 2');
    expect(await readFile(join(root, 'mirrors/x/page-2.ndjson'), 'utf8')).toBe('2\n');
    expect(existsSync(join(root, 'mirrors/x/page-3.ndjson'))).toBe(false);
    expectSynced(root);
  });

  it('checkpoints in a clone publish to the remote; the clone ends clean', async () => {
    const remote = createBareRemote(dir.path);
    const root = cloneRemote(remote, dir.path, 'clone');
    const store = await openStore({ root, author });
    const seen: string[] = [];
    await store.transact(
      async (tx) => {
        for (let page = 1; page <= 3; page += 1) {
          tx.write(`mirrors/x/${page}.txt`, String(page));
          // Published while the body goes on: on the remote when onPublished runs, at the latest by the next checkpoint.
          await tx.checkpoint(`page ${page}`, () => seen.push(gitCli(remote, 'log', '-1', '--format=%s', 'main')));
          expect(gitCli(remote, 'log', '-1', '--format=%s', 'main')).toMatch(
            page === 1 ? /^(seed|page 1)$/ : new RegExp(`^page (${page - 1}|${page})$`),
          );
        }
        tx.write('mirrors/x/done.txt', 'done');
      },
      { message: 'done' },
    );
    expect(seen).toEqual(['page 1', 'page 2', 'page 3']);
    expect(gitCli(remote, 'log', '--format=%s', 'main').split('\n')).toEqual([
      'done',
      'page 3',
      'page 2',
      'page 1',
      'seed',
    ]);
    expect(gitCli(root, 'ls-files', 'mirrors/x').split('\n')).toEqual([
      'mirrors/x/1.txt',
      'mirrors/x/2.txt',
      'mirrors/x/3.txt',
      'mirrors/x/done.txt',
    ]);
    expectSynced(root);
  });
});

describe('a process killed after a checkpoint', () => {
  /** Runs a transaction in another process that checkpoints twice, then kills it with SIGKILL. */
  async function killAfterCheckpoints(root: string): Promise<void> {
    const script = join(dir.path, 'killed.mts');
    const storeModule = new URL('../../../src/store/index.ts', import.meta.url).pathname;
    await writeFile(
      script,
      `import { openStore } from ${JSON.stringify(storeModule)};
const store = await openStore({ root: process.argv[2], author: { name: 'bot', email: 'bot@example.com' } });
await store.transact(async (tx) => {
  tx.write('mirrors/x/page-1.ndjson', '1\\n');
  tx.delete('mirrors/x/old.txt');
  await tx.checkpoint('page 1');
  tx.write('mirrors/x/page-2.ndjson', '2\\n');
  // Published while the body goes on: killed once the second one is.
  await tx.checkpoint('page 2', () => console.log('checkpointed'));
  tx.write('mirrors/x/page-3.ndjson', 'never committed\\n');
  await new Promise(() => setInterval(() => {}, 1000));
}, { message: 'backfill' });
`,
    );
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, root], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('checkpointed')) child.kill('SIGKILL');
      });
      child.on('close', (_code, signal) =>
        signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited: ${stderr}`)),
      );
    });
  }

  async function storeWithOldFile(root: string) {
    const { store } = await initStore({ root, author });
    await store.transact(async (tx) => tx.write('mirrors/x/old.txt', 'old'), { message: 'seed' });
    return store;
  }

  it('leaves published checkpoints that the next transaction brings into the work tree', async () => {
    const root = join(dir.path, 'store');
    const store = await storeWithOldFile(root);
    await killAfterCheckpoints(root);
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe('page 2');
    // The killed run never reached the end of its transaction, so the work tree lags.
    expect(status(root)).not.toBe('');

    await store.transact(async (tx) => tx.write('mirrors/x/resumed.txt', 'resumed'), { message: 'resume' });
    expect(await readFile(join(root, 'mirrors/x/page-1.ndjson'), 'utf8')).toBe('1\n');
    expect(await readFile(join(root, 'mirrors/x/page-2.ndjson'), 'utf8')).toBe('2\n');
    expect(await readFile(join(root, 'mirrors/x/resumed.txt'), 'utf8')).toBe('resumed');
    expect(existsSync(join(root, 'mirrors/x/old.txt'))).toBe(false);
    expect(existsSync(join(root, 'mirrors/x/page-3.ndjson'))).toBe(false);
    expectSynced(root);
  });

  it('is repaired even by a next transaction that commits nothing, in a new process', async () => {
    const root = join(dir.path, 'store');
    await storeWithOldFile(root);
    await killAfterCheckpoints(root);
    const reopened = await openStore({ root, author });
    const result = await reopened.transact(async (tx) => tx.write('mirrors/x/page-1.ndjson', '1\n'), {
      message: 'noop',
    });
    expect(result.commits).toEqual([]);
    expect(await readFile(join(root, 'mirrors/x/page-2.ndjson'), 'utf8')).toBe('2\n');
    expectSynced(root);
  });

  it('is repaired after git itself moved the branch on (a commit made with the lagging index)', async () => {
    const root = join(dir.path, 'store');
    const store = await storeWithOldFile(root);
    await killAfterCheckpoints(root);
    // Someone commits in the store by hand before syncagent runs again.
    await writeFile(join(root, 'notes.txt'), 'by hand\n');
    gitCli(root, 'add', 'notes.txt');
    gitCli(root, 'commit', '-q', '--only', 'notes.txt', '-m', 'by hand');

    await store.transact(async (tx) => tx.write('mirrors/x/resumed.txt', 'resumed'), { message: 'resume' });
    expect(await readFile(join(root, 'notes.txt'), 'utf8')).toBe('by hand\n');
    expect(await readFile(join(root, 'mirrors/x/page-2.ndjson'), 'utf8')).toBe('2\n');
    expectSynced(root);
  });
});

describe('a process killed while it updates the work tree', () => {
  it('leaves a temporary file that the next event removes (logged), and the work tree catches up', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const names = Array.from({ length: 8 }, (_, index) => `mirrors/x/f${index}.txt`);
    await store.transact(
      async (tx) => {
        for (const name of names) tx.write(name, 'old\n');
      },
      { message: 'seed' },
    );
    const big = 'n'.repeat(256 * 1024);
    const script = join(dir.path, 'killed.mts');
    const storeModule = new URL('../../../src/store/index.ts', import.meta.url).pathname;
    await writeFile(
      script,
      `import { openStore } from ${JSON.stringify(storeModule)};
const store = await openStore({ root: process.argv[2], author: { name: 'bot', email: 'bot@example.com' } });
console.log('ready ' + process.pid);
// Go once the test has set its trap.
await new Promise((resolve) => process.stdin.once('data', resolve));
await store.transact(async (tx) => {
  for (const name of ${JSON.stringify(names)}) tx.write(name, ${JSON.stringify(big)});
}, { message: 'killed' });
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script, root], { stdio: ['pipe', 'pipe', 'pipe'] });
    const closed = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('close', (_code, signal) => resolve(signal)),
    );
    const pid = await new Promise<number>((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /ready (\d+)/.exec(out);
        if (ready) resolve(Number(ready[1]));
      });
    });
    // The trap: a FIFO where the child writes f4.txt's temporary file. Its write blocks there until a reader opens the
    // FIFO, and blocks again once the pipe is full, so the child is caught in the middle of its work-tree update
    // (the branch already moved, f0-f3 written, f4 not yet), and killed there.
    const trap = join(root, `mirrors/x/f4.txt.syncagent-${pid}.tmp`);
    execFileSync('mkfifo', [trap]);
    child.stdin.write('go\n');
    const reader = await open(trap, 'r'); // answers once the child has opened the FIFO to write into it
    child.kill('SIGKILL');
    expect(await closed).toBe('SIGKILL');
    await reader.close();
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe('killed');
    expect(existsSync(join(root, '.git/syncagent-worktree'))).toBe(true);
    expect(existsSync(trap)).toBe(true);
    expect(await readFile(join(root, 'mirrors/x/f3.txt'), 'utf8')).toBe(big);
    expect(await readFile(join(root, 'mirrors/x/f5.txt'), 'utf8')).toBe('old\n');

    // The next event, in another process (this one), even one that commits nothing: leftovers gone, work tree caught up.
    const logged: Array<{ event: string; fields?: Record<string, unknown> }> = [];
    const logger = {
      info: () => undefined,
      warn: (event: string, fields?: Record<string, unknown>) => logged.push({ event, fields }),
    };
    const next = await openStore({ root, author, logger });
    const result = await next.transact(async (tx) => tx.write(names[0]!, big), { message: 'noop' });
    expect(result.commits).toEqual([]);
    expect(existsSync(trap)).toBe(false);
    expect(logged).toEqual([
      {
        event: 'store-leftovers-remove',
        fields: {
          files: 1,
          paths: [`mirrors/x/f4.txt.syncagent-${pid}.tmp`],
          writer: expect.stringMatching(new RegExp(`^${pid}@`)),
        },
      },
    ]);
    for (const name of names) expect(await readFile(join(root, name), 'utf8')).toBe(big);
    expect(existsSync(join(root, '.git/syncagent-worktree'))).toBe(false);
    expectSynced(root);
  });
});
