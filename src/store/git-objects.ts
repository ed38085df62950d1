import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflate, deflateSync, inflateSync, constants as zlibConstants } from 'node:zlib';
import git from 'isomorphic-git';
import { FileSystem } from 'isomorphic-git/models';
import { IoError } from '../errors.js';
import {
  decodeCommitTree,
  decodeTree,
  emptyTreeOid,
  encodeCommit,
  encodeTree,
  hashObject,
  type ObjectType,
  objectHeader,
  type TreeEntry,
} from './object-format.js';
import { pacer } from './pace.js';
import { type GitObject, type PackInput, PackReader, touch, writePack } from './packs.js';

export type { TreeEntry } from './object-format.js';

/** A tree as a name → entry map. */
export type Tree = Map<string, TreeEntry>;

const maxCachedTrees = 4096;
const oidPattern = /^[0-9a-f]{40}$/;

/** node:fs wrapped once: isomorphic-git otherwise wraps (and probes) it again on every call. */
export const gitFs = new FileSystem(fs) as unknown as typeof fs;

/** Names this process's temporary object files apart from any a crashed process left behind. */
const temporaryPrefix = `tmp_obj_syncagent_${process.pid}_${randomBytes(4).toString('hex')}_`;
let temporaries = 0;

/**
 * A batch that writes at least this many new objects writes them as one pack instead of loose
 * files. Creating a file is the expensive part of a loose object (~0.5-0.7 ms each on ext4 in a
 * VM, against ~0.2 ms to deflate 40 KB of NDJSON), so a backfill's final commit of ~1,500 objects spent
 * about a second creating them; a pack is two files. Below the threshold (checkpoints, webhook
 * commits of a few files) loose objects stay: git's own `gc --auto` counts on packs being few,
 * and 64 objects cost ~40 ms loose. git itself keeps pushes and fetches of fewer than
 * transfer.unpackLimit = 100 objects loose for the same reason.
 */
export const packThreshold = 64;

const deflateAsync = promisify(deflate);

const objectTypes = new Set<string>(['blob', 'tree', 'commit', 'tag']);

/** Pack order: commits, then trees, then blobs (the order git's pack-objects writes). */
const packOrder: Record<ObjectType, number> = { commit: 0, tag: 1, tree: 2, blob: 3 };

/**
 * git's own default for loose objects (core.looseCompression = 1, best speed): a loose object
 * lives until the next repack, which recompresses it anyway. On NDJSON mirror files level 6
 * took 3× as long for output 8% smaller.
 */
const looseCompression = 1;

/**
 * Reads and writes the git objects of one repository. Loose objects are hashed with node:crypto,
 * deflated with node:zlib and read back the same way, synchronously: a synchronous write +
 * rename cost about half of the same through the promise API, and isomorphic-git's per-object
 * CompressionStream / DecompressionStream cost milliseconds (reading 2,000 40 KB blobs: ~1.7 s
 * through isomorphic-git, ~0.15 s here). Packed objects (after a clone, `git gc`, or a big
 * batch) are read by PackReader, which keeps pack indexes loaded and reads each object with a
 * positioned read (isomorphic-git loaded every whole pack into memory on first use). Trees and
 * commits are immutable, so parsed trees and commit → tree links are cached by oid, including
 * those this process wrote.
 *
 * `batch()` hands out a view that holds its writes in memory (readable through the view) and
 * writes them when the batch ends: as one pack when there are `packThreshold` or more new ones,
 * else as loose objects.
 */
export class GitObjects {
  readonly dir: string;
  readonly gitdir: string;
  /** isomorphic-git's cache object (parsed index, and packs for the few calls still made through it). */
  readonly cache: object;
  private readonly objectsDir: string;
  private readonly trees: Map<string, Tree>;
  private readonly commitTrees: Map<string, string>;
  private readonly sizes: Map<string, number>;
  /** Fan-out folders (objects/xx) known to exist, so each costs one mkdir per process. */
  private readonly fanouts: Set<string>;
  private readonly packs: PackReader;
  /** In a batch: the objects written so far, by oid, until the batch writes them. */
  private readonly pending: Map<string, PackInput> | null;

  /** `parent`: make a batch view that shares the parent's caches and packs (see `batch`). */
  constructor(dir: string, gitdir: string, parent?: GitObjects) {
    this.dir = dir;
    this.gitdir = gitdir;
    this.objectsDir = join(gitdir, 'objects');
    this.cache = parent?.cache ?? {};
    this.trees = parent?.trees ?? new Map();
    this.commitTrees = parent?.commitTrees ?? new Map();
    this.sizes = parent?.sizes ?? new Map();
    this.fanouts = parent?.fanouts ?? new Set();
    this.packs = parent?.packs ?? new PackReader(join(this.objectsDir, 'pack'), (oid) => this.readStored(oid));
    this.pending = parent ? new Map() : null;
  }

  /**
   * Runs `body` with a view whose writes are held in memory (and read back from there), then
   * writes them: as one pack when at least `packThreshold` of them are new, else loose. Objects
   * already stored (loose or packed) are skipped. When `body` throws nothing is written.
   */
  async batch<T>(body: (objects: GitObjects) => Promise<T>): Promise<T> {
    const view = new GitObjects(this.dir, this.gitdir, this);
    const value = await body(view);
    await view.flush();
    return value;
  }

  /**
   * Runs `body` like `batch` but leaves the writing to the caller: until `write()` has stored them, the objects are
   * readable through `view` (and only there). `write()` deflates and writes loose objects in the thread pool, so
   * the event loop goes on meanwhile (a checkpoint's objects are written while the next page is fetched); a batch
   * big enough for a pack is written as `batch` does.
   */
  async stage<T>(
    body: (objects: GitObjects) => Promise<T>,
  ): Promise<{ value: T; view: GitObjects; write: () => Promise<void> }> {
    const view = new GitObjects(this.dir, this.gitdir, this);
    const value = await body(view);
    return { value, view, write: () => view.flush(true) };
  }

  /** The tree of a commit. */
  async commitTree(commit: string): Promise<string> {
    const known = this.commitTrees.get(commit);
    if (known) return known;
    const content = await this.read(commit, 'commit');
    const tree = this.guard('read commit', () => decodeCommitTree(content));
    this.commitTrees.set(commit, tree);
    return tree;
  }

  /** A parsed tree (cached). */
  async tree(oid: string): Promise<Tree> {
    const cached = this.trees.get(oid);
    if (cached) return cached;
    const content = await this.read(oid, 'tree');
    return this.cacheTree(
      oid,
      this.guard('read tree', () => decodeTree(content)),
    );
  }

  /** The entry at `path` below `treeOid` ("" is the tree itself), or null. */
  async entryAt(treeOid: string, path: string): Promise<TreeEntry | null> {
    if (path === '') return { name: '', mode: '040000', oid: treeOid, type: 'tree' };
    let current: TreeEntry = { name: '', mode: '040000', oid: treeOid, type: 'tree' };
    for (const segment of path.split('/')) {
      if (current.type !== 'tree') return null;
      const next = (await this.tree(current.oid)).get(segment);
      if (!next) return null;
      current = next;
    }
    return current;
  }

  /** A blob's bytes. */
  async blob(oid: string): Promise<Uint8Array> {
    const blob = await this.read(oid, 'blob');
    this.sizes.set(oid, blob.byteLength);
    return blob;
  }

  /** A blob's size (cached by oid: blobs are immutable); a loose blob's comes from its header alone. */
  async blobSize(oid: string): Promise<number> {
    const known = this.sizes.get(oid) ?? this.looseBlobSize(oid);
    if (known !== null && known !== undefined) {
      this.sizes.set(oid, known);
      return known;
    }
    return (await this.blob(oid)).byteLength;
  }

  /** The size in a loose blob's header, inflating only the start of the file; null when not a loose blob. */
  private looseBlobSize(oid: string): number | null {
    const deflated = readIfExists(this.loosePath(oid));
    if (!deflated) return null;
    const start = inflateSync(deflated.subarray(0, 64), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const header = /^blob (\d+)\0/.exec(start.toString('latin1', 0, Math.min(start.length, 32)));
    return header ? Number(header[1]) : null;
  }

  /** Writes a blob and returns its oid; `oid` skips re-hashing content the caller already hashed. */
  async writeBlob(content: Uint8Array, oid = hashObject('blob', content)): Promise<string> {
    this.write('blob', content, oid);
    this.sizes.set(oid, content.byteLength);
    return oid;
  }

  /** Writes a tree from its entries and returns its oid. */
  async writeTree(entries: TreeEntry[]): Promise<string> {
    const content = this.guard('write tree', () => encodeTree(entries));
    const oid = hashObject('tree', content);
    this.write('tree', content, oid);
    this.cacheTree(oid, entries);
    return oid;
  }

  /** Writes a commit (UTC author = committer) and returns its oid. */
  async writeCommit(options: {
    tree: string;
    parents: string[];
    message: string;
    author: { name: string; email: string };
    when: Date;
  }): Promise<string> {
    const signature = { name: options.author.name, email: options.author.email, when: options.when };
    const content = encodeCommit({
      tree: options.tree,
      parents: options.parents,
      author: signature,
      committer: signature,
      message: options.message,
    });
    const oid = hashObject('commit', content);
    this.write('commit', content, oid);
    this.commitTrees.set(oid, options.tree);
    return oid;
  }

  /**
   * Resolves a full ref name (refs/heads/main) to a commit oid, or null when it does not exist:
   * the loose ref file, else packed-refs. isomorphic-git's resolveRef took ~0.8 ms a call (it
   * tries several prefixes and re-reads packed-refs); symbolic refs still go through it.
   */
  async resolve(ref: string): Promise<string | null> {
    try {
      const loose = readIfExists(join(this.gitdir, ref))?.toString('utf8').trim();
      if (loose !== undefined)
        return oidPattern.test(loose)
          ? loose
          : await git.resolveRef({ fs: gitFs, dir: this.dir, gitdir: this.gitdir, ref });
      for (const line of readIfExists(join(this.gitdir, 'packed-refs'))?.toString('utf8').split('\n') ?? []) {
        if (line.endsWith(` ${ref}`) && line.length === ref.length + 41 && oidPattern.test(line.slice(0, 40)))
          return line.slice(0, 40);
      }
      return null;
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return null;
      throw new IoError(`cannot resolve ${ref}: ${(error as Error).message}`, { cause: error });
    }
  }

  private cacheTree(oid: string, entries: TreeEntry[]): Tree {
    const parsed: Tree = new Map();
    for (const entry of entries) parsed.set(entry.name, entry);
    if (this.trees.size >= maxCachedTrees) this.trees.clear();
    this.trees.set(oid, parsed);
    return parsed;
  }

  /** An object's content, checked to be of `type`. */
  private async read(oid: string, type: ObjectType): Promise<Uint8Array> {
    try {
      const object =
        oid === emptyTreeOid
          ? { type: 'tree', content: new Uint8Array(0) }
          : (this.pending?.get(oid) ?? this.readStored(oid));
      if (!object) throw new Error('no such object');
      if (object.type !== type) throw new Error(`object ${oid} is a ${object.type}, not a ${type}`);
      return object.content;
    } catch (error) {
      throw new IoError(`git: cannot read ${type} ${oid}: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * An object from the repository, or null: the packs already loaded (an in-memory lookup), then
   * the loose object, then packs that appeared since they were listed.
   */
  private readStored(oid: string): GitObject | null {
    return this.packs.read(oid, false) ?? this.readLoose(oid) ?? this.packs.read(oid, true);
  }

  /** A loose object, inflated and checked against its id (as isomorphic-git did); null when not loose. */
  private readLoose(oid: string): GitObject | null {
    const deflated = readIfExists(this.loosePath(oid));
    if (!deflated) return null;
    const inflated = inflateSync(deflated);
    const nul = inflated.indexOf(0);
    const [type = '', length] = inflated.toString('latin1', 0, Math.max(nul, 0)).split(' ');
    const content = inflated.subarray(nul + 1);
    if (nul === -1 || Number(length) !== content.byteLength)
      throw new Error(`loose object ${oid} has a malformed header`);
    if (!objectTypes.has(type)) throw new Error(`loose object ${oid} has an unknown type ${type}`);
    const actual = hashObject(type as ObjectType, content);
    if (actual !== oid) throw new Error(`loose object ${oid} is corrupt (its content hashes to ${actual})`);
    return {
      type: type as ObjectType,
      content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength),
    };
  }

  /**
   * True when the repository holds `oid` (loose, or in a pack already loaded) and it has been freshened: instead of
   * writing an object again, git touches the file that holds it, and `git gc` keeps recent files' objects. Skipping
   * the write without that, a commit could point at an object that a gc running meanwhile pruned as old and
   * unreachable. An object whose file cannot be touched is written anew (a rename over the old file).
   */
  private stored(oid: string): boolean {
    return this.packs.freshen(oid) || touch(this.loosePath(oid)) === true;
  }

  /** Writes an object: held by a batch, else loose. */
  private write(type: ObjectType, content: Uint8Array, oid: string): void {
    if (this.pending) this.pending.set(oid, { oid, type, content });
    else this.writeLoose(type, content, oid);
  }

  /**
   * Writes a batch's new objects (see `batch`): a pack when there are packThreshold or more, else
   * loose, synchronously or, for `stage`, deflated and written in the thread pool.
   */
  private async flush(background = false): Promise<void> {
    const pending = this.pending!;
    const fresh = [...pending.values()].filter((object) => !this.stored(object.oid));
    if (fresh.length >= packThreshold) {
      try {
        fresh.sort((a, b) => packOrder[a.type] - packOrder[b.type]);
        this.packs.add(await writePack(join(this.objectsDir, 'pack'), fresh, pacer()));
      } catch (error) {
        if (IoError.isInstance(error)) throw error;
        throw new IoError(`git: cannot write a pack of ${fresh.length} objects: ${(error as Error).message}`, {
          cause: error,
        });
      }
    } else if (background) {
      // Every write settles before this answers: none goes on after a failure has been reported.
      const outcomes = await Promise.allSettled(fresh.map((object) => this.writeNewLooseInBackground(object)));
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    } else {
      const pace = pacer();
      for (const object of fresh) {
        await pace();
        this.writeNewLoose(object);
      }
    }
    pending.clear();
  }

  /**
   * Writes a loose object the way git does: deflate header + content, write a temporary file in
   * the object's folder (named tmp_obj_* so `git prune` clears one a crash leaves), rename it into
   * place. An object that already exists (loose or packed) is left alone: same id, same content.
   */
  private writeLoose(type: ObjectType, content: Uint8Array, oid: string): void {
    if (!this.stored(oid)) this.writeNewLoose({ oid, type, content });
  }

  /** writeLoose for an object the caller already knows is not stored. */
  private writeNewLoose(object: PackInput): void {
    const { folder, temporary, raw } = this.looseParts(object);
    try {
      const deflated = deflateSync(raw, { level: looseCompression });
      this.ensureFanout(folder);
      try {
        fs.writeFileSync(temporary, deflated, { mode: 0o444, flag: 'wx' });
      } catch (error) {
        if (!removedFanout(error)) throw error;
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(temporary, deflated, { mode: 0o444, flag: 'wx' });
      }
      fs.renameSync(temporary, this.loosePath(object.oid));
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      this.failedLoose(object, error);
    }
  }

  /** writeNewLoose through the thread pool (see `stage`). */
  private async writeNewLooseInBackground(object: PackInput): Promise<void> {
    const { folder, temporary, raw } = this.looseParts(object);
    try {
      const deflated = await deflateAsync(raw, { level: looseCompression });
      this.ensureFanout(folder);
      try {
        await writeFile(temporary, deflated, { mode: 0o444, flag: 'wx' });
      } catch (error) {
        if (!removedFanout(error)) throw error;
        await mkdir(folder, { recursive: true });
        await writeFile(temporary, deflated, { mode: 0o444, flag: 'wx' });
      }
      await rename(temporary, this.loosePath(object.oid));
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      this.failedLoose(object, error);
    }
  }

  /** A loose object's fan-out folder, a fresh temporary name in it, and its bytes before deflating. */
  private looseParts(object: PackInput): { folder: string; temporary: string; raw: Buffer } {
    const folder = join(this.objectsDir, object.oid.slice(0, 2));
    const temporary = join(folder, `${temporaryPrefix}${(temporaries += 1)}`);
    return {
      folder,
      temporary,
      raw: Buffer.concat([objectHeader(object.type, object.content.byteLength), object.content]),
    };
  }

  /** Creates a fan-out folder once per process. */
  private ensureFanout(folder: string): void {
    if (this.fanouts.has(folder)) return;
    fs.mkdirSync(folder, { recursive: true });
    this.fanouts.add(folder);
  }

  /** A failed loose write: fine when another writer stored the object meanwhile (same id, same content). */
  private failedLoose(object: PackInput, error: unknown): void {
    if (this.stored(object.oid)) return;
    throw new IoError(`git: cannot write ${object.type} ${object.oid}: ${(error as Error).message}`, { cause: error });
  }

  private loosePath(oid: string): string {
    return join(this.objectsDir, oid.slice(0, 2), oid.slice(2));
  }

  private guard<T>(what: string, operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      throw new IoError(`git: cannot ${what}: ${(error as Error).message}`, { cause: error });
    }
  }
}

/** `git prune` removes empty fan-out folders, also while this process runs. */
function removedFanout(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** A file's bytes, or undefined when it does not exist. */
function readIfExists(path: string): Buffer | undefined {
  try {
    return fs.readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
