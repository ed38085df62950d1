import { InvalidInputError } from '../errors.js';
import { isBinary, resolveFile } from './files.js';
import { countNewlines, lineWindows } from './line-windows.js';

/** Input of read_file (DESIGN section 6). */
export interface ReadFileOptions {
  /** Store-relative path. */
  path: string;
  /** First line to return, 1-based (default 1). */
  offset?: number;
  /** How many lines to return (default: all that fit in 64 KiB). */
  limit?: number;
}

/** Output of read_file; `read --json` prints exactly this. */
export interface ReadFileResult {
  path: string;
  offset: number;
  lines: string[];
  totalLines: number;
  /** Fewer lines than asked for were returned because of the 64 KiB output cap. */
  truncated: boolean;
  /** What to do next when truncated or past the end. */
  hint?: string;
}

/** Most text one read returns (DESIGN section 6: a whole read over 64 KiB is truncated). */
export const maxReadBytes = 64 * 1024;

/** Reads lines of a store file, streaming it: a read deep into a huge file never holds it whole. */
export async function readFile(root: string, options: ReadFileOptions): Promise<ReadFileResult> {
  const offset = options.offset ?? 1;
  if (!Number.isInteger(offset) || offset < 1)
    throw new InvalidInputError(`offset must be an integer ≥ 1, got ${offset}`);
  if (options.limit !== undefined && (!Number.isInteger(options.limit) || options.limit < 1)) {
    throw new InvalidInputError(`limit must be an integer ≥ 1, got ${options.limit}`);
  }
  const { relative, absolute } = await resolveFile(root, options.path);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const lines: string[] = [];
  let budget = maxReadBytes;
  let truncated = false;
  let totalLines = 0;
  let first = true;
  let endsWithNewline = true;
  for await (const window of lineWindows(absolute)) {
    const { bytes, bodyStart, end } = window;
    if (first) {
      first = false;
      if (isBinary(relative, bytes.subarray(0, end))) {
        throw new InvalidInputError(`${relative} is a binary file; read_file only shows text`, {
          data: { path: relative },
        });
      }
    }
    if (!window.last && lines.length === 0 && !truncated) {
      // A window that ends before the wanted line is only counted (SIMD), never decoded.
      const newlines = countNewlines(bytes, bodyStart, end);
      if (window.firstLine + newlines <= offset) {
        window.bodyNewlines = newlines;
        totalLines = window.firstLine - 1 + newlines;
        continue;
      }
    } else if (!window.last && (lines.length >= limit || truncated)) {
      // Past the wanted lines: only totalLines is left to find, and the reader counts for us.
      totalLines = window.firstLine - 1 + countNewlines(bytes, bodyStart, end);
      window.bodyNewlines = totalLines - window.firstLine + 1;
      continue;
    }
    let position = bodyStart;
    let line = window.firstLine;
    // Skip to the first wanted line at memchr speed, without decoding anything.
    while (line < offset && position < end) {
      const newline = bytes.indexOf(10, position);
      if (newline === -1 || newline >= end) break;
      position = newline + 1;
      line += 1;
    }
    // Decode only the wanted lines.
    while (line >= offset && position < end && lines.length < limit && !truncated) {
      const newline = bytes.indexOf(10, position);
      const lineEnd = newline === -1 || newline >= end ? end : newline;
      let text = bytes.toString('utf8', position, lineEnd);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      const cost = Buffer.byteLength(text) + 1;
      if (cost > budget) {
        truncated = true;
        if (lines.length > 0) break;
        // A single line longer than the cap: show its head rather than nothing.
        text = `${sliceUtf8(text, budget)} … [line cut at 64 KiB]`;
      }
      budget -= cost;
      lines.push(text);
      if (lineEnd === end) {
        position = end;
        break;
      }
      line += 1;
      position = lineEnd + 1;
    }
    // Count the rest of the window for totalLines, and hand the count back to the reader.
    const newlines = line - window.firstLine + countNewlines(bytes, position, end);
    window.bodyNewlines = newlines;
    totalLines = window.firstLine - 1 + newlines;
    endsWithNewline = end === 0 || bytes[end - 1] === 10;
  }
  if (!endsWithNewline) totalLines += 1;
  const result: ReadFileResult = { path: relative, offset, lines, totalLines, truncated };
  if (truncated) {
    const next = offset + lines.length;
    result.hint = `output capped at 64 KiB: continue with offset ${next} (and a limit), or use grep_file to find lines`;
  } else if (offset > totalLines && totalLines > 0) {
    result.hint = `offset ${offset} is past the end: the file has ${totalLines} lines`;
  } else if (totalLines === 0) {
    result.hint = 'the file is empty';
  }
  return result;
}

/** Formats lines with a right-aligned line-number gutter (like `cat -n`). */
export function withGutter(result: Pick<ReadFileResult, 'offset' | 'lines'>): string {
  const width = Math.max(6, String(result.offset + result.lines.length).length);
  return result.lines.map((line, index) => `${String(result.offset + index).padStart(width)}\t${line}`).join('\n');
}

function sliceUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8').subarray(0, maxBytes);
  // Drop a partial multi-byte character at the cut.
  return bytes.toString('utf8').replace(/\uFFFD$/, '');
}
