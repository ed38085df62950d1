import { validateStoreDir, validateStorePath } from './paths.js';
import { SnapshotReader, decodeText } from './snapshot.js';
import type { CommitInfo, StoreEntry, Transaction } from './types.js';

const encoder = new TextEncoder();

/** Publishes the overlay's changes as a commit on top of the transaction's base. */
export type Checkpointer = (
  base: SnapshotReader,
  changes: Map<string, Uint8Array | null>,
  message: string | undefined,
) => Promise<{ commit: CommitInfo | null; base: SnapshotReader }>;

/** A transaction's view: the base snapshot plus an overlay of writes (read-your-writes). */
export class OverlayTransaction implements Transaction {
  readonly changes = new Map<string, Uint8Array | null>();
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
    const normalized = validateStorePath(path);
    this.changes.set(normalized, typeof content === 'string' ? encoder.encode(content) : content);
  }

  delete(path: string): void {
    this.changes.set(validateStorePath(path), null);
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

  async list(dir: string, options: { recursive?: boolean } = {}): Promise<StoreEntry[]> {
    const folder = validateStoreDir(dir);
    const prefix = folder === '' ? '' : `${folder}/`;
    const touched = [...this.changes.keys()].filter((path) => path.startsWith(prefix));
    if (touched.length === 0) return this.base.list(folder, options);

    // Merge the overlay into the full file list below the folder, then fold to one level if asked.
    const files = new Map<string, StoreEntry>();
    for (const entry of await this.base.list(folder, { recursive: true })) files.set(entry.path, entry);
    for (const path of touched) {
      if (this.changes.get(path) === null) files.delete(path);
      else files.set(path, { path, type: 'file', oid: null });
    }
    if (options.recursive) return [...files.values()].sort(byPath);
    const level = new Map<string, StoreEntry>();
    for (const entry of files.values()) {
      const rest = entry.path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) level.set(entry.path, entry);
      else {
        const path = `${prefix}${rest.slice(0, slash)}`;
        if (!level.has(path)) level.set(path, { path, type: 'dir', oid: null });
      }
    }
    return [...level.values()].sort(byPath);
  }

  async checkpoint(message?: string): Promise<CommitInfo | null> {
    const { commit, base } = await this.checkpointer(this.base, this.changes, message);
    this.base = base;
    this.changes.clear();
    return commit;
  }
}

function byPath(a: StoreEntry, b: StoreEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
