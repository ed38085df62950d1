import * as fs from 'node:fs';
import git from 'isomorphic-git';
import { IoError } from '../errors.js';

/** One entry of a git tree. */
export interface TreeEntry {
  name: string;
  mode: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}

/** A tree as a name → entry map. */
export type Tree = Map<string, TreeEntry>;

const maxCachedTrees = 4096;

/**
 * Reads and writes git objects of one repository through isomorphic-git. Trees are immutable,
 * so parsed trees are cached by oid; isomorphic-git's own cache keeps pack indexes loaded.
 */
export class GitObjects {
  readonly dir: string;
  readonly gitdir: string;
  /** isomorphic-git's cache object (pack indexes, parsed index). */
  readonly cache: object = {};
  private readonly trees = new Map<string, Tree>();
  private readonly sizes = new Map<string, number>();

  constructor(dir: string, gitdir: string) {
    this.dir = dir;
    this.gitdir = gitdir;
  }

  /** The tree of a commit. */
  async commitTree(commit: string): Promise<string> {
    const { commit: parsed } = await this.wrap('read commit', () =>
      git.readCommit({ fs, dir: this.dir, gitdir: this.gitdir, oid: commit, cache: this.cache }),
    );
    return parsed.tree;
  }

  /** A parsed tree (cached). */
  async tree(oid: string): Promise<Tree> {
    const cached = this.trees.get(oid);
    if (cached) return cached;
    const { tree } = await this.wrap('read tree', () =>
      git.readTree({ fs, dir: this.dir, gitdir: this.gitdir, oid, cache: this.cache }),
    );
    const parsed: Tree = new Map();
    for (const entry of tree) parsed.set(entry.path, { name: entry.path, mode: entry.mode, oid: entry.oid, type: entry.type });
    if (this.trees.size >= maxCachedTrees) this.trees.clear();
    this.trees.set(oid, parsed);
    return parsed;
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
    const { blob } = await this.wrap('read blob', () =>
      git.readBlob({ fs, dir: this.dir, gitdir: this.gitdir, oid, cache: this.cache }),
    );
    this.sizes.set(oid, blob.byteLength);
    return blob;
  }

  /** A blob's size (cached by oid: blobs are immutable). */
  async blobSize(oid: string): Promise<number> {
    const known = this.sizes.get(oid);
    if (known !== undefined) return known;
    return (await this.blob(oid)).byteLength;
  }

  /** Writes a blob and returns its oid. */
  async writeBlob(content: Uint8Array): Promise<string> {
    const oid = await this.wrap('write blob', () =>
      git.writeBlob({ fs, dir: this.dir, gitdir: this.gitdir, blob: content }),
    );
    this.sizes.set(oid, content.byteLength);
    return oid;
  }

  /** Writes a tree from its entries and returns its oid. */
  async writeTree(entries: TreeEntry[]): Promise<string> {
    const oid = await this.wrap('write tree', () =>
      git.writeTree({
        fs,
        dir: this.dir,
        gitdir: this.gitdir,
        tree: entries.map((entry) => ({ mode: entry.mode, path: entry.name, oid: entry.oid, type: entry.type })),
      }),
    );
    return oid;
  }

  /** Writes a commit and returns its oid. */
  async writeCommit(options: {
    tree: string;
    parents: string[];
    message: string;
    author: { name: string; email: string };
    when: Date;
  }): Promise<string> {
    const signature = {
      name: options.author.name,
      email: options.author.email,
      timestamp: Math.floor(options.when.getTime() / 1000),
      timezoneOffset: 0,
    };
    return this.wrap('write commit', () =>
      git.writeCommit({
        fs,
        dir: this.dir,
        gitdir: this.gitdir,
        commit: {
          tree: options.tree,
          parent: options.parents,
          author: signature,
          committer: signature,
          message: options.message.endsWith('\n') ? options.message : `${options.message}\n`,
        },
      }),
    );
  }

  /** Resolves a ref to a commit oid, or null when it does not exist. */
  async resolve(ref: string): Promise<string | null> {
    try {
      return await git.resolveRef({ fs, dir: this.dir, gitdir: this.gitdir, ref });
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return null;
      throw new IoError(`cannot resolve ${ref}: ${(error as Error).message}`, { cause: error });
    }
  }


  private async wrap<T>(what: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw new IoError(`git: cannot ${what}: ${(error as Error).message}`, { cause: error });
    }
  }
}
