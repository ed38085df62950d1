import { stat } from 'node:fs/promises';
import { InvalidInputError } from '../errors.js';
import type { Database, Queryable } from './database.js';
import { deleteStoreFile, scanDisk, writeStoreFile } from './disk.js';
import {
  type ContentRow,
  documentFromFile,
  documentFromRow,
  type LocalDocument,
  type LocalKind,
  localKinds,
  rowFromDocument,
  type SkillRow,
} from './documents.js';
import { renderMarkdown } from './frontmatter.js';
import { hashText } from './hash.js';
import { requireCurrentSchema } from './migrations.js';

/** `to-db` reads the files into the database, `to-disk` writes the database out as files. */
export type LocalDirection = 'to-db' | 'to-disk';

/** How a file differs between the source and the destination of a run. */
export type Change = 'added' | 'modified' | 'removed' | 'unchanged';

/** One file of the hash diff. `removed` means: at the destination only (deleted only with prune). */
export interface DiffEntry {
  kind: LocalKind;
  file: string;
  change: Change;
  sourceHash: string | null;
  targetHash: string | null;
  /** Whether this run wrote (or deleted) it. */
  applied: boolean;
}

/** Counts per change. */
export type ChangeCounts = Record<Change, number>;

/** What one local sync run does. */
export interface LocalSyncOptions {
  database: Database;
  /** The folder holding skills/ and content/. */
  root: string;
  direction: LocalDirection;
  /** Which kinds (default both). */
  only?: readonly LocalKind[];
  dryRun?: boolean;
  prune?: boolean;
  migrateHint?: string;
}

/** The outcome: the diff, counts per kind, and what was written. */
export interface LocalSyncResult {
  direction: LocalDirection;
  root: string;
  database: string;
  dryRun: boolean;
  prune: boolean;
  entries: DiffEntry[];
  summary: Record<LocalKind, ChangeCounts>;
  written: number;
  deleted: number;
}

/**
 * Diffs the files under `root` against the database by content hash and applies the difference in
 * the requested direction. Every file is parsed before anything is written, and database writes
 * are one transaction, so bad input changes nothing.
 */
export async function syncLocal(options: LocalSyncOptions): Promise<LocalSyncResult> {
  const kinds = localKinds.filter((kind) => (options.only ?? localKinds).includes(kind));
  const dryRun = options.dryRun ?? false;
  const prune = options.prune ?? false;
  const rootInfo = await stat(options.root).catch(() => undefined);
  // A mistyped --store must not look like "every file was deleted".
  if (!rootInfo?.isDirectory()) {
    throw new InvalidInputError(`store folder ${options.root} does not exist`, { data: { root: options.root } });
  }
  await requireCurrentSchema(options.database, options.migrateHint ?? 'syncagent db migrate');
  const base = { direction: options.direction, root: options.root, database: options.database.label, dryRun, prune };

  if (options.direction === 'to-db') {
    const disk = await scanDisk(options.root, kinds);
    const documents = disk.map((file) => documentFromFile(file.kind, file.key, file.text));
    const source = new Map(
      documents.map((document, index) => [document.file, { document, hash: hashText(disk[index]!.text) }]),
    );
    return options.database.transaction(
      async (session) => {
        if (!dryRun) await session.query(`lock table ${kinds.join(', ')} in share row exclusive mode`);
        const target = await loadRendered(session, kinds);
        const entries = diff(source, target, prune);
        const upserts = entries
          .filter((entry) => entry.applied && entry.change !== 'removed')
          .map((entry) => source.get(entry.file)!.document);
        const removals = entries
          .filter((entry) => entry.applied && entry.change === 'removed')
          .map((entry) => target.get(entry.file)!.document);
        if (!dryRun) {
          await writeRows(session, upserts);
          await deleteRows(session, removals);
        }
        return { ...base, entries, summary: summarize(entries), written: upserts.length, deleted: removals.length };
      },
      { rollback: dryRun },
    );
  }

  const source = await options.database.transaction((session) => loadRendered(session, kinds), {
    isolation: 'repeatable read',
    readOnly: true,
  });
  const target = new Map(
    (await scanDisk(options.root, kinds)).map((file) => [file.file, { hash: hashText(file.text) }] as const),
  );
  const entries = diff(source, target, prune);
  let written = 0;
  let deleted = 0;
  if (!dryRun) {
    for (const entry of entries) {
      if (!entry.applied) continue;
      if (entry.change === 'removed') {
        await deleteStoreFile(options.root, entry.file);
        deleted += 1;
      } else {
        await writeStoreFile(options.root, entry.file, source.get(entry.file)!.text);
        written += 1;
      }
    }
  }
  return { ...base, entries, summary: summarize(entries), written, deleted };
}

interface Rendered {
  document: LocalDocument;
  text: string;
  hash: string;
}

async function loadRendered(session: Queryable, kinds: readonly LocalKind[]): Promise<Map<string, Rendered>> {
  const rendered = new Map<string, Rendered>();
  for (const kind of kinds) {
    const rows =
      kind === 'skills'
        ? (
            await session.query<SkillRow>(
              'select slug, name, description, attributes, frontmatter_source, body from skills order by slug',
            )
          ).rows
        : (
            await session.query<ContentRow>(
              'select path, frontmatter, frontmatter_source, body from content order by path',
            )
          ).rows;
    for (const row of rows) {
      const document = documentFromRow(kind, row);
      const text = renderMarkdown(document);
      rendered.set(document.file, { document, text, hash: hashText(text) });
    }
  }
  return rendered;
}

function diff(
  source: Map<string, { hash: string }>,
  target: Map<string, { hash: string }>,
  prune: boolean,
): DiffEntry[] {
  const entries: DiffEntry[] = [];
  for (const [file, { hash }] of source) {
    const existing = target.get(file);
    const change: Change = !existing ? 'added' : existing.hash === hash ? 'unchanged' : 'modified';
    entries.push({
      kind: kindOf(file),
      file,
      change,
      sourceHash: hash,
      targetHash: existing?.hash ?? null,
      applied: change !== 'unchanged',
    });
  }
  for (const [file, { hash }] of target) {
    if (source.has(file)) continue;
    entries.push({ kind: kindOf(file), file, change: 'removed', sourceHash: null, targetHash: hash, applied: prune });
  }
  return entries.sort((left, right) => (left.file < right.file ? -1 : left.file > right.file ? 1 : 0));
}

async function writeRows(session: Queryable, documents: LocalDocument[]): Promise<void> {
  const skills = documents.filter((document) => document.kind === 'skills').map(rowFromDocument);
  const content = documents.filter((document) => document.kind === 'content').map(rowFromDocument);
  // One statement per table however many files: the rows travel as one jsonb array.
  if (skills.length > 0) {
    await session.query(
      `insert into skills (slug, name, description, attributes, frontmatter_source, body, updated_at)
       select slug, name, description, attributes, frontmatter_source, body, now()
         from jsonb_to_recordset($1::jsonb)
           as r(slug text, name text, description text, attributes jsonb, frontmatter_source text, body text)
       on conflict (slug) do update set name = excluded.name, description = excluded.description,
         attributes = excluded.attributes, frontmatter_source = excluded.frontmatter_source,
         body = excluded.body, updated_at = excluded.updated_at`,
      [JSON.stringify(skills)],
    );
  }
  if (content.length > 0) {
    await session.query(
      `insert into content (path, frontmatter, frontmatter_source, body, updated_at)
       select path, frontmatter, frontmatter_source, body, now()
         from jsonb_to_recordset($1::jsonb) as r(path text, frontmatter jsonb, frontmatter_source text, body text)
       on conflict (path) do update set frontmatter = excluded.frontmatter,
         frontmatter_source = excluded.frontmatter_source, body = excluded.body, updated_at = excluded.updated_at`,
      [JSON.stringify(content)],
    );
  }
}

async function deleteRows(session: Queryable, documents: LocalDocument[]): Promise<void> {
  const keys = (kind: LocalKind) =>
    documents.filter((document) => document.kind === kind).map((document) => document.key);
  if (keys('skills').length > 0)
    await session.query('delete from skills where slug = any($1::text[])', [keys('skills')]);
  if (keys('content').length > 0)
    await session.query('delete from content where path = any($1::text[])', [keys('content')]);
}

function summarize(entries: DiffEntry[]): Record<LocalKind, ChangeCounts> {
  const empty = (): ChangeCounts => ({ added: 0, modified: 0, removed: 0, unchanged: 0 });
  const summary: Record<LocalKind, ChangeCounts> = { skills: empty(), content: empty() };
  for (const entry of entries) summary[entry.kind][entry.change] += 1;
  return summary;
}

function kindOf(file: string): LocalKind {
  return file.startsWith('skills/') ? 'skills' : 'content';
}
