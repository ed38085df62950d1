import type { GitObjects } from './git-objects.js';
import { validateStoreDir, validateStorePath } from './paths.js';
import type { StoreEntry, StoreReader } from './types.js';

const decoder = new TextDecoder('utf-8');

/** Decodes bytes as UTF-8 text. */
export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Reads one commit's tree (an empty store when `commit` is null). */
export class SnapshotReader implements StoreReader {
  private treeOid: Promise<string | null> | null = null;

  constructor(
    private readonly objects: GitObjects,
    readonly commit: string | null,
  ) {}

  async read(path: string): Promise<Uint8Array | null> {
    const entry = await this.fileEntry(validateStorePath(path));
    return entry ? this.objects.blob(entry.oid) : null;
  }

  async readText(path: string): Promise<string | null> {
    const bytes = await this.read(path);
    return bytes === null ? null : decodeText(bytes);
  }

  async size(path: string): Promise<number | null> {
    const entry = await this.fileEntry(validateStorePath(path));
    return entry ? this.objects.blobSize(entry.oid) : null;
  }

  /** The blob oid at `path`, or null. */
  async oid(path: string): Promise<string | null> {
    return (await this.fileEntry(path))?.oid ?? null;
  }

  /** The root tree oid (null for an empty store). */
  async rootTree(): Promise<string | null> {
    this.treeOid ??= this.commit ? this.objects.commitTree(this.commit) : Promise.resolve(null);
    return this.treeOid;
  }

  async list(dir: string, options: { recursive?: boolean } = {}): Promise<StoreEntry[]> {
    const folder = validateStoreDir(dir);
    const root = await this.rootTree();
    if (!root) return [];
    const entry = await this.objects.entryAt(root, folder);
    if (entry?.type !== 'tree') return [];
    const prefix = folder === '' ? '' : `${folder}/`;
    const results: StoreEntry[] = [];
    const walk = async (treeOid: string, base: string): Promise<void> => {
      for (const child of (await this.objects.tree(treeOid)).values()) {
        const path = `${base}${child.name}`;
        if (child.type === 'tree') {
          if (options.recursive) await walk(child.oid, `${path}/`);
          else results.push({ path, type: 'dir', oid: child.oid });
        } else if (child.type === 'blob') {
          results.push({ path, type: 'file', oid: child.oid });
        }
      }
    };
    await walk(entry.oid, prefix);
    return results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private async fileEntry(path: string): Promise<{ oid: string } | null> {
    const root = await this.rootTree();
    if (!root) return null;
    const entry = await this.objects.entryAt(root, path);
    return entry && entry.type === 'blob' ? entry : null;
  }
}
