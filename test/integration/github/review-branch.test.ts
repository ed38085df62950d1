import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initStore, openStore, startBranch } from '../../../src/store/index.js';
import { cloneRemote, createBareRemote, gitCli, tempDirPerTest } from '../../support/git.js';

// The store's review-branch option: `startBranch` then `openStore({ branch })` publish to syncagent/<slug> with the
// same compare-and-swap as the default branch, and leave the checked-out branch, work tree and index alone.

const dir = tempDirPerTest('review-branch-');
const author = { name: 'Sync Bot', email: 'bot@example.com' };
const branch = 'syncagent/dropbox';

function remoteTip(remote: string, ref: string): string | null {
  try {
    return gitCli(remote, 'rev-parse', '--verify', '--quiet', `refs/heads/${ref}`);
  } catch {
    return null;
  }
}

describe('a store on a review branch', () => {
  it('starts the branch on the remote at main, publishes there only, and leaves work tree and index alone', async () => {
    const remote = createBareRemote(dir.path);
    const clone = cloneRemote(remote, dir.path, 'clone');
    const main = remoteTip(remote, 'main');

    const started = await startBranch({ root: clone, branch, mode: 'continue' });
    expect(started).toEqual({ branch, tip: main, startedFrom: 'main' });
    expect(remoteTip(remote, branch)).toBe(main);

    const store = await openStore({ root: clone, author, branch });
    const result = await store.transact(async (tx) => tx.write('mirrors/dropbox/a.txt', 'a'), { message: 'on branch' });
    expect(result.commits).toHaveLength(1);
    expect(remoteTip(remote, branch)).toBe(result.head);
    expect(gitCli(remote, 'log', '--format=%s', branch)).toBe('on branch\nseed');
    // main moved nowhere, on the remote and here; the work tree and index are still main's.
    expect(remoteTip(remote, 'main')).toBe(main);
    expect(gitCli(clone, 'rev-parse', 'HEAD')).toBe(main);
    expect(gitCli(clone, 'branch', '--show-current')).toBe('main');
    expect(existsSync(join(clone, 'mirrors/dropbox/a.txt'))).toBe(false);
    expect(gitCli(clone, 'status', '--porcelain')).toBe('');
    expect(await store.readText('mirrors/dropbox/a.txt')).toBe('a');
  });

  it('continues on the remote branch from another clone, and restart starts it again at main', async () => {
    const remote = createBareRemote(dir.path);
    const first = cloneRemote(remote, dir.path, 'first');
    await startBranch({ root: first, branch, mode: 'continue' });
    const store = await openStore({ root: first, author, branch });
    const made = await store.transact(async (tx) => tx.write('skills/dropbox/SKILL.md', 'v1'), { message: 'v1' });

    const second = cloneRemote(remote, dir.path, 'second');
    expect(await startBranch({ root: second, branch, mode: 'continue' })).toEqual({
      branch,
      tip: made.head,
      startedFrom: null,
    });
    const again = await openStore({ root: second, author, branch });
    expect(await again.readText('skills/dropbox/SKILL.md')).toBe('v1');
    await again.transact(async (tx) => tx.write('skills/dropbox/SKILL.md', 'v2'), { message: 'v2' });
    expect(gitCli(remote, 'log', '--format=%s', branch)).toBe('v2\nv1\nseed');

    // main moves on (the PR was merged elsewhere); a restart drops the old branch and starts at the new main.
    gitCli(second, 'commit', '--allow-empty', '-m', 'main moved');
    gitCli(second, 'push', '--quiet', 'origin', 'main');
    const third = cloneRemote(remote, dir.path, 'third');
    const restarted = await startBranch({ root: third, branch, mode: 'restart' });
    expect(restarted.tip).toBe(remoteTip(remote, 'main'));
    expect(remoteTip(remote, branch)).toBe(remoteTip(remote, 'main'));
    expect(await (await openStore({ root: third, author, branch })).readText('skills/dropbox/SKILL.md')).toBeNull();
  });

  it('keeps compare-and-swap on the branch: two clones racing both land, history linear', async () => {
    const remote = createBareRemote(dir.path);
    const clones = ['a', 'b'].map((name) => cloneRemote(remote, dir.path, name));
    for (const clone of clones) await startBranch({ root: clone, branch, mode: 'continue' });
    const stores = await Promise.all(clones.map((root) => openStore({ root, author, branch })));
    await Promise.all(
      stores.map((store, index) =>
        store.transact(
          async (tx) => {
            const list = (await tx.readText('mirrors/dropbox/list.txt')) ?? '';
            tx.write('mirrors/dropbox/list.txt', `${list}${index}\n`);
          },
          { message: `writer ${index}` },
        ),
      ),
    );
    const list = gitCli(remote, 'show', `${branch}:mirrors/dropbox/list.txt`).split('\n').sort();
    expect(list).toEqual(['0', '1']);
    expect(gitCli(remote, 'rev-list', '--merges', '--count', branch)).toBe('0');
    expect(gitCli(remote, 'rev-list', '--count', branch)).toBe('3');
    expect(remoteTip(remote, 'main')).toBe(gitCli(remote, 'rev-list', '--max-parents=0', branch));
  });

  it('works without a remote: the branch starts at the local main and only its ref moves', async () => {
    const root = join(dir.path, 'local');
    await initStore({ root, author });
    const main = gitCli(root, 'rev-parse', 'HEAD');
    await startBranch({ root, branch, mode: 'restart' });
    const store = await openStore({ root, author, branch });
    const result = await store.transact(async (tx) => tx.write('mirrors/dropbox/a.txt', 'a'), { message: 'local' });
    expect(gitCli(root, 'rev-parse', branch)).toBe(result.head);
    expect(gitCli(root, 'rev-parse', 'HEAD')).toBe(main);
    expect(existsSync(join(root, 'mirrors/dropbox/a.txt'))).toBe(false);
    expect(gitCli(root, 'status', '--porcelain')).toBe('');
  });

  it('refuses the checked-out branch and bad names before touching anything', async () => {
    const root = join(dir.path, 'local');
    await initStore({ root, author });
    await expect(startBranch({ root, branch: 'main', mode: 'restart' })).rejects.toThrow(/checked-out branch/);
    await expect(openStore({ root, author, branch: '../x' })).rejects.toThrow(/invalid branch name/);
    expect(gitCli(root, 'branch', '--list')).toBe('* main');
  });
});
