import { InvalidInputError } from '../errors.js';
import { validateStorePath } from '../store/paths.js';
import type { Transaction } from '../store/types.js';
import { deleteLines, type NdjsonRecord, upsertLines } from './ndjson.js';
import {
  type IndexFiles,
  type IndexStats,
  PathIndex,
  type PathIndexLoadOptions,
  type PathIndexLoadResult,
  type PathIndexSpec,
} from './path-index.js';
import { type KeptItems, type KeptValues, keptBytes } from './save-items.js';

/** How many saved lines a mirror remembers at most (see ScopedMirror.kept): a 1M-entry backfill fits. */
const maxKeptLines = 2_000_000;

/** Hard cap on one mirror file (DESIGN section 2). */
export const maxMirrorFileBytes = 50 * 1024 * 1024;

/** One entry of `ctx.mirror.list`. */
export interface MirrorEntry {
  /** Path relative to the mirror prefix. */
  path: string;
  size: number;
}

/**
 * The mirror files a handler may touch: everything below `mirrors/<slug>/` except the engine's
 * own `.sync/` folder, seen through the event's transaction (DESIGN section 3, `ctx.mirror`).
 */
export class ScopedMirror {
  /**
   * What saveItems with `keep` saved, by store path, until the file is written or deleted again through this mirror
   * (its only writer during an event): its bytes, where its lines end, and a few values of each line, so that indexLoad
   * needs not read and parse the file back. Holding 200,000 parsed records cost more garbage collection than parsing
   * them again; the file's bytes (already held by the transaction) and three values per line cost next to none.
   */
  private readonly kept = new Map<string, KeptItems>();
  private keptLines = 0;

  constructor(
    private readonly tx: Transaction,
    /** Store-relative prefix ending in "/", e.g. `mirrors/dropbox/`. */
    readonly prefix: string,
  ) {}

  /** Validates a handler-supplied path and returns the store path. */
  resolve(path: string): string {
    if (typeof path !== 'string') throw new InvalidInputError('ctx.mirror: path must be a string');
    if (path.startsWith('/'))
      throw new InvalidInputError(`ctx.mirror: path ${JSON.stringify(path)} must be relative to the mirror`);
    const relative = validateStorePath(path, 'mirror path');
    if (relative === '.sync' || relative.startsWith('.sync/')) {
      throw new InvalidInputError(`ctx.mirror: ${JSON.stringify(path)} is inside .sync/, which belongs to the engine`);
    }
    return `${this.prefix}${relative}`;
  }

  async read(path: string): Promise<string | null> {
    return this.tx.readText(this.resolve(path));
  }

  /** Writes a mirror file; answers its size in bytes. */
  write(path: string, text: string): number {
    if (typeof text !== 'string') throw new InvalidInputError('ctx.mirror.write: text must be a string');
    return this.writeBytes(path, Buffer.from(text));
  }

  /** `write` of text already encoded as UTF-8. */
  writeBytes(path: string, bytes: Uint8Array): number {
    const target = this.resolve(path);
    if (bytes.byteLength > maxMirrorFileBytes) {
      throw new InvalidInputError(
        `ctx.mirror.write: ${path} would be ${bytes.byteLength} bytes; the cap is 50 MiB per file (shard it)`,
      );
    }
    this.tx.write(target, bytes);
    this.forget(target);
    return bytes.byteLength;
  }

  /** Writes what saveItems rendered; remembers `kept` (see `kept`). */
  writeSaved(path: string, text: string, kept: KeptValues | undefined): number {
    const bytes = Buffer.from(text);
    this.writeBytes(path, bytes);
    if (kept && this.keptLines + kept.ends.length <= maxKeptLines) {
      this.kept.set(this.resolve(path), keptBytes(text, bytes, kept));
      this.keptLines += kept.ends.length;
    }
    return bytes.byteLength;
  }

  delete(path: string): void {
    const target = this.resolve(path);
    this.tx.delete(target);
    this.forget(target);
  }

  private forget(target: string): void {
    const known = this.kept.get(target);
    if (!known) return;
    this.kept.delete(target);
    this.keptLines -= known.ends.length;
  }

  async list(dir?: string): Promise<MirrorEntry[]> {
    const folder = dir === undefined || dir === '' || dir === '.' ? this.prefix.slice(0, -1) : this.resolve(dir);
    const entries = await this.tx.list(folder, { recursive: true });
    const result: MirrorEntry[] = [];
    for (const entry of entries) {
      const relative = entry.path.slice(this.prefix.length);
      if (relative.startsWith('.sync/')) continue;
      result.push({ path: relative, size: (await this.tx.size(entry.path)) ?? 0 });
    }
    return result;
  }

  /** Every file below dir, mirror-relative (no sizes: cheaper than list). */
  async listPaths(dir: string): Promise<string[]> {
    const entries = await this.tx.list(this.resolve(dir), { recursive: true });
    return entries.map((entry) => entry.path.slice(this.prefix.length));
  }

  /**
   * Runs one operation on the path index under dir (see path-index.ts) and writes the leaves it changed.
   * Answers the operation's value and the call's mirror-io figures.
   */
  async withIndex<T>(
    dir: string,
    spec: PathIndexSpec,
    method: string,
    operation: (index: PathIndex) => Promise<T>,
  ): Promise<{ value: T; io: PathIndex['stats'] }> {
    const files: IndexFiles = {
      read: (path) => this.read(path),
      write: (path, bytes) => this.writeBytes(path, bytes),
      delete: (path) => this.delete(path),
      listPaths: (folder) => this.listPaths(folder),
      kept: (path) => this.kept.get(this.resolve(path)) ?? null,
      listNames: async (folder) =>
        (await this.tx.list(this.resolve(folder))).map(
          (entry) => `${entry.path.slice(entry.path.lastIndexOf('/') + 1)}${entry.type === 'dir' ? '/' : ''}`,
        ),
    };
    const index = new PathIndex(
      files,
      this.resolve(dir).slice(this.prefix.length),
      spec,
      `ctx.mirror.${method}(${JSON.stringify(dir)})`,
    );
    const value = await operation(index);
    index.flush();
    return { value, io: index.stats };
  }

  /** ctx.mirror.indexLoad: the whole index rebuilt from NDJSON source files. */
  async indexLoad(
    dir: string,
    sources: unknown,
    options: PathIndexLoadOptions,
  ): Promise<PathIndexLoadResult & { io: IndexStats }> {
    if (!Array.isArray(sources))
      throw new InvalidInputError('ctx.mirror.indexLoad: sources must be a list of mirror paths');
    const { value, io } = await this.withIndex(dir, options, 'indexLoad', (index) => index.load(sources, options));
    return { ...value, io };
  }

  async upsertLines(path: string, records: NdjsonRecord[], key: string): Promise<{ added: number; updated: number }> {
    if (!Array.isArray(records)) throw new InvalidInputError('ctx.mirror.upsertLines: records must be an array');
    if (typeof key !== 'string' || key === '')
      throw new InvalidInputError('ctx.mirror.upsertLines: key must be a field name');
    const current = (await this.read(path)) ?? '';
    const result = upsertLines(current, records, key, `ctx.mirror.upsertLines(${path})`);
    if (result.added + result.updated > 0) this.write(path, result.text);
    return { added: result.added, updated: result.updated };
  }

  async deleteLines(path: string, keys: unknown[], key: string): Promise<number> {
    if (!Array.isArray(keys)) throw new InvalidInputError('ctx.mirror.deleteLines: keys must be an array');
    const current = await this.read(path);
    if (current === null) return 0;
    const result = deleteLines(current, keys, key, `ctx.mirror.deleteLines(${path})`);
    if (result.deleted > 0) this.write(path, result.text);
    return result.deleted;
  }
}
