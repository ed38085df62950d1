import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
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
 * Moves a loose ref as git's `update-ref` does: `<ref>.lock` created exclusively; then, holding it, the ref's value
 * checked against `expected` (the loose file, else packed-refs); then the new value written into the lock, which is
 * renamed over the ref. A reader never sees a half-written ref, and the compare-and-swap holds against git's own ref
 * updates too (a user's commit, `pack-refs --prune` in a gc). Answers 'rejected' when the ref is not at `expected`
 * (the caller re-runs on the new tip). A lock git holds is waited for up to `waitMs`; one held longer is reported,
 * never removed: like git, this cannot tell a dead process's lock from a slow one.
 */
export async function writeRefLocked(
  gitdir: string,
  ref: string,
  oid: string,
  expected: string | null,
  options: { waitMs?: number } = {},
): Promise<'ok' | 'rejected'> {
  const waitMs = options.waitMs ?? 2_000;
  const refPath = join(gitdir, ref);
  const lockPath = `${refPath}.lock`;
  fs.mkdirSync(dirname(refPath), { recursive: true });
  const started = Date.now();
  let delay = 2;
  let fd: number;
  for (;;) {
    try {
      fd = fs.openSync(lockPath, 'wx', 0o644);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > waitMs) {
        throw new ConflictError(`cannot lock ${ref}: ${lockPath} exists (a git process is updating the branch, or one died and left it: remove it if no git is running)`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 50);
    }
  }
  let renamed = false;
  try {
    try {
      if (currentValue(gitdir, ref) !== expected) return 'rejected';
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

/** A ref's value: its loose file, else its line in packed-refs, else null. */
function currentValue(gitdir: string, ref: string): string | null {
  let loose: string | undefined;
  try {
    loose = fs.readFileSync(join(gitdir, ref), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (loose !== undefined) return loose;
  let packed = '';
  try {
    packed = fs.readFileSync(join(gitdir, 'packed-refs'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const line of packed.split('\n')) if (line.endsWith(` ${ref}`) && line.length === ref.length + 41) return line.slice(0, 40);
  return null;
}
