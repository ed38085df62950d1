import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  pullFiles,
  pushFiles
} from "../chunks/chunk-QU5R77OP.js";
import "../chunks/chunk-UAPUYYY3.js";
import {
  documentFile,
  documentFromFile,
  documentFromRow,
  localKinds,
  rowFromDocument,
  validateContentPath
} from "../chunks/chunk-Y7TVAW6Z.js";
import {
  renderMarkdown
} from "../chunks/chunk-SSEUZXBO.js";
import "../chunks/chunk-RR662ASG.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import {
  requireCurrentSchema
} from "../chunks/chunk-UR46ESSM.js";
import {
  tableNames,
  tableSpecs
} from "../chunks/chunk-DK74QGNU.js";
import {
  DatabaseError,
  InvalidInputError,
  IoError
} from "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";

// src/appdata/database-sync.ts
var progressEveryRows = 25e4;
async function syncDatabase(options) {
  const started = performance.now();
  const { source, target } = options;
  const dryRun = options.dryRun ?? false;
  const prune = options.prune ?? false;
  const selected = tableNames.filter((name) => (options.tables ?? tableNames).includes(name));
  const hint = options.migrateHint ?? (() => "syncagent db migrate");
  await requireCurrentSchema(source, hint(source));
  await requireCurrentSchema(target, hint(target));
  const tables = await source.transaction(
    (reader) => target.transaction(
      async (writer) => {
        if (!dryRun) {
          await writer.query(`lock table ${selected.join(", ")} in share row exclusive mode`);
        }
        await writer.query(`set local work_mem = '256MB'`);
        const results = [];
        const staged = /* @__PURE__ */ new Set();
        for (const name of selected) {
          const table = await syncTable(reader, writer, tableSpecs[name], { dryRun, onProgress: options.onProgress });
          results.push(table.result);
          if (table.staged) staged.add(name);
        }
        if (prune) {
          for (const result of [...results].reverse().filter((result2) => staged.has(result2.table))) {
            const started2 = performance.now();
            result.deletes = await pruneTable(writer, tableSpecs[result.table], dryRun);
            result.durationMs += performance.now() - started2;
            options.onProgress?.({ table: result.table, phase: "prune", rows: result.deletes });
          }
        }
        return results;
      },
      { rollback: dryRun }
    ),
    { isolation: "repeatable read", readOnly: true }
  );
  return {
    source: source.label,
    target: target.label,
    dryRun,
    prune,
    tables,
    durationMs: performance.now() - started
  };
}
async function syncTable(reader, writer, spec, options) {
  const started = performance.now();
  const stage = stageName(spec);
  const columns = spec.columns.map(quote).join(", ");
  const key = quote(spec.primaryKey);
  const nonKey = spec.columns.filter((column) => column !== spec.primaryKey).map(quote);
  const stream = () => countRows(
    reader.copyOut(`copy ${quote(spec.name)} (${columns}) to stdout`),
    (rows) => options.onProgress?.({ table: spec.name, phase: "copy", rows })
  );
  if (await isEmpty(writer, spec)) {
    const sourceRows2 = options.dryRun ? await count(reader, `select count(*) from ${quote(spec.name)}`) : await writer.copyIn(`copy ${quote(spec.name)} (${columns}) from stdin`, stream());
    return {
      result: {
        table: spec.name,
        sourceRows: sourceRows2,
        inserts: sourceRows2,
        updates: 0,
        unchanged: 0,
        deletes: 0,
        durationMs: performance.now() - started
      },
      staged: false
    };
  }
  await writer.query(`create temporary table ${stage} (like ${quote(spec.name)}) on commit drop`);
  const sourceRows = await writer.copyIn(`copy ${stage} (${columns}) from stdin`, stream());
  options.onProgress?.({ table: spec.name, phase: "merge", rows: sourceRows });
  await writer.query(`analyze ${stage}`);
  const differs = `(${nonKey.map((column) => `t.${column}`).join(", ")}) is distinct from (${nonKey.map((column) => `s.${column}`).join(", ")})`;
  const missing = `not exists (select 1 from ${quote(spec.name)} t where t.${key} = s.${key})`;
  let inserts;
  let updates;
  if (options.dryRun) {
    updates = await count(
      writer,
      `select count(*) from ${stage} s join ${quote(spec.name)} t using (${key}) where ${differs}`
    );
    inserts = await count(writer, `select count(*) from ${stage} s where ${missing}`);
  } else {
    updates = (await writer.query(
      `update ${quote(spec.name)} t set (${nonKey.join(", ")}) = (${nonKey.map((column) => `s.${column}`).join(", ")})
           from ${stage} s where t.${key} = s.${key} and ${differs}`
    )).rowCount;
    inserts = (await writer.query(
      `insert into ${quote(spec.name)} (${columns}) select ${columns} from ${stage} s where ${missing}`
    )).rowCount;
  }
  return {
    result: {
      table: spec.name,
      sourceRows,
      inserts,
      updates,
      unchanged: sourceRows - inserts - updates,
      deletes: 0,
      durationMs: performance.now() - started
    },
    staged: true
  };
}
async function pruneTable(writer, spec, dryRun) {
  const key = quote(spec.primaryKey);
  const orphan = `not exists (select 1 from ${stageName(spec)} s where s.${key} = t.${key})`;
  if (dryRun) return count(writer, `select count(*) from ${quote(spec.name)} t where ${orphan}`);
  return (await writer.query(`delete from ${quote(spec.name)} t where ${orphan}`)).rowCount;
}
async function* countRows(chunks, report) {
  let rows = 0;
  let nextReport = progressEveryRows;
  for await (const chunk of chunks) {
    let index = chunk.indexOf(10);
    while (index !== -1) {
      rows += 1;
      index = chunk.indexOf(10, index + 1);
    }
    if (rows >= nextReport) {
      report(rows);
      nextReport = rows + progressEveryRows;
    }
    yield chunk;
  }
}
async function isEmpty(session, spec) {
  const { rows } = await session.query(
    `select not exists (select 1 from ${quote(spec.name)}) as empty`
  );
  return rows[0]?.empty === true;
}
async function count(session, sql) {
  const { rows } = await session.query(sql);
  const value = rows[0]?.count;
  if (value === void 0) throw new DatabaseError(`count query returned no row: ${sql}`);
  return Number(value);
}
function stageName(spec) {
  return quote(`syncagent_stage_${spec.name}`);
}
function quote(identifier) {
  return `"${identifier.replace(/"/g, '""')}"`;
}

// src/appdata/local-sync.ts
import { stat } from "node:fs/promises";

// src/appdata/disk.ts
import { randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
async function scanDisk(root, kinds) {
  const files = [];
  if (kinds.includes("skills")) {
    for (const entry of await listDir(join(root, "skills"))) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const file = documentFile("skills", entry.name);
      const path = join(root, file);
      const info = await lstat(path).catch(() => void 0);
      if (!info?.isFile()) continue;
      files.push({ kind: "skills", key: entry.name, file, text: await readText(path, file) });
    }
  }
  if (kinds.includes("content")) {
    const walk = async (dir, prefix) => {
      for (const entry of await listDir(dir)) {
        if (entry.name.startsWith(".")) continue;
        const key = `${prefix}${entry.name}`;
        if (entry.isDirectory()) await walk(join(dir, entry.name), `${key}/`);
        else if (entry.isFile() && entry.name.endsWith(".md")) {
          const file = documentFile("content", validateContentPath(key, `content/${key}`));
          files.push({ kind: "content", key, file, text: await readText(join(dir, entry.name), file) });
        }
      }
    };
    await walk(join(root, "content"), "");
  }
  return files.sort((left, right) => compare(left.file, right.file));
}
async function writeStoreFile(root, file, text) {
  const path = join(root, file);
  try {
    await mkdir(dirname(path), { recursive: true });
    await assertInside(root, dirname(path), file);
    const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temporary, text, "utf8");
    await rename(temporary, path);
  } catch (error) {
    if (InvalidInputError.isInstance(error)) throw error;
    throw new IoError(`cannot write ${file}: ${error.message}`, { cause: error, data: { file } });
  }
}
async function deleteStoreFile(root, file) {
  const path = join(root, file);
  try {
    await assertInside(root, dirname(path), file);
    await rm(path, { force: true });
    const top = join(root, file.split("/")[0]);
    for (let dir = dirname(path); dir !== top && dir.startsWith(top + sep); dir = dirname(dir)) {
      const removed = await rmdir(dir).then(
        () => true,
        () => false
      );
      if (!removed) break;
    }
  } catch (error) {
    if (InvalidInputError.isInstance(error)) throw error;
    throw new IoError(`cannot delete ${file}: ${error.message}`, { cause: error, data: { file } });
  }
}
async function assertInside(root, dir, file) {
  const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dir)]);
  const inside = relative(realRoot, realDir);
  if (inside.startsWith("..") || inside.startsWith(sep)) {
    throw new InvalidInputError(`${file}: its folder leads outside the store (a symbolic link?); refusing to write`, {
      data: { file }
    });
  }
}
async function listDir(dir) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw new IoError(`cannot list ${dir}: ${error.message}`, { cause: error });
  }
}
async function readText(path, file) {
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new IoError(`cannot read ${file}: ${error.message}`, { cause: error, data: { file } });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InvalidInputError(`${file}: not valid UTF-8 text`, { data: { file } });
  }
}
function compare(left, right) {
  return left < right ? -1 : left > right ? 1 : 0;
}

// src/appdata/hash.ts
import { createHash } from "node:crypto";
function hashText(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

// src/appdata/local-sync.ts
async function syncLocal(options) {
  const kinds = localKinds.filter((kind) => (options.only ?? localKinds).includes(kind));
  const dryRun = options.dryRun ?? false;
  const prune = options.prune ?? false;
  const rootInfo = await stat(options.root).catch(() => void 0);
  if (!rootInfo?.isDirectory()) {
    throw new InvalidInputError(`store folder ${options.root} does not exist`, { data: { root: options.root } });
  }
  await requireCurrentSchema(options.database, options.migrateHint ?? "syncagent db migrate");
  const base = { direction: options.direction, root: options.root, database: options.database.label, dryRun, prune };
  if (options.direction === "to-db") {
    const disk = await scanDisk(options.root, kinds);
    const documents = disk.map((file) => documentFromFile(file.kind, file.key, file.text));
    const source2 = new Map(
      documents.map((document, index) => [document.file, { document, hash: hashText(disk[index].text) }])
    );
    return options.database.transaction(
      async (session) => {
        if (!dryRun) await session.query(`lock table ${kinds.join(", ")} in share row exclusive mode`);
        const target2 = await loadRendered(session, kinds);
        const entries2 = diff(source2, target2, prune);
        const upserts = entries2.filter((entry) => entry.applied && entry.change !== "removed").map((entry) => source2.get(entry.file).document);
        const removals = entries2.filter((entry) => entry.applied && entry.change === "removed").map((entry) => target2.get(entry.file).document);
        if (!dryRun) {
          await writeRows(session, upserts);
          await deleteRows(session, removals);
        }
        return { ...base, entries: entries2, summary: summarize(entries2), written: upserts.length, deleted: removals.length };
      },
      { rollback: dryRun }
    );
  }
  const source = await options.database.transaction((session) => loadRendered(session, kinds), {
    isolation: "repeatable read",
    readOnly: true
  });
  const target = new Map(
    (await scanDisk(options.root, kinds)).map((file) => [file.file, { hash: hashText(file.text) }])
  );
  const entries = diff(source, target, prune);
  let written = 0;
  let deleted = 0;
  if (!dryRun) {
    for (const entry of entries) {
      if (!entry.applied) continue;
      if (entry.change === "removed") {
        await deleteStoreFile(options.root, entry.file);
        deleted += 1;
      } else {
        await writeStoreFile(options.root, entry.file, source.get(entry.file).text);
        written += 1;
      }
    }
  }
  return { ...base, entries, summary: summarize(entries), written, deleted };
}
async function loadRendered(session, kinds) {
  const rendered = /* @__PURE__ */ new Map();
  for (const kind of kinds) {
    const rows = kind === "skills" ? (await session.query(
      "select slug, name, description, attributes, frontmatter_source, body from skills order by slug"
    )).rows : (await session.query(
      "select path, frontmatter, frontmatter_source, body from content order by path"
    )).rows;
    for (const row of rows) {
      const document = documentFromRow(kind, row);
      const text = renderMarkdown(document);
      rendered.set(document.file, { document, text, hash: hashText(text) });
    }
  }
  return rendered;
}
function diff(source, target, prune) {
  const entries = [];
  for (const [file, { hash }] of source) {
    const existing = target.get(file);
    const change = !existing ? "added" : existing.hash === hash ? "unchanged" : "modified";
    entries.push({
      kind: kindOf(file),
      file,
      change,
      sourceHash: hash,
      targetHash: existing?.hash ?? null,
      applied: change !== "unchanged"
    });
  }
  for (const [file, { hash }] of target) {
    if (source.has(file)) continue;
    entries.push({ kind: kindOf(file), file, change: "removed", sourceHash: null, targetHash: hash, applied: prune });
  }
  return entries.sort((left, right) => left.file < right.file ? -1 : left.file > right.file ? 1 : 0);
}
async function writeRows(session, documents) {
  const skills = documents.filter((document) => document.kind === "skills").map(rowFromDocument);
  const content = documents.filter((document) => document.kind === "content").map(rowFromDocument);
  if (skills.length > 0) {
    await session.query(
      `insert into skills (slug, name, description, attributes, frontmatter_source, body, updated_at)
       select slug, name, description, attributes, frontmatter_source, body, now()
         from jsonb_to_recordset($1::jsonb)
           as r(slug text, name text, description text, attributes jsonb, frontmatter_source text, body text)
       on conflict (slug) do update set name = excluded.name, description = excluded.description,
         attributes = excluded.attributes, frontmatter_source = excluded.frontmatter_source,
         body = excluded.body, updated_at = excluded.updated_at`,
      [JSON.stringify(skills)]
    );
  }
  if (content.length > 0) {
    await session.query(
      `insert into content (path, frontmatter, frontmatter_source, body, updated_at)
       select path, frontmatter, frontmatter_source, body, now()
         from jsonb_to_recordset($1::jsonb) as r(path text, frontmatter jsonb, frontmatter_source text, body text)
       on conflict (path) do update set frontmatter = excluded.frontmatter,
         frontmatter_source = excluded.frontmatter_source, body = excluded.body, updated_at = excluded.updated_at`,
      [JSON.stringify(content)]
    );
  }
}
async function deleteRows(session, documents) {
  const keys = (kind) => documents.filter((document) => document.kind === kind).map((document) => document.key);
  if (keys("skills").length > 0)
    await session.query("delete from skills where slug = any($1::text[])", [keys("skills")]);
  if (keys("content").length > 0)
    await session.query("delete from content where path = any($1::text[])", [keys("content")]);
}
function summarize(entries) {
  const empty = () => ({ added: 0, modified: 0, removed: 0, unchanged: 0 });
  const summary = { skills: empty(), content: empty() };
  for (const entry of entries) summary[entry.kind][entry.change] += 1;
  return summary;
}
function kindOf(file) {
  return file.startsWith("skills/") ? "skills" : "content";
}

// src/appdata/parts.ts
function databasePart(options) {
  const { migrateHint } = options;
  return {
    name: "database",
    directions: ["push", "pull"],
    async run({ direction, dryRun, prune }) {
      const local = options.openLocal();
      try {
        const cloud = options.openCloud();
        try {
          const [source, target] = direction === "push" ? [local, cloud] : [cloud, local];
          options.onStart?.(source, target);
          return await syncDatabase({
            source,
            target,
            tables: options.tables,
            dryRun,
            prune,
            migrateHint: migrateHint && ((database) => migrateHint(database === cloud ? "cloud" : "local")),
            onProgress: options.onProgress
          });
        } finally {
          await cloud.close();
        }
      } finally {
        await local.close();
      }
    }
  };
}
function localPart(options) {
  return {
    name: "local",
    directions: ["to-db", "to-disk"],
    async run({ direction, dryRun, prune }) {
      const database = options.openLocal();
      try {
        return await syncLocal({
          database,
          root: options.root,
          direction: direction === "to-db" ? "to-db" : "to-disk",
          only: options.only,
          dryRun,
          prune,
          migrateHint: options.migrateHint
        });
      } finally {
        await database.close();
      }
    }
  };
}
function filesPart(options) {
  return {
    name: "files",
    directions: ["push", "pull"],
    async run({ direction, dryRun }) {
      const run = direction === "push" ? pushFiles : pullFiles;
      return run({ root: options.root, cloud: options.openCloud(), dryRun, tempDir: options.tempDir });
    }
  };
}
export {
  databasePart,
  filesPart,
  localPart
};
