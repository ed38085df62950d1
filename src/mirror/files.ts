import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
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

/*
 * The read faces (read_file, grep_file, list_files, list_skills) never follow a symbolic link, and never enter a
 * folder git would take for its own: a path through a link or into `.git` is refused, and a walk skips both. A link
 * committed into a store could otherwise point the main agent at any file of the machine, or at `.git/config`.
 */

/** Code points HFS+ ignores in names, so `.g\u200cit` is `.git` there (as git's verify_path knows). */
const hfsIgnorable = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

/**
 * True when a path segment names git's own folder on some file system: `.git` in any case, with trailing dots or
 * spaces (Windows drops them), with HFS+-ignorable code points, or as the NTFS short name `git~1`.
 */
export function isGitFolderName(name: string): boolean {
  const folded = name.replace(hfsIgnorable, '').toLowerCase();
  return folded.replace(/[. ]+$/, '') === '.git' || /^git~\d+$/.test(folded);
}

/** What `inspectPath` found at the end of a path that goes through no link. */
export interface InspectedPath {
  /** The validated, normalised store-relative path. */
  relative: string;
  /** `root` joined with `relative` (the root itself may be reached through a link: the user chose it). */
  absolute: string;
  stats: Stats;
}

/**
 * Validates a store-relative path and checks each of its segments from the root down with lstat: a segment that is a
 * symbolic link, or that names git's folder, is refused. Refused paths and missing ones are clear `invalid_input`.
 */
export async function inspectPath(root: string, path: string, what = 'path'): Promise<InspectedPath> {
  const relative = validateStorePath(path, what);
  const segments = relative.split('/');
  let stats: Stats | undefined;
  for (let index = 0; index < segments.length; index += 1) {
    const walked = segments.slice(0, index + 1).join('/');
    if (isGitFolderName(segments[index] as string)) {
      throw new InvalidInputError(`${what} ${relative} reaches into git's own folder (${walked}): it is not readable`, {
        data: { path: relative },
      });
    }
    try {
      stats = await lstat(join(root, walked));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new InvalidInputError(`no such ${what === 'prefix' ? 'folder' : 'file'} in the store: ${relative}`, {
          data: { path: relative },
        });
      }
      throw new IoError(`cannot open ${relative}: ${(error as Error).message}`, { cause: error });
    }
    if (stats.isSymbolicLink()) {
      throw new InvalidInputError(
        `${what} ${relative} goes through a symbolic link (${walked}): the read faces do not follow links`,
        { data: { path: relative, link: walked } },
      );
    }
  }
  return { relative, absolute: join(root, relative), stats: stats as Stats };
}

/** Like inspectPath, but the path must name a regular file: a folder (or a device, a pipe) is a clear error. */
export async function resolveFile(root: string, path: string): Promise<{ relative: string; absolute: string }> {
  const { relative, absolute, stats } = await inspectPath(root, path);
  if (stats.isDirectory()) {
    throw new InvalidInputError(`${relative} is a folder: use list_files, or grep_file with a prefix`, {
      data: { path: relative },
    });
  }
  if (!stats.isFile()) {
    throw new InvalidInputError(`${relative} is not a regular file`, { data: { path: relative } });
  }
  return { relative, absolute };
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

/**
 * Where a walk below `prefix` starts: "" (the whole store), a folder, or a single file, checked by inspectPath (a
 * prefix that goes through a link or into `.git`, or that does not exist, is a clear error).
 */
async function walkStart(root: string, prefix: string): Promise<{ start: string; file: Stats | null }> {
  const start = validateStoreDir(prefix, 'prefix');
  if (start === '') return { start, file: null };
  const { stats } = await inspectPath(root, start, 'prefix');
  if (stats.isFile()) return { start, file: stats };
  if (!stats.isDirectory()) throw new InvalidInputError(`prefix ${start} is not a folder or a regular file`);
  return { start, file: null };
}

/** Whether a walk enters this folder entry: a real folder (never a link to one) that is not git's. */
function isWalkedFolder(entry: Dirent): boolean {
  return entry.isDirectory() && !isGitFolderName(entry.name);
}

/**
 * Every regular file path below `prefix` ("" for all), sorted; never inside `.git`, never through or at a symbolic
 * link (readdir's entry types are those of the links themselves); no stat calls.
 */
export async function walkPaths(root: string, prefix: string): Promise<string[]> {
  const { start, file } = await walkStart(root, prefix);
  if (file) return [start];
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const entry of (await entriesOf(root, dir)) ?? []) {
      const path = childPath(dir, entry.name);
      if (isWalkedFolder(entry)) await visit(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  await visit(start);
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
 * listing folded from walkFiles shows), sorted; never `.git`, never a link. Reads the folders below only until a file
 * turns up.
 */
export async function listLevel(root: string, prefix: string): Promise<LevelEntry[]> {
  const { start, file } = await walkStart(root, prefix);
  if (file) return [{ path: start, type: 'file', size: file.size }];
  const holdsFile = async (dir: string): Promise<boolean> => {
    for (const entry of (await entriesOf(root, dir)) ?? []) {
      if (entry.isFile()) return true;
      if (isWalkedFolder(entry) && (await holdsFile(childPath(dir, entry.name)))) return true;
    }
    return false;
  };
  const out: LevelEntry[] = [];
  for (const entry of (await entriesOf(root, start)) ?? []) {
    const path = childPath(start, entry.name);
    if (entry.isFile()) out.push({ path, type: 'file', size: (await lstat(join(root, path))).size });
    else if (isWalkedFolder(entry) && (await holdsFile(path))) out.push({ path, type: 'dir' });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
