import picomatch from 'picomatch';
import { InvalidInputError } from '../errors.js';
import {
  compilePattern,
  defaultMaxMatches,
  type GrepMatch,
  isBinary,
  maxReadBytes,
  ScopedMirror,
  withGutter,
} from '../mirror/index.js';
import type { Transaction } from '../store/index.js';

// read_mirror, list_mirror and grep_mirror: the main agent's read faces (DESIGN section 6) over the agent run's own
// transaction, so the sync agent sees what its handler just wrote before anything is committed. Mirror files are
// small by design (≤ 64 KiB aimed, 50 MiB hard cap), so they are searched in memory, a buffer at a time.

/** Most entries list_mirror returns. */
export const maxListedMirrorFiles = 2000;

/** What read_mirror answers: read_file's result, with the path relative to the mirror prefix. */
export interface MirrorReadResult {
  path: string;
  offset: number;
  lines: string[];
  totalLines: number;
  truncated: boolean;
  hint?: string;
  /** The lines with a line-number gutter. */
  content: string;
}

/** What grep_mirror answers: grep_file's records, with `file` relative to the mirror prefix. */
export interface MirrorGrepResult {
  matches: GrepMatch[];
  truncated: boolean;
  filesSearched: number;
  binarySkipped: string[];
}

/** read_file over one mirror file of the transaction: 1-based lines, 64 KiB per answer, binary refused. */
export async function readMirror(
  tx: Transaction,
  prefix: string,
  input: { path: string; offset?: number; limit?: number },
): Promise<MirrorReadResult> {
  const mirror = new ScopedMirror(tx, prefix);
  const target = mirror.resolve(input.path);
  const relative = target.slice(prefix.length);
  const bytes = await tx.read(target);
  if (bytes === null) {
    const below = await tx.list(target, { recursive: true });
    if (below.length > 0) throw new InvalidInputError(`${relative} is a folder: use list_mirror or grep_mirror`);
    throw new InvalidInputError(`no such mirror file: ${relative} (list_mirror shows what exists)`);
  }
  if (isBinary(relative, bytes))
    throw new InvalidInputError(`${relative} is a binary file; read_mirror only shows text`);
  const offset = input.offset ?? 1;
  const limit = input.limit ?? Number.POSITIVE_INFINITY;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: string[] = [];
  let budget = maxReadBytes;
  let truncated = false;
  let line = 1;
  let position = 0;
  while (position < buffer.length) {
    const newline = buffer.indexOf(10, position);
    const end = newline === -1 ? buffer.length : newline;
    if (line >= offset && lines.length < limit && !truncated) {
      let text = buffer.toString('utf8', position, end);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      const cost = Buffer.byteLength(text) + 1;
      if (cost > budget) {
        truncated = true;
        if (lines.length === 0) {
          lines.push(
            `${Buffer.from(text)
              .subarray(0, budget)
              .toString('utf8')
              .replace(/\uFFFD$/, '')} … [line cut]`,
          );
          budget = 0;
        }
      } else {
        budget -= cost;
        lines.push(text);
      }
    }
    if (newline === -1) break;
    position = newline + 1;
    line += 1;
  }
  const totalLines = buffer.length === 0 ? 0 : buffer[buffer.length - 1] === 10 ? line - 1 : line;
  const result: MirrorReadResult = { path: relative, offset, lines, totalLines, truncated, content: '' };
  if (truncated) {
    result.hint = `output capped at 64 KiB: continue with offset ${offset + lines.length} (and a limit), or use grep_mirror`;
  } else if (totalLines === 0) result.hint = 'the file is empty';
  else if (offset > totalLines) result.hint = `offset ${offset} is past the end: the file has ${totalLines} lines`;
  result.content = withGutter(result);
  return result;
}

/** list_mirror: every mirror file below `dir` (the engine's `.sync/` left out), with sizes. */
export async function listMirror(
  tx: Transaction,
  prefix: string,
  dir: string | undefined,
): Promise<{ files: Array<{ path: string; size: number }>; truncated?: boolean }> {
  const files = await new ScopedMirror(tx, prefix).list(dir);
  if (files.length <= maxListedMirrorFiles) return { files };
  return { files: files.slice(0, maxListedMirrorFiles), truncated: true };
}

/** grep_file over the mirror files of the transaction (`glob` relative to the mirror prefix). */
export async function grepMirror(
  tx: Transaction,
  prefix: string,
  input: { pattern: string; flags?: string; glob?: string; max_matches?: number },
): Promise<MirrorGrepResult> {
  const maxMatches = input.max_matches ?? defaultMaxMatches;
  const compiled = compilePattern(input.pattern, input.flags ?? '');
  // One pass over each buffer with a global, multi-line copy; every hit is confirmed on its own line.
  const scan = new RegExp(compiled.regex.source, [...new Set([...compiled.regex.flags, 'g', 'm'])].join(''));
  const isMatch = input.glob ? picomatch(input.glob, { dot: true, basename: !input.glob.includes('/') }) : null;
  const files = await new ScopedMirror(tx, prefix).list();
  const result: MirrorGrepResult = { matches: [], truncated: false, filesSearched: 0, binarySkipped: [] };
  for (const file of files) {
    if (isMatch && !isMatch(file.path)) continue;
    const bytes = await tx.read(`${prefix}${file.path}`);
    if (bytes === null) continue;
    if (isBinary(file.path, bytes)) {
      result.binarySkipped.push(file.path);
      continue;
    }
    result.filesSearched += 1;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    let line = 1;
    let counted = 0;
    scan.lastIndex = 0;
    for (let found = scan.exec(text); found !== null; found = scan.exec(text)) {
      const start = found.index === 0 ? 0 : text.lastIndexOf('\n', found.index - 1) + 1;
      const newline = text.indexOf('\n', found.index);
      const end = newline === -1 ? text.length : newline;
      scan.lastIndex = end + 1;
      let lineText = text.slice(start, end);
      if (lineText.endsWith('\r')) lineText = lineText.slice(0, -1);
      if (!compiled.regex.test(lineText)) continue;
      for (
        let index = text.indexOf('\n', counted);
        index !== -1 && index < start;
        index = text.indexOf('\n', index + 1)
      )
        line += 1;
      counted = start;
      if (result.matches.length >= maxMatches) {
        result.truncated = true;
        return result;
      }
      result.matches.push({ file: file.path, line, match: lineText, before: [], after: [] });
      if (newline === -1) break;
    }
  }
  return result;
}
