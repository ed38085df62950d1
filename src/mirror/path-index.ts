import { InvalidInputError } from '../errors.js';
import type { KeptItems } from './save-items.js';

/**
 * A path index: NDJSON records keyed by a path ("/a/b/c"), kept host-side in the leaves of a hex trie so that every
 * file stays small at any size and the direct children of one path sit together.
 *
 *   address(record) = hex8(fnv1a32(parent of key)) + hex8(fnv1a32(key))        (fnv1a32 over UTF-16 code units)
 *
 * A trie node is a folder (the index's own folder is the root; node "3f" is <dir>/3/f/). Its children cover the
 * 16 values of the next address digit: a sub-folder "<d>/" is a child node for digit d, and a leaf
 * "<a>-<b>.ndjson" (or "<a>.ndjson") holds, sorted by key, every record whose next digit is in a..b. A digit that
 * nothing covers is empty. Leaves cover RANGES of digits so they fill up: a hex split divides by 16, which left most
 * leaves a few KiB and tripled the file count; packing neighbouring digits into one leaf keeps leaves near the
 * target (7/8 of `leafBytes`: fewer, fuller files, the rest is room to grow). A leaf that outgrows `leafBytes` is
 * re-packed over its own range (a digit too big for one leaf becomes a child node), so growth stays local. Because the address starts with
 * the parent's hash, listing the children of a path reads one leaf (or the few below that 8-digit prefix for a path
 * with thousands of children): removing a subtree reads only the leaves of the paths it removes, at any size.
 *
 * This is `ctx.mirror.index*` (DESIGN section 3, additions): the handler opts into the layout by calling it, and
 * every operation runs in V8 instead of the sandbox's interpreter.
 */

/** What one index call is told about the records. */
export interface PathIndexSpec {
  /** The field holding the record's key: a path starting with "/", segments separated by "/". */
  key: string;
  /** Records that may have children (`{ field: "tag", value: "folder" }`); without it, any record may. */
  container?: { field: string; value: unknown };
  /** A leaf splits past this many bytes (default 60 KiB; files stay below 64 KiB). */
  leafBytes?: number;
}

/** A bulk load's options on top of the spec. */
export interface PathIndexLoadOptions extends PathIndexSpec {
  /** Records with `field === value` are deletions: they remove the key and its subtree as listed before them. */
  tombstone?: { field: string; value: unknown };
  /** Totals to compute while loading: per group of the first `depth` key segments (0: none), count by a field, sums. */
  aggregate?: { depth?: number; countBy?: string; sum?: string[] };
}

/** Totals of a set of records. */
export interface Aggregate {
  records: number;
  count: Record<string, number>;
  sum: Record<string, number>;
}

/** What a bulk load answers. */
export interface PathIndexLoadResult {
  records: number;
  leaves: number;
  total: Aggregate;
  groups?: Record<string, Aggregate>;
}

/** The files an index lives in: mirror-relative paths (ScopedMirror provides them). */
export interface IndexFiles {
  read(path: string): Promise<string | null>;
  write(path: string, bytes: Uint8Array): void;
  delete(path: string): void;
  /** Every file below dir (recursive), mirror-relative. */
  listPaths(dir: string): Promise<string[]>;
  /** The names directly in dir: files as "name", folders as "name/". */
  listNames(dir: string): Promise<string[]>;
  /** The lines of a file saveItems wrote with `keep`, and the values it kept, or null. */
  kept?(path: string): KeptItems | null;
}

/** The mirror-io figures of one call (how many leaves it read and wrote). */
export interface IndexStats {
  leavesRead: number;
  leavesWritten: number;
  splits: number;
}

export type IndexRecord = Record<string, unknown>;

interface Leaf {
  /** The node's address prefix, and the digit range the leaf covers at the next position. */
  node: string;
  low: number;
  high: number;
  /** key → the record's NDJSON line. */
  lines: Map<string, string>;
  exists: boolean;
  dirty: boolean;
}

/** A record on its way into a leaf: its address as two 32-bit hashes (digit d of the 16 is digitAt(item, d)). */
interface Item {
  key: string;
  /** The record's NDJSON line, or '' where `source` holds it. */
  line: string;
  /** The bytes of a file saveItems kept, holding the line at start .. start + size - 1 (a bulk load), or null. */
  source: Uint8Array | null;
  start: number;
  /**
   * The line's length in UTF-8 bytes + 1, whichever kind of line it is, so the layout depends only on the records
   * (a load from kept pages lays out the same leaves as a load of the same files read back).
   */
  size: number;
  parent: number;
  own: number;
  order: number;
  /**
   * What a bulk load's aggregate needs of the record (see newAggregator), picked when the load adds it up: row `row`
   * of a kept file's values, or of the values picked from parsed records. The record itself need not stay.
   */
  pick: ((row: number) => Picked) | null;
  row: number;
}

const maxDepth = 16;
const leafName = /^([0-9a-f])(?:-([0-9a-f]))?\.ndjson$/;
const defaultLeafBytes = 60 * 1024;

/** FNV-1a 32 over UTF-16 code units (what a handler computes with charCodeAt, so addresses agree). */
export function fnv1a32(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

function hex8(value: number): string {
  return value.toString(16).padStart(8, '0');
}

function parentOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/'));
}

/** The trie address of a key: its parent's hash, then its own. */
export function addressOf(key: string): string {
  return hex8(fnv1a32(parentOf(key))) + hex8(fnv1a32(key));
}

/** One node's children as listed: child nodes by digit, and leaves by the ranges they cover. */
interface NodeListing {
  nodes: Set<number>;
  leaves: Array<{ low: number; high: number }>;
}

/** A file to write (bytes) or delete (null). */
interface Piece {
  path: string;
  /** The leaf as UTF-8 (measured against the limit as it is written). */
  bytes: Uint8Array | null;
  /** A written leaf's items, as kept (see leafBytes). */
  items?: Item[];
}

/** One call's view of an index under `dir` (mirror-relative, no trailing slash). */
export class PathIndex {
  readonly stats: IndexStats = { leavesRead: 0, leavesWritten: 0, splits: 0 };
  /** Leaves read or created by this call, by path. */
  private readonly leaves = new Map<string, Leaf>();
  private readonly listings = new Map<string, NodeListing>();
  private readonly base: string;
  private readonly splitBytes: number;

  constructor(
    private readonly files: IndexFiles,
    dir: string,
    private readonly spec: PathIndexSpec,
    private readonly where: string,
  ) {
    if (typeof dir !== 'string' || dir === '' || dir.startsWith('/') || dir.endsWith('/')) {
      throw new InvalidInputError(`${where}: dir must be a mirror folder such as "files"`);
    }
    checkSpec(spec, where);
    this.base = `${dir}/`;
    this.splitBytes = spec.leafBytes ?? defaultLeafBytes;
  }

  /** The records at `keys` (null where there is none), in the order asked. */
  async get(keys: unknown[]): Promise<Array<IndexRecord | null>> {
    const out: Array<IndexRecord | null> = [];
    for (const key of keys) {
      const line = (await this.leafFor(this.checkKey(key))).lines.get(key as string);
      out.push(line === undefined ? null : (JSON.parse(line) as IndexRecord));
    }
    return out;
  }

  /**
   * Inserts or replaces records by key, in order. Answers, per record, the one it replaced (or null), and the
   * descendants removed because a container was replaced by a record that cannot have children.
   */
  async put(records: unknown[]): Promise<{ previous: Array<IndexRecord | null>; removed: IndexRecord[] }> {
    const previous: Array<IndexRecord | null> = [];
    const removed: IndexRecord[] = [];
    for (const record of records) {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        throw new InvalidInputError(`${this.where}: every record must be a JSON object`);
      }
      const key = this.checkKey((record as IndexRecord)[this.spec.key]);
      const leaf = await this.leafFor(key);
      const old = leaf.lines.get(key);
      const oldRecord = old === undefined ? null : (JSON.parse(old) as IndexRecord);
      if (oldRecord && this.isContainer(oldRecord) && !this.isContainer(record as IndexRecord)) {
        removed.push(...(await this.removeBelow(key)));
      }
      const line = JSON.stringify(record);
      if (line !== old) {
        leaf.lines.set(key, line);
        leaf.dirty = true;
      }
      previous.push(oldRecord);
    }
    return { previous, removed };
  }

  /** Removes the records at `keys` and, with subtree, everything below them; answers what was removed. */
  async remove(keys: unknown[], subtree: boolean): Promise<IndexRecord[]> {
    const removed: IndexRecord[] = [];
    for (const value of keys) {
      const key = this.checkKey(value);
      const leaf = await this.leafFor(key);
      const line = leaf.lines.get(key);
      const record = line === undefined ? null : (JSON.parse(line) as IndexRecord);
      if (record) {
        leaf.lines.delete(key);
        leaf.dirty = true;
        removed.push(record);
      }
      // Without the record itself it is unknown whether it held children: look (a deleted path may be a folder).
      if (subtree && (!record || this.isContainer(record))) removed.push(...(await this.removeBelow(key)));
    }
    return removed;
  }

  /** The direct children of `key`, sorted by key. */
  async children(value: unknown): Promise<IndexRecord[]> {
    const key = this.checkKey(value);
    const out: IndexRecord[] = [];
    for (const leaf of await this.leavesUnder(hex8(fnv1a32(key)))) {
      for (const [child, line] of leaf.lines) if (parentOf(child) === key) out.push(JSON.parse(line) as IndexRecord);
    }
    return out.sort((a, b) => compare(a[this.spec.key] as string, b[this.spec.key] as string));
  }

  /** Writes the leaves the call changed (re-packing those that outgrew `leafBytes`). */
  flush(): void {
    const pieces: Piece[] = []; // what was placed (load reads its items back; here only written)
    for (const [path, leaf] of this.leaves) {
      if (!leaf.dirty) continue;
      if (leaf.lines.size === 0) {
        if (leaf.exists) this.place({ path, bytes: null }, pieces);
        continue;
      }
      const items = [...leaf.lines].map(([key, line]) => item(key, line));
      const bytes = leafBytes(items);
      if (bytes.byteLength <= this.splitBytes || leaf.node.length >= maxDepth - 1) {
        this.place({ path, bytes }, pieces);
        continue;
      }
      this.stats.splits += 1;
      if (leaf.exists) this.place({ path, bytes: null }, pieces);
      this.pack(leaf.node, leaf.low, leaf.high, items, this.buildBytes(), pieces);
    }
    this.leaves.clear();
    this.listings.clear();
  }

  /**
   * Replaces the whole index with the records of NDJSON `sources`, applied in order (a later record with the same
   * key wins; a tombstone removes its key and the subtree listed before it). Answers counts and totals.
   */
  async load(sources: unknown[], options: PathIndexLoadOptions): Promise<PathIndexLoadResult> {
    const keyField = this.spec.key;
    // In source order. A key listed twice is resolved where each leaf sorts its records (the later one wins): a Map
    // by key over every record cost about as much as parsing them.
    let items: Item[] = [];
    const tombstones: Array<{ key: string; order: number }> = [];
    const tombstone = options.tombstone;
    const aggregate = newAggregator(options.aggregate);
    const pickRecord = aggregate.picker((field) => (record: IndexRecord) => record[field]);
    const parsed: Picked[] = [];
    const fromParsed = (row: number) => parsed[row]!;
    let order = 0;
    const fields = [keyField, ...(tombstone ? [tombstone.field] : []), ...aggregate.fields];
    for (const source of sources) {
      if (typeof source !== 'string') throw new InvalidInputError(`${this.where}: sources must be mirror paths`);
      const kept = this.files.kept?.(source);
      if (kept && fields.every((field) => kept.values.has(field))) {
        // What JSON.parse of each line would give for these fields, remembered when the file was saved.
        const keys = kept.values.get(keyField)!;
        const marks = tombstone ? kept.values.get(tombstone.field)! : null;
        const pick = aggregate.picker((field) => {
          const column = kept.values.get(field)!;
          return (index: number) => column[index];
        });
        let start = 0;
        for (let index = 0; index < kept.ends.length; index += 1) {
          const key = this.checkKey(keys[index]);
          const end = kept.ends[index]!;
          order += 1;
          if (marks && marks[index] === tombstone!.value) tombstones.push({ key, order });
          else items.push(keptItem(key, kept.bytes, start, end, order, pick, index));
          start = end + 1;
        }
        continue;
      }
      const text = await this.files.read(source);
      if (text === null) throw new InvalidInputError(`${this.where}: source ${source} does not exist`);
      let start = 0;
      while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1) end = text.length;
        const line = text.slice(start, end);
        start = end + 1;
        if (line.trim() === '') continue;
        let record: IndexRecord;
        try {
          record = JSON.parse(line) as IndexRecord;
        } catch (error) {
          throw new InvalidInputError(
            `${this.where}: ${source} holds a line that is not JSON: ${(error as Error).message}`,
          );
        }
        const key = this.checkKey(record[keyField]);
        order += 1;
        if (tombstone && record[tombstone.field] === tombstone.value) tombstones.push({ key, order });
        else items.push(item(key, line, order, fromParsed, parsed.push(pickRecord(record)) - 1));
      }
    }
    if (tombstones.length) {
      const byKey = new Map<string, Item>();
      for (const entry of items) byKey.set(entry.key, entry);
      applyTombstones(byKey, tombstones);
      items = [...byKey.values()];
    }

    const pieces: Piece[] = [];
    for (const path of await this.files.listPaths(this.base.slice(0, -1))) this.place({ path, bytes: null }, pieces);
    this.pack('', 0, 15, items, this.buildBytes(), pieces);
    let records = 0;
    for (const piece of pieces) {
      if (!piece.items) continue;
      records += piece.items.length;
      for (const entry of piece.items) aggregate.add(entry.key, entry.pick!(entry.row));
    }
    return { records, leaves: this.stats.leavesWritten, ...aggregate.result() };
  }

  // ------------------------------------------------------------------ internals

  private buildBytes(): number {
    return Math.floor((this.splitBytes * 7) / 8);
  }

  private checkKey(value: unknown): string {
    if (typeof value !== 'string' || !value.startsWith('/')) {
      throw new InvalidInputError(
        `${this.where}: every key ("${this.spec.key}") must be a path starting with "/", got ${JSON.stringify(value)}`,
      );
    }
    return value;
  }

  private isContainer(record: IndexRecord): boolean {
    return this.spec.container ? record[this.spec.container.field] === this.spec.container.value : true;
  }

  private nodeDir(node: string): string {
    return node === '' ? this.base : `${this.base}${node.split('').join('/')}/`;
  }

  private leafPath(node: string, low: number, high: number): string {
    return `${this.nodeDir(node)}${low.toString(16)}${high === low ? '' : `-${high.toString(16)}`}.ndjson`;
  }

  /** A node's children, listed once per call (names that are not part of the layout are ignored). */
  private async listing(node: string): Promise<NodeListing> {
    const known = this.listings.get(node);
    if (known) return known;
    const listing: NodeListing = { nodes: new Set(), leaves: [] };
    const dir = this.nodeDir(node);
    for (const name of await this.files.listNames(dir.slice(0, -1))) {
      if (name.endsWith('/')) {
        if (/^[0-9a-f]\/$/.test(name)) listing.nodes.add(parseInt(name, 16));
        continue;
      }
      const match = leafName.exec(name);
      if (match) listing.leaves.push({ low: parseInt(match[1]!, 16), high: parseInt(match[2] ?? match[1]!, 16) });
    }
    this.listings.set(node, listing);
    return listing;
  }

  private async loadLeaf(node: string, low: number, high: number, exists: boolean): Promise<Leaf> {
    const path = this.leafPath(node, low, high);
    const known = this.leaves.get(path);
    if (known) return known;
    const lines = new Map<string, string>();
    const text = exists ? await this.files.read(path) : null;
    if (text !== null) {
      this.stats.leavesRead += 1;
      const field = `${JSON.stringify(this.spec.key)}:`;
      for (const line of text.split('\n')) {
        if (line === '') continue;
        lines.set(leafKey(line, field) ?? ((JSON.parse(line) as IndexRecord)[this.spec.key] as string), line);
      }
    }
    const leaf: Leaf = { node, low, high, lines, exists: text !== null, dirty: false };
    this.leaves.set(path, leaf);
    return leaf;
  }

  /** The leaf for an address prefix: a covering leaf, a child node to descend into, or an empty leaf to create. */
  private async step(node: string, digit: number): Promise<Leaf | 'node'> {
    const listing = await this.listing(node);
    if (listing.nodes.has(digit)) return 'node';
    const range = listing.leaves.find((leaf) => leaf.low <= digit && digit <= leaf.high);
    if (range) return this.loadLeaf(node, range.low, range.high, true);
    return this.loadLeaf(node, digit, digit, false);
  }

  private async leafFor(key: string): Promise<Leaf> {
    const address = addressOf(key);
    let node = '';
    for (let depth = 0; depth < maxDepth; depth += 1) {
      const digit = parseInt(address[depth]!, 16);
      const found = await this.step(node, digit);
      if (found !== 'node') return found;
      node += address[depth];
    }
    throw new InvalidInputError(
      `${this.where}: no leaf holds ${key} (the index under ${this.base} is damaged; rebuild it)`,
    );
  }

  /** Every leaf that can hold a child of the path whose own hash is prefix (8 digits). */
  private async leavesUnder(prefix: string): Promise<Leaf[]> {
    let node = '';
    for (let depth = 0; depth < prefix.length; depth += 1) {
      const found = await this.step(node, parseInt(prefix[depth]!, 16));
      if (found !== 'node') return [found];
      node += prefix[depth];
    }
    // A path with thousands of children: its prefix is a node of its own, split by the children's own hash.
    const found: Leaf[] = [];
    const dir = this.nodeDir(node);
    for (const path of await this.files.listPaths(dir.slice(0, -1))) {
      const rest = path.slice(this.base.length);
      const slash = rest.lastIndexOf('/');
      const match = leafName.exec(rest.slice(slash + 1));
      if (!match) continue;
      const leafNode = rest.slice(0, slash).split('/').join('');
      found.push(await this.loadLeaf(leafNode, parseInt(match[1]!, 16), parseInt(match[2] ?? match[1]!, 16), true));
    }
    return found;
  }

  private async removeBelow(root: string): Promise<IndexRecord[]> {
    const removed: IndexRecord[] = [];
    const queue = [root];
    while (queue.length) {
      const dir = queue.pop() as string;
      for (const leaf of await this.leavesUnder(hex8(fnv1a32(dir)))) {
        for (const [key, line] of [...leaf.lines]) {
          if (parentOf(key) !== dir) continue;
          const record = JSON.parse(line) as IndexRecord;
          leaf.lines.delete(key);
          leaf.dirty = true;
          removed.push(record);
          if (this.isContainer(record)) queue.push(key);
        }
      }
    }
    return removed;
  }

  /**
   * Lays out items (all below `node`, next digit within low..high) as leaves of at most target bytes: neighbouring
   * digits share a leaf while they fit, and a digit too big for one leaf becomes a child node, packed the same way.
   */
  private pack(node: string, low: number, high: number, items: Item[], target: number, out: Piece[]): void {
    const depth = node.length;
    // Copies of one key (listed again during a load) share every digit: keep the last instead of splitting down.
    if (items.length > 1 && items.every((entry) => entry.key === items[0]!.key)) items = [items[items.length - 1]!];
    if (depth >= maxDepth - 1 || items.length === 1 || sizeOf(items) <= target) {
      if (items.length) this.emit(node, low, high, items, out);
      return;
    }
    const buckets: Item[][] = Array.from({ length: 16 }, () => []);
    for (const entry of items) buckets[digitAt(entry, depth)]!.push(entry);
    let start = -1;
    let run: Item[] = [];
    let runSize = 0;
    const close = (end: number) => {
      if (start !== -1 && run.length) this.emit(node, start, end, run, out);
      start = -1;
      run = [];
      runSize = 0;
    };
    for (let digit = low; digit <= high; digit += 1) {
      const bucket = buckets[digit]!;
      const size = sizeOf(bucket);
      if (size > target) {
        close(digit - 1);
        this.pack(node + digit.toString(16), 0, 15, bucket, target, out);
        continue;
      }
      if (start !== -1 && runSize + size > target) close(digit - 1);
      if (start === -1) start = digit;
      for (const entry of bucket) run.push(entry);
      runSize += size;
    }
    close(high);
  }

  /**
   * Writes one leaf. Item sizes are exact UTF-8 lengths, so a leaf laid out within the target is within the limit;
   * only one at the deepest node (records that share every digit) or a single record can be bigger.
   */
  private emit(node: string, low: number, high: number, items: Item[], out: Piece[]): void {
    this.place({ path: this.leafPath(node, low, high), bytes: leafBytes(items), items }, out);
  }

  /**
   * Writes (or deletes) a piece as soon as it is laid out, and records it in `out`. Written in layout order, a path
   * deleted and then written again (a leaf re-packed under its own name) ends up written. Writing each leaf at once
   * lets the store start on it (see Transaction.write) while the rest is laid out. A layout that throws half-way has
   * written part of the index into the transaction; the error fails the event, which then commits nothing.
   */
  private place(piece: Piece, out: Piece[]): void {
    if (piece.bytes === null) this.files.delete(piece.path);
    else {
      this.files.write(piece.path, piece.bytes);
      this.stats.leavesWritten += 1;
    }
    out.push(piece);
  }
}

function sizeOf(items: Item[]): number {
  let size = 0;
  for (const entry of items) size += entry.size;
  return size;
}

/** Digit `depth` (0-15) of an item's 16-digit address. */
function digitAt(entry: Item, depth: number): number {
  return depth < 8 ? (entry.parent >>> (28 - 4 * depth)) & 15 : (entry.own >>> (28 - 4 * (depth - 8))) & 15;
}

/**
 * Sorts a leaf's items by key and renders them as UTF-8. Of items with the same key only the last (highest order)
 * is kept: the array is shortened in place to what the leaf holds. The sort is stable and items arrive in order.
 */
function leafBytes(items: Item[]): Uint8Array {
  items.sort((a, b) => compare(a.key, b.key));
  let kept = 0;
  for (let index = 0; index < items.length; index += 1) {
    const entry = items[index]!;
    if (index + 1 < items.length && items[index + 1]!.key === entry.key) continue;
    items[kept++] = entry;
  }
  items.length = kept;
  // Sizes are exact: lines of saved files are copied as bytes (a load), the others encoded into place.
  let length = 0;
  for (const entry of items) length += entry.size;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const entry of items) {
    if (entry.source) {
      out.set(entry.source.subarray(entry.start, entry.start + entry.size - 1), at);
      at += entry.size - 1;
    } else at += out.write(entry.line, at);
    out[at++] = 0x0a;
  }
  return out;
}

/**
 * The key of a leaf line without parsing it, when that is certain: the line has no backslash (so every quote in it
 * delimits a string and no name is escaped), `"key":` starts a string value with no object or array opened before it
 * (a top-level field), and the quoted name does not occur again after that value (JSON.parse keeps the last of
 * duplicate names). Else undefined, and the caller parses the line. Leaves hold what JSON.stringify wrote and, after
 * a load, handlers' source lines as they were. Reading the leaves a webhook touches went from parsing every line
 * (~2 µs each) to this.
 */
export function leafKey(line: string, field: string): string | undefined {
  if (line.includes('\\')) return undefined;
  const at = line.indexOf(field);
  const start = at + field.length + 1;
  if (
    at < 1 ||
    line.charCodeAt(start - 1) !== 0x22 ||
    line.lastIndexOf('{', at) !== 0 ||
    line.lastIndexOf('[', at) !== -1
  )
    return undefined;
  const end = line.indexOf('"', start);
  if (end === -1 || line.indexOf(field.slice(0, -1), end + 1) !== -1) return undefined;
  return line.slice(start, end);
}

function item(key: string, line: string, order = 0, pick: Item['pick'] = null, row = 0): Item {
  return {
    key,
    line,
    source: null,
    start: 0,
    size: Buffer.byteLength(line) + 1,
    parent: fnv1a32(parentOf(key)),
    own: fnv1a32(key),
    order,
    pick,
    row,
  };
}

/** An item whose line is bytes start..end (exclusive) of a kept file, and whose aggregate values are its row there. */
function keptItem(
  key: string,
  source: Uint8Array,
  start: number,
  end: number,
  order: number,
  pick: Item['pick'],
  row: number,
): Item {
  return {
    key,
    line: '',
    source,
    start,
    size: end - start + 1,
    parent: fnv1a32(parentOf(key)),
    own: fnv1a32(key),
    order,
    pick,
    row,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkSpec(spec: PathIndexSpec, where: string): void {
  if (spec === null || typeof spec !== 'object')
    throw new InvalidInputError(`${where}: options must be an object with a "key" field name`);
  if (typeof spec.key !== 'string' || spec.key === '')
    throw new InvalidInputError(`${where}: options.key must be a field name`);
  if (spec.container !== undefined && (spec.container === null || typeof spec.container.field !== 'string')) {
    throw new InvalidInputError(`${where}: options.container must be { field, value }`);
  }
  if (
    spec.leafBytes !== undefined &&
    (!Number.isInteger(spec.leafBytes) || spec.leafBytes < 1024 || spec.leafBytes > 1024 * 1024)
  ) {
    throw new InvalidInputError(`${where}: options.leafBytes must be an integer from 1024 to 1048576`);
  }
}

/** Removes, for each tombstone, its key and every key below it that was listed before it. */
function applyTombstones(
  byKey: Map<string, { order: number }>,
  tombstones: Array<{ key: string; order: number }>,
): void {
  const keys = [...byKey.keys()].sort(compare);
  for (const tomb of tombstones) {
    const exact = byKey.get(tomb.key);
    if (exact && exact.order < tomb.order) byKey.delete(tomb.key);
    const prefix = `${tomb.key}/`;
    // Keys below the tombstone form one run in sorted order ("/" sorts before every other path character but few).
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keys[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < keys.length && keys[index]!.startsWith(prefix); index += 1) {
      const entry = byKey.get(keys[index]!);
      if (entry && entry.order < tomb.order) byKey.delete(keys[index]!);
    }
  }
}

/** The values of one record that an aggregate counts and sums. */
type Picked = [count: string | undefined, sums: number[]];

function newAggregator(options: PathIndexLoadOptions['aggregate']) {
  const depth = options?.depth ?? 0;
  const countBy = options?.countBy;
  const sums = options?.sum ?? [];
  const empty = (): Aggregate => ({ records: 0, count: {}, sum: Object.fromEntries(sums.map((field) => [field, 0])) });
  const total = empty();
  const groups = new Map<string, Aggregate>();
  let last: { group: string; target: Aggregate } = { group: '\0', target: total };
  const addTo = (target: Aggregate, picked: Picked) => {
    const count = picked[0];
    const values = picked[1];
    target.records += 1;
    if (count !== undefined) target.count[count] = (target.count[count] ?? 0) + 1;
    for (let index = 0; index < sums.length; index += 1) target.sum[sums[index]!]! += values[index]!;
  };
  return {
    /** The fields `add` needs of a record. */
    fields: [...(countBy === undefined ? [] : [countBy]), ...sums],
    /** Makes what `add` needs of a record; `field(name)` answers how to read that field of one. */
    picker<T>(field: (name: string) => (from: T) => unknown): (from: T) => Picked {
      const count = countBy === undefined ? null : field(countBy);
      const summed = sums.map(field);
      return (from) => {
        const values: number[] = [];
        for (const read of summed) {
          const value = read(from);
          values.push(typeof value === 'number' && Number.isFinite(value) ? value : 0);
        }
        return [count ? String(count(from)) : undefined, values];
      };
    },
    add(key: string, picked: Picked) {
      addTo(total, picked);
      if (depth <= 0) return;
      let end = 0;
      for (let segment = 0; segment < depth && end !== -1; segment += 1) end = key.indexOf('/', end + 1);
      if (end === -1) end = key.length;
      // Keys come sorted within a leaf, so a group's keys mostly follow one another: reuse the last group found.
      if (end !== last.group.length || !key.startsWith(last.group)) {
        const group = key.slice(0, end);
        let target = groups.get(group);
        if (!target) groups.set(group, (target = empty()));
        last = { group, target };
      }
      addTo(last.target, picked);
    },
    result(): { total: Aggregate; groups?: Record<string, Aggregate> } {
      if (depth <= 0) return { total };
      return { total, groups: Object.fromEntries([...groups].sort(([a], [b]) => compare(a, b))) };
    },
  };
}
