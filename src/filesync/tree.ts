import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '../errors.js';
import { syncedFolders, validateSyncedPath } from './rules.js';

/** One file of a tree: size and content hash. */
export interface TreeFile {
  size: number;
  sha256: string;
}

/** The synced folders' content: files by path, and every folder (empty ones too). */
export interface FileTree {
  files: Map<string, TreeFile>;
  dirs: Set<string>;
}

/** What changed from one tree to another (paths sorted). */
export interface TreeDiff {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/** An empty tree. */
export function emptyTree(): FileTree {
  return { files: new Map(), dirs: new Set() };
}

/** What `to` adds, changes and removes compared with `from` (files only; folders follow their files). */
export function diffTrees(from: FileTree, to: FileTree): TreeDiff {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  let unchanged = 0;
  for (const [path, file] of to.files) {
    const before = from.files.get(path);
    if (!before) added.push(path);
    else if (before.sha256 !== file.sha256) changed.push(path);
    else unchanged += 1;
  }
  for (const path of from.files.keys()) if (!to.files.has(path)) removed.push(path);
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort(), unchanged };
}

/** The SHA-256 of a file, streamed. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What reading the local folders found: the tree, and what was left out. */
export interface LocalTree {
  tree: FileTree;
  /** The synced folders present, in pack order. */
  folders: string[];
  /** Paths left out (nested `.git` folders), each with the reason. */
  skipped: string[];
  bytes: number;
}

/**
 * Reads the synced folders under `root`. Only regular files and folders are synced: with
 * `links: 'refuse'` (push) a symbolic link, socket or device is refused naming its path, since
 * pull would refuse it; with `links: 'list'` (pull, which replaces them) it is listed as a file
 * that nothing matches. A nested `.git` folder is left out and reported. `hash: false` skips
 * reading file contents.
 */
export async function readLocalTree(
  root: string,
  options: { hash: boolean; links: 'refuse' | 'list' },
): Promise<LocalTree> {
  const tree = emptyTree();
  const folders: string[] = [];
  const skipped: string[] = [];
  let bytes = 0;
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = `${relative}/${entry.name}`;
      if (entry.name.toLowerCase() === '.git') {
        skipped.push(`${path}: a nested git folder is not synced`);
        continue;
      }
      let normalised: string;
      try {
        normalised = validateSyncedPath(path);
      } catch (error) {
        // Pull replaces the folder whole: a name push would refuse is simply one that goes.
        if (options.links !== 'list') throw error;
        normalised = path;
      }
      if (entry.isDirectory()) {
        tree.dirs.add(normalised);
        await walk(path);
      } else if (entry.isFile()) {
        const absolute = join(root, path);
        const { size } = await lstat(absolute);
        bytes += size;
        tree.files.set(normalised, { size, sha256: options.hash ? await hashFile(absolute) : '' });
      } else if (options.links === 'list') {
        tree.files.set(normalised, { size: 0, sha256: 'not-a-regular-file' });
      } else {
        const kind = entry.isSymbolicLink() ? 'a symbolic link' : 'not a regular file or folder';
        throw new InvalidInputError(`${path} is ${kind}: file sync carries regular files and folders only`, {
          data: { path },
        });
      }
    }
  };
  for (const folder of syncedFolders) {
    const info = await lstat(join(root, folder)).catch(() => null);
    if (info === null) continue;
    if ((info.isSymbolicLink() || !info.isDirectory()) && options.links === 'list') {
      tree.files.set(folder, { size: 0, sha256: 'not-a-regular-file' });
      continue;
    }
    if (info.isSymbolicLink() || !info.isDirectory()) {
      throw new InvalidInputError(`${folder} is not a folder (a link or a file): file sync carries folders only`, {
        data: { path: folder },
      });
    }
    folders.push(folder);
    tree.dirs.add(folder);
    await walk(folder);
  }
  return { tree, folders, skipped, bytes };
}
