import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { InvalidInputError } from '../errors.js';
import { validateStoreDir } from '../store/paths.js';
import { isBinary, resolveFile, walkPaths } from './files.js';
import { countNewlines, type LineWindow, lineWindows, openNoFollow } from './line-windows.js';
import { byteRarity, type CompiledPattern, compilePattern } from './pattern.js';
import { SearchBudget } from './search-budget.js';

/** Input of grep_file (DESIGN section 6). */
export interface GrepFileOptions {
  /** JavaScript regex source. */
  pattern: string;
  /** One file to search (store-relative)... */
  path?: string;
  /** ...or every file below this folder (store-relative, "" for the whole store). */
  prefix?: string;
  /** With `prefix`: only files matching this glob (relative to the prefix; no slash = file name). */
  glob?: string;
  /** Regex flags: any of i, s, u, m. */
  flags?: string;
  /** Lines of context before and after each match (default 0, at most 100). */
  contextLines?: number;
  /** Stop after this many matches (default 100, at most 10,000). */
  maxMatches?: number;
  /**
   * Time budget of the whole call in ms (default 30 s); any one stretch of regex work gets at most 1 s of it, so a
   * pattern that backtracks catastrophically ends with a clear error instead of hanging.
   */
  timeLimitMs?: number;
}

/** One matching line. */
export interface GrepMatch {
  /** Store-relative path of the file. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** The whole matching line without its newline. */
  match: string;
  before: string[];
  after: string[];
}

/** Output of grep_file. */
export interface GrepFileResult {
  matches: GrepMatch[];
  /** More matches exist beyond `maxMatches`. */
  truncated: boolean;
  /** Files searched, and binary files skipped. */
  filesSearched: number;
  binarySkipped: string[];
}

/** Default cap on matches (DESIGN section 6). */
export const defaultMaxMatches = 100;

/** Searches store files with a JavaScript regex, streaming each file in windows of whole lines. */
export async function grepFile(root: string, options: GrepFileOptions): Promise<GrepFileResult> {
  const maxMatches = options.maxMatches ?? defaultMaxMatches;
  const contextLines = options.contextLines ?? 0;
  // Infinity: no cap (the CLI's `--max 0`); the AI SDK and MCP faces keep theirs in their input schemas.
  if (
    maxMatches !== Number.POSITIVE_INFINITY &&
    (!Number.isInteger(maxMatches) || maxMatches < 1 || maxMatches > 10_000)
  ) {
    throw new InvalidInputError(`max_matches must be an integer from 1 to 10000, got ${maxMatches}`);
  }
  if (!Number.isInteger(contextLines) || contextLines < 0 || contextLines > 100) {
    throw new InvalidInputError(`context_lines must be an integer from 0 to 100, got ${contextLines}`);
  }
  if ((options.path === undefined) === (options.prefix === undefined)) {
    throw new InvalidInputError('give exactly one of path (one file) or prefix (a folder)');
  }
  if (options.glob !== undefined && options.prefix === undefined) {
    throw new InvalidInputError('glob only applies with prefix');
  }
  const compiled = compilePattern(options.pattern, options.flags ?? '');
  const budget = new SearchBudget(options.pattern, options.timeLimitMs);
  const files = await selectFiles(root, options);
  const state: SearchState = {
    matches: [],
    truncated: false,
    maxMatches,
    contextLines,
    budget,
    filesSearched: 0,
    binarySkipped: [],
  };
  // Files are read a batch ahead of the search, several at once: a prefix of many small mirror files is bound by
  // I/O latency, not by the scan. Small files are then searched together in one stretch of regex work.
  let next: Promise<LoadedFile[]> | null = loadBatch(root, files, 0);
  for (let start = 0; next && !state.truncated; start += readAheadFiles) {
    const loaded: LoadedFile[] = await next;
    next = start + readAheadFiles < files.length ? loadBatch(root, files, start + readAheadFiles) : null;
    budget.check(`after ${state.filesSearched + state.binarySkipped.length} of ${files.length} files`);
    await searchBatch(root, loaded, compiled, state);
  }
  // Stopped early (enough matches, or an error above): the batch read ahead is dropped.
  await next?.catch(() => []);
  return {
    matches: state.matches,
    truncated: state.truncated,
    filesSearched: state.filesSearched,
    binarySkipped: state.binarySkipped,
  };
}

/** Files up to this size are read whole (mirror files aim at 64 KiB); larger ones are streamed in windows. */
const wholeFileBytes = 256 * 1024;
/** How many files are read ahead at once. */
const readAheadFiles = 32;

/** A file read ahead: its bytes when small, null when it is to be streamed, 'gone' when it vanished meanwhile. */
interface LoadedFile {
  file: string;
  bytes: Buffer | null | 'gone';
}

function loadBatch(root: string, files: string[], start: number): Promise<LoadedFile[]> {
  return Promise.all(files.slice(start, start + readAheadFiles).map((file) => loadFile(root, file)));
}

async function loadFile(root: string, file: string): Promise<LoadedFile> {
  let handle: FileHandle;
  try {
    handle = await openNoFollow(join(root, file));
  } catch (error) {
    // Removed since the walk (a concurrent event): nothing to search.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, bytes: 'gone' };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    return { file, bytes: size > wholeFileBytes ? null : await handle.readFile() };
  } finally {
    await handle.close();
  }
}

/** Searches one read-ahead batch in order: runs of small files in one stretch, large files streamed. */
async function searchBatch(root: string, loaded: LoadedFile[], compiled: CompiledPattern, state: SearchState) {
  let run: Array<{ file: string; bytes: Buffer }> = [];
  const flush = (): void => {
    const files = run;
    run = [];
    if (files.length === 0) return;
    let current = '';
    const scan = (): void => {
      for (const { file, bytes } of files) {
        if (state.truncated) return;
        current = file;
        state.filesSearched += 1;
        const window: LineWindow = { bytes, bodyStart: 0, end: bytes.length, firstLine: 1, last: true };
        scanWindow(viewOf(window, compiled), window, file, compiled, state);
      }
    };
    guarded(state, compiled, () => current, scan);
  };
  for (const { file, bytes } of loaded) {
    if (state.truncated) break;
    if (bytes === 'gone') continue;
    if (bytes !== null && isBinary(file, bytes)) {
      state.binarySkipped.push(file);
      continue;
    }
    if (bytes !== null) {
      run.push({ file, bytes });
      continue;
    }
    flush();
    if (state.truncated) break;
    if ((await searchFile(root, file, compiled, state)) === 'binary') state.binarySkipped.push(file);
    else state.filesSearched += 1;
  }
  flush();
}

/** A pure literal runs no regex (memchr/memmem only); anything else runs under the budget's watchdog. */
function guarded<T>(state: SearchState, compiled: CompiledPattern, file: () => string, body: () => T): T {
  return compiled.pureLiteral ? body() : state.budget.run(file, body);
}

/** Bytes at the start of a window in which each required literal's hits are counted, to prefilter with the rarest. */
const literalSampleBytes = 64 * 1024;

/**
 * How a window is searched: with no literal, the regex scans the decoded window. Otherwise the bytes are searched for
 * a literal every match contains and only the lines holding it are decoded and tested. A pattern may require several
 * (`"size":[0-9]+,"rev":"[0-9a-f]*fff"` needs `"size":`, `,"rev":"` and `fff"`); the byte-frequency guess at the rarest
 * can be wrong for the data at hand (`"size":` is on every line), so their hits are counted in a sample of the window
 * and the rarest there wins.
 */
function viewOf(window: LineWindow, compiled: CompiledPattern): WindowView {
  const [first, ...others] = compiled.literals;
  if (!first) return new TextView(window, compiled.regex);
  let best = new ByteView(window, first, compiled.ignoreCase);
  if (others.length === 0) return best;
  const sampleEnd = Math.min(window.end, window.bodyStart + literalSampleBytes);
  let fewest = best.count(window.bodyStart, sampleEnd, Number.POSITIVE_INFINITY);
  for (const literal of others) {
    if (fewest === 0) break;
    const candidate = new ByteView(window, literal, compiled.ignoreCase);
    const hits = candidate.count(window.bodyStart, sampleEnd, fewest);
    if (hits < fewest) {
      best = candidate;
      fewest = hits;
    }
  }
  return best;
}

async function selectFiles(root: string, options: GrepFileOptions): Promise<string[]> {
  if (options.path !== undefined) return [(await resolveFile(root, options.path)).relative];
  const prefix = validateStoreDir(options.prefix, 'prefix');
  const files = await walkPaths(root, prefix);
  if (options.glob === undefined) return files;
  const isMatch = picomatch(options.glob, { dot: true, basename: !options.glob.includes('/') });
  const base = prefix === '' ? '' : `${prefix}/`;
  return files.filter((path) => isMatch(path.startsWith(base) ? path.slice(base.length) : path));
}

interface SearchState {
  matches: GrepMatch[];
  truncated: boolean;
  maxMatches: number;
  contextLines: number;
  budget: SearchBudget;
  filesSearched: number;
  binarySkipped: string[];
}

/** A record still waiting for after-context lines from the next window. */
interface Pending {
  match: GrepMatch;
  need: number;
}

/** Line operations over one window, as bytes (prefiltered) or as decoded text (regex only). */
interface WindowView {
  /** Offset of the next candidate at or after `from`, or -1. */
  next(from: number): number;
  lineStart(position: number): number;
  lineEnd(position: number): number;
  text(start: number, end: number): string;
  newlines(start: number, end: number): number;
  readonly bodyStart: number;
  readonly end: number;
}

async function searchFile(
  root: string,
  file: string,
  compiled: CompiledPattern,
  state: SearchState,
): Promise<'ok' | 'binary'> {
  let pending: Pending | null = null;
  let first = true;
  for await (const window of lineWindows(join(root, file), state.contextLines)) {
    if (first) {
      first = false;
      if (isBinary(file, window.bytes.subarray(0, window.end))) return 'binary';
    } else state.budget.check(`in ${file}`);
    const view = viewOf(window, compiled);
    if (pending) pending = fillAfter(view, view.bodyStart, pending);
    if (state.truncated) {
      if (!pending) break;
      continue;
    }
    pending = guarded(
      state,
      compiled,
      () => file,
      () => scanWindow(view, window, file, compiled, state),
    );
    if (state.truncated && !pending) break;
  }
  return 'ok';
}

function scanWindow(
  view: WindowView,
  window: LineWindow,
  file: string,
  compiled: CompiledPattern,
  state: SearchState,
): Pending | null {
  let pending: Pending | null = null;
  let cursor = view.bodyStart;
  let cursorLine = window.firstLine;
  let from = view.bodyStart;
  while (from < view.end) {
    const hit = view.next(from);
    if (hit === -1 || hit >= view.end) break;
    const start = view.lineStart(hit);
    const end = view.lineEnd(hit);
    from = end + 1;
    const text = stripCarriageReturn(view.text(start, end));
    if (!compiled.pureLiteral && !compiled.regex.test(text)) continue;
    if (state.matches.length >= state.maxMatches) {
      state.truncated = true;
      break;
    }
    cursorLine += view.newlines(cursor, start);
    cursor = start;
    const match: GrepMatch = {
      file,
      line: cursorLine,
      match: text,
      before: beforeLines(view, start, state.contextLines),
      after: [],
    };
    state.matches.push(match);
    pending = state.contextLines > 0 ? fillAfter(view, end + 1, { match, need: state.contextLines }) : null;
  }
  // Lines were counted up to the last match; finish the count so the window reader need not recount.
  if (cursor > view.bodyStart) window.bodyNewlines = cursorLine - window.firstLine + view.newlines(cursor, view.end);
  return pending;
}

function beforeLines(view: WindowView, lineStart: number, count: number): string[] {
  const lines: string[] = [];
  let end = lineStart - 1; // the newline ending the previous line
  while (lines.length < count && end >= 0) {
    const start = view.lineStart(end);
    lines.unshift(stripCarriageReturn(view.text(start, end)));
    end = start - 1;
  }
  return lines;
}

function fillAfter(view: WindowView, from: number, pending: Pending): Pending | null {
  let start = from;
  while (pending.need > 0 && start < view.end) {
    const end = view.lineEnd(start);
    pending.match.after.push(stripCarriageReturn(view.text(start, end)));
    pending.need -= 1;
    start = end + 1;
  }
  return pending.need > 0 ? pending : null;
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Searches the raw bytes for the pattern's required literal (memchr/memmem speed). */
class ByteView implements WindowView {
  readonly bodyStart: number;
  readonly end: number;
  private readonly bytes: Buffer;
  private readonly literal: Buffer;
  private readonly ignoreCase: boolean;
  /** For case-insensitive search: the literal's rarest byte, in both cases, and its offset. */
  private readonly anchor: { offset: number; lower: number; upper: number } | null;

  constructor(window: LineWindow, literal: Buffer, ignoreCase: boolean) {
    this.bytes = window.bytes;
    this.bodyStart = window.bodyStart;
    this.end = window.end;
    this.literal = literal;
    this.ignoreCase = ignoreCase;
    this.anchor = this.ignoreCase ? chooseAnchor(this.literal) : null;
  }

  /** Hits of the literal starting in [from, to), counted up to `cap`. */
  count(from: number, to: number, cap: number): number {
    let hits = 0;
    for (let at = this.next(from); at !== -1 && at < to && hits < cap; at = this.next(at + 1)) hits += 1;
    return hits;
  }

  next(from: number): number {
    if (!this.anchor) {
      const hit = this.bytes.indexOf(this.literal, from);
      return hit === -1 || hit + this.literal.length > this.end ? -1 : hit;
    }
    const { offset, lower, upper } = this.anchor;
    let position = from + offset;
    // Two memchr cursors, one per case of the anchor byte; each is advanced only when consumed.
    let atLower = this.bytes.indexOf(lower, position);
    let atUpper = upper === lower ? -1 : this.bytes.indexOf(upper, position);
    for (;;) {
      const found = atLower === -1 ? atUpper : atUpper === -1 ? atLower : Math.min(atLower, atUpper);
      if (found === -1 || found >= this.end) return -1;
      const candidate = found - offset;
      if (candidate >= from && candidate + this.literal.length <= this.end && this.equalsIgnoringCase(candidate))
        return candidate;
      position = found + 1;
      if (found === atLower) atLower = this.bytes.indexOf(lower, position);
      if (found === atUpper) atUpper = this.bytes.indexOf(upper, position);
    }
  }

  private equalsIgnoringCase(at: number): boolean {
    for (let index = 0; index < this.literal.length; index += 1) {
      if (foldAscii(this.bytes[at + index] as number) !== foldAscii(this.literal[index] as number)) return false;
    }
    return true;
  }

  lineStart(position: number): number {
    return position === 0 ? 0 : this.bytes.lastIndexOf(10, position - 1) + 1;
  }

  lineEnd(position: number): number {
    const newline = this.bytes.indexOf(10, position);
    return newline === -1 || newline >= this.end ? this.end : newline;
  }

  text(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }

  newlines(start: number, end: number): number {
    return countNewlines(this.bytes, start, end);
  }
}

/** No literal to prefilter with: decode the window once and run the regex over it. */
class TextView implements WindowView {
  readonly bodyStart: number;
  readonly end: number;
  private readonly text_: string;
  private readonly regex: RegExp;

  constructor(window: LineWindow, regex: RegExp) {
    const kept = window.bytes.toString('utf8', 0, window.bodyStart);
    this.text_ = kept + window.bytes.toString('utf8', window.bodyStart, window.end);
    this.bodyStart = kept.length;
    this.end = this.text_.length;
    // Multiline so ^ and $ can meet line boundaries; each hit is confirmed on its own line.
    const flags = new Set([...regex.flags, 'g', 'm']);
    this.regex = new RegExp(regex.source, [...flags].join(''));
  }

  next(from: number): number {
    this.regex.lastIndex = from;
    const found = this.regex.exec(this.text_);
    return found ? found.index : -1;
  }

  lineStart(position: number): number {
    return position === 0 ? 0 : this.text_.lastIndexOf('\n', position - 1) + 1;
  }

  lineEnd(position: number): number {
    const newline = this.text_.indexOf('\n', position);
    return newline === -1 ? this.end : newline;
  }

  text(start: number, end: number): string {
    return this.text_.slice(start, end);
  }

  newlines(start: number, end: number): number {
    let count = 0;
    for (
      let index = this.text_.indexOf('\n', start);
      index !== -1 && index < end;
      index = this.text_.indexOf('\n', index + 1)
    )
      count += 1;
    return count;
  }
}

function foldAscii(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 32 : byte;
}

function chooseAnchor(literal: Buffer): { offset: number; lower: number; upper: number } {
  let offset = 0;
  for (let index = 1; index < literal.length; index += 1) {
    if (byteRarity(literal[index] as number, true) > byteRarity(literal[offset] as number, true)) offset = index;
  }
  const byte = literal[offset] as number;
  const lower = foldAscii(byte);
  const upper = lower >= 0x61 && lower <= 0x7a ? lower - 32 : lower;
  return { offset, lower, upper };
}
