import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { ConflictError } from '../errors.js';

/** Options for acquiring the store lock. */
export interface LockOptions {
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
  /** A lock older than this whose owner is gone is broken (default 10 s). */
  staleMs?: number;
}

/**
 * A cross-process lock file (created with O_EXCL, like git's own `.lock` files) that guards the
 * short publish step: moving the branch ref, the work tree and the index together. A lock left
 * by a killed process is broken once its process is gone.
 */
export async function withLock<T>(path: string, body: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const staleMs = options.staleMs ?? 10_000;
  const fd = await acquire(() => fs.openSync(path, 'wx', 0o644), {
    timeoutMs: options.timeoutMs ?? 60_000,
    maxDelayMs: 100,
    breakStale: async () => {
      if (!(await isStale(path, staleMs))) return false;
      await rm(path, { force: true });
      return true;
    },
    busy: () =>
      new ConflictError(`the store is locked by another process (${path}); remove the file if no syncagent is running`),
  });
  try {
    fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
  } finally {
    fs.closeSync(fd);
  }
  try {
    return await body();
  } finally {
    await rm(path, { force: true });
  }
}

/**
 * Runs `create` (which makes a lock file exclusively, throwing EEXIST while it exists) until it succeeds, waiting with
 * jittered backoff meanwhile. `breakStale` may remove a lock it judges abandoned (then creation is tried again at
 * once); after `timeoutMs`, `busy()` is thrown.
 */
async function acquire<T>(
  create: () => T,
  options: { timeoutMs: number; maxDelayMs: number; breakStale?: () => Promise<boolean>; busy: () => Error },
): Promise<T> {
  const started = Date.now();
  let delay = 2;
  for (;;) {
    try {
      return create();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await options.breakStale?.()) continue;
    if (Date.now() - started > options.timeoutMs) throw options.busy();
    await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
    delay = Math.min(delay * 2, options.maxDelayMs);
  }
}

async function isStale(path: string, staleMs: number): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(path), readFile(path, 'utf8')]);
    const owner = JSON.parse(text || '{}') as { pid?: number; host?: string };
    if (owner.host === hostname() && typeof owner.pid === 'number') return !isAlive(owner.pid);
    return Date.now() - info.mtimeMs > staleMs;
  } catch {
    // The lock vanished or is being written right now: not stale, try again.
    return false;
  }
}

/** Whether process `pid` of this host is still running (a process we may not signal counts as running). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds a lock this process made: written into the lock file, so a lock a killed process left is provably stale. */
interface LockOwner {
  pid: number;
  host: string;
  at: string;
}

/** The owner a lock file records, or null when it records none (empty, git's own, or being written). */
function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, at: String(owner.at ?? '') }
      : null;
  } catch {
    return null;
  }
}

/** Options of writeRefLocked. */
export interface RefLockOptions {
  /** How long a lock someone else holds is waited for (default 2 s). */
  waitMs?: number;
  /** Called once when the lock is found held by someone else (the wait starts). */
  onWait?: () => void;
  /** Called when a lock a dead process of this host left was removed. */
  onStaleRemoved?: (owner: LockOwner) => void;
}

/**
 * Moves a loose ref as git's `update-ref` does, under `<ref>.lock`: the lock is created exclusively (a hard link to a
 * file already holding this process's pid and host, so it never exists without them); then, holding it,
 * `unchanged()` asked whether the ref is still where the caller expects; then the new value written to a temporary
 * file in the git folder and renamed over the ref, and the lock removed. A reader never sees a half-written ref, and
 * the compare-and-swap holds against git's own ref updates too (a user's commit, `pack-refs --prune` in a gc).
 * Answers 'rejected' when the ref moved (the caller re-runs on the new tip).
 *
 * A lock held by someone else is waited for up to `waitMs`, then reported. One that records a pid of this host that
 * is gone is provably stale (a publish killed while it held the lock) and is removed; any other (git's own, which
 * records nothing, or one from another host) is never removed: like git, this cannot tell its owner is dead.
 * Callers hold the store lock, so no other syncagent process is judging the same lock meanwhile.
 */
export async function writeRefLocked(
  gitdir: string,
  ref: string,
  oid: string,
  unchanged: () => Promise<boolean>,
  options: RefLockOptions = {},
): Promise<'ok' | 'rejected'> {
  const refPath = join(gitdir, ref);
  const lockPath = `${refPath}.lock`;
  fs.mkdirSync(dirname(refPath), { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const ownerFile = join(gitdir, `syncagent-reflock-${tag}.tmp`);
  fs.writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
  let waited = false;
  try {
    await acquire(
      () => {
        try {
          fs.linkSync(ownerFile, lockPath);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EEXIST') throw error;
          // A file system without hard links: create the lock, then write the owner into it.
          const fd = fs.openSync(lockPath, 'wx', 0o644);
          try {
            fs.writeSync(fd, fs.readFileSync(ownerFile));
          } finally {
            fs.closeSync(fd);
          }
        }
      },
      {
        timeoutMs: options.waitMs ?? 2_000,
        maxDelayMs: 50,
        breakStale: async () => {
          const owner = readOwner(lockPath);
          if (owner && owner.host === hostname() && !isAlive(owner.pid)) {
            fs.rmSync(lockPath, { force: true });
            options.onStaleRemoved?.(owner);
            return true;
          }
          if (!waited) {
            waited = true;
            options.onWait?.();
          }
          return false;
        },
        busy: () =>
          new ConflictError(
            `cannot lock ${refPath}: ${lockPath} exists (a git process is updating the branch, or one died and left it: remove it if no git is running)`,
          ),
      },
    );
  } finally {
    fs.rmSync(ownerFile, { force: true });
  }
  const valueFile = join(gitdir, `syncagent-ref-${tag}.tmp`);
  let renamed = false;
  try {
    if (!(await unchanged())) return 'rejected';
    fs.writeFileSync(valueFile, `${oid}\n`);
    fs.renameSync(valueFile, refPath);
    renamed = true;
    return 'ok';
  } finally {
    // The lock is ours until we remove it, whatever happened.
    fs.rmSync(lockPath, { force: true });
    if (!renamed) fs.rmSync(valueFile, { force: true });
  }
}
