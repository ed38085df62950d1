/**
 * The reviewed Dropbox handler (catalog:dropbox@1), an ES module run in the sandbox with only `ctx`.
 *
 * Mirror layout (structure only, never file content):
 *   files/<shard>.ndjson   one record per entry {path, name, tag, id, size, rev, modified, lower}, sharded by
 *                          fnv1a32(path_lower): the top `shardBits` bits, in hex ("a", "ab", "ab/c", "ab/cd");
 *                          shardBits grows in steps of 4 so the average shard stays under 24 KiB
 *   index.json             counts, total bytes, bytes and files per top-level folder, the layout, times
 *   recent.ndjson          the last 300 changes, newest last
 *   staging/               only while a backfill runs: pages staged by hash group, folded into files/ at the end
 * Changes follow Dropbox's list_folder rules (compare by path_lower): a file replaces what is at its path and
 * removes any children; a folder keeps its children; a deleted entry removes the path and its subtree.
 */
export const dropboxHandlerSource = String.raw`
const API = 'https://api.dropboxapi.com/2/';
const PAGE_LIMIT = 2000;
const MIN_BITS = 4;
const GROUPS = 16;
const TARGET_SHARD_BYTES = 24 * 1024;
const RECENT_MAX = 300;
const CHECKPOINT_PAGES = 10;

function hash(text) {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

function shardIndex(lower, bits) {
  return hash(lower) >>> (32 - bits);
}

function shardPath(index, bits) {
  const digits = bits / 4;
  let hex = index.toString(16);
  while (hex.length < digits) hex = '0' + hex;
  return digits <= 2 ? 'files/' + hex + '.ndjson' : 'files/' + hex.slice(0, 2) + '/' + hex.slice(2) + '.ndjson';
}

function bitsFor(lineBytes) {
  let bits = MIN_BITS;
  while (lineBytes / Math.pow(2, bits) > TARGET_SHARD_BYTES && bits < 24) bits += 4;
  return bits;
}

function topOf(lower) {
  const slash = lower.indexOf('/', 1);
  return slash === -1 ? '/' : lower.slice(0, slash);
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

function emptyIndex(bits) {
  return { version: 1, layout: { shardBits: bits, shards: Math.pow(2, bits), hash: 'fnv1a32(path_lower), top shardBits bits in hex' },
    files: 0, folders: 0, totalBytes: 0, lineBytes: 0, topFolders: {}, updatedAt: null, lastChangeAt: null };
}

async function readIndex(ctx) {
  const text = await ctx.mirror.read('index.json');
  return text ? JSON.parse(text) : emptyIndex(MIN_BITS);
}

function account(index, record, sign, lineLength) {
  if (record.tag === 'file') {
    index.files += sign;
    index.totalBytes += sign * (record.size || 0);
    const key = topOf(record.lower);
    const top = index.topFolders[key] || (index.topFolders[key] = { files: 0, bytes: 0 });
    top.files += sign;
    top.bytes += sign * (record.size || 0);
    if (top.files <= 0 && top.bytes <= 0) delete index.topFolders[key];
  } else if (record.tag === 'folder') {
    index.folders += sign;
    if (sign > 0 && record.lower.indexOf('/', 1) === -1 && !index.topFolders[record.lower]) index.topFolders[record.lower] = { files: 0, bytes: 0 };
    if (sign < 0 && record.lower.indexOf('/', 1) === -1 && index.topFolders[record.lower] && index.topFolders[record.lower].files === 0) delete index.topFolders[record.lower];
  }
  index.lineBytes += sign * (lineLength + 1);
}

async function wipeMirror(ctx) {
  const entries = await ctx.mirror.list();
  for (let index = 0; index < entries.length; index += 1) await ctx.mirror.delete(entries[index].path);
}

// ---------------------------------------------------------------- backfill

async function backfill(ctx) {
  let run = await ctx.state.get('backfill');
  if (!run) {
    await wipeMirror(ctx);
    await ctx.state.delete('cursor');
    run = { phase: 'list', cursor: null, pages: 0, entries: 0, deletes: 0, lineBytes: 0, built: 0 };
    await ctx.state.set('backfill', run);
    ctx.log.info('backfill-start', {});
  } else {
    ctx.log.info('backfill-resume', { phase: run.phase, pages: run.pages, entries: run.entries });
  }
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
  const bits = bitsFor(run.lineBytes);
  const index = emptyIndex(bits);
  const partial = await ctx.state.get('backfillIndex');
  if (partial) Object.assign(index, partial);
  const deletes = parseLines(await ctx.mirror.read('staging/deletes.ndjson'));
  while (run.built < GROUPS) {
    await buildGroup(ctx, run.built, bits, deletes, index);
    run.built += 1;
    await ctx.state.set('backfill', run);
    await ctx.state.set('backfillIndex', index);
    if (run.built % 4 === 0 && run.built < GROUPS) await ctx.checkpoint('backfill build ' + run.built + '/' + GROUPS);
  }
  await ctx.mirror.delete('staging/deletes.ndjson');
  index.updatedAt = ctx.now();
  index.lastChangeAt = index.updatedAt;
  index.backfilledAt = index.updatedAt;
  await ctx.mirror.write('index.json', JSON.stringify(index, null, 1) + '\n');
  if (!(await ctx.mirror.read('recent.ndjson'))) await ctx.mirror.write('recent.ndjson', '');
  await ctx.state.set('cursor', run.cursor);
  await ctx.state.delete('backfill');
  await ctx.state.delete('backfillIndex');
  return { added: index.files + index.folders, note: 'backfill: ' + index.files + ' files, ' + index.folders + ' folders in ' + run.pages + ' pages' };
}

function stagePage(ctx, run, entries) {
  const groups = [];
  const deletes = [];
  for (let position = 0; position < entries.length; position += 1) {
    const entry = entries[position];
    const order = run.pages * (PAGE_LIMIT + 1) + position;
    if (entry['.tag'] === 'deleted') {
      deletes.push(JSON.stringify({ lower: entry.path_lower, order: order }));
      continue;
    }
    const record = toRecord(entry);
    record.order = order;
    const line = JSON.stringify(record);
    const group = hash(entry.path_lower) >>> 28;
    (groups[group] || (groups[group] = [])).push(line);
    run.entries += 1;
    run.lineBytes += line.length + 1;
  }
  let name = String(run.pages);
  while (name.length < 6) name = '0' + name;
  const writes = [];
  for (let group = 0; group < GROUPS; group += 1) {
    if (groups[group]) writes.push(ctx.mirror.write('staging/' + group.toString(16) + '/' + name + '.ndjson', groups[group].join('\n') + '\n'));
  }
  if (deletes.length) {
    run.deletes += deletes.length;
    writes.push(ctx.mirror.read('staging/deletes.ndjson').then(function (text) {
      return ctx.mirror.write('staging/deletes.ndjson', (text || '') + deletes.join('\n') + '\n');
    }));
  }
  return Promise.all(writes);
}

async function buildGroup(ctx, group, bits, deletes, index) {
  const dir = 'staging/' + group.toString(16);
  const chunks = (await ctx.mirror.list(dir)).map(function (entry) { return entry.path; }).sort();
  const byLower = new Map();
  for (let chunk = 0; chunk < chunks.length; chunk += 1) {
    const records = parseLines(await ctx.mirror.read(chunks[chunk]));
    for (let position = 0; position < records.length; position += 1) byLower.set(records[position].lower, records[position]);
    await ctx.mirror.delete(chunks[chunk]);
  }
  // Deleted entries seen during the listing remove what was listed before them, subtree included.
  for (let item = 0; item < deletes.length; item += 1) {
    const gone = deletes[item];
    const prefix = gone.lower + '/';
    byLower.forEach(function (record, lower) {
      if (record.order < gone.order && (lower === gone.lower || lower.indexOf(prefix) === 0)) byLower.delete(lower);
    });
  }
  const shards = new Map();
  const lowers = Array.from(byLower.keys()).sort();
  for (let position = 0; position < lowers.length; position += 1) {
    const record = byLower.get(lowers[position]);
    delete record.order;
    const line = JSON.stringify(record);
    account(index, record, 1, line.length);
    const path = shardPath(shardIndex(record.lower, bits), bits);
    (shards.get(path) || shards.set(path, []).get(path)).push(line);
  }
  const writes = [];
  shards.forEach(function (lines, path) { writes.push(ctx.mirror.write(path, lines.join('\n') + '\n')); });
  await Promise.all(writes);
}

// ---------------------------------------------------------------- incremental

function ShardCache(ctx, bits) {
  this.ctx = ctx;
  this.bits = bits;
  this.shards = new Map();
}

ShardCache.prototype.load = async function (lower) {
  const path = shardPath(shardIndex(lower, this.bits), this.bits);
  let shard = this.shards.get(path);
  if (!shard) {
    const records = parseLines(await this.ctx.mirror.read(path));
    const map = new Map();
    for (let index = 0; index < records.length; index += 1) map.set(records[index].lower, records[index]);
    shard = { path: path, records: map, dirty: false };
    this.shards.set(path, shard);
  }
  return shard;
};

ShardCache.prototype.flush = async function () {
  const writes = [];
  const ctx = this.ctx;
  this.shards.forEach(function (shard) {
    if (!shard.dirty) return;
    shard.dirty = false;
    const lines = [];
    shard.records.forEach(function (record) { lines.push(JSON.stringify(record)); });
    writes.push(lines.length ? ctx.mirror.write(shard.path, lines.join('\n') + '\n') : ctx.mirror.delete(shard.path));
  });
  await Promise.all(writes);
};

async function removeSubtree(ctx, cache, index, lower, recent, now) {
  // Children are spread over every shard: flush, then sweep all shards once.
  await cache.flush();
  cache.shards.clear();
  const prefix = lower + '/';
  let removed = 0;
  const files = await ctx.mirror.list('files');
  for (let position = 0; position < files.length; position += 1) {
    const path = files[position].path;
    const text = await ctx.mirror.read(path);
    if (!text || text.indexOf(JSON.stringify(prefix).slice(1, -1)) === -1) continue;
    const kept = [];
    const records = parseLines(text);
    for (let item = 0; item < records.length; item += 1) {
      const record = records[item];
      if (record.lower.indexOf(prefix) === 0) {
        account(index, record, -1, JSON.stringify(record).length);
        removed += 1;
      } else kept.push(JSON.stringify(record));
    }
    if (kept.length !== records.length) await (kept.length ? ctx.mirror.write(path, kept.join('\n') + '\n') : ctx.mirror.delete(path));
  }
  return removed;
}

async function apply(ctx, cache, index, entry, summary, recent, now) {
  const lower = entry.path_lower;
  const tag = entry['.tag'];
  let shard = await cache.load(lower);
  const existing = shard.records.get(lower);
  if (tag === 'deleted') {
    if (!existing) return;
    if (existing.tag === 'folder') {
      summary.deleted += await removeSubtree(ctx, cache, index, lower, recent, now);
      shard = await cache.load(lower);
    }
    account(index, existing, -1, JSON.stringify(existing).length);
    shard.records.delete(lower);
    shard.dirty = true;
    summary.deleted += 1;
    recent.push({ at: now, op: 'deleted', tag: existing.tag, path: existing.path });
    return;
  }
  const record = toRecord(entry);
  if (existing && JSON.stringify(existing) === JSON.stringify(record)) return;
  if (existing && existing.tag === 'folder' && tag === 'file') {
    summary.deleted += await removeSubtree(ctx, cache, index, lower, recent, now);
    shard = await cache.load(lower);
  }
  if (existing) account(index, existing, -1, JSON.stringify(existing).length);
  account(index, record, 1, JSON.stringify(record).length);
  shard.records.set(lower, record);
  shard.dirty = true;
  if (existing) summary.updated += 1;
  else summary.added += 1;
  const change = { at: now, op: existing ? (existing.path !== record.path ? 'renamed' : 'modified') : 'added', tag: tag, path: record.path };
  if (tag === 'file') change.size = record.size;
  recent.push(change);
}

async function reshard(ctx, index) {
  const from = index.layout.shardBits;
  const to = bitsFor(index.lineBytes);
  if (to <= from) return;
  const files = await ctx.mirror.list('files');
  for (let position = 0; position < files.length; position += 1) {
    const records = parseLines(await ctx.mirror.read(files[position].path));
    const split = new Map();
    for (let item = 0; item < records.length; item += 1) {
      const path = shardPath(shardIndex(records[item].lower, to), to);
      (split.get(path) || split.set(path, []).get(path)).push(JSON.stringify(records[item]));
    }
    await ctx.mirror.delete(files[position].path);
    const writes = [];
    split.forEach(function (lines, path) { writes.push(ctx.mirror.write(path, lines.join('\n') + '\n')); });
    await Promise.all(writes);
  }
  index.layout = { shardBits: to, shards: Math.pow(2, to), hash: index.layout.hash };
  ctx.log.info('mirror-reshard', { from: from, to: to });
}

async function writeRecent(ctx, recent) {
  if (!recent.length) return;
  const current = (await ctx.mirror.read('recent.ndjson')) || '';
  const lines = current.split('\n').filter(function (line) { return line !== ''; });
  for (let index = 0; index < recent.length; index += 1) lines.push(JSON.stringify(recent[index]));
  await ctx.mirror.write('recent.ndjson', lines.slice(-RECENT_MAX).join('\n') + '\n');
}

async function catchUp(ctx, reason) {
  const cursor = await ctx.state.get('cursor');
  if ((await ctx.state.get('backfill')) || !cursor) return backfill(ctx);
  const index = await readIndex(ctx);
  const cache = new ShardCache(ctx, index.layout.shardBits);
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
      ctx.log.warn('cursor-reset', { reason: reason });
      await ctx.state.delete('cursor');
      const result = await backfill(ctx);
      result.note = 'cursor reset, full resync: ' + result.note;
      return result;
    }
    for (let position = 0; position < page.entries.length; position += 1) {
      await apply(ctx, cache, index, page.entries[position], summary, recent, now);
    }
    next = page.cursor;
    pages += 1;
    if (!page.has_more) break;
    if (pages % CHECKPOINT_PAGES === 0) {
      await cache.flush();
      await writeRecent(ctx, recent);
      recent = [];
      index.updatedAt = now;
      await ctx.mirror.write('index.json', JSON.stringify(index, null, 1) + '\n');
      await ctx.state.set('cursor', next);
      await ctx.checkpoint(reason + ' page ' + pages);
    }
  }
  await cache.flush();
  await reshard(ctx, index);
  await writeRecent(ctx, recent);
  if (summary.added + summary.updated + summary.deleted > 0) index.lastChangeAt = now;
  index.updatedAt = now;
  await ctx.mirror.write('index.json', JSON.stringify(index, null, 1) + '\n');
  await ctx.state.set('cursor', next);
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
