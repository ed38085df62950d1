import { InvalidInputError } from '../errors.js';

/**
 * `ctx.http.request({ ..., saveItems })`: the items of a JSON response go straight into a mirror file as NDJSON,
 * host-side, with only the fields asked for; the isolate gets the rest of the body and a count. A page of thousands
 * of items then never crosses into the sandbox, where parsing and re-serializing it costs ~20× what it costs here.
 */
export interface SaveItems {
  /** Mirror path of the NDJSON file to (over)write. */
  path: string;
  /** JSON pointer of the array in the response body, e.g. "/entries". */
  from: string;
  /** Fields to keep: a list of names, or { newName: "sourceField" } to rename. Default: every field. */
  fields?: string[] | Record<string, string>;
  /**
   * Saved fields (by their saved names) whose values the host remembers, with the lines, for a later
   * `ctx.mirror.indexLoad` of this file in the same event: when they cover what the load needs (its key, tombstone
   * and aggregate fields) it reads neither the file nor any JSON back. Results are the same either way.
   */
  keep?: string[];
}

/** What extractItems keeps of the items it rendered (see SaveItems.keep). */
export interface KeptValues {
  /** Where line i of the text ends (the index of its newline, in UTF-16 units). */
  ends: Uint32Array;
  /** Per kept field, its value in each line (undefined where the item has none). */
  values: Map<string, unknown[]>;
}

/**
 * What the host remembers of a saved file (see SaveItems.keep): the bytes it was written as, and the kept values.
 * Line i is bytes.subarray(i ? ends[i - 1] + 1 : 0, ends[i]). Bytes, not the text: they are the file's own, outside
 * V8's heap, so remembering every page of a backfill adds nothing for the garbage collector to copy, and the leaves
 * an index load builds from them are copied bytes, never strings to encode again.
 */
export interface KeptItems {
  bytes: Uint8Array;
  /** Where line i ends in bytes (the index of its newline). */
  ends: Uint32Array;
  values: Map<string, unknown[]>;
}

/** KeptItems of `text` as encoded into `bytes`: the line ends move from UTF-16 units to bytes where they differ. */
export function keptBytes(text: string, bytes: Uint8Array, kept: KeptValues): KeptItems {
  if (bytes.byteLength === text.length) return { bytes, ends: kept.ends, values: kept.values }; // ASCII: the same
  // Rendered JSON has no raw newline inside a line, so the line ends are the newline bytes.
  const ends = new Uint32Array(kept.ends.length);
  let at = -1;
  for (let index = 0; index < ends.length; index += 1) ends[index] = at = bytes.indexOf(0x0a, at + 1);
  return { bytes, ends, values: kept.values };
}

/** What the isolate learns about the saved items. */
export interface SavedItems {
  path: string;
  items: number;
  bytes: number;
}

/** Validates a handler's saveItems option. */
export function parseSaveItems(value: unknown): SaveItems {
  const where = 'ctx.http.request: saveItems';
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidInputError(`${where} must be { path, from, fields? }`);
  const { path, from, fields, keep } = value as Record<string, unknown>;
  if (typeof path !== 'string' || path === '') throw new InvalidInputError(`${where}.path must be a mirror path`);
  if (typeof from !== 'string' || !from.startsWith('/'))
    throw new InvalidInputError(`${where}.from must be a JSON pointer such as "/entries"`);
  if (fields !== undefined) {
    const names = Array.isArray(fields)
      ? fields
      : fields !== null && typeof fields === 'object'
        ? [...Object.keys(fields), ...Object.values(fields)]
        : null;
    if (!names || names.some((name) => typeof name !== 'string')) {
      throw new InvalidInputError(`${where}.fields must be a list of field names or a { newName: "field" } map`);
    }
    if (names.includes('__proto__')) throw new InvalidInputError(`${where}.fields: "__proto__" is not a field name`);
  }
  if (
    keep !== undefined &&
    (!Array.isArray(keep) || keep.some((name) => typeof name !== 'string' || name === '__proto__'))
  ) {
    throw new InvalidInputError(`${where}.keep must be a list of saved field names`);
  }
  return { path, from, fields: fields as SaveItems['fields'], ...(keep ? { keep: keep as string[] } : {}) };
}

/**
 * Takes the array at `options.from` out of `data` and renders its items as NDJSON lines with the chosen fields.
 * Answers the NDJSON text, the number of items, and `data` without that array (the caller's object is not modified).
 */
export function extractItems(
  data: unknown,
  options: SaveItems,
): { text: string; items: number; rest: unknown; kept?: KeptValues } {
  const segments = options.from
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const rest = structuredCloneShallowPath(data, segments);
  let parent: unknown = rest;
  for (const segment of segments.slice(0, -1)) parent = (parent as Record<string, unknown>)[segment];
  const last = segments[segments.length - 1]!;
  const items = (parent as Record<string, unknown>)[last];
  if (!Array.isArray(items)) {
    throw new InvalidInputError(`ctx.http.request: saveItems.from ${options.from} is not an array in the response`);
  }
  delete (parent as Record<string, unknown>)[last];
  const project = projector(options.fields);
  const lines: string[] = [];
  const kept = options.keep ?? [];
  const columns = kept.map((): unknown[] => []);
  for (const entry of items) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new InvalidInputError(`ctx.http.request: saveItems: the items at ${options.from} must be JSON objects`);
    }
    const record = project(entry as Record<string, unknown>);
    lines.push(JSON.stringify(record));
    for (let column = 0; column < kept.length; column += 1) columns[column]!.push(record[kept[column]!]);
  }
  const count = lines.length;
  // One flat string with the final newline (a template literal would make a rope that every reader flattens again).
  if (count) lines.push('');
  const text = lines.join('\n');
  if (!options.keep) return { text, items: items.length, rest };
  const ends = new Uint32Array(count);
  let end = -1;
  for (let index = 0; index < count; index += 1) ends[index] = end += lines[index]!.length + 1;
  return {
    text,
    items: items.length,
    rest,
    kept: { ends, values: new Map(kept.map((name, column) => [name, columns[column]!])) },
  };
}

/** Compiled projections by field list: a handler passes the same fields for every page. */
const projectors = new Map<string, (entry: Record<string, unknown>) => Record<string, unknown>>();

/**
 * The projection of an item onto the chosen fields, compiled to one object literal (`{ "path": e["path_display"], ... }`):
 * JSON.stringify of such fixed-shape objects took about two thirds of the time of objects built key by key (200,000
 * Dropbox entries: ~200 ms against ~300 ms). The names are embedded as JSON string literals, so a field name is only
 * ever data. Fields an item lacks stay undefined, which JSON.stringify leaves out.
 */
function projector(fields: SaveItems['fields']): (entry: Record<string, unknown>) => Record<string, unknown> {
  if (fields === undefined) return (entry) => entry;
  const pairs: Array<[string, string]> = Array.isArray(fields)
    ? fields.map((name) => [name, name])
    : Object.entries(fields);
  const key = JSON.stringify(pairs);
  let project = projectors.get(key);
  if (!project) {
    project = compileProjection(pairs) ?? projectByLoop(pairs);
    if (projectors.size >= 64) projectors.clear();
    projectors.set(key, project);
  }
  return project;
}

function compileProjection(
  pairs: Array<[string, string]>,
): ((entry: Record<string, unknown>) => Record<string, unknown>) | null {
  const literal = pairs.map(([name, source]) => `${JSON.stringify(name)}: entry[${JSON.stringify(source)}]`).join(', ');
  try {
    return new Function('entry', `return { ${literal} };`) as (
      entry: Record<string, unknown>,
    ) => Record<string, unknown>;
  } catch {
    return null; // node --disallow-code-generation-from-strings (or a name V8 will not take in a literal)
  }
}

/** The same projection, key by key. */
function projectByLoop(pairs: Array<[string, string]>): (entry: Record<string, unknown>) => Record<string, unknown> {
  return (entry) => {
    const out: Record<string, unknown> = {};
    for (const [name, source] of pairs) if (entry[source] !== undefined) out[name] = entry[source];
    return out;
  };
}

/** A copy of data whose objects along `segments` (all but the last) are copied, so deleting the target is safe. */
function structuredCloneShallowPath(data: unknown, segments: string[]): unknown {
  const copy = (value: unknown, at: string): Record<string, unknown> => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InvalidInputError(`ctx.http.request: saveItems.from: the response has no object at ${at || '/'}`);
    }
    return { ...(value as Record<string, unknown>) };
  };
  const root = copy(data, '');
  let current = root;
  let at = '';
  for (const segment of segments.slice(0, -1)) {
    at += `/${segment}`;
    current[segment] = copy(current[segment], at);
    current = current[segment] as Record<string, unknown>;
  }
  return root;
}
