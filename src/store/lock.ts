import { hostname } from 'node:os';
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
