import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index.js';
import {
  cloneRemote,
  createBareRemote,
  gitCli,
  installHook,
  installRivalHook,
  tempDirPerTest,
} from '../../support/git.js';

const dir = tempDirPerTest('store-remote-');
const author = { name: 'Sync Bot', email: 'bot@example.com' };

// "The branch moved" re-runs the event on the new tip; "the remote refused this push" cannot be fixed by re-running,
// so it fails at once, with the remote's own message, after one run of the body.
describe('a push the remote refuses is not a lost race', () => {
  it.each([
    {
      name: 'a pre-receive hook',
      setup: (remote: string) => installHook(remote, 'pre-receive', 'echo "pushes need a review first" >&2; exit 1'),
      author,
      message: /the remote refused the push \(pre-receive hook declined\): pushes need a review first$/,
    },
    {
      name: 'a protected branch (an update hook)',
      setup: (remote: string) =>
        installHook(remote, 'update', 'if [ "$1" = refs/heads/main ]; then echo "main is protected" >&2; exit 1; fi'),
      author,
      message: /the remote refused the push \(hook declined\): main is protected;/,
    },
    {
      name: 'receive.fsckObjects',
      setup: (remote: string) => gitCli(remote, 'config', 'receive.fsckObjects', 'true'),
      // An author git's fsck refuses (no space before the email), standing in for any object the remote's fsck refuses.
      author: { name: 'Sync<Bot', email: 'bot@example.com' },
      message: /the remote refused the push \(unpacker error\): .*missingSpaceBeforeEmail/,
    },
  ])('$name: command_failed with the remote’s message, the body run once, nothing moved', async (refusal) => {
    const remote = createBareRemote(dir.path);
    const root = cloneRemote(remote, dir.path, 'clone');
    refusal.setup(remote);
    const store = await openStore({ root, author: refusal.author });
    const before = gitCli(remote, 'rev-parse', 'main');
    let runs = 0;
    const failure = await store
      .transact(
        async (tx) => {
          runs += 1;
          tx.write('mirrors/x/a.txt', 'a\n');
        },
        { message: 'sync(x): refused' },
      )
      .then(
        () => null,
        (error: unknown) => error as { code: string; exitCode: number; message: string; data: Record<string, unknown> },
      );
    expect(failure).toMatchObject({ code: 'command_failed', exitCode: 1 });
    expect(failure?.message).toMatch(/^git push origin refs\/heads\/main exited with 1: /);
    expect(failure?.message, failure?.message).toMatch(refusal.message);
    expect(runs).toBe(1);
    expect(gitCli(remote, 'rev-parse', 'main')).toBe(before);
    expect(gitCli(root, 'rev-parse', 'HEAD')).toBe(before);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a branch that keeps moving is a conflict after the last attempt, each attempt a new run of the body', async () => {
    const remote = createBareRemote(dir.path);
    const root = cloneRemote(remote, dir.path, 'clone');
    installRivalHook(remote);
    const store = await openStore({ root, author, maxAttempts: 3 });
    let runs = 0;
    await expect(
      store.transact(
        async (tx) => {
          runs += 1;
          tx.write('mirrors/x/a.txt', `run ${runs}\n`);
        },
        { message: 'sync(x): moving' },
      ),
    ).rejects.toMatchObject({
      code: 'conflict',
      exitCode: 5,
      message: 'sync(x): moving: the store kept moving; gave up after 3 attempts',
    });
    expect(runs).toBe(3);
    // Three rival commits landed, none of ours.
    expect(gitCli(remote, 'log', '--format=%s', 'main').split('\n')).toEqual(['rival', 'rival', 'rival', 'seed']);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});
