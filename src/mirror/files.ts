import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { InvalidInputError, IoError } from '../errors.js';
import { validateStoreDir, validateStorePath } from '../store/paths.js';

/** Extensions that are always text (DESIGN section 6), whatever their bytes. */
const textExtensions = new Set(['.ndjson', '.jsonl', '.json', '.md']);

/** How many leading bytes are sniffed for NUL to call a file binary (as git and ripgrep do). */
const sniffBytes = 8000;

/** True when `bytes` (the file at `path`) should be treated as binary. */
export function isBinary(path: string, bytes: Uint8Array): boolean {
  if (textExtensions.has(extname(path).toLowerCase())) return false;
  const end = Math.min(bytes.length, sniffBytes);
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0) return true;
  return false;
}

/** Resolves a store-relative file path to an absolute one inside `root`, refusing escapes through links. */
export async function resolveInside(
  root: string,
  path: string,
  what = 'path',
): Promise<{ relative: string; absolute: string }> {
  const normalized = validateStorePath(path, what);
  const absolute = join(root, normalized);
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(absolute), realpath(root)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InvalidInputError(`no such file in the store: ${normalized}`, { data: { path: normalized } });
    }
    throw new IoError(`cannot open ${normalized}: ${(error as Error).message}`, { cause: error });
  }
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new InvalidInputError(`${what} ${normalized} leads outside the store`, { data: { path: normalized } });
  }
  return { relative: normalized, absolute: real };
}

/** Like resolveInside, but the path must name a file: a folder is a clear error. */
export async function resolveFile(root: string, path: string): Promise<{ relative: string; absolute: string }> {
  const resolved = await resolveInside(root, path);
  if ((await stat(resolved.absolute)).isDirectory()) {
    throw new InvalidInputError(`${resolved.relative} is a folder: use list_files, or grep_file with a prefix`, {
      data: { path: resolved.relative },
    });
  }
  return resolved;
}

/** One file found by `walkFiles`. */
export interface FoundFile {
  /** Store-relative path. */
  path: string;
  size: number;
}

/** One entry of `listLevel`: a file with its size, or a folder that holds at least one file. */
export interface LevelEntry {
  path: string;
  type: 'file' | 'dir';
  size?: number;
}

/** The entries of a folder (store-relative, "" for the root), or null when it cannot be listed. */
async function entriesOf(root: string, dir: string): Promise<Dirent[] | null> {
  try {
    return await readdir(join(root, dir), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new IoError(`cannot list ${dir || '.'}: ${(error as Error).message}`, { cause: error });
  }
}

function childPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Every regular file path below `prefix` ("" for all), sorted, never inside `.git`; no stat calls. */
export async function walkPaths(root: string, prefix: string): Promise<string[]> {
  const start = validateStoreDir(prefix, 'prefix');
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const entry of (await entriesOf(root, dir)) ?? []) {
      const path = childPath(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== '.git') await visit(path);
      } else if (entry.isFile()) found.push(path);
    }
  };
  // A prefix may name a single file too.
  const info = start === '' ? null : await lstat(join(root, start)).catch(() => null);
  if (info?.isFile()) found.push(start);
  else await visit(start);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every regular file below `prefix` with its size (see walkPaths). */
export async function walkFiles(root: string, prefix: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const path of await walkPaths(root, prefix)) found.push({ path, size: (await lstat(join(root, path))).size });
  return found;
}

/**
 * One level of `prefix`: its files with sizes, and its folders that hold at least one file somewhere below (what a
 * listing folded from walkFiles shows), sorted; never `.git`. Reads the folders below only until a file turns up.
 */
export async function listLevel(root: string, prefix: string): Promise<LevelEntry[]> {
  const start = validateStoreDir(prefix, 'prefix');
  const info = start === '' ? null : await lstat(join(root, start)).catch(() => null);
  if (info?.isFile()) return [{ path: start, type: 'file', size: info.size }];
  const holdsFile = async (dir: string): Promise<boolean> => {
    for (const entry of (await entriesOf(root, dir)) ?? []) {
      if (entry.isFile()) return true;
      if (entry.isDirectory() && (await holdsFile(childPath(dir, entry.name)))) return true;
    }
    return false;
  };
  const out: LevelEntry[] = [];
  for (const entry of (await entriesOf(root, start)) ?? []) {
    const path = childPath(start, entry.name);
    if (entry.isFile()) out.push({ path, type: 'file', size: (await lstat(join(root, path))).size });
    else if (entry.isDirectory() && path !== '.git' && (await holdsFile(path))) out.push({ path, type: 'dir' });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
