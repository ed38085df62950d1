import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { open, readFile, rm, stat } from 'node:fs/promises';
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
  const timeoutMs = options.timeoutMs ?? 60_000;
  const staleMs = options.staleMs ?? 10_000;
  const started = Date.now();
  let delay = 2;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(path, staleMs)) {
        await rm(path, { force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        throw new ConflictError(`the store is locked by another process (${path}); remove the file if no syncagent is running`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 100);
    }
  }
  try {
    return await body();
  } finally {
    await rm(path, { force: true });
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
 * Moves a loose ref as git does: `<ref>.lock` created exclusively, the value written into it, renamed over the ref.
 * A reader never sees a half-written ref, and git's own ref updates (a user's commit, `pack-refs --prune` in a gc)
 * skip or wait for a ref while this holds its lock. Git holds a ref lock for moments: one held longer than `waitMs`
 * is left by a process that died (git refuses such a lock outright; here it is removed once it is `staleMs` old).
 * The steps are synchronous, so nothing else in this process runs between creating the lock and the rename.
 */
export async function writeRefLocked(refPath: string, oid: string, options: { waitMs?: number; staleMs?: number } = {}): Promise<void> {
  const waitMs = options.waitMs ?? 2_000;
  const staleMs = options.staleMs ?? 10_000;
  const lockPath = `${refPath}.lock`;
  fs.mkdirSync(dirname(refPath), { recursive: true });
  const started = Date.now();
  let delay = 2;
  for (;;) {
    let fd: number;
    try {
      fd = fs.openSync(lockPath, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > staleMs) {
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() - started > waitMs) {
        throw new ConflictError(`cannot lock ${refPath}: ${lockPath} exists (another git process is updating the branch; remove the file if none is)`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 50);
      continue;
    }
    try {
      try {
        fs.writeSync(fd, `${oid}\n`);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(lockPath, refPath);
      return;
    } catch (error) {
      fs.rmSync(lockPath, { force: true });
      throw error;
    }
  }
}
