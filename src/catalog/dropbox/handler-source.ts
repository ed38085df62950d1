/**
 * The reviewed Dropbox handler (catalog:dropbox@1), an ES module run in the sandbox with only `ctx`.
 *
 * Mirror layout (structure only, never file content):
 *   files/**.ndjson        one record per entry {path, name, tag, id, size, rev, modified, lower}, sorted by lower,
 *                          kept in the leaves of a hex trie over a 16-digit address:
 *                            address(entry) = hex8(fnv1a32(parent path_lower)) + hex8(fnv1a32(path_lower))
 *                          A leaf for prefix "3fa" is files/3/f/a.ndjson; an internal node "3f" is marked by the
 *                          empty file files/3/f.split and its children live in files/3/f/. A missing leaf under an
 *                          internal node is an empty one. A leaf that outgrows 60 KiB splits into its 16 children
 *                          (only non-empty ones are written), so every file stays under 64 KiB at any size.
 *   folders/<hh>.ndjson    files and bytes of every top-level folder {folder, path, files, bytes}, sharded by the
 *                          first byte of fnv1a32(folder); "/" is the root's own files
 *   index.json             counts, total bytes, the 100 largest top-level folders, the layout, times (a few KiB)
 *   recent.ndjson          the last 300 changes, newest last
 *   staging/               only while a backfill runs: listed pages (staging/pages/, one file per page, grouped by address
 *                          digit), and during a full resync of an existing mirror the new mirror (staging/next/), copied
 *                          over files/ in one final commit
 *
 * Why this layout: the address starts with the hash of the PARENT folder, so the direct children of a folder share
 * one 8-digit prefix and sit together in one leaf (or, for a folder with thousands of entries, in the leaves below
 * that prefix). Deleting or moving a folder walks its subtree folder by folder and reads only the leaves of the
 * folders it removes: cost follows the size of the change, never the size of the mirror (at 1,000,000 entries a
 * 50-entry folder delete reads 2 leaves plus a few absent-leaf probes, where sharding by a hash of the path read all
 * of them). Splits are local (one leaf), so growth never rewrites the whole mirror. Per-top-folder totals live in
 * folders/ (index.json keeps only the largest 100), so index.json stays small with any number of top-level folders.
 * A cursor reset rebuilds the mirror under staging/next/ with checkpoints and swaps it in at the end: readers keep
 * the old, complete mirror until the new one is complete.
 *
 * Changes follow Dropbox's list_folder rules (compare by path_lower): a file replaces what is at its path and
 * removes any children; a folder keeps its children; a deleted entry removes the path and its subtree.
 */
export const dropboxHandlerSource = String.raw`
const API = 'https://api.dropboxapi.com/2/';
const PAGE_LIMIT = 2000;
const GROUPS = 16;
const BUILD_BYTES = 40 * 1024;
const SPLIT_BYTES = 60 * 1024;
const MAX_DEPTH = 16;
const DIR_DIGITS = 8;
const TOP_MAX = 100;
const RECENT_MAX = 300;
const CHECKPOINT_PAGES = 10;
const LAYOUT = { kind: 'trie', version: 2, address: 'hex8(fnv1a32(parent path_lower)) + hex8(fnv1a32(path_lower))',
  leaf: 'files/<d1>/<d2>/.../<dn>.ndjson', internal: 'files/<d1>/.../<dn>.split', splitBytes: SPLIT_BYTES,
  folders: 'folders/<hex2(fnv1a32(folder))>.ndjson' };

function hash(text) {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

function hex8(value) {
  const text = value.toString(16);
  return '00000000'.slice(text.length) + text;
}

function parentOf(lower) {
  return lower.slice(0, lower.lastIndexOf('/'));
}

function addressOf(lower) {
  return hex8(hash(parentOf(lower))) + hex8(hash(lower));
}

function dirAddress(lower) {
  return hex8(hash(lower));
}

function nodePath(base, prefix, suffix) {
  return base + prefix.split('').join('/') + suffix;
}

function leafPath(base, prefix) {
  return nodePath(base, prefix, '.ndjson');
}

function markerPath(base, prefix) {
  return nodePath(base, prefix, '.split');
}

function byteLength(text) {
  if (!/[^\x00-\x7f]/.test(text)) return text.length;
  let bytes = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

function topOf(lower) {
  const slash = lower.indexOf('/', 1);
  return slash === -1 ? '/' : lower.slice(0, slash);
}

function topDisplay(path) {
  const slash = path.indexOf('/', 1);
  return slash === -1 ? '/' : path.slice(0, slash);
}

function folderShard(base, key) {
  const text = (hash(key) >>> 24).toString(16);
  return base + 'folders/' + (text.length < 2 ? '0' + text : text) + '.ndjson';
}

function toRecord(entry) {
  const record = { path: entry.path_display, name: entry.name, tag: entry['.tag'] };
  if (entry.id) record.id = entry.id;
  if (entry['.tag'] === 'file') {
    record.size = entry.size;
    record.rev = entry.rev;
    record.modified = entry.server_modified;
  }
  record.lower = entry.path_lower;
  return record;
}

function parseLines(text) {
  const out = [];
  if (!text) return out;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) if (lines[index] !== '') out.push(JSON.parse(lines[index]));
  return out;
}

function byLower(a, b) {
  return a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0;
}

function isReset(error) {
  if (!error || error.status !== 409) return false;
  try {
    const body = typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
    return Boolean(body && body.error && body.error['.tag'] === 'reset');
  } catch (parseError) {
    return String(error.body).indexOf('reset') !== -1;
  }
}

async function call(ctx, endpoint, body) {
  const response = await ctx.http.request({ method: 'POST', url: API + endpoint, headers: { 'Content-Type': 'application/json' }, body: body });
  if (!response.data || !Array.isArray(response.data.entries)) throw new Error('Dropbox ' + endpoint + ' answered without entries');
  return response.data;
}

function emptyIndex() {
  return { version: 2, layout: LAYOUT, files: 0, folders: 0, totalBytes: 0, topFolderCount: 0, topFolders: {},
    updatedAt: null, lastChangeAt: null };
}

function indexText(index) {
  return JSON.stringify(index, null, 1) + '\n';
}

/** Records (sorted by lower) as partition items: each line, its size and its address computed once. */
function itemsOf(records) {
  const items = [];
  for (let index = 0; index < records.length; index += 1) {
    const line = JSON.stringify(records[index]);
    items.push({ line: line, bytes: byteLength(line) + 1, address: addressOf(records[index].lower) });
  }
  return items;
}

/** Splits items (sorted by lower) into trie leaves of at most target bytes below prefix; pushes the writes. */
function partition(base, prefix, items, target, writes) {
  let bytes = 0;
  for (let index = 0; index < items.length; index += 1) bytes += items[index].bytes;
  if (bytes <= target || prefix.length >= MAX_DEPTH) {
    if (items.length) writes.push({ path: leafPath(base, prefix), text: items.map(function (item) { return item.line; }).join('\n') + '\n' });
    return;
  }
  writes.push({ path: markerPath(base, prefix), text: '' });
  const buckets = [];
  for (let digit = 0; digit < 16; digit += 1) buckets.push([]);
  for (let index = 0; index < items.length; index += 1) buckets[parseInt(items[index].address.charAt(prefix.length), 16)].push(items[index]);
  for (let digit = 0; digit < 16; digit += 1) {
    if (buckets[digit].length) partition(base, prefix + digit.toString(16), buckets[digit], target, writes);
  }
}

// ---------------------------------------------------------------- the trie of leaves

function Tree(ctx, base) {
  this.ctx = ctx;
  this.base = base;
  this.leaves = new Map();
  this.internal = new Set();
  this.stats = { leavesRead: 0, leavesWritten: 0, splits: 0 };
}

Tree.prototype.loadLeaf = async function (prefix) {
  const known = this.leaves.get(prefix);
  if (known) return known;
  if (this.internal.has(prefix)) return null;
  const text = await this.ctx.mirror.read(leafPath(this.base, prefix));
  if (text === null && (await this.ctx.mirror.read(markerPath(this.base, prefix))) !== null) {
    this.internal.add(prefix);
    return null;
  }
  // A missing leaf whose parent is internal is an empty leaf.
  const records = new Map();
  const list = parseLines(text);
  for (let index = 0; index < list.length; index += 1) records.set(list[index].lower, list[index]);
  if (text !== null) this.stats.leavesRead += 1;
  const leaf = { prefix: prefix, records: records, exists: text !== null, dirty: false };
  this.leaves.set(prefix, leaf);
  return leaf;
};

/** The leaf holding address (the root is always internal). */
Tree.prototype.leafFor = async function (address) {
  for (let depth = 1; depth <= MAX_DEPTH; depth += 1) {
    const leaf = await this.loadLeaf(address.slice(0, depth));
    if (leaf) return leaf;
  }
  throw new Error('mirror layout: no leaf holds ' + address + '; run a full resync');
};

/** Every leaf that can hold a child of the folder whose own address is prefix (8 digits). */
Tree.prototype.leavesUnder = async function (prefix) {
  for (let depth = 1; depth <= prefix.length; depth += 1) {
    const leaf = await this.loadLeaf(prefix.slice(0, depth));
    if (leaf) return [leaf];
  }
  // A folder with thousands of children: its prefix is split further by the children's own hash.
  const found = [];
  const entries = await this.ctx.mirror.list(nodePath(this.base, prefix, ''));
  for (let index = 0; index < entries.length; index += 1) {
    const path = entries[index].path;
    if (path.slice(-7) !== '.ndjson') continue;
    const leaf = await this.loadLeaf(path.slice(this.base.length, -7).split('/').join(''));
    if (leaf) found.push(leaf);
  }
  return found;
};

Tree.prototype.flush = async function () {
  const ctx = this.ctx;
  const base = this.base;
  const stats = this.stats;
  const writes = [];
  this.leaves.forEach(function (leaf) {
    if (!leaf.dirty) return;
    const records = [];
    leaf.records.forEach(function (record) { records.push(record); });
    if (records.length === 0) {
      if (leaf.exists) writes.push({ path: leafPath(base, leaf.prefix), text: null });
      return;
    }
    records.sort(byLower);
    const items = itemsOf(records);
    const pieces = [];
    partition(base, leaf.prefix, items, SPLIT_BYTES, pieces);
    if (pieces.length > 1 || pieces[0].path !== leafPath(base, leaf.prefix)) {
      // Split: the leaf becomes an internal node; its children get the build target so they have room to grow.
      stats.splits += 1;
      pieces.length = 0;
      partition(base, leaf.prefix, items, BUILD_BYTES, pieces);
      if (leaf.exists) writes.push({ path: leafPath(base, leaf.prefix), text: null });
    }
    for (let index = 0; index < pieces.length; index += 1) writes.push(pieces[index]);
  });
  for (let index = 0; index < writes.length; index += 1) {
    if (writes[index].text === null) await ctx.mirror.delete(writes[index].path);
    else {
      await ctx.mirror.write(writes[index].path, writes[index].text);
      if (writes[index].path.slice(-7) === '.ndjson') stats.leavesWritten += 1;
    }
  }
  this.leaves.clear();
  this.internal.clear();
};

// ---------------------------------------------------------------- per-top-folder totals

function Totals(ctx, base) {
  this.ctx = ctx;
  this.base = base;
  this.shards = new Map();
  this.touched = new Map();
  this.count = 0;
}

Totals.prototype.load = async function (key) {
  const path = folderShard(this.base, key);
  let shard = this.shards.get(path);
  if (!shard) {
    const list = parseLines(await this.ctx.mirror.read(path));
    const entries = new Map();
    for (let index = 0; index < list.length; index += 1) entries.set(list[index].folder, list[index]);
    shard = { path: path, entries: entries, dirty: false };
    this.shards.set(path, shard);
  }
  return shard;
};

/** Adds files and bytes to a top-level folder; folderSign is +1/-1 when the top-level folder record itself comes or goes. */
Totals.prototype.adjust = async function (key, display, files, bytes, folderSign) {
  const shard = await this.load(key);
  let entry = shard.entries.get(key);
  if (!entry) {
    if (folderSign < 0) return;
    entry = { folder: key, path: display, files: 0, bytes: 0 };
    shard.entries.set(key, entry);
    this.count += 1;
  }
  entry.files += files;
  entry.bytes += bytes;
  if (folderSign > 0) entry.path = display;
  shard.dirty = true;
  if ((folderSign < 0 || key === '/') && entry.files <= 0) {
    shard.entries.delete(key);
    this.count -= 1;
    this.touched.set(key, null);
  } else this.touched.set(key, entry);
};

Totals.prototype.flush = async function (index) {
  const ctx = this.ctx;
  const writes = [];
  this.shards.forEach(function (shard) {
    if (!shard.dirty) return;
    const lines = [];
    shard.entries.forEach(function (entry) { lines.push(entry); });
    lines.sort(function (a, b) { return a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0; });
    writes.push({ path: shard.path, text: lines.length ? lines.map(function (entry) { return JSON.stringify(entry); }).join('\n') + '\n' : null });
  });
  for (let item = 0; item < writes.length; item += 1) {
    if (writes[item].text === null) await ctx.mirror.delete(writes[item].path);
    else await ctx.mirror.write(writes[item].path, writes[item].text);
  }
  this.touched.forEach(function (entry, key) {
    if (entry) index.topFolders[key] = { files: entry.files, bytes: entry.bytes };
    else delete index.topFolders[key];
  });
  index.topFolderCount += this.count;
  index.topFolders = largest(index.topFolders);
  this.shards.clear();
  this.touched.clear();
  this.count = 0;
};

/** The TOP_MAX largest folders by bytes (then files), as a map. */
function largest(map) {
  const keys = Object.keys(map);
  if (keys.length <= TOP_MAX) return map;
  keys.sort(function (a, b) { return map[b].bytes - map[a].bytes || map[b].files - map[a].files || (a < b ? -1 : 1); });
  const kept = {};
  for (let index = 0; index < TOP_MAX; index += 1) kept[keys[index]] = map[keys[index]];
  return kept;
}

async function account(index, totals, record, sign) {
  const key = topOf(record.lower);
  if (record.tag === 'file') {
    index.files += sign;
    index.totalBytes += sign * (record.size || 0);
    await totals.adjust(key, topDisplay(record.path), sign, sign * (record.size || 0), 0);
  } else if (record.tag === 'folder') {
    index.folders += sign;
    if (record.lower.indexOf('/', 1) === -1) await totals.adjust(record.lower, record.path, 0, 0, sign);
  }
}

async function removeFiles(ctx, paths) {
  for (let index = 0; index < paths.length; index += 1) await ctx.mirror.delete(paths[index]);
}

async function listPaths(ctx, dir) {
  return (await ctx.mirror.list(dir)).map(function (entry) { return entry.path; });
}

// ---------------------------------------------------------------- backfill

async function backfill(ctx) {
  let run = await ctx.state.get('backfill');
  if (!run) {
    // A resync of an existing mirror keeps it readable and builds the new one aside (staging/next/).
    const swap = (await ctx.mirror.read('index.json')) !== null;
    if (swap) await removeFiles(ctx, await listPaths(ctx, 'staging'));
    else await removeFiles(ctx, await listPaths(ctx));
    await ctx.state.delete('cursor');
    // A restart after a cursor reset lists from page 0 again: nothing staged before it may be reused.
    staged.chunks.clear();
    staged.pages.clear();
    staged.entries = 0;
    run = { phase: 'list', cursor: null, pages: 0, entries: 0, deletes: 0, built: 0, swap: swap };
    await ctx.state.set('backfill', run);
    await ctx.state.delete('backfillIndex');
    ctx.log.info('backfill-start', { swap: swap });
  } else {
    ctx.log.info('backfill-resume', { phase: run.phase, pages: run.pages, entries: run.entries });
  }
  const base = run.swap ? 'staging/next/' : '';
  while (run.phase === 'list') {
    let page;
    try {
      page = run.cursor
        ? await call(ctx, 'files/list_folder/continue', { cursor: run.cursor })
        : await call(ctx, 'files/list_folder', { path: '', recursive: true, limit: PAGE_LIMIT, include_deleted: false });
    } catch (error) {
      if (!isReset(error) || !run.cursor) throw error;
      ctx.log.warn('backfill-reset', { pages: run.pages });
      await ctx.state.set('backfill', null);
      return backfill(ctx);
    }
    await stagePage(ctx, run, page.entries);
    run.cursor = page.cursor;
    run.pages += 1;
    if (!page.has_more) run.phase = 'build';
    await ctx.state.set('backfill', run);
    await ctx.checkpoint('backfill page ' + run.pages + ' (' + run.entries + ' entries)');
  }
  const partial = await ctx.state.get('backfillIndex');
  const built = partial || { files: 0, folders: 0, totalBytes: 0, totals: {} };
  if (run.phase === 'build') {
    const deletes = parseLines(await ctx.mirror.read('staging/deletes.ndjson'));
    while (run.built < GROUPS) {
      await buildGroup(ctx, run.built, deletes, built, base, run.pages);
      run.built += 1;
      await ctx.state.set('backfill', run);
      await ctx.state.set('backfillIndex', built);
      if (run.built % 4 === 0 && run.built < GROUPS) await ctx.checkpoint('backfill build ' + run.built + '/' + GROUPS);
    }
    await ctx.mirror.delete('staging/deletes.ndjson');
    for (let page = 0; page < run.pages; page += 1) await ctx.mirror.delete(pagePath(page));
    const index = emptyIndex();
    index.files = built.files;
    index.folders = built.folders;
    index.totalBytes = built.totalBytes;
    const keys = Object.keys(built.totals).sort();
    const shards = new Map();
    for (let position = 0; position < keys.length; position += 1) {
      const entry = built.totals[keys[position]];
      const path = folderShard(base, keys[position]);
      (shards.get(path) || shards.set(path, []).get(path)).push(JSON.stringify({ folder: keys[position], path: entry.path, files: entry.files, bytes: entry.bytes }));
      index.topFolders[keys[position]] = { files: entry.files, bytes: entry.bytes };
    }
    const writes = [];
    shards.forEach(function (lines, path) { writes.push(ctx.mirror.write(path, lines.join('\n') + '\n')); });
    await Promise.all(writes);
    index.topFolderCount = keys.length;
    index.topFolders = largest(index.topFolders);
    index.updatedAt = ctx.now();
    index.lastChangeAt = index.updatedAt;
    index.backfilledAt = index.updatedAt;
    await ctx.mirror.write(base + 'index.json', indexText(index));
    if (run.swap) {
      run.phase = 'swap';
      await ctx.state.set('backfill', run);
      await ctx.checkpoint('backfill built, swapping in');
    }
  }
  if (run.phase === 'swap') await swapIn(ctx);
  if ((await ctx.mirror.read('recent.ndjson')) === null) await ctx.mirror.write('recent.ndjson', '');
  await ctx.state.set('cursor', run.cursor);
  await ctx.state.delete('backfill');
  await ctx.state.delete('backfillIndex');
  return { added: built.files + built.folders, note: 'backfill: ' + built.files + ' files, ' + built.folders + ' folders in ' + run.pages + ' pages' };
}

/** Replaces files/, folders/ and index.json with the mirror built under staging/next/, in one commit. */
async function swapIn(ctx) {
  const fresh = await listPaths(ctx, 'staging/next');
  const kept = new Set();
  for (let index = 0; index < fresh.length; index += 1) {
    const target = fresh[index].slice('staging/next/'.length);
    await ctx.mirror.write(target, await ctx.mirror.read(fresh[index]));
    await ctx.mirror.delete(fresh[index]);
    kept.add(target);
  }
  const old = (await listPaths(ctx, 'files')).concat(await listPaths(ctx, 'folders'));
  for (let index = 0; index < old.length; index += 1) if (!kept.has(old[index])) await ctx.mirror.delete(old[index]);
  ctx.log.info('backfill-swap', { files: fresh.length, removed: old.length - kept.size });
}

// Pages staged by this run, by page path and group digit: the build takes their entries from here instead of reading
// and parsing the page files again (a resumed run reads what an earlier run staged). Bounded, so memory stays bounded.
const STAGED_MAX = 300000;
const staged = { chunks: new Map(), pages: new Set(), entries: 0 };

/** A staged entry as the build needs it: its mirror line (computed once), key, listing order and what totals count. */
function stagedEntry(record, line, order, parentHex) {
  return { line: line, lower: record.lower, order: order, tag: record.tag, size: record.size || 0,
    display: record.tag === 'file' ? topDisplay(record.path) : record.path, parent: parentHex, bytes: 0, address: '' };
}

// hex8(hash(parent)) by parent: the entries of a page share few parents, and the interpreter pays per character.
const parentHexes = new Map();
function parentHexOf(lower) {
  const parent = parentOf(lower);
  let hex = parentHexes.get(parent);
  if (hex === undefined) {
    if (parentHexes.size >= 10000) parentHexes.clear();
    hex = hex8(hash(parent));
    parentHexes.set(parent, hex);
  }
  return hex;
}

/** Items sorted by lower, with the comparison in native code (a NUL sorts before every character a path holds). */
function sortByLower(items) {
  const keys = [];
  for (let index = 0; index < items.length; index += 1) keys.push(items[index].lower + '\u0000' + index);
  keys.sort();
  const sorted = [];
  for (let index = 0; index < keys.length; index += 1) sorted.push(items[+keys[index].slice(keys[index].lastIndexOf('\u0000') + 1)]);
  return sorted;
}

function pagePath(page) {
  let name = String(page);
  while (name.length < 6) name = '0' + name;
  return 'staging/pages/' + name + '.ndjson';
}

/**
 * Stages one listed page as ONE file, staging/pages/<page>.ndjson, so a checkpoint commits one file per page: the
 * page's records (with their listing order) grouped by address digit, each group after a "#<digit>" line.
 */
function stagePage(ctx, run, entries) {
  const groups = [];
  const lines = [];
  const deletes = [];
  const before = run.entries;
  for (let position = 0; position < entries.length; position += 1) {
    const entry = entries[position];
    const order = run.pages * (PAGE_LIMIT + 1) + position;
    if (entry['.tag'] === 'deleted') {
      deletes.push(JSON.stringify({ lower: entry.path_lower, order: order }));
      continue;
    }
    const record = toRecord(entry);
    const line = JSON.stringify(record);
    const parentHex = parentHexOf(entry.path_lower);
    const group = parseInt(parentHex.charAt(0), 16);
    // The staged line is the record with its order last, as JSON.stringify would write it.
    (lines[group] || (lines[group] = [])).push(line.slice(0, -1) + ',"order":' + order + '}');
    (groups[group] || (groups[group] = [])).push(stagedEntry(record, line, order, parentHex));
    run.entries += 1;
  }
  const path = pagePath(run.pages);
  const sections = [];
  const keep = staged.entries + run.entries - before <= STAGED_MAX;
  for (let group = 0; group < GROUPS; group += 1) {
    if (!lines[group]) continue;
    const digit = group.toString(16);
    sections.push('#' + digit + '\n' + lines[group].join('\n') + '\n');
    if (keep) staged.chunks.set(path + '#' + digit, groups[group]);
  }
  // A page kept in memory is kept whole: a digit it has no entry for is an empty group, not a file to read.
  if (keep) {
    staged.pages.add(path);
    staged.entries += run.entries - before;
  }
  const writes = [];
  if (sections.length) writes.push(ctx.mirror.write(path, sections.join('')));
  if (deletes.length) {
    run.deletes += deletes.length;
    writes.push(ctx.mirror.read('staging/deletes.ndjson').then(function (text) {
      return ctx.mirror.write('staging/deletes.ndjson', (text || '') + deletes.join('\n') + '\n');
    }));
  }
  return Promise.all(writes);
}

/** The lines of group digit in a staged page (all of it for a per-group chunk of an earlier version: digit null). */
function sectionOf(text, digit) {
  if (!text || digit === null) return text;
  const marker = '#' + digit + '\n';
  let start = text.slice(0, marker.length) === marker ? 0 : text.indexOf('\n' + marker);
  if (start === -1) return '';
  start = start === 0 ? marker.length : start + 1 + marker.length;
  const end = text.indexOf('\n#', start - 1);
  return end === -1 ? text.slice(start) : text.slice(start, end + 1);
}

/** The entries of group digit in one staged file: from memory when this run staged it, else parsed from the file. */
async function chunkEntries(ctx, path, digit) {
  const key = digit === null ? path : path + '#' + digit;
  const known = staged.chunks.get(key);
  if (known) {
    staged.chunks.delete(key);
    staged.entries -= known.length;
    return known;
  }
  if (staged.pages.has(path)) return [];
  const records = parseLines(sectionOf(await ctx.mirror.read(path), digit));
  const out = [];
  for (let position = 0; position < records.length; position += 1) {
    const record = records[position];
    const order = record.order;
    delete record.order;
    out.push(stagedEntry(record, JSON.stringify(record), order, parentHexOf(record.lower)));
  }
  return out;
}

async function buildGroup(ctx, group, deletes, built, base, pageCount) {
  const digit = group.toString(16);
  const byPath = new Map();
  // Per-group chunks staged by an earlier version of this handler come first (their pages came first), then pages.
  const chunks = (await listPaths(ctx, 'staging/' + digit)).sort();
  for (let chunk = 0; chunk < chunks.length; chunk += 1) {
    const entries = await chunkEntries(ctx, chunks[chunk], null);
    for (let position = 0; position < entries.length; position += 1) byPath.set(entries[position].lower, entries[position]);
    await ctx.mirror.delete(chunks[chunk]);
  }
  // Pages are named by number: no listing, which would read every staged page's size.
  for (let page = 0; page < pageCount; page += 1) {
    const entries = await chunkEntries(ctx, pagePath(page), digit);
    for (let position = 0; position < entries.length; position += 1) byPath.set(entries[position].lower, entries[position]);
  }
  // Deleted entries seen during the listing remove what was listed before them, subtree included.
  for (let item = 0; item < deletes.length; item += 1) {
    const gone = deletes[item];
    const prefix = gone.lower + '/';
    byPath.forEach(function (entry, lower) {
      if (entry.order < gone.order && (lower === gone.lower || lower.indexOf(prefix) === 0)) byPath.delete(lower);
    });
  }
  const items = [];
  byPath.forEach(function (entry) {
    items.push(entry);
    const key = topOf(entry.lower);
    if (entry.tag === 'file') {
      built.files += 1;
      built.totalBytes += entry.size;
      const total = built.totals[key] || (built.totals[key] = { path: entry.display, files: 0, bytes: 0 });
      total.files += 1;
      total.bytes += entry.size;
    } else {
      built.folders += 1;
      if (entry.lower.indexOf('/', 1) === -1) {
        const total = built.totals[entry.lower] || (built.totals[entry.lower] = { path: entry.display, files: 0, bytes: 0 });
        total.path = entry.display;
      }
    }
  });
  const sorted = sortByLower(items);
  for (let index = 0; index < sorted.length; index += 1) {
    sorted[index].bytes = byteLength(sorted[index].line) + 1;
    sorted[index].address = sorted[index].parent + hex8(hash(sorted[index].lower));
  }
  const writes = [];
  partition(base + 'files/', group.toString(16), sorted, BUILD_BYTES, writes);
  for (let index = 0; index < writes.length; index += 1) await ctx.mirror.write(writes[index].path, writes[index].text);
}

// ---------------------------------------------------------------- incremental

/** Removes every descendant of root, folder by folder, reading only the leaves of the folders removed. */
async function removeDescendants(tree, totals, index, root) {
  let removed = 0;
  const queue = [root];
  while (queue.length) {
    const dir = queue.pop();
    const leaves = await tree.leavesUnder(dirAddress(dir));
    for (let item = 0; item < leaves.length; item += 1) {
      const leaf = leaves[item];
      const children = [];
      leaf.records.forEach(function (record, lower) { if (parentOf(lower) === dir) children.push(record); });
      for (let position = 0; position < children.length; position += 1) {
        const child = children[position];
        leaf.records.delete(child.lower);
        leaf.dirty = true;
        await account(index, totals, child, -1);
        removed += 1;
        if (child.tag === 'folder') queue.push(child.lower);
      }
    }
  }
  return removed;
}

async function apply(tree, totals, index, entry, summary, recent, now) {
  const lower = entry.path_lower;
  const tag = entry['.tag'];
  const leaf = await tree.leafFor(addressOf(lower));
  const existing = leaf.records.get(lower);
  if (tag === 'deleted') {
    if (!existing || existing.tag === 'folder') summary.deleted += await removeDescendants(tree, totals, index, lower);
    if (!existing) return;
    await account(index, totals, existing, -1);
    leaf.records.delete(lower);
    leaf.dirty = true;
    summary.deleted += 1;
    recent.push({ at: now, op: 'deleted', tag: existing.tag, path: existing.path });
    return;
  }
  const record = toRecord(entry);
  if (existing && JSON.stringify(existing) === JSON.stringify(record)) return;
  if (existing && existing.tag === 'folder' && tag === 'file') summary.deleted += await removeDescendants(tree, totals, index, lower);
  if (existing) await account(index, totals, existing, -1);
  await account(index, totals, record, 1);
  leaf.records.set(lower, record);
  leaf.dirty = true;
  if (existing) summary.updated += 1;
  else summary.added += 1;
  const change = { at: now, op: existing ? (existing.path !== record.path ? 'renamed' : 'modified') : 'added', tag: tag, path: record.path };
  if (tag === 'file') change.size = record.size;
  recent.push(change);
}

async function writeRecent(ctx, recent) {
  if (!recent.length) return;
  const current = (await ctx.mirror.read('recent.ndjson')) || '';
  const lines = current.split('\n').filter(function (line) { return line !== ''; });
  for (let index = 0; index < recent.length; index += 1) lines.push(JSON.stringify(recent[index]));
  await ctx.mirror.write('recent.ndjson', lines.slice(-RECENT_MAX).join('\n') + '\n');
}

async function fullResync(ctx, reason, why) {
  ctx.log.warn(why, { reason: reason });
  await ctx.state.delete('cursor');
  const result = await backfill(ctx);
  result.note = (why === 'cursor-reset' ? 'cursor reset' : 'layout upgrade') + ', full resync: ' + result.note;
  return result;
}

async function catchUp(ctx, reason) {
  const cursor = await ctx.state.get('cursor');
  if ((await ctx.state.get('backfill')) || !cursor) return backfill(ctx);
  const indexText0 = await ctx.mirror.read('index.json');
  const index = indexText0 ? JSON.parse(indexText0) : null;
  if (!index || !index.layout || index.layout.kind !== LAYOUT.kind || index.layout.version !== LAYOUT.version) {
    return fullResync(ctx, reason, 'layout-upgrade');
  }
  index.layout = LAYOUT;
  const tree = new Tree(ctx, 'files/');
  const totals = new Totals(ctx, '');
  const summary = { added: 0, updated: 0, deleted: 0 };
  let recent = [];
  const now = ctx.now();
  let next = cursor;
  let pages = 0;
  for (;;) {
    let page;
    try {
      page = await call(ctx, 'files/list_folder/continue', { cursor: next });
    } catch (error) {
      if (!isReset(error)) throw error;
      return fullResync(ctx, reason, 'cursor-reset');
    }
    for (let position = 0; position < page.entries.length; position += 1) {
      await apply(tree, totals, index, page.entries[position], summary, recent, now);
    }
    next = page.cursor;
    pages += 1;
    if (!page.has_more) break;
    if (pages % CHECKPOINT_PAGES === 0) {
      await tree.flush();
      await totals.flush(index);
      await writeRecent(ctx, recent);
      recent = [];
      index.updatedAt = now;
      await ctx.mirror.write('index.json', indexText(index));
      await ctx.state.set('cursor', next);
      await ctx.checkpoint(reason + ' page ' + pages);
    }
  }
  await tree.flush();
  await totals.flush(index);
  await writeRecent(ctx, recent);
  if (summary.added + summary.updated + summary.deleted > 0) index.lastChangeAt = now;
  index.updatedAt = now;
  await ctx.mirror.write('index.json', indexText(index));
  await ctx.state.set('cursor', next);
  ctx.log.info('mirror-io', tree.stats);
  return summary;
}

export { backfill };

export async function onWebhook(ctx, delivery) {
  // The notification only signals that something changed: the changes come from the cursor.
  return catchUp(ctx, 'webhook');
}

export async function pollOnce(ctx) {
  return catchUp(ctx, 'poll');
}
`;
