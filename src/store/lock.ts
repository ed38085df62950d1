import * as fs from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
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
  const fd = await createExclusive(path, {
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
 * Creates `path` exclusively and answers its descriptor, waiting with jittered backoff while it exists. `breakStale`
 * may remove a lock it judges abandoned (then creation is tried again at once); after `timeoutMs`, `busy()` is thrown.
 */
async function createExclusive(
  path: string,
  options: { timeoutMs: number; maxDelayMs: number; breakStale?: () => Promise<boolean>; busy: () => Error },
): Promise<number> {
  const started = Date.now();
  let delay = 2;
  for (;;) {
    try {
      return fs.openSync(path, 'wx', 0o644);
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a loose ref as git's `update-ref` does: `<ref>.lock` created exclusively; then, holding it, `unchanged()`
 * asked whether the ref is still where the caller expects; then the new value written into the lock, which is
 * renamed over the ref. A reader never sees a half-written ref, and the compare-and-swap holds against git's own ref
 * updates too (a user's commit, `pack-refs --prune` in a gc). Answers 'rejected' when the ref moved (the caller
 * re-runs on the new tip). A lock git holds is waited for up to `waitMs`; one held longer is reported, never
 * removed: like git, this cannot tell a dead process's lock from a slow one.
 */
export async function writeRefLocked(
  refPath: string,
  oid: string,
  unchanged: () => Promise<boolean>,
  options: { waitMs?: number } = {},
): Promise<'ok' | 'rejected'> {
  const lockPath = `${refPath}.lock`;
  fs.mkdirSync(dirname(refPath), { recursive: true });
  const fd = await createExclusive(lockPath, {
    timeoutMs: options.waitMs ?? 2_000,
    maxDelayMs: 50,
    busy: () =>
      new ConflictError(
        `cannot lock ${refPath}: ${lockPath} exists (a git process is updating the branch, or one died and left it: remove it if no git is running)`,
      ),
  });
  let renamed = false;
  try {
    try {
      if (!(await unchanged())) return 'rejected';
      fs.writeSync(fd, `${oid}\n`);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(lockPath, refPath);
    renamed = true;
    return 'ok';
  } finally {
    // Only our own lock: once renamed, a lock file there is someone else's.
    if (!renamed) fs.rmSync(lockPath, { force: true });
  }
}
