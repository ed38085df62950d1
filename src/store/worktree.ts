import * as fs from 'node:fs';
import { lstat, mkdir, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GitIndexManager } from 'isomorphic-git/managers';
import { FileSystem } from 'isomorphic-git/models';
import { IoError } from '../errors.js';
import type { GitObjects } from './git-objects.js';
import type { FileChange } from './tree-builder.js';

const indexFs = new FileSystem(fs);

/**
 * Brings the work tree and the index from one commit to the next by touching only the changed
 * paths. `known` supplies bytes the caller already holds so they are not read back from git.
 */
export async function applyToWorktree(
  objects: GitObjects,
  changes: FileChange[],
  known: Map<string, Uint8Array | null>,
): Promise<void> {
  if (changes.length === 0) return;
  const root = objects.dir;
  const written: Array<{ path: string; oid: string; stats: fs.Stats }> = [];
  const removed: string[] = [];
  try {
    for (const change of changes) {
      const target = join(root, change.path);
      if (change.oid === null) {
        await unlink(target).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        await removeEmptyParents(root, change.path);
        removed.push(change.path);
        continue;
      }
      const content = known.get(change.path) ?? (await objects.blob(change.oid));
      await mkdir(dirname(target), { recursive: true });
      await removeIfFolder(target);
      // Write beside and rename, so a reader never sees a half-written file.
      const temporary = `${target}.syncagent-${process.pid}.tmp`;
      await writeFile(temporary, content, { mode: change.mode === '100755' ? 0o755 : 0o644 });
      await rename(temporary, target);
      written.push({ path: change.path, oid: change.oid, stats: await lstat(target) });
    }
  } catch (error) {
    throw new IoError(`cannot update the work tree: ${(error as Error).message}`, { cause: error });
  }
  await GitIndexManager.acquire({ fs: indexFs as never, gitdir: objects.gitdir, cache: objects.cache }, async (index) => {
    for (const path of removed) index.delete({ filepath: path });
    for (const entry of written) index.insert({ filepath: entry.path, oid: entry.oid, stats: entry.stats as never });
  });
}

async function removeIfFolder(target: string): Promise<void> {
  try {
    const info = await lstat(target);
    if (info.isDirectory()) await fs.promises.rm(target, { recursive: true, force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

async function removeEmptyParents(root: string, path: string): Promise<void> {
  let current = dirname(path);
  while (current !== '.' && current !== '') {
    try {
      await rmdir(join(root, current));
    } catch {
      return; // not empty (or already gone): stop climbing
    }
    current = dirname(current);
  }
}
