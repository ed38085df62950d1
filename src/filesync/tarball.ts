import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { create, extract, Parser, type ReadEntry } from 'tar';
import { InvalidInputError, IoError, type SyncError } from '../errors.js';
import { defaultTarballLimits, type TarballLimits, validateSyncedPath } from './rules.js';
import { emptyTree, type FileTree, type LocalTree } from './tree.js';

/** Entry types a synced tarball may hold: regular files and folders. Everything else refuses the tarball. */
const fileTypes = new Set(['File', 'OldFile', 'ContiguousFile']);
const allowedTypes = new Set([...fileTypes, 'Directory']);

/** Describes a tar entry type for an error message. */
function describeType(type: string): string {
  switch (type) {
    case 'SymbolicLink':
      return 'a symbolic link';
    case 'Link':
      return 'a hard link';
    case 'CharacterDevice':
    case 'BlockDevice':
      return 'a device';
    case 'FIFO':
      return 'a FIFO';
    default:
      return `a ${type} entry`;
  }
}

/** What a checked tarball holds. */
export interface CheckedTarball {
  tree: FileTree;
  /** The synced folders the tarball carries (top-level). */
  folders: Set<string>;
  entries: number;
  bytes: number;
}

/**
 * Packs the folders of `local` under `root` into a gzipped tarball at `file`: the paths listed by
 * readLocalTree, in that order, with portable headers (no owner names or ids). Nothing is followed.
 */
export async function packTarball(root: string, local: LocalTree, file: string): Promise<void> {
  const paths: string[] = [];
  for (const folder of local.folders) {
    paths.push(folder);
    for (const dir of local.tree.dirs) if (dir.startsWith(`${folder}/`)) paths.push(dir);
    for (const path of local.tree.files.keys()) if (path.startsWith(`${folder}/`)) paths.push(path);
  }
  if (paths.length === 0) {
    throw new InvalidInputError(`nothing to push: none of the synced folders exists in ${root}`);
  }
  paths.sort();
  try {
    await create(
      { gzip: true, file, cwd: root, portable: true, noDirRecurse: true, follow: false, strict: true },
      paths,
    );
  } catch (error) {
    throw new IoError(`cannot pack the synced folders: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Reads a tarball without writing anything and refuses it whole at the first bad entry: a type
 * other than file or folder (symbolic or hard link, device, FIFO…), a path that validateSyncedPath
 * refuses, a path given twice or used both as file and folder, more entries or bytes than the
 * limits, a gzip stream that inflates past `maxInflation`, or anything that is not a tarball.
 * Returns the tree with each file's SHA-256.
 */
export async function checkTarball(
  file: string,
  limits: TarballLimits = defaultTarballLimits,
): Promise<CheckedTarball> {
  const { size } = await stat(file);
  if (size > limits.maxTarballBytes) {
    throw new InvalidInputError(`the tarball is ${size} bytes; the limit is ${limits.maxTarballBytes} bytes`);
  }
  const tree = emptyTree();
  const folders = new Set<string>();
  let entries = 0;
  let bytes = 0;
  let failure: SyncError | null = null;
  const input = createReadStream(file);
  const parser = new Parser({ strict: true, maxDecompressionRatio: limits.maxInflation });
  const refuse = (message: string, path?: string): void => {
    if (failure) return;
    failure = new InvalidInputError(`refused the tarball: ${message}`, { data: path === undefined ? {} : { path } });
    parser.abort(failure);
    input.destroy();
  };
  parser.on('entry', (entry: ReadEntry) => {
    if (failure) return entry.resume();
    entries += 1;
    if (entries > limits.maxEntries) return refuse(`more than ${limits.maxEntries} entries`);
    if (!allowedTypes.has(entry.type)) {
      return refuse(
        `${JSON.stringify(entry.path)} is ${describeType(entry.type)}; only files and folders are synced`,
        entry.path,
      );
    }
    let path: string;
    try {
      path = validateSyncedPath(entry.path, limits.maxDepth);
    } catch (error) {
      return refuse((error as Error).message.replace(/^tarball entry /, 'entry '), entry.path);
    }
    const segments = path.split('/');
    folders.add(segments[0] as string);
    // Every parent must be (or become) a folder, and no path may be given twice.
    for (let index = 1; index < segments.length; index += 1) {
      const parent = segments.slice(0, index).join('/');
      if (tree.files.has(parent))
        return refuse(`${JSON.stringify(entry.path)} is inside the file ${parent}`, entry.path);
      tree.dirs.add(parent);
    }
    if (tree.files.has(path) || (tree.dirs.has(path) && entry.type !== 'Directory')) {
      return refuse(`${JSON.stringify(entry.path)} appears twice`, entry.path);
    }
    if (entry.type === 'Directory') {
      tree.dirs.add(path);
      return entry.resume();
    }
    const hash = createHash('sha256');
    let fileBytes = 0;
    entry.on('data', (chunk: Buffer) => {
      fileBytes += chunk.length;
      bytes += chunk.length;
      if (bytes > limits.maxBytes) return refuse(`more than ${limits.maxBytes} bytes uncompressed`);
      hash.update(chunk);
    });
    entry.on('end', () => {
      tree.files.set(path, { size: fileBytes, sha256: hash.digest('hex') });
    });
  });
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      if (failure) return reject(failure);
      const message = (error as Error).message ?? String(error);
      if (/decompression ratio/i.test(message)) {
        failure = new InvalidInputError(
          `refused the tarball: it inflates more than ${limits.maxInflation}× (a gzip bomb?)`,
        );
      } else {
        failure = new InvalidInputError(`refused the tarball: not a valid gzipped tarball (${message})`);
      }
      input.destroy();
      reject(failure);
    };
    parser.on('error', fail);
    input.on('error', (error) =>
      failure ? reject(failure) : reject(new IoError(`cannot read ${file}: ${error.message}`)),
    );
    parser.on('end', () => (failure ? reject(failure) : resolve()));
    parser.on('close', () => (failure ? reject(failure) : resolve()));
    input.pipe(parser);
  });
  if (failure) throw failure;
  return { tree, folders, entries, bytes };
}

/**
 * Extracts a tarball that checkTarball accepted into the fresh folder `target`, then checks that
 * what landed there is exactly the checked tree (regular files and folders only). Entries are
 * filtered again on the way (defence in depth); modes keep only the executable bit.
 */
export async function extractTarball(
  file: string,
  target: string,
  checked: CheckedTarball,
  limits: TarballLimits = defaultTarballLimits,
): Promise<void> {
  try {
    await extract({
      file,
      cwd: target,
      strict: true,
      preservePaths: false,
      preserveOwner: false,
      maxDepth: limits.maxDepth + 1,
      maxDecompressionRatio: limits.maxInflation,
      filter: (path, entry) => {
        const read = entry as ReadEntry;
        if (!allowedTypes.has(read.type)) return false;
        try {
          validateSyncedPath(path, limits.maxDepth);
        } catch {
          return false;
        }
        read.mode = read.type === 'Directory' || ((read.mode ?? 0) & 0o111) !== 0 ? 0o755 : 0o644;
        return true;
      },
    });
  } catch (error) {
    throw new IoError(`cannot extract the tarball: ${(error as Error).message}`, { cause: error });
  }
  // What is on disk must be what was checked: nothing more, nothing of another kind.
  let found = 0;
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(join(target, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!checked.tree.dirs.has(path)) throw new IoError(`extraction produced an unexpected folder ${path}`);
        await walk(path);
      } else if (entry.isFile() && checked.tree.files.get(path)?.size === (await lstat(join(target, path))).size) {
        found += 1;
      } else {
        throw new IoError(`extraction produced an unexpected entry ${path}`);
      }
    }
  };
  await walk('');
  if (found !== checked.tree.files.size) {
    throw new IoError(`extraction wrote ${found} of the tarball's ${checked.tree.files.size} files`);
  }
}
