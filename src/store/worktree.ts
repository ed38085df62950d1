import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { GitIndexManager } from 'isomorphic-git/managers';
import { IoError } from '../errors.js';
import { type GitObjects, gitFs } from './git-objects.js';
import { isAlive } from './lock.js';
import { pacer } from './pace.js';
import { validateStorePath } from './paths.js';
import type { FileChange } from './tree-builder.js';

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
 * Which commit the work tree and index reflect while the branch ref may be ahead of them.
 * Checkpoints move the ref without touching the work tree; the store writes this record (in
 * `.git/syncagent-worktree`) before it moves the ref and removes it once the work tree has caught
 * up, so a process killed in between leaves the next transaction enough to repair the work tree.
 * `from` and `to` are the ref values around that move, so the record can tell whether anything
 * else moved the ref since (see GitStore.worktreeCommit).
 */
export interface WorktreeRecord {
  worktree: string | null;
  from: string | null;
  to: string | null;
  /** Which process wrote it (see worktreeWriter); absent in records written before it was kept. */
  writer?: string;
}

/**
 * This process, as a record names its writer: pid and host, and a random tag, because in a container a killed run
 * and the next one can have the same pid.
 */
export const worktreeWriter = `${process.pid}@${hostname()}#${randomBytes(4).toString('hex')}`;

/** True when `writer` (a record's, see worktreeWriter) names a process of this host that is still running. */
export function writerIsRunning(writer: string | undefined): boolean {
  const named = /^(\d+)@([^#]*)#/.exec(writer ?? '');
  return named !== null && named[2] === hostname() && isAlive(Number(named[1]));
}

const recordFile = 'syncagent-worktree';
const noCommit = '0'.repeat(40);

/** The pending record, or null when the work tree follows the ref (also for an unreadable record). */
export async function readWorktreeRecord(gitdir: string): Promise<WorktreeRecord | null> {
  let text: string;
  try {
    text = await readFile(join(gitdir, recordFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new IoError(`cannot read ${recordFile}: ${(error as Error).message}`, { cause: error });
  }
  const fields = new Map(text.split('\n').map((line) => line.split(' ') as [string, string]));
  const oid = (key: string): string | null | undefined => {
    const value = fields.get(key);
    if (value === undefined || !/^[0-9a-f]{40}$/.test(value)) return undefined;
    return value === noCommit ? null : value;
  };
  const worktree = oid('worktree');
  const from = oid('from');
  const to = oid('to');
  // Written by rename, so never torn; anything else is not ours to trust.
  if (worktree === undefined || from === undefined || to === undefined) return null;
  const writer = fields.get('writer');
  return writer === undefined ? { worktree, from, to } : { worktree, from, to, writer };
}

/** Writes the record atomically (temporary file + rename), naming this process as its writer. */
export async function writeWorktreeRecord(gitdir: string, record: WorktreeRecord): Promise<void> {
  const target = join(gitdir, recordFile);
  const temporary = `${target}.${process.pid}.tmp`;
  const line = (key: string, oid: string | null) => `${key} ${oid ?? noCommit}\n`;
  try {
    const lines = line('worktree', record.worktree) + line('from', record.from) + line('to', record.to);
    await writeFile(temporary, `${lines}writer ${worktreeWriter}\n`);
    await rename(temporary, target);
  } catch (error) {
    throw new IoError(`cannot write ${recordFile}: ${(error as Error).message}`, { cause: error });
  }
}

/** Forgets the record: the work tree and index are at the ref again. */
export async function clearWorktreeRecord(gitdir: string): Promise<void> {
  await rm(join(gitdir, recordFile), { force: true });
}

/**
 * Brings the work tree and the index from one commit to the next by touching only the changed
 * paths. `known` supplies bytes the caller already holds so they are not read back from git.
 * The file system calls are synchronous: per file they cost a fraction of the promise API's
 * round trips through the thread pool, and `pace` lets timers and I/O run between files. With
 * the git CLI, `git update-index` runs alongside: each path goes to it as soon as its file is
 * written, so git reads and hashes the files on the other core while the next ones are created.
 */
export async function applyToWorktree(
  objects: GitObjects,
  changes: FileChange[],
  known: Map<string, Uint8Array | null>,
  updater: IndexUpdater,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (changes.length === 0) return;
  // As git's checkout: a path git would refuse (one that reaches into a nested .git, in any spelling) is never written,
  // whoever committed it; the update stops before it writes anything.
  for (const change of changes) {
    if (change.oid === null) continue;
    try {
      validateStorePath(change.path);
    } catch (error) {
      throw new IoError(`cannot update the work tree: ${(error as Error).message}; nothing was written`, {
        cause: error,
        data: { path: change.path },
      });
    }
  }
  const root = objects.dir;
  const written: Array<{ path: string; oid: string; stats: fs.Stats }> = [];
  const removed: string[] = [];
  const folders = new Set<string>();
  const pace = pacer();
  const index = updater === 'git-cli' ? gitUpdateIndex(root, env) : null;
  try {
    for (const change of changes) {
      await pace();
      const target = join(root, change.path);
      if (change.oid === null) {
        removeFile(target);
        removeEmptyParents(root, change.path);
        folders.clear(); // a folder may be gone now
        removed.push(change.path);
        index?.add(change.path);
        continue;
      }
      const content = known.get(change.path) ?? (await objects.blob(change.oid));
      const folder = dirname(target);
      if (!folders.has(folder)) {
        fs.mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileAtomically(target, content, change.mode === '100755' ? 0o755 : 0o644);
      // Only the in-process index needs the stat data; git update-index takes its own.
      if (index) index.add(change.path);
      else written.push({ path: change.path, oid: change.oid, stats: fs.lstatSync(target) });
    }
  } catch (error) {
    await index?.abort();
    throw new IoError(`cannot update the work tree: ${(error as Error).message}`, { cause: error });
  }
  if (index) await index.done();
  else await updateIndexInProcess(objects, written, removed);
}

/** The temporary file the work-tree update writes beside `target` (see removeTemporaries). */
function temporaryName(target: string): string {
  return `${target}.syncagent-${process.pid}.tmp`;
}

/** Names made by temporaryName, and by writeWorktreeRecord in the git folder. */
const temporaryPattern = /\.syncagent-\d+\.tmp$/;

/**
 * Removes the temporary files a killed work-tree update left: `*.syncagent-<pid>.tmp` anywhere in the work tree
 * (not below `.git`, not through links) and the store's own in the git folder. Called under the store lock, where no
 * update of this work tree is under way, so every such file is a leftover. Answers the store paths removed.
 */
export function removeTemporaries(root: string, gitdir: string): string[] {
  const removed: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // gone meanwhile, or unreadable: nothing of ours to remove there
    }
    for (const entry of entries) {
      if (prefix === '' && entry.name === '.git') continue;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (temporaryPattern.test(entry.name)) {
        fs.rmSync(join(folder, entry.name), { force: true });
        removed.push(`${prefix}${entry.name}`);
      }
    }
  };
  walk(root, '');
  for (const name of fs.readdirSync(gitdir)) {
    // The record's temporary file, and those of the ref update (see writeRefLocked).
    if (name.startsWith('syncagent-') && name.endsWith('.tmp')) {
      fs.rmSync(join(gitdir, name), { force: true });
      removed.push(`.git/${name}`);
    }
  }
  return removed;
}

/** Writes beside and renames, so a reader never sees a half-written file. */
function writeFileAtomically(target: string, content: Uint8Array, mode: number): void {
  const temporary = temporaryName(target);
  fs.writeFileSync(temporary, content, { mode });
  try {
    fs.renameSync(temporary, target);
  } catch (error) {
    // A folder where the file goes (it held untracked files, so emptying it left it behind):
    // the file wins, as a checkout would have it. Checked only on failure to spare an lstat per file.
    if (!fs.lstatSync(target, { throwIfNoEntry: false })?.isDirectory()) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(temporary, target);
  }
}

function removeFile(target: string): void {
  try {
    fs.unlinkSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * `git update-index --add --remove -z --stdin`, fed path by path: it rewrites the index in C and
 * records each file's stat data. Measured on a store with 18,766 tracked files: ~15 ms, against
 * ~120-200 ms for isomorphic-git's parse and rewrite of the same index in JavaScript. git takes
 * the paths as they come and writes the index once, when its input ends (`done`); `abort` ends it
 * without touching the index. It holds index.lock while the work tree is written (a backfill's
 * ~1,000 files: a fraction of a second), where it held it after the files before.
 */
function gitUpdateIndex(
  root: string,
  env: NodeJS.ProcessEnv,
): { add(path: string): void; done(): Promise<void>; abort(): Promise<void> } {
  const child = spawn('git', ['update-index', '--add', '--remove', '-z', '--stdin'], {
    cwd: root,
    env: { ...env, LC_ALL: 'C' },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // A failed write (git gone early) is reported by the exit below.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', (error) =>
      reject(new IoError(`cannot run git update-index: ${error.message}`, { cause: error })),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(new IoError(`git update-index exited with ${code ?? signal}: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
  });
  exited.catch(() => undefined); // observed by done(); an aborted run is not an error
  let pending = '';
  return {
    add(path) {
      pending += `${path}\0`;
      if (pending.length >= 4096) {
        child.stdin.write(pending);
        pending = '';
      }
    },
    done() {
      child.stdin.end(pending);
      return exited;
    },
    /** Stops git without an index update and waits until it is gone (and its index.lock with it). */
    async abort() {
      child.kill('SIGTERM');
      await exited.catch(() => undefined);
    },
  };
}

/** The same in process, for machines without the git CLI. */
async function updateIndexInProcess(
  objects: GitObjects,
  written: Array<{ path: string; oid: string; stats: fs.Stats }>,
  removed: string[],
): Promise<void> {
  await GitIndexManager.acquire({ fs: gitFs as never, gitdir: objects.gitdir, cache: objects.cache }, async (index) => {
    for (const path of removed) index.delete({ filepath: path });
    for (const entry of written) index.insert({ filepath: entry.path, oid: entry.oid, stats: entry.stats as never });
  });
}

function removeEmptyParents(root: string, path: string): void {
  let current = dirname(path);
  while (current !== '.' && current !== '') {
    try {
      fs.rmdirSync(join(root, current));
    } catch {
      return; // not empty (or already gone): stop climbing
    }
    current = dirname(current);
  }
}
