import { LineCounter, parseDocument, stringify } from 'yaml';
import { InternalError, InvalidInputError } from '../errors.js';

/** A JSON-compatible value, as frontmatter may hold and jsonb stores. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Frontmatter data: a YAML mapping. */
export type Frontmatter = { [key: string]: JsonValue };

/** A markdown file split into its frontmatter and body, both kept exactly. */
export interface MarkdownDocument {
  /** The parsed frontmatter ({} when the file has none). */
  frontmatter: Frontmatter;
  /** The frontmatter block exactly as written, `---` lines included; null when the file has none. */
  frontmatterSource: string | null;
  /** Everything after the frontmatter block, byte for byte. */
  body: string;
}

/** A parsed frontmatter block plus a way to find the file line of a key (for error messages). */
export interface ParsedFrontmatter {
  data: Frontmatter;
  /** 1-based file line of the value at `path` (the block's first line when unknown). */
  lineOf(path: readonly (string | number)[]): number;
}

const opening = /^---\r?\n/;
const closing = /^---[ \t]*(?:\r?\n|$)/m;

/** Splits a markdown file into frontmatter and body; throws `invalid_input` naming `file:line`. */
export function parseMarkdown(text: string, file: string): MarkdownDocument {
  const { frontmatter, frontmatterSource, body } = parseMarkdownWithLines(text, file);
  return { frontmatter, frontmatterSource, body };
}

/** Like parseMarkdown but also returns where each key sits, for schema errors. */
export function parseMarkdownWithLines(
  text: string,
  file: string,
): MarkdownDocument & { lineOf: ParsedFrontmatter['lineOf'] } {
  const split = splitFrontmatter(text, file);
  if (split === null) return { frontmatter: {}, frontmatterSource: null, body: text, lineOf: () => 1 };
  const parsed = parseFrontmatterYaml(split.yaml, file);
  return {
    frontmatter: parsed.data,
    frontmatterSource: split.source,
    body: text.slice(split.source.length),
    lineOf: parsed.lineOf,
  };
}

/**
 * Renders a document back to markdown. The stored frontmatter block is reused verbatim while it
 * still says the same as `frontmatter` (so files round-trip byte for byte, comments and quoting
 * included); otherwise fresh YAML is written, escaped so that it parses back to the same data.
 */
export function renderMarkdown(document: MarkdownDocument): string {
  const source = document.frontmatterSource;
  const stored = source === null ? undefined : tryParseSource(source);
  if (source !== null && stored !== undefined && jsonEqual(stored, document.frontmatter)) return source + document.body;
  const empty = Object.keys(document.frontmatter).length === 0;
  // A body that itself starts with `---` needs an explicit (empty) block or it would be read as one.
  if (empty && !opening.test(document.body)) return document.body;
  return renderFrontmatter(orderLike(document.frontmatter, stored) as Frontmatter) + document.body;
}

/** Renders frontmatter data as a `---` block of YAML that parses back to exactly `data`. */
export function renderFrontmatter(data: Frontmatter): string {
  if (Object.keys(data).length === 0) return '---\n---\n';
  const yaml = stringify(data, {
    lineWidth: 0,
    minContentWidth: 0,
    blockQuote: 'literal',
    aliasDuplicateObjects: false,
  });
  const block = `---\n${yaml}---\n`;
  // Cheap insurance: the export must never write frontmatter that reads back differently.
  const back = tryParseSource(block);
  if (back === undefined || !jsonEqual(back, data)) {
    throw new InternalError(new Error(`frontmatter export does not round-trip: ${JSON.stringify(data)}`));
  }
  return block;
}

/** Deep equality of JSON values (object key order ignored). */
export function jsonEqual(left: JsonValue, right: JsonValue): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => jsonEqual(item, right[index] as JsonValue));
  }
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every(
    (key) => Object.hasOwn(right, key) && jsonEqual(left[key] as JsonValue, right[key] as JsonValue),
  );
}

function splitFrontmatter(text: string, file: string): { source: string; yaml: string } | null {
  const open = opening.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) {
    throw new InvalidInputError(`${file}:1: frontmatter is not closed: add a line with --- after it`, {
      data: { file, line: 1 },
    });
  }
  return { source: text.slice(0, open[0].length + close.index + close[0].length), yaml: rest.slice(0, close.index) };
}

function parseFrontmatterYaml(yaml: string, file: string): ParsedFrontmatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // File line = YAML line + 1 for the opening `---`.
  const fileLine = (offset: number | undefined): number =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
  const fail = (line: number, message: string): never => {
    throw new InvalidInputError(`${file}:${line}: invalid frontmatter: ${message}`, { data: { file, line } });
  };
  const error = document.errors[0];
  if (error) fail(fileLine(error.pos[0]), firstLine(error.message));
  const lineOf = (path: readonly (string | number)[]): number => {
    const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return fileLine(node.range[0]);
    return path.length > 1 ? lineOf(path.slice(0, -1)) : 1;
  };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 1000 });
  } catch (cause) {
    fail(1, cause instanceof Error ? firstLine(cause.message) : String(cause));
  }
  if (value === null || value === undefined) return { data: {}, lineOf };
  if (typeof value !== 'object' || Array.isArray(value)) fail(2, 'expected a mapping of keys to values');
  const problem = findNonJson(value, []);
  if (problem) fail(lineOf(problem.path), `${problem.path.join('.') || 'value'}: ${problem.reason}`);
  return { data: value as Frontmatter, lineOf };
}

function findNonJson(
  value: unknown,
  path: (string | number)[],
): { path: (string | number)[]; reason: string } | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path, reason: 'numbers must be finite' };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findNonJson(item, [...path, index]);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const problem = findNonJson(item, [...path, key]);
      if (problem) return problem;
    }
    return undefined;
  }
  const kind = value instanceof Date ? 'a timestamp' : typeof value === 'object' ? 'a tagged value' : typeof value;
  return { path, reason: `${kind} cannot be stored; quote it as a string` };
}

function tryParseSource(source: string): Frontmatter | undefined {
  try {
    const split = splitFrontmatter(source, 'frontmatter');
    return split === null ? undefined : parseFrontmatterYaml(split.yaml, 'frontmatter').data;
  } catch {
    return undefined;
  }
}

/** Orders object keys like `template` (the old frontmatter), new keys last, so diffs stay small. */
function orderLike(value: JsonValue, template: JsonValue | undefined): JsonValue {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = Array.isArray(template) ? template : [];
    return value.map((item, index) => orderLike(item, items[index]));
  }
  const previous = typeof template === 'object' && template !== null && !Array.isArray(template) ? template : {};
  const keys = [
    ...Object.keys(previous).filter((key) => Object.hasOwn(value, key)),
    ...Object.keys(value).filter((key) => !Object.hasOwn(previous, key)),
  ];
  const ordered: Frontmatter = {};
  for (const key of keys) {
    // defineProperty: a `__proto__` key is data here, not the prototype.
    Object.defineProperty(ordered, key, {
      value: orderLike(value[key] as JsonValue, previous[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return ordered;
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}
