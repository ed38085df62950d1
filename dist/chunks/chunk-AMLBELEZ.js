import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  validateStorePath
} from "./chunk-GDF2W7QV.js";
import {
  InvalidInputError
} from "./chunk-4V3D2JW7.js";

// src/mirror/ndjson.ts
function keyOf(record, key, where) {
  const value = record[key];
  if (typeof value !== "string" && typeof value !== "number") {
    throw new InvalidInputError(`${where}: record has no string or number "${key}" field`);
  }
  return JSON.stringify(value);
}
function normalizeKey(value, where) {
  if (typeof value !== "string" && typeof value !== "number") {
    throw new InvalidInputError(`${where}: keys must be strings or numbers`);
  }
  return JSON.stringify(value);
}
function upsertLines(text, records, key, where = "upsertLines") {
  const incoming = /* @__PURE__ */ new Map();
  for (const record of records) {
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      throw new InvalidInputError(`${where}: every record must be a JSON object`);
    }
    incoming.set(keyOf(record, key, where), JSON.stringify(record));
  }
  let updated = 0;
  const out = [];
  for (const line of splitRecords(text)) {
    const lineKey = lineKeyOf(line, key, where);
    const replacement = lineKey === null ? void 0 : incoming.get(lineKey);
    if (replacement === void 0) {
      out.push(line);
      continue;
    }
    if (replacement !== line) updated += 1;
    out.push(replacement);
    incoming.delete(lineKey);
  }
  for (const line of incoming.values()) out.push(line);
  return { text: out.length ? `${out.join("\n")}
` : "", added: incoming.size, updated };
}
function deleteLines(text, keys, key, where = "deleteLines") {
  const doomed = new Set(keys.map((value) => normalizeKey(value, where)));
  const out = [];
  let deleted = 0;
  for (const line of splitRecords(text)) {
    const lineKey = lineKeyOf(line, key, where);
    if (lineKey !== null && doomed.has(lineKey)) deleted += 1;
    else out.push(line);
  }
  return { text: out.length ? `${out.join("\n")}
` : "", deleted };
}
function splitRecords(text) {
  if (text === "") return [];
  return text.split("\n").filter((line) => line.trim() !== "");
}
function lineKeyOf(line, key, where) {
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new InvalidInputError(`${where}: existing line is not JSON: ${error.message}`);
  }
  if (parsed === null || typeof parsed !== "object") return null;
  const value = parsed[key];
  return typeof value === "string" || typeof value === "number" ? JSON.stringify(value) : null;
}

// src/mirror/path-index.ts
var maxDepth = 16;
var leafName = /^([0-9a-f])(?:-([0-9a-f]))?\.ndjson$/;
var defaultLeafBytes = 60 * 1024;
function fnv1a32(text) {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 16777619);
  }
  return value >>> 0;
}
function hex8(value) {
  return value.toString(16).padStart(8, "0");
}
function parentOf(key) {
  return key.slice(0, key.lastIndexOf("/"));
}
function addressOf(key) {
  return hex8(fnv1a32(parentOf(key))) + hex8(fnv1a32(key));
}
var PathIndex = class {
  constructor(files, dir, spec, where) {
    this.files = files;
    this.spec = spec;
    this.where = where;
    if (typeof dir !== "string" || dir === "" || dir.startsWith("/") || dir.endsWith("/")) {
      throw new InvalidInputError(`${where}: dir must be a mirror folder such as "files"`);
    }
    checkSpec(spec, where);
    this.base = `${dir}/`;
    this.splitBytes = spec.leafBytes ?? defaultLeafBytes;
  }
  files;
  spec;
  where;
  stats = { leavesRead: 0, leavesWritten: 0, splits: 0 };
  /** Leaves read or created by this call, by path. */
  leaves = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
  base;
  splitBytes;
  /** The records at `keys` (null where there is none), in the order asked. */
  async get(keys) {
    const out = [];
    for (const key of keys) {
      const line = (await this.leafFor(this.checkKey(key))).lines.get(key);
      out.push(line === void 0 ? null : JSON.parse(line));
    }
    return out;
  }
  /**
   * Inserts or replaces records by key, in order. Answers, per record, the one it replaced (or null), and the
   * descendants removed because a container was replaced by a record that cannot have children.
   */
  async put(records) {
    const previous = [];
    const removed = [];
    for (const record of records) {
      if (record === null || typeof record !== "object" || Array.isArray(record)) {
        throw new InvalidInputError(`${this.where}: every record must be a JSON object`);
      }
      const key = this.checkKey(record[this.spec.key]);
      const leaf = await this.leafFor(key);
      const old = leaf.lines.get(key);
      const oldRecord = old === void 0 ? null : JSON.parse(old);
      if (oldRecord && this.isContainer(oldRecord) && !this.isContainer(record)) {
        removed.push(...await this.removeBelow(key));
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
  async remove(keys, subtree) {
    const removed = [];
    for (const value of keys) {
      const key = this.checkKey(value);
      const leaf = await this.leafFor(key);
      const line = leaf.lines.get(key);
      const record = line === void 0 ? null : JSON.parse(line);
      if (record) {
        leaf.lines.delete(key);
        leaf.dirty = true;
        removed.push(record);
      }
      if (subtree && (!record || this.isContainer(record))) removed.push(...await this.removeBelow(key));
    }
    return removed;
  }
  /** The direct children of `key`, sorted by key. */
  async children(value) {
    const key = this.checkKey(value);
    const out = [];
    for (const leaf of await this.leavesUnder(hex8(fnv1a32(key)))) {
      for (const [child, line] of leaf.lines) if (parentOf(child) === key) out.push(JSON.parse(line));
    }
    return out.sort((a, b) => compare(a[this.spec.key], b[this.spec.key]));
  }
  /** Writes the leaves the call changed (re-packing those that outgrew `leafBytes`). */
  flush() {
    const pieces = [];
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
  async load(sources, options) {
    const keyField = this.spec.key;
    let items = [];
    const tombstones = [];
    const tombstone = options.tombstone;
    const aggregate = newAggregator(options.aggregate);
    const pickRecord = aggregate.picker((field) => (record) => record[field]);
    const parsed = [];
    const fromParsed = (row) => parsed[row];
    let order = 0;
    const fields = [keyField, ...tombstone ? [tombstone.field] : [], ...aggregate.fields];
    for (const source of sources) {
      if (typeof source !== "string") throw new InvalidInputError(`${this.where}: sources must be mirror paths`);
      const kept = this.files.kept?.(source);
      if (kept && fields.every((field) => kept.values.has(field))) {
        const keys = kept.values.get(keyField);
        const marks = tombstone ? kept.values.get(tombstone.field) : null;
        const pick = aggregate.picker((field) => {
          const column = kept.values.get(field);
          return (index) => column[index];
        });
        let start2 = 0;
        for (let index = 0; index < kept.ends.length; index += 1) {
          const key = this.checkKey(keys[index]);
          const end = kept.ends[index];
          order += 1;
          if (marks && marks[index] === tombstone.value) tombstones.push({ key, order });
          else items.push(keptItem(key, kept.bytes, start2, end, order, pick, index));
          start2 = end + 1;
        }
        continue;
      }
      const text = await this.files.read(source);
      if (text === null) throw new InvalidInputError(`${this.where}: source ${source} does not exist`);
      let start = 0;
      while (start < text.length) {
        let end = text.indexOf("\n", start);
        if (end === -1) end = text.length;
        const line = text.slice(start, end);
        start = end + 1;
        if (line.trim() === "") continue;
        let record;
        try {
          record = JSON.parse(line);
        } catch (error) {
          throw new InvalidInputError(
            `${this.where}: ${source} holds a line that is not JSON: ${error.message}`
          );
        }
        const key = this.checkKey(record[keyField]);
        order += 1;
        if (tombstone && record[tombstone.field] === tombstone.value) tombstones.push({ key, order });
        else items.push(item(key, line, order, fromParsed, parsed.push(pickRecord(record)) - 1));
      }
    }
    if (tombstones.length) {
      const byKey = /* @__PURE__ */ new Map();
      for (const entry of items) byKey.set(entry.key, entry);
      applyTombstones(byKey, tombstones);
      items = [...byKey.values()];
    }
    const pieces = [];
    for (const path of await this.files.listPaths(this.base.slice(0, -1))) this.place({ path, bytes: null }, pieces);
    this.pack("", 0, 15, items, this.buildBytes(), pieces);
    let records = 0;
    for (const piece of pieces) {
      if (!piece.items) continue;
      records += piece.items.length;
      for (const entry of piece.items) aggregate.add(entry.key, entry.pick(entry.row));
    }
    return { records, leaves: this.stats.leavesWritten, ...aggregate.result() };
  }
  // ------------------------------------------------------------------ internals
  buildBytes() {
    return Math.floor(this.splitBytes * 7 / 8);
  }
  checkKey(value) {
    if (typeof value !== "string" || !value.startsWith("/")) {
      throw new InvalidInputError(
        `${this.where}: every key ("${this.spec.key}") must be a path starting with "/", got ${JSON.stringify(value)}`
      );
    }
    return value;
  }
  isContainer(record) {
    return this.spec.container ? record[this.spec.container.field] === this.spec.container.value : true;
  }
  nodeDir(node) {
    return node === "" ? this.base : `${this.base}${node.split("").join("/")}/`;
  }
  leafPath(node, low, high) {
    return `${this.nodeDir(node)}${low.toString(16)}${high === low ? "" : `-${high.toString(16)}`}.ndjson`;
  }
  /** A node's children, listed once per call (names that are not part of the layout are ignored). */
  async listing(node) {
    const known = this.listings.get(node);
    if (known) return known;
    const listing = { nodes: /* @__PURE__ */ new Set(), leaves: [] };
    const dir = this.nodeDir(node);
    for (const name of await this.files.listNames(dir.slice(0, -1))) {
      if (name.endsWith("/")) {
        if (/^[0-9a-f]\/$/.test(name)) listing.nodes.add(parseInt(name, 16));
        continue;
      }
      const match = leafName.exec(name);
      if (match) listing.leaves.push({ low: parseInt(match[1], 16), high: parseInt(match[2] ?? match[1], 16) });
    }
    this.listings.set(node, listing);
    return listing;
  }
  async loadLeaf(node, low, high, exists) {
    const path = this.leafPath(node, low, high);
    const known = this.leaves.get(path);
    if (known) return known;
    const lines = /* @__PURE__ */ new Map();
    const text = exists ? await this.files.read(path) : null;
    if (text !== null) {
      this.stats.leavesRead += 1;
      const field = `${JSON.stringify(this.spec.key)}:`;
      for (const line of text.split("\n")) {
        if (line === "") continue;
        lines.set(leafKey(line, field) ?? JSON.parse(line)[this.spec.key], line);
      }
    }
    const leaf = { node, low, high, lines, exists: text !== null, dirty: false };
    this.leaves.set(path, leaf);
    return leaf;
  }
  /** The leaf for an address prefix: a covering leaf, a child node to descend into, or an empty leaf to create. */
  async step(node, digit) {
    const listing = await this.listing(node);
    if (listing.nodes.has(digit)) return "node";
    const range = listing.leaves.find((leaf) => leaf.low <= digit && digit <= leaf.high);
    if (range) return this.loadLeaf(node, range.low, range.high, true);
    return this.loadLeaf(node, digit, digit, false);
  }
  async leafFor(key) {
    const address = addressOf(key);
    let node = "";
    for (let depth = 0; depth < maxDepth; depth += 1) {
      const digit = parseInt(address[depth], 16);
      const found = await this.step(node, digit);
      if (found !== "node") return found;
      node += address[depth];
    }
    throw new InvalidInputError(
      `${this.where}: no leaf holds ${key} (the index under ${this.base} is damaged; rebuild it)`
    );
  }
  /** Every leaf that can hold a child of the path whose own hash is prefix (8 digits). */
  async leavesUnder(prefix) {
    let node = "";
    for (let depth = 0; depth < prefix.length; depth += 1) {
      const found2 = await this.step(node, parseInt(prefix[depth], 16));
      if (found2 !== "node") return [found2];
      node += prefix[depth];
    }
    const found = [];
    const dir = this.nodeDir(node);
    for (const path of await this.files.listPaths(dir.slice(0, -1))) {
      const rest = path.slice(this.base.length);
      const slash = rest.lastIndexOf("/");
      const match = leafName.exec(rest.slice(slash + 1));
      if (!match) continue;
      const leafNode = rest.slice(0, slash).split("/").join("");
      found.push(await this.loadLeaf(leafNode, parseInt(match[1], 16), parseInt(match[2] ?? match[1], 16), true));
    }
    return found;
  }
  async removeBelow(root) {
    const removed = [];
    const queue = [root];
    while (queue.length) {
      const dir = queue.pop();
      for (const leaf of await this.leavesUnder(hex8(fnv1a32(dir)))) {
        for (const [key, line] of [...leaf.lines]) {
          if (parentOf(key) !== dir) continue;
          const record = JSON.parse(line);
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
  pack(node, low, high, items, target, out) {
    const depth = node.length;
    if (items.length > 1 && items.every((entry) => entry.key === items[0].key)) items = [items[items.length - 1]];
    if (depth >= maxDepth - 1 || items.length === 1 || sizeOf(items) <= target) {
      if (items.length) this.emit(node, low, high, items, out);
      return;
    }
    const buckets = Array.from({ length: 16 }, () => []);
    for (const entry of items) buckets[digitAt(entry, depth)].push(entry);
    let start = -1;
    let run = [];
    let runSize = 0;
    const close = (end) => {
      if (start !== -1 && run.length) this.emit(node, start, end, run, out);
      start = -1;
      run = [];
      runSize = 0;
    };
    for (let digit = low; digit <= high; digit += 1) {
      const bucket = buckets[digit];
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
  emit(node, low, high, items, out) {
    this.place({ path: this.leafPath(node, low, high), bytes: leafBytes(items), items }, out);
  }
  /**
   * Writes (or deletes) a piece as soon as it is laid out, and records it in `out`. Written in layout order, a path
   * deleted and then written again (a leaf re-packed under its own name) ends up written. Writing each leaf at once
   * lets the store start on it (see Transaction.write) while the rest is laid out. A layout that throws half-way has
   * written part of the index into the transaction; the error fails the event, which then commits nothing.
   */
  place(piece, out) {
    if (piece.bytes === null) this.files.delete(piece.path);
    else {
      this.files.write(piece.path, piece.bytes);
      this.stats.leavesWritten += 1;
    }
    out.push(piece);
  }
};
function sizeOf(items) {
  let size = 0;
  for (const entry of items) size += entry.size;
  return size;
}
function digitAt(entry, depth) {
  return depth < 8 ? entry.parent >>> 28 - 4 * depth & 15 : entry.own >>> 28 - 4 * (depth - 8) & 15;
}
function leafBytes(items) {
  items.sort((a, b) => compare(a.key, b.key));
  let kept = 0;
  for (let index = 0; index < items.length; index += 1) {
    const entry = items[index];
    if (index + 1 < items.length && items[index + 1].key === entry.key) continue;
    items[kept++] = entry;
  }
  items.length = kept;
  let length = 0;
  for (const entry of items) length += entry.size;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const entry of items) {
    if (entry.source) {
      out.set(entry.source.subarray(entry.start, entry.start + entry.size - 1), at);
      at += entry.size - 1;
    } else at += out.write(entry.line, at);
    out[at++] = 10;
  }
  return out;
}
function leafKey(line, field) {
  if (line.includes("\\")) return void 0;
  const at = line.indexOf(field);
  const start = at + field.length + 1;
  if (at < 1 || line.charCodeAt(start - 1) !== 34 || line.lastIndexOf("{", at) !== 0 || line.lastIndexOf("[", at) !== -1)
    return void 0;
  const end = line.indexOf('"', start);
  if (end === -1 || line.indexOf(field.slice(0, -1), end + 1) !== -1) return void 0;
  return line.slice(start, end);
}
function item(key, line, order = 0, pick = null, row = 0) {
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
    row
  };
}
function keptItem(key, source, start, end, order, pick, row) {
  return {
    key,
    line: "",
    source,
    start,
    size: end - start + 1,
    parent: fnv1a32(parentOf(key)),
    own: fnv1a32(key),
    order,
    pick,
    row
  };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function checkSpec(spec, where) {
  if (spec === null || typeof spec !== "object")
    throw new InvalidInputError(`${where}: options must be an object with a "key" field name`);
  if (typeof spec.key !== "string" || spec.key === "")
    throw new InvalidInputError(`${where}: options.key must be a field name`);
  if (spec.container !== void 0 && (spec.container === null || typeof spec.container.field !== "string")) {
    throw new InvalidInputError(`${where}: options.container must be { field, value }`);
  }
  if (spec.leafBytes !== void 0 && (!Number.isInteger(spec.leafBytes) || spec.leafBytes < 1024 || spec.leafBytes > 1024 * 1024)) {
    throw new InvalidInputError(`${where}: options.leafBytes must be an integer from 1024 to 1048576`);
  }
}
function applyTombstones(byKey, tombstones) {
  const keys = [...byKey.keys()].sort(compare);
  for (const tomb of tombstones) {
    const exact = byKey.get(tomb.key);
    if (exact && exact.order < tomb.order) byKey.delete(tomb.key);
    const prefix = `${tomb.key}/`;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (keys[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < keys.length && keys[index].startsWith(prefix); index += 1) {
      const entry = byKey.get(keys[index]);
      if (entry && entry.order < tomb.order) byKey.delete(keys[index]);
    }
  }
}
function newAggregator(options) {
  const depth = options?.depth ?? 0;
  const countBy = options?.countBy;
  const sums = options?.sum ?? [];
  const empty = () => ({ records: 0, count: {}, sum: Object.fromEntries(sums.map((field) => [field, 0])) });
  const total = empty();
  const groups = /* @__PURE__ */ new Map();
  let last = { group: "\0", target: total };
  const addTo = (target, picked) => {
    const count = picked[0];
    const values = picked[1];
    target.records += 1;
    if (count !== void 0) target.count[count] = (target.count[count] ?? 0) + 1;
    for (let index = 0; index < sums.length; index += 1) target.sum[sums[index]] += values[index];
  };
  return {
    /** The fields `add` needs of a record. */
    fields: [...countBy === void 0 ? [] : [countBy], ...sums],
    /** Makes what `add` needs of a record; `field(name)` answers how to read that field of one. */
    picker(field) {
      const count = countBy === void 0 ? null : field(countBy);
      const summed = sums.map(field);
      return (from) => {
        const values = [];
        for (const read of summed) {
          const value = read(from);
          values.push(typeof value === "number" && Number.isFinite(value) ? value : 0);
        }
        return [count ? String(count(from)) : void 0, values];
      };
    },
    add(key, picked) {
      addTo(total, picked);
      if (depth <= 0) return;
      let end = 0;
      for (let segment = 0; segment < depth && end !== -1; segment += 1) end = key.indexOf("/", end + 1);
      if (end === -1) end = key.length;
      if (end !== last.group.length || !key.startsWith(last.group)) {
        const group = key.slice(0, end);
        let target = groups.get(group);
        if (!target) groups.set(group, target = empty());
        last = { group, target };
      }
      addTo(last.target, picked);
    },
    result() {
      if (depth <= 0) return { total };
      return { total, groups: Object.fromEntries([...groups].sort(([a], [b]) => compare(a, b))) };
    }
  };
}

// src/mirror/save-items.ts
function keptBytes(text, bytes, kept) {
  if (bytes.byteLength === text.length) return { bytes, ends: kept.ends, values: kept.values };
  const ends = new Uint32Array(kept.ends.length);
  let at = -1;
  for (let index = 0; index < ends.length; index += 1) ends[index] = at = bytes.indexOf(10, at + 1);
  return { bytes, ends, values: kept.values };
}
function parseSaveItems(value) {
  const where = "ctx.http.request: saveItems";
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new InvalidInputError(`${where} must be { path, from, fields? }`);
  const { path, from, fields, keep } = value;
  if (typeof path !== "string" || path === "") throw new InvalidInputError(`${where}.path must be a mirror path`);
  if (typeof from !== "string" || !from.startsWith("/"))
    throw new InvalidInputError(`${where}.from must be a JSON pointer such as "/entries"`);
  if (fields !== void 0) {
    const names = Array.isArray(fields) ? fields : fields !== null && typeof fields === "object" ? [...Object.keys(fields), ...Object.values(fields)] : null;
    if (!names || names.some((name) => typeof name !== "string")) {
      throw new InvalidInputError(`${where}.fields must be a list of field names or a { newName: "field" } map`);
    }
    if (names.includes("__proto__")) throw new InvalidInputError(`${where}.fields: "__proto__" is not a field name`);
  }
  if (keep !== void 0 && (!Array.isArray(keep) || keep.some((name) => typeof name !== "string" || name === "__proto__"))) {
    throw new InvalidInputError(`${where}.keep must be a list of saved field names`);
  }
  return { path, from, fields, ...keep ? { keep } : {} };
}
function extractItems(data, options) {
  const segments = options.from.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  const rest = structuredCloneShallowPath(data, segments);
  let parent = rest;
  for (const segment of segments.slice(0, -1)) parent = parent[segment];
  const last = segments[segments.length - 1];
  const items = parent[last];
  if (!Array.isArray(items)) {
    throw new InvalidInputError(`ctx.http.request: saveItems.from ${options.from} is not an array in the response`);
  }
  delete parent[last];
  const project = projector(options.fields);
  const lines = [];
  const kept = options.keep ?? [];
  const columns = kept.map(() => []);
  for (const entry of items) {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      throw new InvalidInputError(`ctx.http.request: saveItems: the items at ${options.from} must be JSON objects`);
    }
    const record = project(entry);
    lines.push(JSON.stringify(record));
    for (let column = 0; column < kept.length; column += 1) columns[column].push(record[kept[column]]);
  }
  const count = lines.length;
  if (count) lines.push("");
  const text = lines.join("\n");
  if (!options.keep) return { text, items: items.length, rest };
  const ends = new Uint32Array(count);
  let end = -1;
  for (let index = 0; index < count; index += 1) ends[index] = end += lines[index].length + 1;
  return {
    text,
    items: items.length,
    rest,
    kept: { ends, values: new Map(kept.map((name, column) => [name, columns[column]])) }
  };
}
var projectors = /* @__PURE__ */ new Map();
function projector(fields) {
  if (fields === void 0) return (entry) => entry;
  const pairs = Array.isArray(fields) ? fields.map((name) => [name, name]) : Object.entries(fields);
  const key = JSON.stringify(pairs);
  let project = projectors.get(key);
  if (!project) {
    project = compileProjection(pairs) ?? projectByLoop(pairs);
    if (projectors.size >= 64) projectors.clear();
    projectors.set(key, project);
  }
  return project;
}
function compileProjection(pairs) {
  const literal = pairs.map(([name, source]) => `${JSON.stringify(name)}: entry[${JSON.stringify(source)}]`).join(", ");
  try {
    return new Function("entry", `return { ${literal} };`);
  } catch {
    return null;
  }
}
function projectByLoop(pairs) {
  return (entry) => {
    const out = {};
    for (const [name, source] of pairs) if (entry[source] !== void 0) out[name] = entry[source];
    return out;
  };
}
function structuredCloneShallowPath(data, segments) {
  const copy = (value, at2) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new InvalidInputError(`ctx.http.request: saveItems.from: the response has no object at ${at2 || "/"}`);
    }
    return { ...value };
  };
  const root = copy(data, "");
  let current = root;
  let at = "";
  for (const segment of segments.slice(0, -1)) {
    at += `/${segment}`;
    current[segment] = copy(current[segment], at);
    current = current[segment];
  }
  return root;
}

// src/mirror/scoped-mirror.ts
var maxKeptLines = 2e6;
var maxMirrorFileBytes = 50 * 1024 * 1024;
var ScopedMirror = class {
  constructor(tx, prefix) {
    this.tx = tx;
    this.prefix = prefix;
  }
  tx;
  prefix;
  /**
   * What saveItems with `keep` saved, by store path, until the file is written or deleted again through this mirror
   * (its only writer during an event): its bytes, where its lines end, and a few values of each line, so that indexLoad
   * needs not read and parse the file back. Holding 200,000 parsed records cost more garbage collection than parsing
   * them again; the file's bytes (already held by the transaction) and three values per line cost next to none.
   */
  kept = /* @__PURE__ */ new Map();
  keptLines = 0;
  /** Validates a handler-supplied path and returns the store path. */
  resolve(path) {
    if (typeof path !== "string") throw new InvalidInputError("ctx.mirror: path must be a string");
    if (path.startsWith("/"))
      throw new InvalidInputError(`ctx.mirror: path ${JSON.stringify(path)} must be relative to the mirror`);
    const relative = validateStorePath(path, "mirror path");
    if (relative === ".sync" || relative.startsWith(".sync/")) {
      throw new InvalidInputError(`ctx.mirror: ${JSON.stringify(path)} is inside .sync/, which belongs to the engine`);
    }
    return `${this.prefix}${relative}`;
  }
  async read(path) {
    return this.tx.readText(this.resolve(path));
  }
  /** Writes a mirror file; answers its size in bytes. */
  write(path, text) {
    if (typeof text !== "string") throw new InvalidInputError("ctx.mirror.write: text must be a string");
    return this.writeBytes(path, Buffer.from(text));
  }
  /** `write` of text already encoded as UTF-8. */
  writeBytes(path, bytes) {
    const target = this.resolve(path);
    if (bytes.byteLength > maxMirrorFileBytes) {
      throw new InvalidInputError(
        `ctx.mirror.write: ${path} would be ${bytes.byteLength} bytes; the cap is 50 MiB per file (shard it)`
      );
    }
    this.tx.write(target, bytes);
    this.forget(target);
    return bytes.byteLength;
  }
  /** Writes what saveItems rendered; remembers `kept` (see `kept`). */
  writeSaved(path, text, kept) {
    const bytes = Buffer.from(text);
    this.writeBytes(path, bytes);
    if (kept && this.keptLines + kept.ends.length <= maxKeptLines) {
      this.kept.set(this.resolve(path), keptBytes(text, bytes, kept));
      this.keptLines += kept.ends.length;
    }
    return bytes.byteLength;
  }
  delete(path) {
    const target = this.resolve(path);
    this.tx.delete(target);
    this.forget(target);
  }
  forget(target) {
    const known = this.kept.get(target);
    if (!known) return;
    this.kept.delete(target);
    this.keptLines -= known.ends.length;
  }
  async list(dir) {
    const folder = dir === void 0 || dir === "" || dir === "." ? this.prefix.slice(0, -1) : this.resolve(dir);
    const entries = await this.tx.list(folder, { recursive: true });
    const result = [];
    for (const entry of entries) {
      const relative = entry.path.slice(this.prefix.length);
      if (relative.startsWith(".sync/")) continue;
      result.push({ path: relative, size: await this.tx.size(entry.path) ?? 0 });
    }
    return result;
  }
  /** Every file below dir, mirror-relative (no sizes: cheaper than list). */
  async listPaths(dir) {
    const entries = await this.tx.list(this.resolve(dir), { recursive: true });
    return entries.map((entry) => entry.path.slice(this.prefix.length));
  }
  /**
   * Runs one operation on the path index under dir (see path-index.ts) and writes the leaves it changed.
   * Answers the operation's value and the call's mirror-io figures.
   */
  async withIndex(dir, spec, method, operation) {
    const files = {
      read: (path) => this.read(path),
      write: (path, bytes) => this.writeBytes(path, bytes),
      delete: (path) => this.delete(path),
      listPaths: (folder) => this.listPaths(folder),
      kept: (path) => this.kept.get(this.resolve(path)) ?? null,
      listNames: async (folder) => (await this.tx.list(this.resolve(folder))).map(
        (entry) => `${entry.path.slice(entry.path.lastIndexOf("/") + 1)}${entry.type === "dir" ? "/" : ""}`
      )
    };
    const index = new PathIndex(
      files,
      this.resolve(dir).slice(this.prefix.length),
      spec,
      `ctx.mirror.${method}(${JSON.stringify(dir)})`
    );
    const value = await operation(index);
    index.flush();
    return { value, io: index.stats };
  }
  /** ctx.mirror.indexLoad: the whole index rebuilt from NDJSON source files. */
  async indexLoad(dir, sources, options) {
    if (!Array.isArray(sources))
      throw new InvalidInputError("ctx.mirror.indexLoad: sources must be a list of mirror paths");
    const { value, io } = await this.withIndex(dir, options, "indexLoad", (index) => index.load(sources, options));
    return { ...value, io };
  }
  async upsertLines(path, records, key) {
    if (!Array.isArray(records)) throw new InvalidInputError("ctx.mirror.upsertLines: records must be an array");
    if (typeof key !== "string" || key === "")
      throw new InvalidInputError("ctx.mirror.upsertLines: key must be a field name");
    const current = await this.read(path) ?? "";
    const result = upsertLines(current, records, key, `ctx.mirror.upsertLines(${path})`);
    if (result.added + result.updated > 0) this.write(path, result.text);
    return { added: result.added, updated: result.updated };
  }
  async deleteLines(path, keys, key) {
    if (!Array.isArray(keys)) throw new InvalidInputError("ctx.mirror.deleteLines: keys must be an array");
    const current = await this.read(path);
    if (current === null) return 0;
    const result = deleteLines(current, keys, key, `ctx.mirror.deleteLines(${path})`);
    if (result.deleted > 0) this.write(path, result.text);
    return result.deleted;
  }
};

export {
  upsertLines,
  deleteLines,
  fnv1a32,
  addressOf,
  parseSaveItems,
  extractItems,
  maxMirrorFileBytes,
  ScopedMirror
};
