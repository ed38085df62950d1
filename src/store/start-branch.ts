import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import git from 'isomorphic-git';
import { ConflictError, InvalidInputError } from '../errors.js';
import { gitFs } from './git-objects.js';
import { writeRefLocked } from './lock.js';
import { GitCliRemote, type Remote } from './remote.js';

/** Where a branch that `openStore({ branch })` will publish to starts. */
export interface StartBranchOptions {
  /** The work tree (a git repository). */
  root: string;
  branch: string;
  /**
   * `continue`: build on the branch as it is (the remote's when there is one), or start it anew when it does not
   * exist. `restart`: start it anew at the tip of the checked-out branch, whatever it held before.
   */
  mode: 'continue' | 'restart';
  /** Remote name, or false for none (default `origin` when configured). */
  remote?: string | false;
  /** A transport to use instead of the git CLI (tests). */
  transport?: Remote;
  /** Environment for the git CLI transport. */
  env?: NodeJS.ProcessEnv;
}

/** What `startBranch` did. */
export interface StartedBranch {
  branch: string;
  /** The commit the branch points at now (on the remote too, when there is one). */
  tip: string;
  /** The checked-out branch it was (re)started from, when it was. */
  startedFrom: string | null;
}

/**
 * Prepares a side branch (a review branch such as `syncagent/<slug>`) for a store opened on it: the local ref is set
 * to where the next event builds on. With a remote, the remote is the truth: a continued branch follows the remote's
 * tip, and a branch started anew is first created on the remote at the checked-out branch's remote tip (a
 * compare-and-swap, retried when someone else moved it meanwhile), so the event's own push has a base to compare
 * against. The work tree and index are never touched.
 */
export async function startBranch(options: StartBranchOptions): Promise<StartedBranch> {
  const root = resolve(options.root);
  const gitdir = join(root, '.git');
  if (!(await stat(gitdir).catch(() => null))?.isDirectory()) {
    throw new InvalidInputError(
      `${root} is not a syncagent store (no git repository): run \`syncagent init\` there first`,
    );
  }
  const checkedOut = (await git.currentBranch({ fs: gitFs, dir: root, gitdir, fullname: false })) ?? 'main';
  if (options.branch === checkedOut) throw new InvalidInputError(`branch ${options.branch} is the checked-out branch`);
  const remote = await openRemote(root, gitdir, options);
  const localTip = (ref: string) =>
    git.resolveRef({ fs: gitFs, dir: root, gitdir, ref: `refs/heads/${ref}` }).catch(() => null);
  const setLocal = async (tip: string) => {
    await writeRefLocked(gitdir, `refs/heads/${options.branch}`, tip, async () => true);
  };

  if (!remote) {
    const current = await localTip(options.branch);
    if (options.mode === 'continue' && current) return { branch: options.branch, tip: current, startedFrom: null };
    const base = await localTip(checkedOut);
    if (!base) throw emptyStore(checkedOut);
    await setLocal(base);
    return { branch: options.branch, tip: base, startedFrom: checkedOut };
  }
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const current = await remote.fetch(options.branch);
    if (options.mode === 'continue' && current) {
      await setLocal(current);
      return { branch: options.branch, tip: current, startedFrom: null };
    }
    const base = (await remote.fetch(checkedOut)) ?? (await localTip(checkedOut));
    if (!base) throw emptyStore(checkedOut);
    if (base === current || (await remote.push(base, options.branch, current)) === 'ok') {
      await setLocal(base);
      return { branch: options.branch, tip: base, startedFrom: checkedOut };
    }
  }
  throw new ConflictError(`cannot start branch ${options.branch}: the remote kept moving it`);
}

async function openRemote(root: string, gitdir: string, options: StartBranchOptions): Promise<Remote | null> {
  if (options.transport) return options.transport;
  if (options.remote === false) return null;
  const name = options.remote ?? 'origin';
  const url = await git.getConfig({ fs: gitFs, dir: root, gitdir, path: `remote.${name}.url` });
  if (url) return new GitCliRemote(root, name, options.env ?? process.env);
  if (options.remote) throw new InvalidInputError(`the store has no remote named ${name}`);
  return null;
}

function emptyStore(branch: string): InvalidInputError {
  return new InvalidInputError(`the store has no commit on ${branch} yet: run \`syncagent init\` first`);
}
