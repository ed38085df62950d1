import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { InvalidInputError, IoError } from '../errors.js';
import { documentFile, type LocalKind, validateContentPath } from './documents.js';

/** A skill or content file found on disk. */
export interface DiskFile {
  kind: LocalKind;
  key: string;
  file: string;
  text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Lists `skills/<slug>/SKILL.md` and `content/**\/*.md` under `root`. Hidden entries and symbolic
 * links are skipped (a link could lead outside the store); files must be UTF-8 text.
 */
export async function scanDisk(root: string, kinds: readonly LocalKind[]): Promise<DiskFile[]> {
  const files: DiskFile[] = [];
  if (kinds.includes('skills')) {
    for (const entry of await listDir(join(root, 'skills'))) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const file = documentFile('skills', entry.name);
      const path = join(root, file);
      const info = await lstat(path).catch(() => undefined);
      if (!info?.isFile()) continue;
      files.push({ kind: 'skills', key: entry.name, file, text: await readText(path, file) });
    }
  }
  if (kinds.includes('content')) {
    const walk = async (dir: string, prefix: string): Promise<void> => {
      for (const entry of await listDir(dir)) {
        if (entry.name.startsWith('.')) continue;
        const key = `${prefix}${entry.name}`;
        if (entry.isDirectory()) await walk(join(dir, entry.name), `${key}/`);
        else if (entry.isFile() && entry.name.endsWith('.md')) {
          const file = documentFile('content', validateContentPath(key, `content/${key}`));
          files.push({ kind: 'content', key, file, text: await readText(join(dir, entry.name), file) });
        }
      }
    };
    await walk(join(root, 'content'), '');
  }
  return files.sort((left, right) => compare(left.file, right.file));
}

/** Writes a store file atomically (temporary file + rename), refusing to follow links out of `root`. */
export async function writeStoreFile(root: string, file: string, text: string): Promise<void> {
  const path = join(root, file);
  try {
    await mkdir(dirname(path), { recursive: true });
    await assertInside(root, dirname(path), file);
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    if (InvalidInputError.isInstance(error)) throw error;
    throw new IoError(`cannot write ${file}: ${(error as Error).message}`, { cause: error, data: { file } });
  }
}

/** Deletes a store file and the folders it leaves empty (up to its kind's top folder). */
export async function deleteStoreFile(root: string, file: string): Promise<void> {
  const path = join(root, file);
  try {
    await assertInside(root, dirname(path), file);
    await rm(path, { force: true });
    const top = join(root, file.split('/')[0] as string);
    for (let dir = dirname(path); dir !== top && dir.startsWith(top + sep); dir = dirname(dir)) {
      // rmdir refuses non-empty folders, which is exactly where we stop.
      const removed = await rmdir(dir).then(
        () => true,
        () => false,
      );
      if (!removed) break;
    }
  } catch (error) {
    if (InvalidInputError.isInstance(error)) throw error;
    throw new IoError(`cannot delete ${file}: ${(error as Error).message}`, { cause: error, data: { file } });
  }
}

async function assertInside(root: string, dir: string, file: string): Promise<void> {
  const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dir)]);
  const inside = relative(realRoot, realDir);
  if (inside.startsWith('..') || inside.startsWith(sep)) {
    throw new InvalidInputError(`${file}: its folder leads outside the store (a symbolic link?); refusing to write`, {
      data: { file },
    });
  }
}

async function listDir(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new IoError(`cannot list ${dir}: ${(error as Error).message}`, { cause: error });
  }
}

async function readText(path: string, file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new IoError(`cannot read ${file}: ${(error as Error).message}`, { cause: error, data: { file } });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InvalidInputError(`${file}: not valid UTF-8 text`, { data: { file } });
  }
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
