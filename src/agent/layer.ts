import {
  type CommitInfo,
  decodeText,
  type PathDifferences,
  type StoreEntry,
  type Transaction,
  validateStoreDir,
  validateStorePath,
  validateWritePath,
} from '../store/index.js';

const encoder = new TextEncoder();

/**
 * A transaction inside a transaction: reads see the layer's own writes over its parent's view, and nothing reaches the
 * parent until `applyTo`. The agent keeps its run's writes in one (so `delete_sync` can drop them and nothing lands
 * without `finish`), and each `run_in_sync` call in another on top (so a call that fails leaves nothing behind).
 * Checkpoints are answered without a commit: inside the agent's run nothing is published before `finish`.
 */
export class LayeredTransaction implements Transaction {
  private readonly changes = new Map<string, Uint8Array | null>();
  /** Paths written (not deleted) and deleted through this layer, for run_in_sync's `changes` counts. */
  readonly written = new Set<string>();
  readonly deleted = new Set<string>();

  constructor(private readonly parent: Transaction) {}

  get attempt(): number {
    return this.parent.attempt;
  }

  async read(path: string): Promise<Uint8Array | null> {
    const normalized = validateStorePath(path);
    if (this.changes.has(normalized)) return this.changes.get(normalized) ?? null;
    return this.parent.read(normalized);
  }

  async readText(path: string): Promise<string | null> {
    const bytes = await this.read(path);
    return bytes === null ? null : decodeText(bytes);
  }

  async size(path: string): Promise<number | null> {
    const normalized = validateStorePath(path);
    if (this.changes.has(normalized)) return this.changes.get(normalized)?.byteLength ?? null;
    return this.parent.size(normalized);
  }

  write(path: string, content: Uint8Array | string): void {
    const normalized = validateWritePath(path);
    this.changes.set(normalized, typeof content === 'string' ? encoder.encode(content) : content);
    this.written.add(normalized);
    this.deleted.delete(normalized);
  }

  delete(path: string): void {
    const normalized = validateWritePath(path);
    this.changes.set(normalized, null);
    this.deleted.add(normalized);
    this.written.delete(normalized);
  }

  async deleteTree(dir: string): Promise<number> {
    const files = await this.list(dir, { recursive: true });
    for (const file of files) this.delete(file.path);
    return files.length;
  }

  changedPaths(): string[] {
    return [...this.changes.keys()].sort();
  }

  /** What differs from the parent's view below `prefix` (see Transaction.differences). */
  async differences(prefix = ''): Promise<PathDifferences> {
    const written: string[] = [];
    const deleted: string[] = [];
    for (const [path, content] of this.changes) {
      if (!path.startsWith(prefix)) continue;
      const before = await this.parent.read(path);
      if (content === null) {
        if (before !== null) deleted.push(path);
      } else if (before === null || Buffer.compare(before, content) !== 0) written.push(path);
    }
    return { written: written.sort(), deleted: deleted.sort() };
  }

  async list(dir: string, options: { recursive?: boolean } = {}): Promise<StoreEntry[]> {
    const folder = validateStoreDir(dir);
    const prefix = folder === '' ? '' : `${folder}/`;
    const touched = [...this.changes.keys()].filter((path) => path.startsWith(prefix));
    if (touched.length === 0) return this.parent.list(folder, options);
    if (options.recursive) {
      const files = new Map<string, StoreEntry>();
      for (const entry of await this.parent.list(folder, { recursive: true })) files.set(entry.path, entry);
      for (const path of touched) {
        if (this.changes.get(path) === null) files.delete(path);
        else files.set(path, { path, type: 'file', oid: null });
      }
      return [...files.values()].sort(byPath);
    }
    const level = new Map<string, StoreEntry>();
    for (const entry of await this.parent.list(folder)) level.set(entry.path, entry);
    const folders = new Set<string>();
    for (const path of touched) {
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash !== -1) folders.add(`${prefix}${rest.slice(0, slash)}`);
      else if (this.changes.get(path) === null) level.delete(path);
      else level.set(path, { path, type: 'file', oid: null });
    }
    // A folder that saw changes is listed when something is still below it.
    for (const sub of folders) {
      if ((await this.list(sub, { recursive: true })).length === 0) level.delete(sub);
      else level.set(sub, { path: sub, type: 'dir', oid: level.get(sub)?.oid ?? null });
    }
    return [...level.values()].sort(byPath);
  }

  /** No commit inside the agent's run: the run lands as a whole at `finish`, or not at all. */
  async checkpoint(): Promise<CommitInfo | null> {
    return null;
  }

  /** The run sets the commit message; handler code cannot. */
  setMessage(): void {}

  /** Writes this layer's changes into `target` (its parent, normally) and empties the layer. */
  applyTo(target: Transaction): void {
    for (const [path, content] of this.changes) {
      if (content === null) target.delete(path);
      else target.write(path, content);
    }
    this.discard();
  }

  /** Drops every change of this layer. */
  discard(): void {
    this.changes.clear();
    this.written.clear();
    this.deleted.clear();
  }
}

function byPath(a: StoreEntry, b: StoreEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
