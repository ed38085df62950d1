import { createHash, hash } from 'node:crypto';

/*
 * An in-memory Dropbox namespace with a change log, the state behind `startDropboxApi`.
 *
 * Wire shapes follow the Dropbox API v2 HTTP reference (https://www.dropbox.com/developers/documentation/http/documentation,
 * files/list_folder and files/list_folder/continue): FileMetadata carries `.tag`, name, path_lower, path_display, id,
 * client_modified, server_modified, rev, size, is_downloadable, content_hash; FolderMetadata `.tag`, name, path_lower,
 * path_display, id; DeletedMetadata `.tag`, name, path_lower, path_display. The change semantics are the ones the
 * list_folder docs tell clients to apply in order: a file replaces whatever is at its path (children included), a folder
 * replaces what is at its path but keeps children, a deleted entry removes the path and its subtree.
 *
 * Performance: every mutation appends records to one log; a cursor is a position in that log, so
 * `list_folder/continue` costs O(changes since the cursor) and a page costs O(limit) (plus records superseded during
 * an initial listing, which are skipped). Subtree moves and deletes cost O(subtree), found through a children index.
 */

/** Metadata of a file, as Dropbox returns it. */
export interface DropboxFileMetadata {
  '.tag': 'file';
  name: string;
  path_lower: string;
  path_display: string;
  id: string;
  client_modified: string;
  server_modified: string;
  rev: string;
  size: number;
  is_downloadable: boolean;
  content_hash: string;
}

/** Metadata of a folder, as Dropbox returns it. */
export interface DropboxFolderMetadata {
  '.tag': 'folder';
  name: string;
  path_lower: string;
  path_display: string;
  id: string;
}

/** Metadata of a deleted entry, as Dropbox returns it. */
export interface DropboxDeletedMetadata {
  '.tag': 'deleted';
  name: string;
  path_lower: string;
  path_display: string;
}

/** Any entry of a list_folder result. */
export type DropboxMetadata = DropboxFileMetadata | DropboxFolderMetadata | DropboxDeletedMetadata;

/** Arguments of files/list_folder and files/list_folder/get_latest_cursor that the fake honours. */
export interface ListFolderOptions {
  path: string;
  recursive?: boolean;
  includeDeleted?: boolean;
  limit?: number;
}

/** One page of a listing. */
export interface ListFolderPage {
  entries: DropboxMetadata[];
  cursor: string;
  has_more: boolean;
}

/** Thrown by the tree for a cursor the API would answer with `409 reset`. */
export class CursorResetError extends Error {
  override readonly name = 'CursorResetError';
}

/** Thrown for a malformed cursor or argument (the API answers 400). */
export class BadArgumentError extends Error {
  override readonly name = 'BadArgumentError';
}

/** Thrown by list_folder for a path that is missing or not a folder (the API answers 409 path/...). */
export class LookupError extends Error {
  override readonly name = 'LookupError';
  constructor(
    readonly reason: 'not_found' | 'not_folder',
    path: string,
  ) {
    super(`${reason}: ${path}`);
  }
}

interface FileNode {
  kind: 'file';
  id: string;
  pathLower: string;
  pathDisplay: string;
  size: number;
  rev: string;
  serverModified: string;
  clientModified: string;
  content: Buffer | undefined;
  contentHash: string | undefined;
}

interface FolderNode {
  kind: 'folder';
  id: string;
  pathLower: string;
  pathDisplay: string;
}

interface Tombstone {
  kind: 'deleted';
  pathLower: string;
  pathDisplay: string;
}

type LiveNode = FileNode | FolderNode;
type LogRecord = LiveNode | Tombstone;

interface CursorState {
  /** Reset epoch the cursor was issued in. */
  e: number;
  /** Next log index to read. */
  p: number;
  /** Log records below this index belong to the initial listing (dead records are skipped there). */
  u: number;
  /** Lower-cased folder path ('' is the root). */
  f: string;
  r: boolean;
  d: boolean;
  l: number;
}

/** Default and maximum page size of files/list_folder (`limit` is 1..2000 in the API reference). */
export const DROPBOX_MAX_LIMIT = 2000;

/** A mutable Dropbox namespace with list_folder semantics; shared by the fake API and tests. */
export class DropboxTree {
  private readonly nodes = new Map<string, LiveNode>();
  private readonly children = new Map<string, Set<string>>([['', new Set()]]);
  private readonly tombstones = new Map<string, Tombstone>();
  private readonly log: LogRecord[] = [];
  private readonly listeners = new Set<() => void>();
  private epoch = 0;
  private nextId = 1;
  private nextRev = 1;

  constructor(private readonly clock: () => number = Date.now) {}

  /** Number of live files and folders. */
  get size(): number {
    return this.nodes.size;
  }

  /** Number of records in the change log (every mutation appends at least one). */
  get logLength(): number {
    return this.log.length;
  }

  /** Adds a file (creating missing parent folders); an existing file at the path gets a new revision. */
  addFile(
    path: string,
    options: { size?: number; content?: string | Buffer; clientModified?: string } = {},
  ): DropboxFileMetadata {
    const { lower, display } = this.normalize(path);
    const existing = this.nodes.get(lower);
    if (existing?.kind === 'file') return this.modifyFile(path, options);
    if (existing?.kind === 'folder') this.removeSubtree(existing);
    const parent = this.ensureParents(lower, display);
    const content = options.content === undefined ? undefined : Buffer.from(options.content);
    const node = this.newFile(
      this.childDisplay(parent, display),
      this.newId(),
      content?.length ?? options.size ?? 0,
      content,
      options.clientModified,
    );
    this.insert(node);
    this.changed();
    return toMetadata(node) as DropboxFileMetadata;
  }

  /** Adds a folder (and missing parents); adding an existing folder changes nothing. */
  addFolder(path: string): DropboxFolderMetadata {
    const { lower, display } = this.normalize(path);
    const existing = this.nodes.get(lower);
    if (existing?.kind === 'folder') return toMetadata(existing) as DropboxFolderMetadata;
    if (existing?.kind === 'file') throw new Error(`addFolder: a file exists at ${existing.pathDisplay}`);
    const parent = this.ensureParents(lower, display);
    const node: FolderNode = {
      kind: 'folder',
      id: this.newId(),
      pathLower: lower,
      pathDisplay: this.childDisplay(parent, display),
    };
    this.insert(node);
    this.changed();
    return toMetadata(node) as DropboxFolderMetadata;
  }

  /** Gives an existing file a new revision (new rev, server_modified and content hash; size changes unless given). */
  modifyFile(
    path: string,
    options: { size?: number; content?: string | Buffer; clientModified?: string } = {},
  ): DropboxFileMetadata {
    const { lower } = this.normalize(path);
    const existing = this.nodes.get(lower);
    if (existing?.kind !== 'file') throw new Error(`modifyFile: no file at ${path}`);
    const content = options.content === undefined ? undefined : Buffer.from(options.content);
    const size = content?.length ?? options.size ?? existing.size + 1;
    const node = this.newFile(existing.pathDisplay, existing.id, size, content, options.clientModified);
    this.insert(node);
    this.changed();
    return toMetadata(node) as DropboxFileMetadata;
  }

  /**
   * Moves a file or a folder subtree; ids are kept. A move shows up in list_folder/continue as a deleted entry for the
   * old path followed by the entries at the new path (parents first). A case-only rename keeps path_lower and re-emits
   * the entries with their new path_display.
   */
  move(from: string, to: string): DropboxMetadata {
    const source = this.normalize(from);
    const target = this.normalize(to);
    const root = this.nodes.get(source.lower);
    if (!root) throw new Error(`move: nothing at ${from}`);
    const subtree = this.collectSubtree(root);
    if (source.lower === target.lower) {
      const parentDisplay = this.parentDisplayOf(root);
      const newRootDisplay = `${parentDisplay}/${lastSegment(target.display)}`;
      for (const node of subtree) {
        const renamed = { ...node, pathDisplay: newRootDisplay + node.pathDisplay.slice(root.pathDisplay.length) };
        this.nodes.set(renamed.pathLower, renamed);
        this.log.push(renamed);
      }
      this.changed();
      return toMetadata(this.nodes.get(source.lower)!);
    }
    if (target.lower.startsWith(`${source.lower}/`)) throw new Error(`move: cannot move ${from} into itself`);
    if (this.nodes.has(target.lower)) throw new Error(`move: something exists at ${to}`);
    this.removeSubtree(root, subtree);
    const parent = this.ensureParents(target.lower, target.display);
    const newRootDisplay = this.childDisplay(parent, target.display);
    for (const node of subtree) {
      const pathDisplay = newRootDisplay + node.pathDisplay.slice(root.pathDisplay.length);
      this.insert({ ...node, pathDisplay, pathLower: pathDisplay.toLowerCase() });
    }
    this.changed();
    return toMetadata(this.nodes.get(target.lower)!);
  }

  /** Deletes a file or a folder subtree; list_folder/continue shows one deleted entry for the path. */
  delete(path: string): DropboxDeletedMetadata {
    const { lower } = this.normalize(path);
    const node = this.nodes.get(lower);
    if (!node) throw new Error(`delete: nothing at ${path}`);
    const tombstone = this.removeSubtree(node);
    this.changed();
    return toMetadata(tombstone) as DropboxDeletedMetadata;
  }

  /** The current metadata at a path, or undefined. */
  get(path: string): DropboxFileMetadata | DropboxFolderMetadata | undefined {
    const node = this.nodes.get(this.normalize(path).lower);
    return node ? (toMetadata(node) as DropboxFileMetadata | DropboxFolderMetadata) : undefined;
  }

  /** The content of a file: what was given, or a deterministic placeholder of its size. */
  content(path: string): Buffer | undefined {
    const node = this.nodes.get(this.normalize(path).lower);
    if (node?.kind !== 'file') return undefined;
    return node.content ?? placeholderContent(node);
  }

  /** The whole tree as Dropbox metadata entries (files and folders), sorted by path_lower. */
  snapshot(): Array<DropboxFileMetadata | DropboxFolderMetadata> {
    const keys = [...this.nodes.keys()].sort();
    return keys.map((key) => toMetadata(this.nodes.get(key)!) as DropboxFileMetadata | DropboxFolderMetadata);
  }

  /** Invalidates every cursor issued so far: the next continue/longpoll with one gets `409 reset`. */
  resetCursors(): void {
    this.epoch += 1;
    this.changed();
  }

  /** Registers a listener called after every mutation; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** files/list_folder: the first page of a listing of `path`. */
  listFolder(options: ListFolderOptions): ListFolderPage {
    const folder = this.folderKey(options.path);
    const state: CursorState = {
      e: this.epoch,
      p: 0,
      u: this.log.length,
      f: folder,
      r: options.recursive ?? false,
      d: options.includeDeleted ?? false,
      l: checkLimit(options.limit),
    };
    return this.page(state);
  }

  /** files/list_folder/continue: the next page (or the changes) after `cursor`. */
  continue(cursor: string): ListFolderPage {
    return this.page(this.decode(cursor));
  }

  /** files/list_folder/get_latest_cursor: a cursor at the current end of the log (no listing). */
  latestCursor(options: ListFolderOptions): string {
    const folder = this.folderKey(options.path);
    return encode({
      e: this.epoch,
      p: this.log.length,
      u: this.log.length,
      f: folder,
      r: options.recursive ?? false,
      d: options.includeDeleted ?? false,
      l: checkLimit(options.limit),
    });
  }

  /** Whether list_folder/continue with `cursor` would return entries now (files/list_folder/longpoll). */
  hasChanges(cursor: string): boolean {
    const state = this.decode(cursor);
    for (let position = state.p; position < this.log.length; position++) {
      if (this.emittable(state, position)) return true;
    }
    return false;
  }

  private page(state: CursorState): ListFolderPage {
    const entries: DropboxMetadata[] = [];
    let position = state.p;
    while (position < this.log.length && entries.length < state.l) {
      if (this.emittable(state, position)) entries.push(toMetadata(this.log[position]!));
      position += 1;
    }
    // Skip what the next call would skip anyway, so has_more is exact.
    while (position < this.log.length && !this.emittable(state, position)) position += 1;
    return { entries, cursor: encode({ ...state, p: position }), has_more: position < this.log.length };
  }

  private emittable(state: CursorState, position: number): boolean {
    const record = this.log[position]!;
    if (!inScope(record.pathLower, state.f, state.r)) return false;
    if (position >= state.u) return true;
    // Initial listing: only what is still current; deleted entries only on request.
    if (record.kind === 'deleted') return state.d && this.tombstones.get(record.pathLower) === record;
    return this.nodes.get(record.pathLower) === record;
  }

  private decode(cursor: string): CursorState {
    let state: CursorState;
    try {
      state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorState;
    } catch {
      throw new BadArgumentError('invalid cursor');
    }
    if (typeof state !== 'object' || state === null || typeof state.p !== 'number' || typeof state.f !== 'string') {
      throw new BadArgumentError('invalid cursor');
    }
    if (state.e !== this.epoch) throw new CursorResetError('cursor was reset');
    if (state.p > this.log.length || state.p < 0) throw new BadArgumentError('invalid cursor');
    return state;
  }

  private folderKey(path: string): string {
    if (path === '' || path === '/') return '';
    const { lower } = this.normalize(path);
    const node = this.nodes.get(lower);
    if (!node) throw new LookupError('not_found', path);
    if (node.kind !== 'folder') throw new LookupError('not_folder', path);
    return lower;
  }

  private normalize(path: string): { lower: string; display: string } {
    if (
      !path.startsWith('/') ||
      path.length < 2 ||
      path.endsWith('/') ||
      path.includes('//') ||
      dotSegment.test(path)
    ) {
      throw new Error(
        `invalid Dropbox path ${JSON.stringify(path)}: expected "/a/b" without empty, "." or ".." segments`,
      );
    }
    return { lower: path.toLowerCase(), display: path };
  }

  private ensureParents(lower: string, display: string): FolderNode | undefined {
    // Fast path: the parent already exists (the common case when filling a tree).
    const parentLower = parentOf(lower);
    if (parentLower === '') return undefined;
    const direct = this.nodes.get(parentLower);
    if (direct?.kind === 'folder') return direct;
    const lowerParts = lower.split('/');
    const displayParts = display.split('/');
    let parent: FolderNode | undefined;
    for (let index = 2; index < lowerParts.length; index++) {
      const ancestorLower = lowerParts.slice(0, index).join('/');
      const existing = this.nodes.get(ancestorLower);
      if (existing?.kind === 'file') throw new Error(`a file exists at ${existing.pathDisplay}`);
      if (existing) {
        parent = existing;
        continue;
      }
      const folder: FolderNode = {
        kind: 'folder',
        id: this.newId(),
        pathLower: ancestorLower,
        pathDisplay: `${parent?.pathDisplay ?? ''}/${displayParts[index - 1]}`,
      };
      this.insert(folder);
      parent = folder;
    }
    return parent;
  }

  private childDisplay(parent: FolderNode | undefined, display: string): string {
    return `${parent?.pathDisplay ?? ''}/${lastSegment(display)}`;
  }

  private parentDisplayOf(node: LiveNode): string {
    const parentLower = parentOf(node.pathLower);
    return parentLower === '' ? '' : this.nodes.get(parentLower)!.pathDisplay;
  }

  private newFile(
    pathDisplay: string,
    id: string,
    size: number,
    content: Buffer | undefined,
    clientModified?: string,
  ): FileNode {
    const now = this.timestamp();
    return {
      kind: 'file',
      id,
      pathLower: pathDisplay.toLowerCase(),
      pathDisplay,
      size,
      rev: (this.nextRev++).toString(16).padStart(12, '0'),
      serverModified: now,
      clientModified: clientModified ?? now,
      content,
      contentHash: content ? dropboxContentHash(content) : undefined,
    };
  }

  private lastSecond = Number.NaN;
  private lastStamp = '';

  /** server_modified for now, formatted once per second of clock time. */
  private timestamp(): string {
    const second = Math.floor(this.clock() / 1000);
    if (second !== this.lastSecond) {
      this.lastSecond = second;
      this.lastStamp = isoSeconds(second * 1000);
    }
    return this.lastStamp;
  }

  private newId(): string {
    return `id:fake${(this.nextId++).toString(36).padStart(16, '0')}`;
  }

  private insert(node: LiveNode): void {
    this.nodes.set(node.pathLower, node);
    this.tombstones.delete(node.pathLower);
    const parentLower = parentOf(node.pathLower);
    let siblings = this.children.get(parentLower);
    if (!siblings) this.children.set(parentLower, (siblings = new Set()));
    siblings.add(node.pathLower);
    if (node.kind === 'folder' && !this.children.has(node.pathLower)) this.children.set(node.pathLower, new Set());
    this.log.push(node);
  }

  /** The node and its descendants, parents before children. */
  private collectSubtree(root: LiveNode): LiveNode[] {
    const result: LiveNode[] = [];
    const stack: LiveNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      result.push(node);
      if (node.kind !== 'folder') continue;
      const childKeys = this.children.get(node.pathLower);
      if (!childKeys) continue;
      for (const key of childKeys) stack.push(this.nodes.get(key)!);
    }
    return result;
  }

  private removeSubtree(root: LiveNode, subtree = this.collectSubtree(root)): Tombstone {
    for (const node of subtree) {
      this.nodes.delete(node.pathLower);
      if (node.kind === 'folder') this.children.delete(node.pathLower);
    }
    this.children.get(parentOf(root.pathLower))?.delete(root.pathLower);
    const tombstone: Tombstone = { kind: 'deleted', pathLower: root.pathLower, pathDisplay: root.pathDisplay };
    this.tombstones.set(root.pathLower, tombstone);
    this.log.push(tombstone);
    return tombstone;
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

const dotSegment = /(^|\/)\.{1,2}(\/|$)/;

function inScope(pathLower: string, folder: string, recursive: boolean): boolean {
  if (recursive) return folder === '' || pathLower === folder || pathLower.startsWith(`${folder}/`);
  return parentOf(pathLower) === folder;
}

function parentOf(pathLower: string): string {
  return pathLower.slice(0, pathLower.lastIndexOf('/'));
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return DROPBOX_MAX_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > DROPBOX_MAX_LIMIT) {
    throw new BadArgumentError(`limit: expected an integer in 1..${DROPBOX_MAX_LIMIT}, got ${limit}`);
  }
  return limit;
}

function encode(state: CursorState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

/** ISO-8601 with second precision and a Z suffix, the Dropbox timestamp format. */
function isoSeconds(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

function placeholderContent(node: FileNode): Buffer {
  return Buffer.from(`${node.id} ${node.rev}\n`);
}

const blockSize = 4 * 1024 * 1024;

/**
 * The Dropbox content hash (https://www.dropbox.com/developers/reference/content-hash): SHA-256 of the concatenated
 * SHA-256 digests of each 4 MiB block, hex-encoded.
 */
export function dropboxContentHash(content: Buffer): string {
  // One-shot hashing (crypto.hash) keeps huge placeholder trees cheap; large contents stream block by block.
  if (content.length <= blockSize) return hash('sha256', hash('sha256', content, 'buffer'), 'hex');
  const outer = createHash('sha256');
  for (let offset = 0; offset < content.length; offset += blockSize) {
    outer.update(hash('sha256', content.subarray(offset, offset + blockSize), 'buffer'));
  }
  return outer.digest('hex');
}

function toMetadata(record: LogRecord): DropboxMetadata {
  const name = lastSegment(record.pathDisplay);
  switch (record.kind) {
    case 'deleted':
      return { '.tag': 'deleted', name, path_lower: record.pathLower, path_display: record.pathDisplay };
    case 'folder':
      return { '.tag': 'folder', name, path_lower: record.pathLower, path_display: record.pathDisplay, id: record.id };
    case 'file':
      // Lazily computed for placeholder content so huge trees stay cheap to build.
      record.contentHash ??= dropboxContentHash(placeholderContent(record));
      return {
        '.tag': 'file',
        name,
        path_lower: record.pathLower,
        path_display: record.pathDisplay,
        id: record.id,
        client_modified: record.clientModified,
        server_modified: record.serverModified,
        rev: record.rev,
        size: record.size,
        is_downloadable: true,
        content_hash: record.contentHash,
      };
  }
}
