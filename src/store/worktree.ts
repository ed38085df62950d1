import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { lstat, mkdir, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GitIndexManager } from 'isomorphic-git/managers';
import { FileSystem } from 'isomorphic-git/models';
import { IoError } from '../errors.js';
import type { GitObjects } from './git-objects.js';
import type { FileChange } from './tree-builder.js';

const indexFs = new FileSystem(fs);

/** How the index follows the work tree: the git CLI when there is one, else isomorphic-git. */
export type IndexUpdater = 'git-cli' | 'isomorphic-git';

let gitCliAvailable: Promise<boolean> | null = null;

/** The default updater: `git update-index` when git is installed (checked once per process). */
export function defaultIndexUpdater(): Promise<IndexUpdater> {
  gitCliAvailable ??= new Promise((resolve) => {
    const child = spawn('git', ['--version'], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
  return gitCliAvailable.then((available) => (available ? 'git-cli' : 'isomorphic-git'));
}

/**
 * Brings the work tree and the index from one commit to the next by touching only the changed
 * paths. `known` supplies bytes the caller already holds so they are not read back from git.
 */
export async function applyToWorktree(
  objects: GitObjects,
  changes: FileChange[],
  known: Map<string, Uint8Array | null>,
  updater: IndexUpdater,
  env: NodeJS.ProcessEnv,
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
  if (updater === 'git-cli') await updateIndexWithGitCli(root, changes.map((change) => change.path), env);
  else await updateIndexInProcess(objects, written, removed);
}

/**
 * `git update-index --add --remove` for the changed paths: it rewrites the index in C and records
 * each file's stat data. Measured on a store with 18,766 tracked files: ~15 ms, against
 * ~120-200 ms for isomorphic-git's parse and rewrite of the same index in JavaScript.
 */
function updateIndexWithGitCli(root: string, paths: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['update-index', '--add', '--remove', '-z', '--stdin'], {
      cwd: root,
      env: { ...env, LC_ALL: 'C' },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new IoError(`cannot run git update-index: ${error.message}`, { cause: error })));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new IoError(`git update-index exited with ${code}: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
    child.stdin.end(paths.map((path) => `${path}\0`).join(''));
  });
}

/** The same in process, for machines without the git CLI. */
async function updateIndexInProcess(
  objects: GitObjects,
  written: Array<{ path: string; oid: string; stats: fs.Stats }>,
  removed: string[],
): Promise<void> {
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
