import { forgetBlob, prepareBlob, preparedOid } from './blob-ahead.js';
import { packThreshold } from './git-objects.js';
import { hashBlob } from './object-format.js';
import { packCompression } from './packs.js';
import { validateStoreDir, validateStorePath, validateWritePath } from './paths.js';
import { decodeText, type SnapshotReader } from './snapshot.js';
import type { CommitInfo, PathDifferences, StoreEntry, Transaction } from './types.js';

const encoder = new TextEncoder();
/** Files prepared ahead when a commit will be a pack (see write): smaller ones cost about as much to hand over. */
const aheadBytes = 8 * 1024;

/**
 * Makes the overlay's changes a commit on top of the transaction's base and starts publishing it; answers the commit
 * and the new base at once. `onPublished` is called once it is published.
 */
export type Checkpointer = (
  base: SnapshotReader,
  changes: Map<string, Uint8Array | null>,
  message: string | undefined,
  onPublished: ((commit: CommitInfo) => void) | undefined,
) => Promise<{ commit: CommitInfo | null; base: SnapshotReader }>;

/** A transaction's view: the base snapshot plus an overlay of writes (read-your-writes). */
export class OverlayTransaction implements Transaction {
  readonly changes = new Map<string, Uint8Array | null>();
  /** Files written since the last checkpoint (see write). */
  private writes = 0;
  /** The final commit's message when the body set one. */
  message: string | undefined;

  constructor(
    public base: SnapshotReader,
    readonly attempt: number,
    private readonly checkpointer: Checkpointer,
  ) {}

  async read(path: string): Promise<Uint8Array | null> {
    const normalized = validateStorePath(path);
    if (this.changes.has(normalized)) return this.changes.get(normalized) ?? null;
    return this.base.read(normalized);
  }

  async readText(path: string): Promise<string | null> {
    const bytes = await this.read(path);
    return bytes === null ? null : decodeText(bytes);
  }

  async size(path: string): Promise<number | null> {
    const normalized = validateStorePath(path);
    if (this.changes.has(normalized)) return this.changes.get(normalized)?.byteLength ?? null;
    return this.base.size(normalized);
  }

  write(path: string, content: Uint8Array | string): void {
    const normalized = validateWritePath(path);
    let bytes: Uint8Array;
    if (typeof content === 'string') bytes = encoder.encode(content);
    else {
      bytes = content;
      forgetBlob(bytes); // prepared by an earlier transaction, perhaps with other bytes
    }
    this.changes.set(normalized, bytes);
    // A commit of packThreshold objects or more is written as a pack: once this one will be, its bigger files are
    // hashed and deflated on another thread while the body goes on (see blob-ahead.ts), instead of at the commit.
    this.writes += 1;
    if (this.writes < packThreshold) return;
    for (const known of this.writes === packThreshold ? this.changes.values() : [bytes]) {
      if (known && known.byteLength >= aheadBytes) prepareBlob(known, packCompression);
    }
  }

  delete(path: string): void {
    this.changes.set(validateWritePath(path), null);
  }

  async deleteTree(dir: string): Promise<number> {
    const files = await this.list(dir, { recursive: true });
    for (const file of files) this.changes.set(file.path, null);
    return files.length;
  }

  setMessage(message: string): void {
    this.message = message;
  }

  changedPaths(): string[] {
    return [...this.changes.keys()].sort();
  }

  async differences(prefix = ''): Promise<PathDifferences> {
    const written: string[] = [];
    const deleted: string[] = [];
    for (const [path, content] of this.changes) {
      if (!path.startsWith(prefix)) continue;
      const current = await this.base.oid(path);
      if (content === null) {
        if (current !== null) deleted.push(path);
      } else if (current === null || (preparedOid(content) ?? hashBlob(content)) !== current) written.push(path);
    }
    return { written: written.sort(), deleted: deleted.sort() };
  }

  async list(dir: string, options: { recursive?: boolean } = {}): Promise<StoreEntry[]> {
    const folder = validateStoreDir(dir);
    const prefix = folder === '' ? '' : `${folder}/`;
    const touched = [...this.changes.keys()].filter((path) => path.startsWith(prefix));
    if (touched.length === 0) return this.base.list(folder, options);
    if (!options.recursive) return this.listLevel(folder, prefix, touched);

    // Merge the overlay into the full file list below the folder.
    const files = new Map<string, StoreEntry>();
    for (const entry of await this.base.list(folder, { recursive: true })) files.set(entry.path, entry);
    for (const path of touched) {
      if (this.changes.get(path) === null) files.delete(path);
      else files.set(path, { path, type: 'file', oid: null });
    }
    return [...files.values()].sort(byPath);
  }

  /**
   * One level of `folder` with the overlay applied: the base level, plus what the changes put directly in it, plus
   * folders that changes wrote below. Only a base folder that saw nothing but deletions is listed further, to see
   * whether it is now empty: the cost follows the changes, not the size of the folder's subtree.
   */
  private async listLevel(folder: string, prefix: string, touched: string[]): Promise<StoreEntry[]> {
    const level = new Map<string, StoreEntry>();
    for (const entry of await this.base.list(folder)) level.set(entry.path, entry);
    const written = new Set<string>();
    const deletedBelow = new Set<string>();
    for (const path of touched) {
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash !== -1) {
        const sub = `${prefix}${rest.slice(0, slash)}`;
        (this.changes.get(path) === null ? deletedBelow : written).add(sub);
      } else if (this.changes.get(path) === null) level.delete(path);
      else level.set(path, { path, type: 'file', oid: null });
    }
    for (const sub of written) level.set(sub, { path: sub, type: 'dir', oid: null });
    for (const sub of deletedBelow) {
      if (written.has(sub) || level.get(sub)?.type !== 'dir') continue;
      if ((await this.list(sub, { recursive: true })).length === 0) level.delete(sub);
      else level.set(sub, { path: sub, type: 'dir', oid: null });
    }
    return [...level.values()].sort(byPath);
  }

  async checkpoint(message?: string, onPublished?: (commit: CommitInfo) => void): Promise<CommitInfo | null> {
    const { commit, base } = await this.checkpointer(this.base, this.changes, message, onPublished);
    this.base = base;
    this.changes.clear();
    this.writes = 0;
    return commit;
  }
}

function byPath(a: StoreEntry, b: StoreEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
