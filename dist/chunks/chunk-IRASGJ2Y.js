import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  schedulePoll,
  webhookEvent,
  webhookExpiry
} from "./chunk-EEJ2RHAQ.js";
import {
  runEvent
} from "./chunk-3AWOR4T2.js";
import {
  formatSyncJson,
  gatewayMode,
  getAccount,
  parseSyncJson,
  syncJsonSchema
} from "./chunk-2FJUDYZR.js";
import {
  formatIssues
} from "./chunk-UAPUYYY3.js";
import {
  require_dist
} from "./chunk-RR662ASG.js";
import {
  isSlug,
  syncPaths,
  validateSlug
} from "./chunk-TQXVWXKX.js";
import {
  external_exports
} from "./chunk-OLBI5X7L.js";
import {
  InvalidInputError
} from "./chunk-IMJX6225.js";
import {
  __toESM
} from "./chunk-5O5R4X6N.js";

// src/catalog/handler-exports.ts
var handlerExportNames = [
  "backfill",
  "onWebhook",
  "pollOnce",
  "renewWebhook",
  "registerWebhook",
  "unregisterWebhook"
];

// src/catalog/define-recipe.ts
var recipeDefinitionSchema = external_exports.object({
  /** The app's slug at Pipedream, e.g. `dropbox`; also the default sync slug. */
  app: syncJsonSchema.shape.app,
  /** The recipe's version: `createdBy` is `catalog:<app>@<version>`. Raise it when the mirror layout changes. */
  version: external_exports.number().int().positive(),
  /** Hosts the handler may call through the gateway (sync.json `hosts`). */
  hosts: syncJsonSchema.shape.hosts.min(1, "a recipe calls at least one host"),
  /** How the sync is driven: webhook verification, poll and renew intervals (sync.json `signals`). */
  signals: syncJsonSchema.shape.signals,
  /** The exports the handler has: `connect` registers a webhook only when `registerWebhook` is among them. */
  exports: external_exports.array(external_exports.enum(handlerExportNames)).min(1, "a sync-engine handler has at least one export").refine((names) => new Set(names).size === names.length, "an export is named twice"),
  /** The handler's source text (an ES module). */
  handler: external_exports.string().min(1, "the handler source is empty"),
  /** Writes SKILL.md (frontmatter and body) for one installed sync. */
  skill: external_exports.custom((value) => typeof value === "function", "expected a function")
}).strict();
function defineRecipe(definition) {
  const parsed = recipeDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    const where = typeof definition?.app === "string" ? `recipe ${definition.app}` : "recipe";
    throw new InvalidInputError(formatIssues(where, parsed.error));
  }
  const { app, version, hosts, signals, exports, handler, skill } = parsed.data;
  const createdBy = `catalog:${app}@${version}`;
  return {
    app,
    version,
    createdBy,
    hosts,
    signals,
    exports,
    handlerSource: handler,
    syncJson: (input) => ({
      version: 1,
      slug: input.slug,
      app,
      accountId: input.accountId,
      externalUserId: input.externalUserId,
      flavor: "sync-engine",
      status: "active",
      handler: "handler.js",
      mirrorPrefix: `mirrors/${input.slug}/`,
      hosts: [...hosts],
      signals: structuredClone(signals),
      createdBy
    }),
    skill: (input) => skill({ ...input, app, createdBy })
  };
}

// src/catalog/dropbox/handler.generated.ts
var dropboxHandlerSource = "// @ts-check\n/**\n * The reviewed Dropbox handler, an ES module run in the sandbox with only `ctx` (the contract:\n * src/contract/handler-context.d.ts). Its recipe declares it in recipe.ts; the build turns this file into the text\n * module handler.generated.ts (scripts/build-texts.mjs).\n *\n * Mirror layout (structure only, never file content):\n *   files/**.ndjson        one record per entry {path, name, tag, id, size, rev, modified, lower}, sorted by lower:\n *                          the path index of ctx.mirror.index* keyed by `lower` (see src/mirror/path-index.ts), the\n *                          leaves of a hex trie over hex8(fnv1a32(parent path_lower)) + hex8(fnv1a32(path_lower)).\n *                          Node \"3f\" is the folder files/3/f/; its leaf files/3/f/0-7.ndjson holds the addresses\n *                          3f0\u2026 to 3f7\u2026. Leaves are re-packed past 60 KiB, so every file stays under 64 KiB.\n *   folders/<hh>.ndjson    files and bytes of every top-level folder {folder, path, files, bytes}, sharded by the\n *                          first byte of fnv1a32(folder); \"/\" is the root's own files\n *   index.json             counts, total bytes, the 100 largest top-level folders, the layout, times (a few KiB)\n *   recent.ndjson          the last 300 changes, newest last\n *   staging/pages/         only while a backfill runs: the listed pages, one NDJSON file per page\n *\n * Backfill: each list_folder page is saved host-side as staging/pages/<n>.ndjson (ctx.http.request saveItems: the\n * entries never cross into the sandbox) and committed by a checkpoint; then ctx.mirror.indexLoad builds files/ from\n * the pages in one pass (later entries win, deleted entries remove what was listed before them) and answers the\n * totals. files/ is replaced in the event's final commit only, so during a full resync every checkpoint still holds\n * the old, complete mirror. A killed backfill resumes from the last committed page.\n *\n * Changes follow Dropbox's list_folder rules (compare by path_lower): a file replaces what is at its path and\n * removes any children; a folder keeps its children; a deleted entry removes the path and its subtree. They are\n * applied with ctx.mirror.indexPut / indexRemove, which read only the leaves of the paths they touch: the cost of a\n * webhook follows the change, never the size of the mirror.\n */\n\n/** @typedef {import('../../contract/handler-context.js').HandlerContext} HandlerContext */\n/** @typedef {import('../../contract/handler-context.js').Summary} Summary */\n/** @typedef {import('../../contract/handler-context.js').Delivery} Delivery */\n\nconst API = 'https://api.dropboxapi.com/2/';\nconst PAGE_LIMIT = 2000;\nconst TOP_MAX = 100;\nconst RECENT_MAX = 300;\n// Pages between checkpoints: a backfill commits its progress every 10,000 entries (a killed run re-lists at most\n// that many); an incremental catch-up every 20,000 changes.\nconst BACKFILL_CHECKPOINT_PAGES = 5;\nconst CHECKPOINT_PAGES = 10;\nconst FILES = 'files';\nconst INDEX = { key: 'lower', container: { field: 'tag', value: 'folder' } };\n// Mirror record fields, from Dropbox's metadata fields (in this order).\nconst FIELDS = {\n  path: 'path_display',\n  name: 'name',\n  tag: '.tag',\n  id: 'id',\n  size: 'size',\n  rev: 'rev',\n  modified: 'server_modified',\n  lower: 'path_lower',\n};\n// What the backfill's indexLoad reads of each saved record (its key, tombstone and totals): the host keeps these\n// values from the save, so the load parses nothing back.\nconst KEEP = ['lower', 'tag', 'size'];\nconst LAYOUT = {\n  kind: 'trie',\n  version: 3,\n  index: 'ctx.mirror.index* keyed by lower',\n  address: 'hex8(fnv1a32(parent path_lower)) + hex8(fnv1a32(path_lower))',\n  leaf: 'files/<d1>/.../<dn>/<a>-<b>.ndjson holds next digits a..b',\n  node: 'files/<d1>/.../<dn>/',\n  splitBytes: 61440,\n  folders: 'folders/<hex2(fnv1a32(folder))>.ndjson',\n};\n\nfunction hash(text) {\n  let value = 0x811c9dc5;\n  for (let index = 0; index < text.length; index += 1) {\n    value ^= text.charCodeAt(index);\n    value = Math.imul(value, 0x01000193);\n  }\n  return value >>> 0;\n}\n\nfunction topOf(lower) {\n  const slash = lower.indexOf('/', 1);\n  return slash === -1 ? '/' : lower.slice(0, slash);\n}\n\nfunction topDisplay(path) {\n  const slash = path.indexOf('/', 1);\n  return slash === -1 ? '/' : path.slice(0, slash);\n}\n\nfunction folderShard(key) {\n  const text = (hash(key) >>> 24).toString(16);\n  return `folders/${text.length < 2 ? `0${text}` : text}.ndjson`;\n}\n\nfunction toRecord(entry) {\n  const record = {};\n  const names = Object.keys(FIELDS);\n  for (let index = 0; index < names.length; index += 1) {\n    const value = entry[FIELDS[names[index]]];\n    if (value !== undefined) record[names[index]] = value;\n  }\n  return record;\n}\n\nfunction parseLines(text) {\n  const out = [];\n  if (!text) return out;\n  const lines = text.split('\\n');\n  for (let index = 0; index < lines.length; index += 1) if (lines[index] !== '') out.push(JSON.parse(lines[index]));\n  return out;\n}\n\nfunction isReset(error) {\n  if (error?.status !== 409) return false;\n  try {\n    const body = typeof error.body === 'string' ? JSON.parse(error.body) : error.body;\n    return Boolean(body?.error && body.error['.tag'] === 'reset');\n  } catch (_parseError) {\n    return String(error.body).indexOf('reset') !== -1;\n  }\n}\n\n/**\n * @param {HandlerContext} ctx\n * @param {string} endpoint\n * @param {import('../../contract/handler-context.js').JsonObject} body\n * @param {import('../../contract/handler-context.js').SaveItems} [saveItems]\n */\nfunction post(ctx, endpoint, body, saveItems) {\n  /** @type {import('../../contract/handler-context.js').HttpRequest} */\n  const request = { method: 'POST', url: API + endpoint, headers: { 'Content-Type': 'application/json' }, body: body };\n  if (saveItems) request.saveItems = saveItems;\n  return ctx.http.request(request);\n}\n\n/** @param {HandlerContext} ctx */\nasync function call(ctx, endpoint, body) {\n  const response = await post(ctx, endpoint, body);\n  if (!response.data || !Array.isArray(response.data.entries))\n    throw new Error(`Dropbox ${endpoint} answered without entries`);\n  return response.data;\n}\n\n/** One listed page saved host-side as NDJSON mirror records at path; answers { cursor, has_more, items }. */\n/** @param {HandlerContext} ctx */\nasync function listInto(ctx, endpoint, body, path) {\n  const response = await post(ctx, endpoint, body, { path: path, from: '/entries', fields: FIELDS, keep: KEEP });\n  if (!response.saved || !response.data || typeof response.data.cursor !== 'string')\n    throw new Error(`Dropbox ${endpoint} answered without entries`);\n  return { cursor: response.data.cursor, has_more: response.data.has_more === true, items: response.saved.items };\n}\n\n/** @returns {{ [field: string]: any, updatedAt: string | null, lastChangeAt: string | null }} */\nfunction emptyIndex() {\n  return {\n    version: LAYOUT.version,\n    layout: LAYOUT,\n    files: 0,\n    folders: 0,\n    totalBytes: 0,\n    topFolderCount: 0,\n    topFolders: {},\n    updatedAt: null,\n    lastChangeAt: null,\n  };\n}\n\nfunction indexText(index) {\n  return `${JSON.stringify(index, null, 1)}\\n`;\n}\n\n/** @param {HandlerContext} ctx */\nasync function listPaths(ctx, dir) {\n  return (await ctx.mirror.list(dir)).map((entry) => entry.path);\n}\n\n/** @param {HandlerContext} ctx */\nasync function removeFiles(ctx, paths) {\n  for (let index = 0; index < paths.length; index += 1) await ctx.mirror.delete(paths[index]);\n}\n\n/** The TOP_MAX largest folders by bytes (then files), as a map. */\nfunction largest(map) {\n  const keys = Object.keys(map);\n  if (keys.length <= TOP_MAX) return map;\n  keys.sort((a, b) => map[b].bytes - map[a].bytes || map[b].files - map[a].files || (a < b ? -1 : 1));\n  const kept = {};\n  for (let index = 0; index < TOP_MAX; index += 1) kept[keys[index]] = map[keys[index]];\n  return kept;\n}\n\n// ---------------------------------------------------------------- per-top-folder totals\n\n/**\n * Files and bytes per top-level folder, kept in folders/*.ndjson shards.\n * @constructor\n * @param {HandlerContext} ctx\n */\nfunction Totals(ctx) {\n  this.ctx = ctx;\n  this.shards = new Map();\n  this.touched = new Map();\n  this.count = 0;\n}\n\nTotals.prototype.load = async function (key) {\n  const path = folderShard(key);\n  let shard = this.shards.get(path);\n  if (!shard) {\n    const list = parseLines(await this.ctx.mirror.read(path));\n    const entries = new Map();\n    for (let index = 0; index < list.length; index += 1) entries.set(list[index].folder, list[index]);\n    shard = { path: path, entries: entries, dirty: false };\n    this.shards.set(path, shard);\n  }\n  return shard;\n};\n\n/** Adds files and bytes to a top-level folder; folderSign is +1/-1 when the top-level folder record itself comes or goes. */\nTotals.prototype.adjust = async function (key, display, files, bytes, folderSign) {\n  const shard = await this.load(key);\n  let entry = shard.entries.get(key);\n  if (!entry) {\n    if (folderSign < 0) return;\n    entry = { folder: key, path: display, files: 0, bytes: 0 };\n    shard.entries.set(key, entry);\n    this.count += 1;\n  }\n  entry.files += files;\n  entry.bytes += bytes;\n  if (folderSign > 0) entry.path = display;\n  shard.dirty = true;\n  if ((folderSign < 0 || key === '/') && entry.files <= 0) {\n    shard.entries.delete(key);\n    this.count -= 1;\n    this.touched.set(key, null);\n  } else this.touched.set(key, entry);\n};\n\nTotals.prototype.flush = async function (index) {\n  const ctx = this.ctx;\n  const writes = [];\n  this.shards.forEach((shard) => {\n    if (!shard.dirty) return;\n    const lines = [];\n    shard.entries.forEach((entry) => {\n      lines.push(entry);\n    });\n    lines.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));\n    writes.push({\n      path: shard.path,\n      text: lines.length ? `${lines.map((entry) => JSON.stringify(entry)).join('\\n')}\\n` : null,\n    });\n  });\n  for (let item = 0; item < writes.length; item += 1) {\n    if (writes[item].text === null) await ctx.mirror.delete(writes[item].path);\n    else await ctx.mirror.write(writes[item].path, writes[item].text);\n  }\n  this.touched.forEach((entry, key) => {\n    if (entry) index.topFolders[key] = { files: entry.files, bytes: entry.bytes };\n    else delete index.topFolders[key];\n  });\n  index.topFolderCount += this.count;\n  index.topFolders = largest(index.topFolders);\n  this.shards.clear();\n  this.touched.clear();\n  this.count = 0;\n};\n\nasync function account(index, totals, record, sign) {\n  const key = topOf(record.lower);\n  if (record.tag === 'file') {\n    index.files += sign;\n    index.totalBytes += sign * (record.size || 0);\n    await totals.adjust(key, topDisplay(record.path), sign, sign * (record.size || 0), 0);\n  } else if (record.tag === 'folder') {\n    index.folders += sign;\n    if (record.lower.indexOf('/', 1) === -1) await totals.adjust(record.lower, record.path, 0, 0, sign);\n  }\n}\n\n// ---------------------------------------------------------------- backfill\n\nfunction pagePath(page) {\n  let name = String(page);\n  while (name.length < 6) name = `0${name}`;\n  return `staging/pages/${name}.ndjson`;\n}\n\n/** @param {HandlerContext} ctx */\nasync function backfill(ctx) {\n  let run = await ctx.state.get('backfill');\n  if (!run || run.version !== LAYOUT.version) {\n    // A fresh start (or a run staged by an earlier version of this handler): list from page 0.\n    await removeFiles(ctx, await listPaths(ctx, 'staging'));\n    await ctx.state.delete('cursor');\n    await ctx.state.delete('backfillIndex');\n    run = { version: LAYOUT.version, phase: 'list', cursor: null, pages: 0, entries: 0 };\n    await ctx.state.set('backfill', run);\n    ctx.log.info('backfill-start', { resync: (await ctx.mirror.read('index.json')) !== null });\n  } else {\n    ctx.log.info('backfill-resume', { phase: run.phase, pages: run.pages, entries: run.entries });\n  }\n  while (run.phase === 'list') {\n    let page;\n    try {\n      page = run.cursor\n        ? await listInto(ctx, 'files/list_folder/continue', { cursor: run.cursor }, pagePath(run.pages))\n        : await listInto(\n            ctx,\n            'files/list_folder',\n            { path: '', recursive: true, limit: PAGE_LIMIT, include_deleted: false },\n            pagePath(run.pages),\n          );\n    } catch (error) {\n      if (!isReset(error) || !run.cursor) throw error;\n      ctx.log.warn('backfill-reset', { pages: run.pages });\n      await ctx.state.set('backfill', null);\n      return backfill(ctx);\n    }\n    run.entries += page.items;\n    run.cursor = page.cursor;\n    run.pages += 1;\n    if (!page.has_more) run.phase = 'build';\n    await ctx.state.set('backfill', run);\n    if (run.pages % BACKFILL_CHECKPOINT_PAGES === 0 || run.phase === 'build') {\n      await ctx.checkpoint(`backfill page ${run.pages} (${run.entries} entries)`);\n    }\n  }\n  const sources = [];\n  for (let page = 0; page < run.pages; page += 1) sources.push(pagePath(page));\n  const built = await ctx.mirror.indexLoad(FILES, sources, {\n    key: INDEX.key,\n    container: INDEX.container,\n    tombstone: { field: 'tag', value: 'deleted' },\n    aggregate: { depth: 1, countBy: 'tag', sum: ['size'] },\n  });\n  await removeFiles(ctx, sources);\n  await removeFiles(ctx, await listPaths(ctx, 'folders'));\n  const index = emptyIndex();\n  index.files = built.total.count.file || 0;\n  index.folders = built.total.count.folder || 0;\n  index.totalBytes = built.total.sum.size;\n  // Groups are the first path segment: a top-level folder (with its subtree) or a file at the root.\n  const totals = {};\n  const tops = [];\n  const byGroup = built.groups || {};\n  const groups = Object.keys(byGroup).sort();\n  for (let position = 0; position < groups.length; position += 1) {\n    const group = byGroup[groups[position]];\n    if (group.count.folder) {\n      totals[groups[position]] = { files: group.count.file || 0, bytes: group.sum.size };\n      tops.push(groups[position]);\n    } else {\n      const root = totals['/'] || (totals['/'] = { files: 0, bytes: 0 });\n      root.files += group.count.file || 0;\n      root.bytes += group.sum.size;\n    }\n  }\n  const found = tops.length ? await ctx.mirror.indexGet(FILES, tops, INDEX) : [];\n  const displays = new Map();\n  for (let position = 0; position < tops.length; position += 1) {\n    const record = found[position];\n    if (record) displays.set(tops[position], record.path);\n  }\n  const shards = new Map();\n  const keys = Object.keys(totals).sort();\n  for (let position = 0; position < keys.length; position += 1) {\n    const key = keys[position];\n    const display = key === '/' ? '/' : displays.has(key) ? displays.get(key) : key;\n    const line = JSON.stringify({ folder: key, path: display, files: totals[key].files, bytes: totals[key].bytes });\n    const path = folderShard(key);\n    (shards.get(path) || shards.set(path, []).get(path)).push(line);\n    index.topFolders[key] = totals[key];\n  }\n  const writes = [];\n  shards.forEach((lines, path) => {\n    writes.push(ctx.mirror.write(path, `${lines.join('\\n')}\\n`));\n  });\n  await Promise.all(writes);\n  index.topFolderCount = keys.length;\n  index.topFolders = largest(index.topFolders);\n  index.updatedAt = ctx.now();\n  index.lastChangeAt = index.updatedAt;\n  index.backfilledAt = index.updatedAt;\n  await ctx.mirror.write('index.json', indexText(index));\n  if ((await ctx.mirror.read('recent.ndjson')) === null) await ctx.mirror.write('recent.ndjson', '');\n  await ctx.state.set('cursor', run.cursor);\n  await ctx.state.delete('backfill');\n  ctx.log.info('mirror-io', { ...built.io });\n  return {\n    added: built.records,\n    note: `backfill of ${index.files} files and ${index.folders} folders in ${run.pages} ${run.pages === 1 ? 'page' : 'pages'}`,\n  };\n}\n\n// ---------------------------------------------------------------- incremental\n\nfunction addIo(io, more) {\n  io.leavesRead += more.leavesRead;\n  io.leavesWritten += more.leavesWritten;\n  io.splits += more.splits;\n}\n\nfunction change(now, op, record) {\n  const out = { at: now, op: op, tag: record.tag, path: record.path };\n  if (record.tag === 'file' && op !== 'deleted') out.size = record.size;\n  return out;\n}\n\n/** Applies one page of changes in order: each run of deleted entries, and each run of the others, is one host call. */\n/** @param {HandlerContext} ctx */\nasync function applyPage(ctx, run, entries) {\n  let position = 0;\n  while (position < entries.length) {\n    const deleting = entries[position]['.tag'] === 'deleted';\n    let end = position;\n    while (end < entries.length && (entries[end]['.tag'] === 'deleted') === deleting) end += 1;\n    const batch = entries.slice(position, end);\n    position = end;\n    if (deleting) {\n      const keys = batch.map((entry) => entry.path_lower);\n      const result = await ctx.mirror.indexRemove(FILES, keys, {\n        key: INDEX.key,\n        container: INDEX.container,\n        subtree: true,\n      });\n      addIo(run.io, result.io);\n      const named = new Set(keys);\n      // Descendants are listed after their folder: account them first, so a top-level folder's totals empty out.\n      for (let index = result.removed.length - 1; index >= 0; index -= 1) {\n        const record = result.removed[index];\n        await account(run.index, run.totals, record, -1);\n        run.summary.deleted += 1;\n        if (named.has(record.lower)) run.recent.push(change(run.now, 'deleted', record));\n      }\n      continue;\n    }\n    const records = batch.map(toRecord);\n    const result = await ctx.mirror.indexPut(FILES, records, INDEX);\n    addIo(run.io, result.io);\n    for (let index = result.removed.length - 1; index >= 0; index -= 1) {\n      await account(run.index, run.totals, result.removed[index], -1);\n      run.summary.deleted += 1;\n    }\n    for (let index = 0; index < records.length; index += 1) {\n      const record = records[index];\n      const existing = result.previous[index];\n      if (existing && JSON.stringify(existing) === JSON.stringify(record)) continue;\n      if (existing) await account(run.index, run.totals, existing, -1);\n      await account(run.index, run.totals, record, 1);\n      if (existing) run.summary.updated += 1;\n      else run.summary.added += 1;\n      run.recent.push(\n        change(run.now, existing ? (existing.path !== record.path ? 'renamed' : 'modified') : 'added', record),\n      );\n    }\n  }\n}\n\n/** @param {HandlerContext} ctx */\nasync function writeRecent(ctx, recent) {\n  if (!recent.length) return;\n  const current = (await ctx.mirror.read('recent.ndjson')) || '';\n  const lines = current.split('\\n').filter((line) => line !== '');\n  for (let index = 0; index < recent.length; index += 1) lines.push(JSON.stringify(recent[index]));\n  await ctx.mirror.write('recent.ndjson', `${lines.slice(-RECENT_MAX).join('\\n')}\\n`);\n}\n\n/** @param {HandlerContext} ctx */\nasync function fullResync(ctx, reason, why) {\n  ctx.log.warn(why, { reason: reason });\n  await ctx.state.delete('cursor');\n  const result = await backfill(ctx);\n  result.note = `${why === 'cursor-reset' ? 'cursor reset' : 'layout upgrade'}, full resync, ${result.note}`;\n  return result;\n}\n\n/** @param {HandlerContext} ctx */\nasync function flushRun(ctx, run) {\n  await run.totals.flush(run.index);\n  await writeRecent(ctx, run.recent);\n  run.recent = [];\n  run.index.updatedAt = run.now;\n  await ctx.mirror.write('index.json', indexText(run.index));\n}\n\n/** @param {HandlerContext} ctx */\nasync function catchUp(ctx, reason) {\n  const cursor = await ctx.state.get('cursor');\n  if ((await ctx.state.get('backfill')) || !cursor) return backfill(ctx);\n  const indexText0 = await ctx.mirror.read('index.json');\n  const index = indexText0 ? JSON.parse(indexText0) : null;\n  if (!index?.layout || index.layout.kind !== LAYOUT.kind || index.layout.version !== LAYOUT.version) {\n    return fullResync(ctx, reason, 'layout-upgrade');\n  }\n  index.layout = LAYOUT;\n  const run = {\n    index: index,\n    totals: new Totals(ctx),\n    summary: { added: 0, updated: 0, deleted: 0 },\n    recent: [],\n    now: ctx.now(),\n    io: { leavesRead: 0, leavesWritten: 0, splits: 0 },\n  };\n  let next = cursor;\n  let pages = 0;\n  for (;;) {\n    let page;\n    try {\n      page = await call(ctx, 'files/list_folder/continue', { cursor: next });\n    } catch (error) {\n      if (!isReset(error)) throw error;\n      return fullResync(ctx, reason, 'cursor-reset');\n    }\n    await applyPage(ctx, run, page.entries);\n    next = page.cursor;\n    pages += 1;\n    if (!page.has_more) break;\n    if (pages % CHECKPOINT_PAGES === 0) {\n      await flushRun(ctx, run);\n      await ctx.state.set('cursor', next);\n      await ctx.checkpoint(`${reason} page ${pages}`);\n    }\n  }\n  if (run.summary.added + run.summary.updated + run.summary.deleted > 0) run.index.lastChangeAt = run.now;\n  await flushRun(ctx, run);\n  await ctx.state.set('cursor', next);\n  ctx.log.info('mirror-io', run.io);\n  return run.summary;\n}\n\nexport { backfill };\n\n/**\n * @param {HandlerContext} ctx\n * @param {Delivery} _delivery the notification (it only says that something changed)\n * @returns {Promise<Summary>}\n */\nexport async function onWebhook(ctx, _delivery) {\n  // The notification only signals that something changed: the changes come from the cursor.\n  return catchUp(ctx, 'webhook');\n}\n\n/**\n * @param {HandlerContext} ctx\n * @returns {Promise<Summary>}\n */\nexport async function pollOnce(ctx) {\n  return catchUp(ctx, 'poll');\n}\n";

// src/catalog/dropbox/skill.ts
var import_yaml = __toESM(require_dist(), 1);
function dropboxSkill(input) {
  const prefix = `mirrors/${input.slug}/`;
  const description = `Structure of the user's Dropbox (account ${input.accountId}): every file and folder with path, size, revision and modification time, kept in step by webhooks and hourly polls. Use it to find where a file is, list a folder, see what changed lately, or size a folder, without calling Dropbox; file contents are not mirrored and are fetched on demand.`;
  const frontmatter = (0, import_yaml.stringify)({
    name: input.slug,
    description,
    metadata: {
      app: "dropbox",
      account_id: input.accountId,
      flavor: "sync-engine",
      mirror_prefix: prefix,
      created_by: input.createdBy,
      updated_at: input.updatedAt
    }
  });
  return `---
${frontmatter}---

# Dropbox (${input.slug})

The mirror under \`${prefix}\` is a structural index of the whole Dropbox, not its content.

## Layout
- \`${prefix}index.json\` \u2014 small: \`files\`, \`folders\`, \`totalBytes\`, \`topFolderCount\`, \`topFolders\` (files and bytes of
  the 100 largest top-level folders, keyed by lower-case path; \`/\` is the root's own files), \`lastChangeAt\`, and the layout.
- \`${prefix}folders/*.ndjson\` \u2014 files and bytes of EVERY top-level folder, one per line:
  \`{"folder":"/docs","path":"/Docs","files":120,"bytes":5400000}\`.
- \`${prefix}files/**/*.ndjson\` \u2014 one JSON record per line for every file and folder, sorted by \`lower\`:
  \`{"path":"/Docs/Report.pdf","name":"Report.pdf","tag":"file","id":"id:\u2026","size":1234,"rev":"\u2026","modified":"2024-\u2026Z","lower":"/docs/report.pdf"}\`
  (folders have \`"tag":"folder"\` and no size). The direct children of one folder sit together in one file (or a few for
  a very large folder), placed by a hash of the folder's path, so search with grep over the prefix rather than guessing
  a file. Every file stays under 64 KiB.
- \`${prefix}recent.ndjson\` \u2014 the last 300 changes, newest last: \`{"at","op":"added|modified|renamed|deleted","tag","path","size"}\`.
- \`${prefix}staging/\` exists only while a backfill or full resync runs (the listed pages); ignore it (the files above stay complete meanwhile).

## How to answer
- **Where is X?** \`grep_file\` with \`prefix: "${prefix}files/"\`, pattern \`"name":"[^"]*X\` and flag \`i\`
  (or match \`"lower":"\u2026x\u2026"\`). The \`path\` field is the Dropbox path.
- **What is in folder Y?** grep \`"lower":"/y/[^/"]*"\` over \`${prefix}files/\` (lower-case the folder path);
  drop the \`[^/"]*"\` limit to include every level below.
- **What changed lately?** \`read_file ${prefix}recent.ndjson\` (newest at the bottom; use offset near the end).
- **How big is folder Y?** For a top-level folder read \`topFolders\` in \`${prefix}index.json\`, or if it is not among
  the largest, grep \`"folder":"/y"\` over \`${prefix}folders/\`. For a deeper one, grep \`"lower":"/y/\` over
  \`${prefix}files/\` and add up \`size\` of the \`"tag":"file"\` matches (raise max_matches).
- **Totals** (how many files, how much space): \`${prefix}index.json\`.

## Content on demand
Bodies are never mirrored. To read a file, download it with \`call_api\` (the main agent's tool from
\`createMirrorTools({ store, api: true })\` or \`syncagent mcp --api\`): one request through the gateway with this
account, to the hosts in sync.json:
\`\`\`json
{ "slug": "${input.slug}", "method": "POST", "url": "https://content.dropboxapi.com/2/files/download",
  "headers": { "Dropbox-API-Arg": "{\\"path\\":\\"/Docs/Report.txt\\"}" } }
\`\`\`
The answer's \`text\` is the file (capped at 64 KiB; binary files are not useful this way). From a script, the same
request runs as \`syncagent exec ${input.slug} --file fetch.js\` with \`ctx.http.request({ method, url, headers })\`.
Other calls (search, metadata, sharing links) go the same way to \`https://api.dropboxapi.com/2/...\` with a JSON body.
The mirror is current as of \`lastChangeAt\` in index.json; changes arrive by webhook within seconds and by poll hourly.
`;
}

// src/catalog/dropbox/recipe.ts
var dropboxRecipe = defineRecipe({
  app: "dropbox",
  version: 1,
  hosts: ["api.dropboxapi.com", "notify.dropboxapi.com", "content.dropboxapi.com"],
  signals: {
    webhook: {
      signature: { header: "x-dropbox-signature", scheme: "hmac-sha256-hex", secretEnv: "DROPBOX_APP_SECRET" },
      // Dropbox verifies a webhook URL with GET ?challenge=X and expects X back.
      challenge: { query: "challenge" }
    },
    poll: { everyMinutes: 60 }
  },
  exports: ["backfill", "onWebhook", "pollOnce"],
  handler: dropboxHandlerSource,
  skill: dropboxSkill
});

// src/catalog/index.ts
var catalogRecipes = { dropbox: dropboxRecipe };
function findRecipe(app) {
  return Object.hasOwn(catalogRecipes, app) ? catalogRecipes[app] : void 0;
}

// src/engine/connect.ts
async function slugOwner(reader, slug) {
  const file = syncPaths(slug).syncJson;
  const text = await reader.readText(file);
  if (text === null) return void 0;
  try {
    return parseSyncJson(text, file).accountId;
  } catch {
    return null;
  }
}
async function chooseSlug(deps, app, accountId, given, force = false) {
  if (given !== void 0) {
    const slug = validateSlug(given);
    if (!force) {
      const owner = await slugOwner(deps.store, slug);
      if (typeof owner === "string" && owner !== accountId) {
        throw new InvalidInputError(`slug "${slug}" belongs to account ${owner}; pass another --slug or --force`);
      }
    }
    return slug;
  }
  validateSlug(app);
  for (let number = 1; number < 1e3; number += 1) {
    const slug = number === 1 ? app : `${app}-${number}`;
    if (slug.length > 64) break;
    const owner = await slugOwner(deps.store, slug);
    if (owner === void 0 || owner === accountId) return slug;
  }
  throw new InvalidInputError(`no free slug for app "${app}": pass --slug`);
}
async function connect(deps, input) {
  if (input.recipe.app !== input.app)
    throw new InvalidInputError(`the ${input.recipe.app} recipe cannot install app "${input.app}"`);
  const slug = await chooseSlug(deps, input.app, input.accountId, input.slug, input.force);
  const now = deps.clock().toISOString();
  const recipeInput = { slug, accountId: input.accountId, externalUserId: input.externalUserId, updatedAt: now };
  const paths = syncPaths(slug);
  const config = parseSyncJson(formatSyncJson(input.recipe.syncJson(recipeInput)), paths.syncJson);
  const handlerPath = `${paths.handlerDir}/${config.handler ?? "handler.js"}`;
  const files = [paths.skill, paths.syncJson, handlerPath];
  const skillPath = paths.skill;
  if (!input.force && await deps.store.readText(skillPath) !== null) {
    deps.logger.info("connect-skip", { slug, reason: `${skillPath} exists` });
    return { slug, status: "exists", createdBy: config.createdBy, files, commits: [] };
  }
  if (input.dryRun) return { slug, status: "dry-run", createdBy: config.createdBy, files, commits: [] };
  let forced = false;
  const outcome = await runEvent(deps, {
    slug,
    event: "connect",
    exportName: "backfill",
    install: { config, handlerSource: input.recipe.handlerSource },
    long: true,
    before: async (tx) => {
      if (input.force && !forced) {
        forced = true;
        await tx.deleteTree(`mirrors/${slug}`);
      }
      return void 0;
    },
    after: schedulePoll,
    finish: async (tx) => {
      tx.write(skillPath, input.recipe.skill({ ...recipeInput, updatedAt: deps.clock().toISOString() }));
    }
  });
  const commits = outcome.ran ? [...outcome.commits] : [];
  let webhookExpiresAt;
  if (input.recipe.exports.includes("registerWebhook")) {
    const registered = await runEvent(deps, webhookEvent(slug, "register"));
    if (registered.ran) {
      commits.push(...registered.commits);
      webhookExpiresAt = webhookExpiry(registered.result) ?? null;
    }
  }
  return {
    slug,
    status: "installed",
    createdBy: config.createdBy,
    files,
    summary: outcome.ran ? outcome.summary : void 0,
    commits,
    ...webhookExpiresAt === void 0 ? {} : { webhookExpiresAt }
  };
}

// src/engine/connect-request.ts
var agentModes = ["auto", "catalog", "llm"];
var reviewModes = ["direct", "pr"];
var connectRequestSources = {
  app: "<app> (app)",
  accountId: "--account (account_id)",
  externalUserId: "--external-user (external_user_id)",
  slug: "--slug (slug)",
  force: "--force (force)",
  agent: "--agent (SYNCAGENT_AGENT)",
  review: "--review (SYNCAGENT_REVIEW)",
  dryRun: "--dry-run",
  maxSteps: "--max-steps",
  maxMinutes: "--max-minutes",
  traceFile: "--trace"
};
var slugText = (what) => external_exports.string().refine(isSlug, { message: `${what}: use 1-64 characters of a-z, 0-9 and single inner hyphens` });
var connectRequestSchema = external_exports.strictObject({
  app: external_exports.string({ error: "the app is missing (e.g. dropbox)" }).pipe(slugText("invalid app slug")),
  accountId: external_exports.string({ error: "the Pipedream Connect account id is missing (apn_...)" }).regex(/^[A-Za-z0-9_-]{1,100}$/, "invalid account id: expected 1-100 characters of A-Z, a-z, 0-9, _ and -"),
  externalUserId: external_exports.string().min(1).max(250).optional(),
  slug: slugText("invalid slug").optional(),
  force: external_exports.boolean().default(false),
  agent: external_exports.enum(agentModes).optional(),
  review: external_exports.enum(reviewModes).optional(),
  dryRun: external_exports.boolean().default(false),
  maxSteps: external_exports.number().int().positive().optional(),
  maxMinutes: external_exports.number().positive().optional(),
  traceFile: external_exports.string().min(1).optional()
});
function parseConnectRequest(input, env) {
  const fromEnv = (variable) => {
    const value = env[variable]?.trim();
    return value === void 0 || value === "" ? void 0 : value;
  };
  const withPolicy = {
    ...input,
    agent: input.agent ?? fromEnv("SYNCAGENT_AGENT"),
    review: input.review ?? fromEnv("SYNCAGENT_REVIEW")
  };
  const parsed = connectRequestSchema.safeParse(withPolicy);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const field = issue.path[0];
      const source = typeof field === "string" && field in connectRequestSources ? field : void 0;
      const name = source ? connectRequestSources[source] : "connect request";
      return `${name}: ${issue.message}`;
    });
    throw new InvalidInputError(issues.join("; "), { data: { issues } });
  }
  return { ...parsed.data, agent: parsed.data.agent ?? "auto", review: parsed.data.review ?? "direct" };
}
function chooseInstaller(request) {
  if (request.agent === "llm") return { kind: "agent", reason: "requested" };
  const recipe = findRecipe(request.app);
  if (recipe) return { kind: "recipe", recipe };
  if (request.agent === "catalog")
    throw new InvalidInputError(
      `the catalog has no recipe for "${request.app}" (--agent catalog / SYNCAGENT_AGENT=catalog)`
    );
  return { kind: "agent", reason: "no-recipe" };
}
async function resolveExternalUser(deps, request) {
  const given = request.externalUserId;
  if (gatewayMode(deps.env) === "pipedream" && !(request.dryRun && given !== void 0)) {
    const account = await getAccount(deps.env, request.accountId, {
      fetch: deps.fetch,
      tokenCache: deps.tokenCache,
      sleep: deps.sleep
    });
    if (account.app.name_slug !== request.app) {
      throw new InvalidInputError(
        `account ${request.accountId} belongs to app "${account.app.name_slug}", not "${request.app}"`
      );
    }
    const externalUserId = given ?? account.external_user_id;
    if (externalUserId) return externalUserId;
  }
  if (given !== void 0) return given;
  throw new InvalidInputError(
    `${connectRequestSources.externalUserId}: required (${gatewayMode(deps.env) === "direct" ? "SYNCAGENT_GATEWAY=direct has no account service" : "Pipedream did not name one"})`
  );
}
async function connectFromRequest(deps, input) {
  const request = parseConnectRequest(input, deps.env);
  const installer = chooseInstaller(request);
  if (request.review === "pr" && deps.reviewBranch === void 0) {
    throw new InvalidInputError(
      `${connectRequestSources.review}: review as a pull request needs the store on its review branch (the GitHub part opens it); use --review direct`
    );
  }
  const agent = installer.kind === "agent" ? deps.syncAgent : void 0;
  if (installer.kind === "agent" && !agent) {
    throw new InvalidInputError(
      `the LLM sync agent is not available yet; only catalog recipes can be installed (${findRecipe(request.app) ? "use --agent catalog" : `no recipe for "${request.app}"`})`
    );
  }
  const externalUserId = await resolveExternalUser(deps, request);
  if (installer.kind === "agent") {
    return agent.install(deps, {
      app: request.app,
      accountId: request.accountId,
      externalUserId,
      slug: request.slug,
      force: request.force,
      dryRun: request.dryRun,
      review: request.review,
      reason: installer.reason,
      maxSteps: request.maxSteps,
      maxMinutes: request.maxMinutes,
      traceFile: request.traceFile
    });
  }
  return connect(deps, {
    app: request.app,
    accountId: request.accountId,
    externalUserId,
    slug: request.slug,
    force: request.force,
    dryRun: request.dryRun,
    recipe: installer.recipe
  });
}

export {
  chooseSlug,
  connect,
  handlerExportNames,
  dropboxRecipe,
  agentModes,
  reviewModes,
  connectRequestSources,
  connectRequestSchema,
  parseConnectRequest,
  connectFromRequest
};
