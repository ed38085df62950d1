import { InvalidInputError } from '../errors.js';
import type { GitObjects, TreeEntry } from './git-objects.js';

/** A blob oid to write at a path, or null to delete the path. */
export type BlobChanges = Map<string, string | null>;

interface ChangeNode {
  files: Map<string, string | null>;
  dirs: Map<string, ChangeNode>;
}

const emptyNode = (): ChangeNode => ({ files: new Map(), dirs: new Map() });

/**
 * Builds the tree that results from applying `changes` to `baseTree`, rewriting only the trees
 * along changed paths: the cost follows the change, not the size of the store.
 * Returns the new root tree oid (the empty tree when nothing is left).
 */
export async function buildTree(objects: GitObjects, baseTree: string | null, changes: BlobChanges): Promise<string> {
  const root = emptyNode();
  for (const [path, oid] of changes) {
    const segments = path.split('/');
    const fileName = segments.pop() as string;
    let node = root;
    for (const segment of segments) {
      let child = node.dirs.get(segment);
      if (!child) {
        child = emptyNode();
        node.dirs.set(segment, child);
      }
      node = child;
    }
    node.files.set(fileName, oid);
  }
  const oid = await applyNode(objects, baseTree, root, '');
  return oid ?? objects.writeTree([]);
}

async function applyNode(
  objects: GitObjects,
  baseTree: string | null,
  node: ChangeNode,
  prefix: string,
): Promise<string | null> {
  const entries = new Map<string, TreeEntry>(baseTree ? await objects.tree(baseTree) : []);
  for (const [name, oid] of node.files) {
    const existing = entries.get(name);
    if (oid === null) {
      if (existing && existing.type !== 'tree') entries.delete(name);
      continue;
    }
    if (node.dirs.has(name) || existing?.type === 'tree') {
      throw new InvalidInputError(`cannot write file ${prefix}${name}: a folder of that name exists`, {
        data: { path: `${prefix}${name}` },
      });
    }
    const mode = existing && existing.type === 'blob' && existing.mode !== '120000' ? existing.mode : '100644';
    entries.set(name, { name, mode, oid, type: 'blob' });
  }
  for (const [name, child] of node.dirs) {
    const existing = entries.get(name);
    if (existing && existing.type !== 'tree' && node.files.get(name) !== null) {
      throw new InvalidInputError(`cannot write below ${prefix}${name}: it is a file`, {
        data: { path: `${prefix}${name}` },
      });
    }
    const subtree = existing?.type === 'tree' ? existing.oid : null;
    const oid = await applyNode(objects, subtree, child, `${prefix}${name}/`);
    if (oid === null) entries.delete(name);
    else entries.set(name, { name, mode: '040000', oid, type: 'tree' });
  }
  if (entries.size === 0) return null;
  if (baseTree && sameEntries(entries, await objects.tree(baseTree))) return baseTree;
  return objects.writeTree([...entries.values()]);
}

function sameEntries(a: Map<string, TreeEntry>, b: Map<string, TreeEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, entry] of a) {
    const other = b.get(name);
    if (!other || other.oid !== entry.oid || other.mode !== entry.mode) return false;
  }
  return true;
}

/** One file that differs between two trees; `oid` null means the file is gone. */
export interface FileChange {
  path: string;
  oid: string | null;
  mode: string | null;
}

/** The files that differ between two trees, descending only into subtrees whose oids differ. */
export async function diffTrees(
  objects: GitObjects,
  from: string | null,
  to: string | null,
  prefix = '',
): Promise<FileChange[]> {
  if (from === to) return [];
  const before = from ? await objects.tree(from) : new Map<string, TreeEntry>();
  const after = to ? await objects.tree(to) : new Map<string, TreeEntry>();
  const changes: FileChange[] = [];
  const names = new Set([...before.keys(), ...after.keys()]);
  for (const name of names) {
    const old = before.get(name);
    const current = after.get(name);
    if (old && current && old.oid === current.oid && old.mode === current.mode) continue;
    const path = `${prefix}${name}`;
    const oldTree = old?.type === 'tree' ? old.oid : null;
    const newTree = current?.type === 'tree' ? current.oid : null;
    // Order matters for the work tree: a file leaves before a folder takes its name, and a
    // folder empties before a file takes its name.
    if (old && old.type !== 'tree' && !(current && current.type !== 'tree'))
      changes.push({ path, oid: null, mode: null });
    if (oldTree || newTree) changes.push(...(await diffTrees(objects, oldTree, newTree, `${path}/`)));
    if (current && current.type === 'blob') changes.push({ path, oid: current.oid, mode: current.mode });
  }
  return changes;
}
