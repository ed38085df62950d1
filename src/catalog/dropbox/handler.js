// @ts-check
/**
 * The reviewed Dropbox handler, an ES module run in the sandbox with only `ctx` (the contract:
 * src/contract/handler-context.d.ts). Its recipe declares it in recipe.ts; the build turns this file into the text
 * module handler.generated.ts (scripts/build-texts.mjs).
 *
 * Mirror layout (structure only, never file content):
 *   files/**.ndjson        one record per entry {path, name, tag, id, size, rev, modified, lower}, sorted by lower:
 *                          the path index of ctx.mirror.index* keyed by `lower` (see src/mirror/path-index.ts), the
 *                          leaves of a hex trie over hex8(fnv1a32(parent path_lower)) + hex8(fnv1a32(path_lower)).
 *                          Node "3f" is the folder files/3/f/; its leaf files/3/f/0-7.ndjson holds the addresses
 *                          3f0… to 3f7…. Leaves are re-packed past 60 KiB, so every file stays under 64 KiB.
 *   folders/<hh>.ndjson    files and bytes of every top-level folder {folder, path, files, bytes}, sharded by the
 *                          first byte of fnv1a32(folder); "/" is the root's own files
 *   index.json             counts, total bytes, the 100 largest top-level folders, the layout, times (a few KiB)
 *   recent.ndjson          the last 300 changes, newest last
 *   staging/pages/         only while a backfill runs: the listed pages, one NDJSON file per page
 *
 * Backfill: each list_folder page is saved host-side as staging/pages/<n>.ndjson (ctx.http.request saveItems: the
 * entries never cross into the sandbox) and committed by a checkpoint; then ctx.mirror.indexLoad builds files/ from
 * the pages in one pass (later entries win, deleted entries remove what was listed before them) and answers the
 * totals. files/ is replaced in the event's final commit only, so during a full resync every checkpoint still holds
 * the old, complete mirror. A killed backfill resumes from the last committed page.
 *
 * Changes follow Dropbox's list_folder rules (compare by path_lower): a file replaces what is at its path and
 * removes any children; a folder keeps its children; a deleted entry removes the path and its subtree. They are
 * applied with ctx.mirror.indexPut / indexRemove, which read only the leaves of the paths they touch: the cost of a
 * webhook follows the change, never the size of the mirror.
 */

/** @typedef {import('../../contract/handler-context.js').HandlerContext} HandlerContext */
/** @typedef {import('../../contract/handler-context.js').Summary} Summary */
/** @typedef {import('../../contract/handler-context.js').Delivery} Delivery */

const API = 'https://api.dropboxapi.com/2/';
const PAGE_LIMIT = 2000;
const TOP_MAX = 100;
const RECENT_MAX = 300;
// Pages between checkpoints: a backfill commits its progress every 10,000 entries (a killed run re-lists at most
// that many); an incremental catch-up every 20,000 changes.
const BACKFILL_CHECKPOINT_PAGES = 5;
const CHECKPOINT_PAGES = 10;
const FILES = 'files';
const INDEX = { key: 'lower', container: { field: 'tag', value: 'folder' } };
// Mirror record fields, from Dropbox's metadata fields (in this order).
const FIELDS = {
  path: 'path_display',
  name: 'name',
  tag: '.tag',
  id: 'id',
  size: 'size',
  rev: 'rev',
  modified: 'server_modified',
  lower: 'path_lower',
};
// What the backfill's indexLoad reads of each saved record (its key, tombstone and totals): the host keeps these
// values from the save, so the load parses nothing back.
const KEEP = ['lower', 'tag', 'size'];
const LAYOUT = {
  kind: 'trie',
  version: 3,
  index: 'ctx.mirror.index* keyed by lower',
  address: 'hex8(fnv1a32(parent path_lower)) + hex8(fnv1a32(path_lower))',
  leaf: 'files/<d1>/.../<dn>/<a>-<b>.ndjson holds next digits a..b',
  node: 'files/<d1>/.../<dn>/',
  splitBytes: 61440,
  folders: 'folders/<hex2(fnv1a32(folder))>.ndjson',
};

function hash(text) {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

function topOf(lower) {
  const slash = lower.indexOf('/', 1);
  return slash === -1 ? '/' : lower.slice(0, slash);
}

function topDisplay(path) {
  const slash = path.indexOf('/', 1);
  return slash === -1 ? '/' : path.slice(0, slash);
}

function folderShard(key) {
  const text = (hash(key) >>> 24).toString(16);
  return `folders/${text.length < 2 ? `0${text}` : text}.ndjson`;
}

function toRecord(entry) {
  const record = {};
  const names = Object.keys(FIELDS);
  for (let index = 0; index < names.length; index += 1) {
    const value = entry[FIELDS[names[index]]];
    if (value !== undefined) record[names[index]] = value;
  }
  return record;
}

function parseLines(text) {
  const out = [];
  if (!text) return out;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) if (lines[index] !== '') out.push(JSON.parse(lines[index]));
  return out;
}

function isReset(error) {
  if (error?.status !== 409) return false;
  try {
    const body = typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
    return Boolean(body?.error && body.error['.tag'] === 'reset');
  } catch (_parseError) {
    return String(error.body).indexOf('reset') !== -1;
  }
}

/**
 * @param {HandlerContext} ctx
 * @param {string} endpoint
 * @param {import('../../contract/handler-context.js').JsonObject} body
 * @param {import('../../contract/handler-context.js').SaveItems} [saveItems]
 */
function post(ctx, endpoint, body, saveItems) {
  /** @type {import('../../contract/handler-context.js').HttpRequest} */
  const request = { method: 'POST', url: API + endpoint, headers: { 'Content-Type': 'application/json' }, body: body };
  if (saveItems) request.saveItems = saveItems;
  return ctx.http.request(request);
}

/** @param {HandlerContext} ctx */
async function call(ctx, endpoint, body) {
  const response = await post(ctx, endpoint, body);
  if (!response.data || !Array.isArray(response.data.entries))
    throw new Error(`Dropbox ${endpoint} answered without entries`);
  return response.data;
}

/** One listed page saved host-side as NDJSON mirror records at path; answers { cursor, has_more, items }. */
/** @param {HandlerContext} ctx */
async function listInto(ctx, endpoint, body, path) {
  const response = await post(ctx, endpoint, body, { path: path, from: '/entries', fields: FIELDS, keep: KEEP });
  if (!response.saved || !response.data || typeof response.data.cursor !== 'string')
    throw new Error(`Dropbox ${endpoint} answered without entries`);
  return { cursor: response.data.cursor, has_more: response.data.has_more === true, items: response.saved.items };
}

/** @returns {{ [field: string]: any, updatedAt: string | null, lastChangeAt: string | null }} */
function emptyIndex() {
  return {
    version: LAYOUT.version,
    layout: LAYOUT,
    files: 0,
    folders: 0,
    totalBytes: 0,
    topFolderCount: 0,
    topFolders: {},
    updatedAt: null,
    lastChangeAt: null,
  };
}

function indexText(index) {
  return `${JSON.stringify(index, null, 1)}\n`;
}

/** @param {HandlerContext} ctx */
async function listPaths(ctx, dir) {
  return (await ctx.mirror.list(dir)).map((entry) => entry.path);
}

/** @param {HandlerContext} ctx */
async function removeFiles(ctx, paths) {
  for (let index = 0; index < paths.length; index += 1) await ctx.mirror.delete(paths[index]);
}

/** The TOP_MAX largest folders by bytes (then files), as a map. */
function largest(map) {
  const keys = Object.keys(map);
  if (keys.length <= TOP_MAX) return map;
  keys.sort((a, b) => map[b].bytes - map[a].bytes || map[b].files - map[a].files || (a < b ? -1 : 1));
  const kept = {};
  for (let index = 0; index < TOP_MAX; index += 1) kept[keys[index]] = map[keys[index]];
  return kept;
}

// ---------------------------------------------------------------- per-top-folder totals

/**
 * Files and bytes per top-level folder, kept in folders/*.ndjson shards.
 * @constructor
 * @param {HandlerContext} ctx
 */
function Totals(ctx) {
  this.ctx = ctx;
  this.shards = new Map();
  this.touched = new Map();
  this.count = 0;
}

Totals.prototype.load = async function (key) {
  const path = folderShard(key);
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
  this.shards.forEach((shard) => {
    if (!shard.dirty) return;
    const lines = [];
    shard.entries.forEach((entry) => {
      lines.push(entry);
    });
    lines.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
    writes.push({
      path: shard.path,
      text: lines.length ? `${lines.map((entry) => JSON.stringify(entry)).join('\n')}\n` : null,
    });
  });
  for (let item = 0; item < writes.length; item += 1) {
    if (writes[item].text === null) await ctx.mirror.delete(writes[item].path);
    else await ctx.mirror.write(writes[item].path, writes[item].text);
  }
  this.touched.forEach((entry, key) => {
    if (entry) index.topFolders[key] = { files: entry.files, bytes: entry.bytes };
    else delete index.topFolders[key];
  });
  index.topFolderCount += this.count;
  index.topFolders = largest(index.topFolders);
  this.shards.clear();
  this.touched.clear();
  this.count = 0;
};

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

// ---------------------------------------------------------------- backfill

function pagePath(page) {
  let name = String(page);
  while (name.length < 6) name = `0${name}`;
  return `staging/pages/${name}.ndjson`;
}

/** @param {HandlerContext} ctx */
async function backfill(ctx) {
  let run = await ctx.state.get('backfill');
  if (!run || run.version !== LAYOUT.version) {
    // A fresh start (or a run staged by an earlier version of this handler): list from page 0.
    await removeFiles(ctx, await listPaths(ctx, 'staging'));
    await ctx.state.delete('cursor');
    await ctx.state.delete('backfillIndex');
    run = { version: LAYOUT.version, phase: 'list', cursor: null, pages: 0, entries: 0 };
    await ctx.state.set('backfill', run);
    ctx.log.info('backfill-start', { resync: (await ctx.mirror.read('index.json')) !== null });
  } else {
    ctx.log.info('backfill-resume', { phase: run.phase, pages: run.pages, entries: run.entries });
  }
  while (run.phase === 'list') {
    let page;
    try {
      page = run.cursor
        ? await listInto(ctx, 'files/list_folder/continue', { cursor: run.cursor }, pagePath(run.pages))
        : await listInto(
            ctx,
            'files/list_folder',
            { path: '', recursive: true, limit: PAGE_LIMIT, include_deleted: false },
            pagePath(run.pages),
          );
    } catch (error) {
      if (!isReset(error) || !run.cursor) throw error;
      ctx.log.warn('backfill-reset', { pages: run.pages });
      await ctx.state.set('backfill', null);
      return backfill(ctx);
    }
    run.entries += page.items;
    run.cursor = page.cursor;
    run.pages += 1;
    if (!page.has_more) run.phase = 'build';
    await ctx.state.set('backfill', run);
    if (run.pages % BACKFILL_CHECKPOINT_PAGES === 0 || run.phase === 'build') {
      await ctx.checkpoint(`backfill page ${run.pages} (${run.entries} entries)`);
    }
  }
  const sources = [];
  for (let page = 0; page < run.pages; page += 1) sources.push(pagePath(page));
  const built = await ctx.mirror.indexLoad(FILES, sources, {
    key: INDEX.key,
    container: INDEX.container,
    tombstone: { field: 'tag', value: 'deleted' },
    aggregate: { depth: 1, countBy: 'tag', sum: ['size'] },
  });
  await removeFiles(ctx, sources);
  await removeFiles(ctx, await listPaths(ctx, 'folders'));
  const index = emptyIndex();
  index.files = built.total.count.file || 0;
  index.folders = built.total.count.folder || 0;
  index.totalBytes = built.total.sum.size;
  // Groups are the first path segment: a top-level folder (with its subtree) or a file at the root.
  const totals = {};
  const tops = [];
  const byGroup = built.groups || {};
  const groups = Object.keys(byGroup).sort();
  for (let position = 0; position < groups.length; position += 1) {
    const group = byGroup[groups[position]];
    if (group.count.folder) {
      totals[groups[position]] = { files: group.count.file || 0, bytes: group.sum.size };
      tops.push(groups[position]);
    } else {
      const root = totals['/'] || (totals['/'] = { files: 0, bytes: 0 });
      root.files += group.count.file || 0;
      root.bytes += group.sum.size;
    }
  }
  const found = tops.length ? await ctx.mirror.indexGet(FILES, tops, INDEX) : [];
  const displays = new Map();
  for (let position = 0; position < tops.length; position += 1) {
    const record = found[position];
    if (record) displays.set(tops[position], record.path);
  }
  const shards = new Map();
  const keys = Object.keys(totals).sort();
  for (let position = 0; position < keys.length; position += 1) {
    const key = keys[position];
    const display = key === '/' ? '/' : displays.has(key) ? displays.get(key) : key;
    const line = JSON.stringify({ folder: key, path: display, files: totals[key].files, bytes: totals[key].bytes });
    const path = folderShard(key);
    (shards.get(path) || shards.set(path, []).get(path)).push(line);
    index.topFolders[key] = totals[key];
  }
  const writes = [];
  shards.forEach((lines, path) => {
    writes.push(ctx.mirror.write(path, `${lines.join('\n')}\n`));
  });
  await Promise.all(writes);
  index.topFolderCount = keys.length;
  index.topFolders = largest(index.topFolders);
  index.updatedAt = ctx.now();
  index.lastChangeAt = index.updatedAt;
  index.backfilledAt = index.updatedAt;
  await ctx.mirror.write('index.json', indexText(index));
  if ((await ctx.mirror.read('recent.ndjson')) === null) await ctx.mirror.write('recent.ndjson', '');
  await ctx.state.set('cursor', run.cursor);
  await ctx.state.delete('backfill');
  ctx.log.info('mirror-io', { ...built.io });
  return {
    added: built.records,
    note: `backfill of ${index.files} files and ${index.folders} folders in ${run.pages} ${run.pages === 1 ? 'page' : 'pages'}`,
  };
}

// ---------------------------------------------------------------- incremental

function addIo(io, more) {
  io.leavesRead += more.leavesRead;
  io.leavesWritten += more.leavesWritten;
  io.splits += more.splits;
}

function change(now, op, record) {
  const out = { at: now, op: op, tag: record.tag, path: record.path };
  if (record.tag === 'file' && op !== 'deleted') out.size = record.size;
  return out;
}

/** Applies one page of changes in order: each run of deleted entries, and each run of the others, is one host call. */
/** @param {HandlerContext} ctx */
async function applyPage(ctx, run, entries) {
  let position = 0;
  while (position < entries.length) {
    const deleting = entries[position]['.tag'] === 'deleted';
    let end = position;
    while (end < entries.length && (entries[end]['.tag'] === 'deleted') === deleting) end += 1;
    const batch = entries.slice(position, end);
    position = end;
    if (deleting) {
      const keys = batch.map((entry) => entry.path_lower);
      const result = await ctx.mirror.indexRemove(FILES, keys, {
        key: INDEX.key,
        container: INDEX.container,
        subtree: true,
      });
      addIo(run.io, result.io);
      const named = new Set(keys);
      // Descendants are listed after their folder: account them first, so a top-level folder's totals empty out.
      for (let index = result.removed.length - 1; index >= 0; index -= 1) {
        const record = result.removed[index];
        await account(run.index, run.totals, record, -1);
        run.summary.deleted += 1;
        if (named.has(record.lower)) run.recent.push(change(run.now, 'deleted', record));
      }
      continue;
    }
    const records = batch.map(toRecord);
    const result = await ctx.mirror.indexPut(FILES, records, INDEX);
    addIo(run.io, result.io);
    for (let index = result.removed.length - 1; index >= 0; index -= 1) {
      await account(run.index, run.totals, result.removed[index], -1);
      run.summary.deleted += 1;
    }
    for (let index = 0; index < records.length; index += 1) {
      const record = records[index];
      const existing = result.previous[index];
      if (existing && JSON.stringify(existing) === JSON.stringify(record)) continue;
      if (existing) await account(run.index, run.totals, existing, -1);
      await account(run.index, run.totals, record, 1);
      if (existing) run.summary.updated += 1;
      else run.summary.added += 1;
      run.recent.push(
        change(run.now, existing ? (existing.path !== record.path ? 'renamed' : 'modified') : 'added', record),
      );
    }
  }
}

/** @param {HandlerContext} ctx */
async function writeRecent(ctx, recent) {
  if (!recent.length) return;
  const current = (await ctx.mirror.read('recent.ndjson')) || '';
  const lines = current.split('\n').filter((line) => line !== '');
  for (let index = 0; index < recent.length; index += 1) lines.push(JSON.stringify(recent[index]));
  await ctx.mirror.write('recent.ndjson', `${lines.slice(-RECENT_MAX).join('\n')}\n`);
}

/** @param {HandlerContext} ctx */
async function fullResync(ctx, reason, why) {
  ctx.log.warn(why, { reason: reason });
  await ctx.state.delete('cursor');
  const result = await backfill(ctx);
  result.note = `${why === 'cursor-reset' ? 'cursor reset' : 'layout upgrade'}, full resync, ${result.note}`;
  return result;
}

/** @param {HandlerContext} ctx */
async function flushRun(ctx, run) {
  await run.totals.flush(run.index);
  await writeRecent(ctx, run.recent);
  run.recent = [];
  run.index.updatedAt = run.now;
  await ctx.mirror.write('index.json', indexText(run.index));
}

/** @param {HandlerContext} ctx */
async function catchUp(ctx, reason) {
  const cursor = await ctx.state.get('cursor');
  if ((await ctx.state.get('backfill')) || !cursor) return backfill(ctx);
  const indexText0 = await ctx.mirror.read('index.json');
  const index = indexText0 ? JSON.parse(indexText0) : null;
  if (!index?.layout || index.layout.kind !== LAYOUT.kind || index.layout.version !== LAYOUT.version) {
    return fullResync(ctx, reason, 'layout-upgrade');
  }
  index.layout = LAYOUT;
  const run = {
    index: index,
    totals: new Totals(ctx),
    summary: { added: 0, updated: 0, deleted: 0 },
    recent: [],
    now: ctx.now(),
    io: { leavesRead: 0, leavesWritten: 0, splits: 0 },
  };
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
    await applyPage(ctx, run, page.entries);
    next = page.cursor;
    pages += 1;
    if (!page.has_more) break;
    if (pages % CHECKPOINT_PAGES === 0) {
      await flushRun(ctx, run);
      await ctx.state.set('cursor', next);
      await ctx.checkpoint(`${reason} page ${pages}`);
    }
  }
  if (run.summary.added + run.summary.updated + run.summary.deleted > 0) run.index.lastChangeAt = run.now;
  await flushRun(ctx, run);
  await ctx.state.set('cursor', next);
  ctx.log.info('mirror-io', run.io);
  return run.summary;
}

export { backfill };

/**
 * @param {HandlerContext} ctx
 * @param {Delivery} _delivery the notification (it only says that something changed)
 * @returns {Promise<Summary>}
 */
export async function onWebhook(ctx, _delivery) {
  // The notification only signals that something changed: the changes come from the cursor.
  return catchUp(ctx, 'webhook');
}

/**
 * @param {HandlerContext} ctx
 * @returns {Promise<Summary>}
 */
export async function pollOnce(ctx) {
  return catchUp(ctx, 'poll');
}
