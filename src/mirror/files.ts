import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
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
export async function resolveInside(root: string, path: string, what = 'path'): Promise<{ relative: string; absolute: string }> {
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

/** Every regular file below `prefix` (store-relative, "" for all), sorted, never inside `.git`. */
export async function walkFiles(root: string, prefix: string): Promise<FoundFile[]> {
  const start = validateStoreDir(prefix, 'prefix');
  const found: FoundFile[] = [];
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      throw new IoError(`cannot list ${dir || '.'}: ${(error as Error).message}`, { cause: error });
    }
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path === '.git') continue;
        await visit(path);
      } else if (entry.isFile()) {
        found.push({ path, size: (await lstat(join(root, path))).size });
      }
    }
  };
  // A prefix may name a single file too.
  const info = start === '' ? null : await lstat(join(root, start)).catch(() => null);
  if (info?.isFile()) found.push({ path: start, size: info.size });
  else await visit(start);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A store-relative path for an absolute one under `root`. */
export function storeRelative(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}
