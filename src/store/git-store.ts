import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import git from 'isomorphic-git';
import { CommandFailedError, ConflictError, InternalError, InvalidInputError } from '../errors.js';
import { preparedOid } from './blob-ahead.js';
import { commitMessage, type PathChange } from './commit-message.js';
import { GitObjects, gitFs } from './git-objects.js';
import { withLock, writeRefLocked } from './lock.js';
import { hashBlob } from './object-format.js';
import { pacer } from './pace.js';
import { GitCliRemote, type Remote, redact } from './remote.js';
import { SnapshotReader } from './snapshot.js';
import { type Checkpointer, OverlayTransaction } from './transaction.js';
import { type BlobChanges, buildTree, diffTrees } from './tree-builder.js';
import type {
  Author,
  CommitInfo,
  Store,
  StoreEntry,
  StoreLogger,
  StoreReader,
  Transaction,
  TransactOptions,
  TransactResult,
} from './types.js';
import {
  applyToWorktree,
  clearWorktreeRecord,
  defaultIndexUpdater,
  type IndexUpdater,
  readWorktreeRecord,
  removeTemporaries,
  worktreeWriter,
  writerIsRunning,
  writeWorktreeRecord,
} from './worktree.js';

/** The bot author used when none is configured (`SYNCAGENT_AUTHOR`). */
export const defaultAuthor: Author = { name: 'syncagent', email: 'syncagent@users.noreply.github.com' };

/** How to open a store. */
export interface OpenStoreOptions {
  /** The work tree (a git repository). */
  root: string;
  author?: Author;
  /** Remote to publish to: a name, or false for none. Default: `origin` when configured. */
  remote?: string | false;
  /**
   * The branch to read and publish (a review branch such as `syncagent/<slug>`) instead of the checked-out one.
   * Its local ref must exist (see `startBranch`); the work tree and index stay with the checked-out branch.
   */
  branch?: string;
  /** A transport to use instead of the git CLI (tests, other hosts). */
  transport?: Remote;
  /** Environment for the git CLI transport (credentials, ssh). */
  env?: NodeJS.ProcessEnv;
  clock?: () => Date;
  random?: () => number;
  /** Default bound on attempts when the compare-and-swap loses (default 12). */
  maxAttempts?: number;
  /** How the index follows commits (default: the git CLI when installed, else isomorphic-git). */
  indexUpdater?: IndexUpdater;
  /** Where repairs are reported (leftovers of a killed run removed, a stale ref lock broken). Default: nowhere. */
  logger?: StoreLogger;
}

const silentStoreLogger: StoreLogger = { info: () => undefined, warn: () => undefined };

/** Raised inside a transaction body when a checkpoint lost its compare-and-swap. */
class LostRace extends Error {}

/** Opens an existing store (a git work tree). */
export async function openStore(options: OpenStoreOptions): Promise<GitStore> {
  const root = resolve(options.root);
  const gitdir = join(root, '.git');
  const info = await stat(gitdir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new InvalidInputError(
      `${root} is not a syncagent store (no git repository): run \`syncagent init\` there first`,
      {
        data: { store: root },
      },
    );
  }
  const checkedOut = (await git.currentBranch({ fs: gitFs, dir: root, gitdir, fullname: false })) ?? 'main';
  const branch = options.branch === undefined ? checkedOut : validateBranchName(options.branch);
  let transport: Remote | null = options.transport ?? null;
  if (!transport && options.remote !== false) {
    const name = options.remote ?? 'origin';
    const url = await git.getConfig({ fs: gitFs, dir: root, gitdir, path: `remote.${name}.url` });
    // The git CLI needs HOME, PATH and credential settings from the environment it runs in.
    if (url) transport = new GitCliRemote(root, name, options.env ?? process.env);
    else if (options.remote) throw new InvalidInputError(`the store has no remote named ${name}`);
  }
  return new GitStore(root, gitdir, branch, transport, { ...options, followWorktree: branch === checkedOut });
}

/** Checks a branch name the way `git check-ref-format --branch` would for the names syncagent uses. */
function validateBranchName(name: string): string {
  const valid =
    /^[A-Za-z0-9._/-]{1,200}$/.test(name) &&
    !name.split('/').some((part) => part === '' || part.startsWith('.') || part.endsWith('.lock')) &&
    !name.includes('..') &&
    !name.startsWith('-');
  if (!valid) throw new InvalidInputError(`invalid branch name ${JSON.stringify(name)}`);
  return name;
}

/** The git store: snapshots at HEAD and one-commit transactions with compare-and-swap publishing. */
export class GitStore implements Store {
  readonly root: string;
  readonly branch: string;
  readonly remote: Remote | null;
  private readonly objects: GitObjects;
  private readonly author: Author;
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly maxAttempts: number;
  private readonly lockPath: string;
  /** The updater asked for; without one, the first work-tree update asks `defaultIndexUpdater()` (once per process), so a read-only command never spawns `git --version`. */
  private readonly indexUpdater: IndexUpdater | undefined;
  private readonly env: NodeJS.ProcessEnv;
  /** False when the store publishes to a branch other than the checked-out one: the work tree is then left alone. */
  private readonly followWorktree: boolean;
  private readonly logger: StoreLogger;

  constructor(
    root: string,
    gitdir: string,
    branch: string,
    remote: Remote | null,
    options: OpenStoreOptions & { followWorktree?: boolean },
  ) {
    this.root = root;
    this.branch = branch;
    this.remote = remote;
    this.objects = new GitObjects(root, gitdir);
    this.author = options.author ?? defaultAuthor;
    this.clock = options.clock ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.maxAttempts = options.maxAttempts ?? 12;
    this.lockPath = join(gitdir, 'syncagent.lock');
    this.indexUpdater = options.indexUpdater;
    this.env = options.env ?? process.env;
    this.followWorktree = options.followWorktree ?? true;
    this.logger = options.logger ?? silentStoreLogger;
  }

  private get branchRef(): string {
    return `refs/heads/${this.branch}`;
  }

  head(): Promise<string | null> {
    return this.objects.resolve(this.branchRef);
  }

  at(commit: string | null): StoreReader {
    return new SnapshotReader(this.objects, commit);
  }

  /**
   * Lets git tidy the repository once it has grown: `git gc --auto` packs loose objects past gc.auto (6,700 by
   * default; a webhook commit writes ~30), merges packs past gc.autoPackLimit (50), packs refs, and does nothing below
   * those. The store writes its objects itself, so none of the git commands that would start this on their own ever
   * runs. It is safe beside transactions (of this or other processes) because the store does what git's own writers
   * do: an object it reuses has its file touched (or is written anew), so gc's prune, which spares recent objects,
   * never drops what a commit being made points at; and the branch moves under git's ref lock, compared again there,
   * so `pack-refs --prune` cannot lose an update. Run in the foreground (gc.autoDetach=false) so that a failure is
   * this call's exit code, not a gc.log for a later gc to find.
   */
  async maintain(): Promise<'ok' | 'no-git'> {
    if ((await defaultIndexUpdater()) !== 'git-cli') return 'no-git';
    const args = ['-c', 'gc.autoDetach=false', 'gc', '--auto', '--quiet'];
    const result = await new Promise<{ code: number; stderr: string }>((resolvePromise, reject) => {
      execFile('git', args, { cwd: this.root, env: { ...this.env, LC_ALL: 'C' } }, (error, _stdout, stderr) => {
        if (error && typeof (error as NodeJS.ErrnoException).code === 'string')
          reject(new CommandFailedError('git gc --auto', null, `cannot run git: ${error.message}`));
        else resolvePromise({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr });
      });
    });
    if (result.code !== 0)
      throw new CommandFailedError('git gc --auto', result.code, redact(result.stderr).slice(-2000));
    return 'ok';
  }

  async read(path: string): Promise<Uint8Array | null> {
    return (await this.snapshot()).read(path);
  }

  async readText(path: string): Promise<string | null> {
    return (await this.snapshot()).readText(path);
  }

  async size(path: string): Promise<number | null> {
    return (await this.snapshot()).size(path);
  }

  async list(dir: string, options?: { recursive?: boolean }): Promise<StoreEntry[]> {
    return (await this.snapshot()).list(dir, options);
  }

  async transact<T>(body: (tx: Transaction) => Promise<T>, options: TransactOptions): Promise<TransactResult<T>> {
    let result: TransactResult<T>;
    try {
      result = await this.attempts(body, options);
    } catch (error) {
      // Checkpoints published before the failure stay published: bring the work tree to them. The
      // body's error is the one to report; a work tree left behind is repaired by the next publish.
      await this.catchUpWorktree().catch(() => undefined);
      throw error;
    }
    await this.catchUpWorktree();
    return result;
  }

  private async attempts<T>(
    body: (tx: Transaction) => Promise<T>,
    options: TransactOptions,
  ): Promise<TransactResult<T>> {
    const maxAttempts = options.maxAttempts ?? this.maxAttempts;
    const commits: CommitInfo[] = [];
    let base = await this.head();
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      // The checkpoint being published while the body goes on (at most one: the next waits for it),
      // the checkpoint call under way (a sandbox that timed out does not wait for its host calls),
      // and whether the attempt has ended: a checkpoint call that comes late publishes nothing.
      let publishing: Promise<void> | null = null;
      let calling: Promise<unknown> | null = null;
      let ended = false;
      const published = async (): Promise<void> => {
        const pending = publishing;
        publishing = null;
        await pending;
      };
      /** Ends the attempt: waits for a checkpoint call under way and for the last publish, and throws what stopped that. */
      const end = async (): Promise<void> => {
        ended = true;
        await calling;
        await published();
      };
      const stillOpen = (): void => {
        if (ended) throw new InternalError('a checkpoint came after the end of its transaction');
      };
      const checkpointer: Checkpointer = (snapshot, changes, message, onPublished) => {
        const call = (async () => {
          await published();
          stillOpen();
          const staged = await this.stageCommit(snapshot, changes, message ?? `${options.message} (checkpoint)`);
          if (!staged) return { commit: null, base: snapshot };
          stillOpen();
          const { made, view, write } = staged;
          // A checkpoint publishes (what makes a killed run resumable) but leaves the work tree to
          // the end of the transaction: one update instead of one per checkpoint.
          publishing = (async () => {
            await write();
            if ((await this.publish(snapshot.commit, made, null)) === 'rejected') throw new LostRace();
            commits.push(made);
            try {
              onPublished?.(made);
            } catch {
              // A caller's progress report must not fail a commit that is published.
            }
          })();
          publishing.catch(() => undefined); // thrown by the next checkpoint, or by end()
          return { commit: made, base: new SnapshotReader(view, made.oid) };
        })();
        calling = call.catch(() => undefined);
        return call;
      };
      const tx = new OverlayTransaction(new SnapshotReader(this.objects, base), attempt, checkpointer);
      let value: T;
      try {
        value = await body(tx);
        await end();
      } catch (error) {
        // Nothing of this attempt runs on once it ended. The body's own error is the one to report,
        // unless a checkpoint lost its compare-and-swap: then the event runs again from the new
        // HEAD, as it would have had the body seen that loss before it failed.
        const lost = await end().then(
          () => false,
          (publishError: unknown) => publishError instanceof LostRace,
        );
        if (!(error instanceof LostRace) && !lost) throw error;
        base = await this.afterLostRace(attempt);
        continue;
      }
      const made = await this.commit(tx.base, tx.changes, tx.message ?? options.message);
      if (!made) return { value, commits, changed: [], attempts: attempt, head: tx.base.commit };
      if ((await this.publish(tx.base.commit, made, tx.changes)) === 'ok') {
        commits.push(made);
        return { value, commits, changed: made.changed, attempts: attempt, head: made.oid };
      }
      base = await this.afterLostRace(attempt);
    }
    throw new ConflictError(`${options.message}: the store kept moving; gave up after ${maxAttempts} attempts`, {
      data: { attempts: maxAttempts },
    });
  }

  private async snapshot(): Promise<SnapshotReader> {
    return new SnapshotReader(this.objects, await this.head());
  }

  /** Waits with jittered backoff, then returns the base for the next attempt. */
  private async afterLostRace(attempt: number): Promise<string | null> {
    const ceiling = Math.min(1000, 25 * 2 ** attempt);
    await new Promise((resolve) => setTimeout(resolve, this.random() * ceiling));
    return this.remote ? this.remote.fetch(this.branch) : this.head();
  }

  /**
   * Writes blobs, trees and a commit for `changes` on top of `base`; null when nothing changed.
   * The objects are written as one batch: a pack when there are many (a backfill), else loose.
   */
  private async commit(
    base: SnapshotReader,
    changes: Map<string, Uint8Array | null>,
    message: string,
  ): Promise<CommitInfo | null> {
    return this.objects.batch((objects) => this.buildCommit(objects, base, changes, message));
  }

  /** `commit` with the writing left to the caller: the objects are readable through `view` until `write()` stored them. */
  private async stageCommit(
    base: SnapshotReader,
    changes: Map<string, Uint8Array | null>,
    message: string,
  ): Promise<{ made: CommitInfo; view: GitObjects; write: () => Promise<void> } | null> {
    const {
      value: made,
      view,
      write,
    } = await this.objects.stage((objects) => this.buildCommit(objects, base, changes, message));
    return made ? { made, view, write } : null;
  }

  private async buildCommit(
    objects: GitObjects,
    base: SnapshotReader,
    changes: Map<string, Uint8Array | null>,
    message: string,
  ): Promise<CommitInfo | null> {
    const blobChanges: BlobChanges = new Map();
    const kinds = new Map<string, PathChange>();
    const pace = pacer();
    for (const [path, content] of changes) {
      await pace();
      const current = await base.oid(path);
      if (content === null) {
        if (current !== null) {
          blobChanges.set(path, null);
          kinds.set(path, 'deleted');
        }
        continue;
      }
      // Hash first: an unchanged file is neither rewritten nor recommitted.
      const oid = preparedOid(content) ?? hashBlob(content);
      if (oid !== current) {
        blobChanges.set(path, await objects.writeBlob(content, oid));
        kinds.set(path, current === null ? 'added' : 'modified');
      }
    }
    if (blobChanges.size === 0) return null;
    const baseTree = await base.rootTree();
    const tree = await buildTree(objects, baseTree, blobChanges);
    if (tree === baseTree) return null;
    const oid = await objects.writeCommit({
      tree,
      parents: base.commit ? [base.commit] : [],
      message: commitMessage(message, kinds),
      author: this.author,
      when: this.clock(),
    });
    return { oid, message, changed: [...blobChanges.keys()].sort() };
  }

  /**
   * Publishes `made` as the new tip if the branch is still at `expected` (compare-and-swap on the
   * remote when there is one, on the local ref otherwise), then brings the work tree along, or
   * defers that when `contents` is null (a checkpoint).
   */
  private async publish(
    expected: string | null,
    made: CommitInfo,
    contents: Map<string, Uint8Array | null> | null,
  ): Promise<'ok' | 'rejected'> {
    if (this.remote && (await this.remote.push(made.oid, this.branch, expected)) === 'rejected') return 'rejected';
    return withLock(this.lockPath, async () => {
      const current = await this.head();
      // Without a remote the local ref is the one to compare-and-swap; with one, the remote
      // already accepted the commit and the local branch simply follows it.
      if (!this.remote && current !== expected) return 'rejected';
      // Another branch than the checked-out one (a review branch): only its ref moves.
      if (!this.followWorktree) return this.moveBranch(made.oid, async () => (await this.head()) === current);
      await this.removeLeftovers();
      const worktree = await this.worktreeCommit(current);
      // Recorded before the ref moves, so a process killed anywhere from here on leaves a record
      // that the next publish (or the end of the next transaction) trusts.
      await writeWorktreeRecord(this.objects.gitdir, { worktree, from: current, to: made.oid });
      // Compared again under git's ref lock: a git command may have moved the branch since `current` was read.
      const unchanged = async () => (await this.head()) === current;
      const moved = await this.moveBranch(made.oid, unchanged);
      if (moved === 'rejected') return 'rejected';
      if (contents) await this.updateWorktree(worktree, made.oid, contents);
      return 'ok';
    });
  }

  /** Moves the branch to `oid` under git's ref lock if `unchanged()` still holds there (see writeRefLocked). */
  private moveBranch(oid: string, unchanged: () => Promise<boolean>): Promise<'ok' | 'rejected'> {
    const lock = `.git/${this.branchRef}.lock`;
    return writeRefLocked(this.objects.gitdir, this.branchRef, oid, unchanged, {
      onWait: () => this.logger.info('store-ref-lock-wait', { lock }),
      onStaleRemoved: (owner) =>
        this.logger.warn('store-ref-lock-remove', {
          lock,
          reason: `left by process ${owner.pid} on this host (${owner.host}), which is gone`,
          since: owner.at,
        }),
    });
  }

  /** Brings a work tree left behind by checkpoints (this transaction's or a killed run's) to the ref. */
  private async catchUpWorktree(): Promise<void> {
    if (!this.followWorktree || !(await readWorktreeRecord(this.objects.gitdir))) return;
    await withLock(this.lockPath, async () => {
      await this.removeLeftovers();
      const current = await this.head();
      await this.updateWorktree(await this.worktreeCommit(current), current, new Map());
    });
  }

  /**
   * Called under the lock: a work-tree record written by another process that is gone (or of another host) means that
   * process was stopped (killed) before its work-tree update ended, so the temporary files it was writing may still be
   * there. They are removed (and logged) before the work tree is brought along.
   */
  private async removeLeftovers(): Promise<void> {
    const record = await readWorktreeRecord(this.objects.gitdir);
    if (!record || record.writer === worktreeWriter) return;
    // A running process of this host that checkpointed and goes on (its work tree catches up at its end) left nothing.
    if (writerIsRunning(record.writer)) return;
    const removed = removeTemporaries(this.root, this.objects.gitdir);
    if (removed.length > 0)
      this.logger.warn('store-leftovers-remove', {
        files: removed.length,
        paths: removed.slice(0, 20),
        writer: record.writer ?? null,
      });
  }

  /**
   * Which commit the work tree and index reflect while the branch is at `current` (called under
   * the lock). Without a record they follow the ref, as git's own commands keep them. With one,
   * they are at the recorded commit while the ref is where the store left it. When something
   * else moved the ref since (git pull, reset, commit after a killed run), the recorded commit is
   * still the better base if it is an ancestor of the ref: those commands carry the lagging index
   * and work tree forward, so diffing from it rewrites every path that can differ. Otherwise (the
   * ref went back or sideways, or the commit is unreadable) diff from the ref, as the store did
   * before it deferred work-tree updates.
   */
  private async worktreeCommit(current: string | null): Promise<string | null> {
    const record = await readWorktreeRecord(this.objects.gitdir);
    if (!record || record.worktree === current) return current;
    if (record.worktree === null) return current === record.from || current === record.to ? null : current;
    if (!(await this.readable(record.worktree))) return current;
    if (current === record.from || current === record.to) return record.worktree;
    return current && (await this.descends(current, record.worktree)) ? record.worktree : current;
  }

  private async readable(commit: string): Promise<boolean> {
    return this.objects.commitTree(commit).then(
      () => true,
      () => false,
    );
  }

  /** True when `commit` descends from `ancestor` within 10,000 commits (false when unknown). */
  private async descends(commit: string, ancestor: string): Promise<boolean> {
    const { dir, gitdir, cache } = this.objects;
    return git.isDescendent({ fs: gitFs, dir, gitdir, cache, oid: commit, ancestor, depth: 10_000 }).catch(() => false);
  }

  /** Writes the files that differ between two commits, updates the index and drops the record. */
  private async updateWorktree(
    from: string | null,
    to: string | null,
    known: Map<string, Uint8Array | null>,
  ): Promise<void> {
    const fromTree = from ? await this.objects.commitTree(from) : null;
    const toTree = to ? await this.objects.commitTree(to) : null;
    const updater = this.indexUpdater ?? (await defaultIndexUpdater());
    await applyToWorktree(this.objects, await diffTrees(this.objects, fromTree, toTree), known, updater, this.env);
    await clearWorktreeRecord(this.objects.gitdir);
  }
}
