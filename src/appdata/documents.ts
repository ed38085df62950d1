import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { validateSlug } from '../store/paths.js';
import { type Frontmatter, type JsonValue, type MarkdownDocument, parseMarkdownWithLines } from './frontmatter.js';

/** The two kinds of files local sync keeps in step with the database. */
export const localKinds = ['skills', 'content'] as const;

/** `skills` (skills/<slug>/SKILL.md) or `content` (content/**\/*.md). */
export type LocalKind = (typeof localKinds)[number];

/** A skill or content file, as on disk and as in the database. */
export interface LocalDocument extends MarkdownDocument {
  kind: LocalKind;
  /** The primary key: the skill slug, or the path under content/. */
  key: string;
  /** The store-relative file: `skills/<slug>/SKILL.md` or `content/<path>`. */
  file: string;
}

/** A `skills` row. */
export interface SkillRow {
  slug: string;
  name: string;
  description: string;
  attributes: Frontmatter;
  frontmatter_source: string | null;
  body: string;
}

/** A `content` row. */
export interface ContentRow {
  path: string;
  frontmatter: Frontmatter;
  frontmatter_source: string | null;
  body: string;
}

// Agent Skills frontmatter: name (= the folder) and description are required; other keys pass.
const skillFrontmatterSchema = z.looseObject({
  name: z.string({ error: 'required, a string equal to the folder name' }),
  description: z
    .string({ error: 'required, a string saying what the skill covers and when to use it' })
    .min(1, 'must not be empty')
    .max(1024, 'must be at most 1024 characters'),
});

/** The store-relative file of a document. */
export function documentFile(kind: LocalKind, key: string): string {
  return kind === 'skills' ? `skills/${key}/SKILL.md` : `content/${key}`;
}

/** Parses a file read from disk; throws `invalid_input` naming `file:line`. */
export function documentFromFile(kind: LocalKind, key: string, text: string): LocalDocument {
  const file = documentFile(kind, key);
  if (text.includes('\0'))
    throw new InvalidInputError(`${file}: contains a NUL byte (not a text file)`, { data: { file } });
  if (kind === 'skills') {
    try {
      validateSlug(key);
    } catch (error) {
      throw new InvalidInputError(`${file}: the folder name is not a valid skill slug: ${(error as Error).message}`, {
        data: { file },
      });
    }
  }
  const parsed = parseMarkdownWithLines(text, file);
  if (kind === 'skills') {
    if (parsed.frontmatterSource === null) {
      throw new InvalidInputError(`${file}:1: SKILL.md needs frontmatter with name and description`, {
        data: { file, line: 1 },
      });
    }
    const result = skillFrontmatterSchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = (issue?.path ?? []).filter((part): part is string | number => typeof part !== 'symbol');
      const line = parsed.lineOf(path);
      throw new InvalidInputError(
        `${file}:${line}: invalid frontmatter: ${path.join('.') || 'value'}: ${issue?.message}`,
        {
          data: { file, line },
        },
      );
    }
    if (result.data.name !== key) {
      const line = parsed.lineOf(['name']);
      throw new InvalidInputError(
        `${file}:${line}: invalid frontmatter: name: must equal the folder name ${JSON.stringify(key)}, got ${JSON.stringify(result.data.name)}`,
        { data: { file, line } },
      );
    }
  }
  return {
    kind,
    key,
    file,
    frontmatter: parsed.frontmatter,
    frontmatterSource: parsed.frontmatterSource,
    body: parsed.body,
  };
}

/** The row a document is stored as. */
export function rowFromDocument(document: LocalDocument): SkillRow | ContentRow {
  if (document.kind === 'content') {
    return {
      path: document.key,
      frontmatter: document.frontmatter,
      frontmatter_source: document.frontmatterSource,
      body: document.body,
    };
  }
  const { name, description, ...attributes } = document.frontmatter;
  return {
    slug: document.key,
    name: String(name),
    description: String(description),
    attributes,
    frontmatter_source: document.frontmatterSource,
    body: document.body,
  };
}

/** The document a database row stands for; rejects keys that would be unsafe as file paths. */
export function documentFromRow(kind: LocalKind, row: SkillRow | ContentRow): LocalDocument {
  if (kind === 'skills') {
    const skill = row as SkillRow;
    try {
      validateSlug(skill.slug);
    } catch (error) {
      throw new InvalidInputError(`skills row ${JSON.stringify(skill.slug)}: ${(error as Error).message}`);
    }
    const frontmatter: Frontmatter = { name: skill.name, description: skill.description };
    for (const [key, value] of Object.entries(skill.attributes ?? {})) {
      Object.defineProperty(frontmatter, key, {
        value: value as JsonValue,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return {
      kind,
      key: skill.slug,
      file: documentFile(kind, skill.slug),
      frontmatter,
      frontmatterSource: skill.frontmatter_source,
      body: skill.body,
    };
  }
  const content = row as ContentRow;
  validateContentPath(content.path, `content row ${JSON.stringify(content.path)}`);
  return {
    kind,
    key: content.path,
    file: documentFile(kind, content.path),
    frontmatter: content.frontmatter ?? {},
    frontmatterSource: content.frontmatter_source,
    body: content.body,
  };
}

/** Checks a path under content/: relative, `.md`, no hidden, empty, `.` or `..` segments, no backslash or NUL. */
export function validateContentPath(path: string, what: string): string {
  const segments = path.split('/');
  const valid =
    path.endsWith('.md') &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    segments.every((segment) => segment.length > 0 && !segment.startsWith('.'));
  if (!valid) {
    throw new InvalidInputError(
      `${what}: expected a relative path ending in .md without hidden, empty, . or .. segments`,
      { data: { path } },
    );
  }
  return path;
}
