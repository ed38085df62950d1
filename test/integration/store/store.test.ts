import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initStore, openStore } from '../../../src/store/index.js';
import { cloneRemote, createBareRemote, gitCli, tempDirPerTest } from '../../support/git.js';

const dir = tempDirPerTest('store-');

const author = { name: 'Sync Bot', email: 'bot@example.com' };

/**
 * A store and a rival writer: `startRun()` counts the runs of a transaction body and, in the first, commits
 * mirrors/x/other.txt ("other") through a second handle, so that run's base is stale.
 */
async function storeWithRival() {
  const root = join(dir.path, 'store');
  const { store } = await initStore({ root, author });
  const other = await openStore({ root, author });
  let runs = 0;
  const startRun = async (): Promise<number> => {
    runs += 1;
    if (runs === 1)
      await other.transact(async (inner) => inner.write('mirrors/x/other.txt', 'o'), { message: 'other' });
    return runs;
  };
  return { root, store, startRun };
}

describe('store without a remote', () => {
  it('lists one level of a folder the same way with pending changes as folding the full listing', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const base = ['m/a.txt', 'm/d1/x.txt', 'm/d1/y.txt', 'm/d2/z.txt', 'm/d3/deep/w.txt', 'm/f'];
    await store.transact(
      async (tx) => {
        for (const path of base) tx.write(path, path);
      },
      { message: 'base' },
    );
    const fold = (entries: Array<{ path: string; type: string }>, prefix: string) => {
      const level = new Map<string, string>();
      for (const entry of entries) {
        const rest = entry.path.slice(prefix.length);
        const slash = rest.indexOf('/');
        level.set(slash === -1 ? entry.path : `${prefix}${rest.slice(0, slash)}`, slash === -1 ? 'file' : 'dir');
      }
      return [...level].sort();
    };
    await store.transact(
      async (tx) => {
        tx.delete('m/a.txt'); // a file goes
        tx.delete('m/d1/x.txt'); // a folder keeps one file
        tx.delete('m/d2/z.txt'); // a folder empties
        tx.delete('m/d3/deep/w.txt');
        tx.write('m/d3/new.txt', 'n'); // a folder empties below but gains a file
        tx.write('m/d4/e/f.txt', 'f'); // a new folder
        tx.delete('m/f');
        tx.write('m/f/g.txt', 'g'); // a file becomes a folder
        tx.write('m/b.txt', 'b');
        for (const dir of ['m', 'm/d1', 'm/d3', 'm/d4']) {
          const level = (await tx.list(dir)).map((entry) => [entry.path, entry.type]).sort();
          expect(level, dir).toEqual(fold(await tx.list(dir, { recursive: true }), `${dir}/`));
        }
        expect((await tx.list('m')).map((entry) => entry.path)).toEqual(['m/b.txt', 'm/d1', 'm/d3', 'm/d4', 'm/f']);
      },
      { message: 'changes' },
    );
  });

  it('init creates the repository and layout in one commit, and is idempotent', async () => {
    const root = join(dir.path, 'store');
    const first = await initStore({ root, author });
    expect(first.createdRepository).toBe(true);
    expect(first.addedFolders).toEqual(['skills', 'handlers', 'mirrors']);
    const second = await initStore({ root, author });
    expect(second.addedFolders).toEqual([]);
    expect(second.commit).toBeNull();
    expect(gitCli(root, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(gitCli(root, 'log', '-1', '--format=%an <%ae>|%s')).toBe('Sync Bot <bot@example.com>|syncagent: init store');
    expect(gitCli(root, 'status', '--porcelain')).toBe('');
  });

  it('makes one commit per transaction with exactly the changed paths, and keeps work tree and index equal to HEAD', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const result = await store.transact(
      async (tx) => {
        tx.write('mirrors/demo/a.ndjson', '{"id":1}\n');
        tx.write('mirrors/demo/deep/b.txt', 'b');
        tx.write('skills/demo/SKILL.md', '# demo\n');
        // read-your-writes
        expect(await tx.readText('mirrors/demo/a.ndjson')).toBe('{"id":1}\n');
        expect((await tx.list('mirrors/demo')).map((entry) => entry.path)).toEqual([
          'mirrors/demo/a.ndjson',
          'mirrors/demo/deep',
        ]);
        return 'done';
      },
      { message: 'sync(demo): first' },
    );
    expect(result.value).toBe('done');
    expect(result.commits).toHaveLength(1);
    expect(gitCli(root, 'show', '--name-status', '--format=%s', 'HEAD').split('\n')).toEqual([
      'sync(demo): first',
      '',
      'A\tmirrors/demo/a.ndjson',
      'A\tmirrors/demo/deep/b.txt',
      'A\tskills/demo/SKILL.md',
    ]);
    expect(await readFile(join(root, 'mirrors/demo/deep/b.txt'), 'utf8')).toBe('b');
    expect(gitCli(root, 'status', '--porcelain')).toBe('');

    // modify one, delete one, rewrite one unchanged: only the real changes are committed
    const second = await store.transact(
      async (tx) => {
        tx.write('mirrors/demo/a.ndjson', '{"id":2}\n');
        tx.delete('mirrors/demo/deep/b.txt');
        tx.write('skills/demo/SKILL.md', '# demo\n');
      },
      { message: 'sync(demo): second' },
    );
    expect(second.changed).toEqual(['mirrors/demo/a.ndjson', 'mirrors/demo/deep/b.txt']);
    expect(gitCli(root, 'show', '--name-status', '--format=', 'HEAD').split('\n')).toEqual([
      'M\tmirrors/demo/a.ndjson',
      'D\tmirrors/demo/deep/b.txt',
    ]);
    expect(gitCli(root, 'status', '--porcelain')).toBe('');
    expect(gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
    expect(await store.readText('mirrors/demo/a.ndjson')).toBe('{"id":2}\n');
    expect(await store.read('mirrors/demo/deep/b.txt')).toBeNull();
  });

  it.each(['git-cli', 'isomorphic-git'] as const)(
    'keeps the index equal to HEAD with the %s index updater',
    async (indexUpdater) => {
      const root = join(dir.path, 'store');
      await initStore({ root, author });
      const store = await openStore({ root, author, indexUpdater });
      await store.transact(
        async (tx) => {
          tx.write('mirrors/x/a.txt', 'a');
          tx.write('mirrors/x/deep/b.txt', 'b');
        },
        { message: 'add' },
      );
      await store.transact(
        async (tx) => {
          tx.delete('mirrors/x/a.txt');
          tx.write('mirrors/x/deep/b.txt', 'b2');
        },
        { message: 'change' },
      );
      expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
      expect(gitCli(root, 'diff', '--cached', '--name-only')).toBe('');
      expect(gitCli(root, 'ls-files', 'mirrors/x')).toBe('mirrors/x/deep/b.txt');
    },
  );

  it('a transaction that changes nothing makes no commit', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const head = await store.head();
    const result = await store.transact(async (tx) => tx.write('skills/.gitkeep', ''), { message: 'noop' });
    expect(result.commits).toEqual([]);
    expect(await store.head()).toBe(head);
  });

  it('setMessage names the final commit with what the body learned', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    await store.transact(
      async (tx) => {
        tx.write('mirrors/x/a.txt', 'a');
        tx.setMessage('sync(x): webhook 1 change');
      },
      { message: 'sync(x): webhook' },
    );
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe('sync(x): webhook 1 change');
  });

  it('a throwing transaction leaves HEAD, work tree and index untouched', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const head = await store.head();
    await expect(
      store.transact(
        async (tx) => {
          tx.write('mirrors/x/a.txt', 'partial');
          throw new Error('handler blew up');
        },
        { message: 'boom' },
      ),
    ).rejects.toThrow('handler blew up');
    expect(await store.head()).toBe(head);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('rejects path traversal and bad paths before any write', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const head = await store.head();
    for (const bad of ['../escape', '/etc/passwd', 'a/../../b', 'a\\b', 'a\0b', '.git/config', 'a//b', '']) {
      await expect(store.transact(async (tx) => tx.write(bad, 'x'), { message: 'bad' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(await store.head()).toBe(head);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('refuses a file where a folder is (and the reverse) without writing', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    await store.transact(async (tx) => tx.write('mirrors/x/a/b.txt', '1'), { message: 'one' });
    const head = await store.head();
    await expect(
      store.transact(async (tx) => tx.write('mirrors/x/a', 'file'), { message: 'two' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      store.transact(async (tx) => tx.write('mirrors/x/a/b.txt/c', 'file'), { message: 'three' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await store.head()).toBe(head);
  });

  it('checkpoints commit progress that survives a later failure', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    await expect(
      store.transact(
        async (tx) => {
          tx.write('mirrors/x/page-1.ndjson', '1\n');
          await tx.checkpoint('sync(x): backfill page 1');
          expect(await tx.readText('mirrors/x/page-1.ndjson')).toBe('1\n');
          tx.write('mirrors/x/page-2.ndjson', '2\n');
          throw new Error('killed');
        },
        { message: 'sync(x): backfill' },
      ),
    ).rejects.toThrow('killed');
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe('sync(x): backfill page 1');
    expect(await store.readText('mirrors/x/page-1.ndjson')).toBe('1\n');
    expect(await store.read('mirrors/x/page-2.ndjson')).toBeNull();
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a checkpoint that loses its compare-and-swap while the body goes on makes the transaction re-run', async () => {
    const { root, store, startRun } = await storeWithRival();
    let runs = 0;
    const published: string[] = [];
    await store.transact(
      async (tx) => {
        runs = await startRun();
        tx.write('mirrors/x/page-1.ndjson', `run ${runs}\n`);
        // Made at once; its publish fails in the background and the next checkpoint throws that.
        await tx.checkpoint('page 1', (commit) => published.push(commit.message));
        tx.write('mirrors/x/page-2.ndjson', '2\n');
        await tx.checkpoint('page 2', (commit) => published.push(commit.message));
      },
      { message: 'backfill' },
    );
    expect(runs).toBe(2);
    expect(published).toEqual(['page 1', 'page 2']);
    expect(gitCli(root, 'log', '--format=%s', '-3').split('\n')).toEqual(['page 2', 'page 1', 'other']);
    expect(await store.readText('mirrors/x/page-1.ndjson')).toBe('run 2\n');
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a checkpoint that lost its compare-and-swap makes the transaction re-run even when the body then fails otherwise', async () => {
    const { root, store, startRun } = await storeWithRival();
    let runs = 0;
    await store.transact(
      async (tx) => {
        runs = await startRun();
        tx.write('mirrors/x/page-1.ndjson', `run ${runs}\n`);
        await tx.checkpoint('page 1');
        // The first run fails on its own before it checkpoints again, while its checkpoint is being rejected.
        if (runs === 1) throw new Error('the API went away');
      },
      { message: 'backfill' },
    );
    expect(runs).toBe(2);
    expect(gitCli(root, 'log', '--format=%s', '-2').split('\n')).toEqual(['page 1', 'other']);
    expect(await store.readText('mirrors/x/page-1.ndjson')).toBe('run 2\n');
  });

  it('a checkpoint the body did not wait for publishes nothing once the transaction has ended', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root, author });
    const head = await store.head();
    const published: string[] = [];
    let late: Promise<string> | undefined;
    await expect(
      store.transact(
        async (tx) => {
          tx.write('mirrors/x/page-1.ndjson', '1\n');
          // What a sandbox that timed out leaves behind: a host call still under way.
          late = tx
            .checkpoint('page 1', (commit) => published.push(commit.message))
            .then(
              () => 'published',
              (error: Error) => error.message,
            );
          throw new Error('timed out');
        },
        { message: 'backfill' },
      ),
    ).rejects.toThrow('timed out');
    expect(await late).toMatch(/after the end of its transaction/);
    expect(published).toEqual([]);
    expect(await store.head()).toBe(head);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a concurrent local commit makes the transaction re-run on the new HEAD', async () => {
    const { root, store, startRun } = await storeWithRival();
    let runs = 0;
    await store.transact(
      async (tx) => {
        runs = await startRun();
        const count = (await tx.list('mirrors/x')).length;
        tx.write('mirrors/x/count.txt', String(count));
      },
      { message: 'counter' },
    );
    expect(runs).toBe(2);
    expect(await store.readText('mirrors/x/count.txt')).toBe('1');
    expect(gitCli(root, 'log', '--format=%s', '-2').split('\n')).toEqual(['counter', 'other']);
  });
});

describe('the branch ref', () => {
  /** A store whose logger calls `onWait` when a publish finds the branch's ref lock held (the store starts waiting). */
  async function storeWatchingTheLock(onWait: () => void) {
    const root = join(dir.path, 'store');
    await initStore({ root, author });
    const warnings: Array<{ event: string; fields?: Record<string, unknown> }> = [];
    const logger = {
      info: (event: string) => {
        if (event === 'store-ref-lock-wait') onWait();
      },
      warn: (event: string, fields?: Record<string, unknown>) => warnings.push({ event, fields }),
    };
    const store = await openStore({ root, author, logger });
    const ref = join(root, '.git', 'refs', 'heads', 'main');
    return { root, store, ref, lock: `${ref}.lock`, warnings };
  }

  it("moves through git's own ref lock: waits for one git holds, and never removes one", async () => {
    // git holds the lock when the store comes to it, and releases it once the store is waiting (its log says so).
    let waits = 0;
    const { root, store, ref, lock, warnings } = await storeWatchingTheLock(() => {
      waits += 1;
      rmSync(lock);
    });

    const plain = await store.transact(async (tx) => tx.write('a.txt', 'a'), { message: 'a' });
    expect(await readFile(ref, 'utf8')).toBe(`${plain.head}\n`);
    expect(existsSync(lock)).toBe(false);
    expect(waits).toBe(0);

    await writeFile(lock, '');
    const waited = await store.transact(async (tx) => tx.write('b.txt', 'b'), { message: 'b' });
    expect(waits).toBe(1);
    expect(gitCli(root, 'rev-parse', 'HEAD')).toBe(waited.head);

    expect(warnings).toEqual([]);
    expect(gitCli(root, 'log', '--format=%s', '-2').split('\n')).toEqual(['b', 'a']);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it.each([
    ['git’s own (it records no owner), however old', () => ''],
    ['one a live process of this host holds', () => JSON.stringify({ pid: process.pid, host: hostname(), at: 'now' })],
    ['one from another host', () => JSON.stringify({ pid: 999_999_999, host: `not-${hostname()}`, at: 'then' })],
  ])('a lock held past the wait is a conflict and is left alone: %s', async (_name, content) => {
    let waits = 0;
    const { root, store, lock, warnings } = await storeWatchingTheLock(() => {
      waits += 1;
    });
    const head = await store.head();
    await writeFile(lock, content());
    utimesSync(lock, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    await expect(store.transact(async (tx) => tx.write('c.txt', 'c'), { message: 'c' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/main\.lock exists/),
    });
    expect(waits).toBe(1);
    expect(warnings).toEqual([]);
    expect(await readFile(lock, 'utf8')).toBe(content());
    expect(await store.head()).toBe(head);
    rmSync(lock);
    await store.transact(async (tx) => tx.write('c.txt', 'c'), { message: 'c' });
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe('c');
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a ref lock left by a publish killed while it held it is removed (logged), and the next publish goes on', async () => {
    const { root, store, lock, warnings } = await storeWatchingTheLock(() => undefined);
    const before = await store.transact(async (tx) => tx.write('a.txt', 'a'), { message: 'a' });
    // A real process takes the lock as a publish does, and is killed while it holds it.
    const script = join(dir.path, 'holder.mts');
    const lockModule = new URL('../../../src/store/lock.ts', import.meta.url).pathname;
    await writeFile(
      script,
      `import { writeRefLocked } from ${JSON.stringify(lockModule)};
await writeRefLocked(process.argv[2], 'refs/heads/main', ${JSON.stringify(before.head)}, async () => {
  console.log('holding');
  return new Promise(() => setInterval(() => {}, 1000));
});
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script, join(root, '.git')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killed = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('close', (_code, signal) => resolve(signal)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('holding')) child.kill('SIGKILL');
    });
    expect(await killed).toBe('SIGKILL');
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: child.pid, host: hostname() });

    const after = await store.transact(async (tx) => tx.write('b.txt', 'b'), { message: 'b' });
    expect(warnings).toEqual([
      {
        event: 'store-ref-lock-remove',
        fields: {
          lock: '.git/refs/heads/main.lock',
          reason: `left by process ${child.pid} on this host (${hostname()}), which is gone`,
          since: expect.any(String),
        },
      },
    ]);
    expect(existsSync(lock)).toBe(false);
    expect(gitCli(root, 'rev-parse', 'HEAD')).toBe(after.head);
    expect(gitCli(root, 'log', '--format=%s', '-2').split('\n')).toEqual(['b', 'a']);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
  });

  it('a branch git moves while the store waits for its lock makes the transaction re-run on the new tip', async () => {
    // What `git update-ref` does: the new value written into the lock, then renamed over the ref, here once the store
    // is waiting for that lock.
    const { root, store, ref, lock } = await storeWatchingTheLock(() => renameSync(lock, ref));
    await store.transact(async (tx) => tx.write('a.txt', 'a'), { message: 'a' });
    const theirs = gitCli(root, 'commit-tree', 'HEAD^{tree}', '-p', 'HEAD', '-m', 'theirs');
    let runs = 0;
    const result = await store.transact(
      async (tx) => {
        runs += 1;
        if (runs === 1) await writeFile(lock, `${theirs}\n`);
        tx.write('ours.txt', `run ${runs}`);
      },
      { message: 'ours' },
    );
    expect(runs).toBe(2);
    expect(gitCli(root, 'log', '--format=%s', '-3').split('\n')).toEqual(['ours', 'theirs', 'a']);
    expect(result.head).toBe(gitCli(root, 'rev-parse', 'HEAD'));
    expect(await store.readText('ours.txt')).toBe('run 2');
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});

describe('store with a remote', () => {
  it('publishes with compare-and-swap and follows the remote after losing', async () => {
    const remote = createBareRemote(dir.path);
    const a = await openStore({ root: cloneRemote(remote, dir.path, 'a'), author });
    const b = await openStore({ root: cloneRemote(remote, dir.path, 'b'), author });
    await a.transact(async (tx) => tx.write('mirrors/x/a.txt', 'a'), { message: 'from a' });
    const result = await b.transact(
      async (tx) => {
        tx.write('mirrors/x/b.txt', `b saw ${(await tx.list('mirrors/x')).length}`);
      },
      { message: 'from b' },
    );
    expect(result.attempts).toBe(2);
    expect(gitCli(remote, 'log', '--format=%s', 'main').split('\n')).toEqual(['from b', 'from a', 'seed']);
    expect(await readFile(join(b.root, 'mirrors/x/a.txt'), 'utf8')).toBe('a');
    expect(await readFile(join(b.root, 'mirrors/x/b.txt'), 'utf8')).toBe('b saw 1');
    expect(gitCli(b.root, 'status', '--porcelain')).toBe('');
    expect(gitCli(remote, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
  });

  it('a throwing transaction leaves the remote untouched', async () => {
    const remote = createBareRemote(dir.path);
    const a = await openStore({ root: cloneRemote(remote, dir.path, 'a'), author });
    const before = gitCli(remote, 'rev-parse', 'main');
    await expect(
      a.transact(
        async (tx) => {
          tx.write('x.txt', 'x');
          throw new Error('nope');
        },
        { message: 'x' },
      ),
    ).rejects.toThrow('nope');
    expect(gitCli(remote, 'rev-parse', 'main')).toBe(before);
  });

  it('8 concurrent transactions from 8 clones (8 processes) all land, linear history, no lost update', async () => {
    const remote = createBareRemote(dir.path);
    const clones = Array.from({ length: 8 }, (_, index) => cloneRemote(remote, dir.path, `clone-${index}`));
    const script = join(dir.path, 'writer.mts');
    const storeModule = new URL('../../../src/store/index.ts', import.meta.url).pathname;
    await writeFile(
      script,
      `import { openStore } from ${JSON.stringify(storeModule)};
const [root, name] = process.argv.slice(2);
const store = await openStore({ root, author: { name: 'bot', email: 'bot@example.com' } });
const result = await store.transact(async (tx) => {
  tx.write('mirrors/race/' + name + '.txt', name);
  const log = (await tx.readText('mirrors/race/log.txt')) ?? '';
  tx.write('mirrors/race/log.txt', log + name + '\\n');
}, { message: 'race: ' + name });
console.log(JSON.stringify({ attempts: result.attempts }));
`,
    );
    const runs = clones.map(
      (root, index) =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', script, root, `w${index}`], {
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (chunk) => (stdout += chunk));
          child.stderr.on('data', (chunk) => (stderr += chunk));
          child.on('close', (code) => resolve({ code, stdout, stderr }));
        }),
    );
    const results = await Promise.all(runs);
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const files = gitCli(remote, 'ls-tree', '--name-only', 'main', 'mirrors/race/').split('\n');
    expect(files).toEqual(
      [...Array.from({ length: 8 }, (_, index) => `mirrors/race/w${index}.txt`), 'mirrors/race/log.txt'].sort(),
    );
    // every writer appended to the shared log: a lost update would drop a line
    const log = gitCli(remote, 'show', 'main:mirrors/race/log.txt').split('\n').sort();
    expect(log).toEqual(Array.from({ length: 8 }, (_, index) => `w${index}`).sort());
    // linear history: 8 commits on top of the seed, none a merge
    expect(gitCli(remote, 'rev-list', '--count', 'main')).toBe('9');
    expect(gitCli(remote, 'rev-list', '--merges', '--count', 'main')).toBe('0');
    expect(gitCli(remote, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
    expect(results.some((result) => JSON.parse(result.stdout).attempts > 1)).toBe(true);
  });
});
