import { open } from 'node:fs/promises';

/** Bytes read per chunk: large enough that per-read overhead vanishes, small enough to stay in cache. */
const chunkBytes = 8 * 1024 * 1024;

/**
 * A window of whole lines of a file. `bytes[0, bodyStart)` holds up to `keepLines` lines carried
 * over from the previous window (for before-context); `bytes[bodyStart, end)` are new lines that
 * end with a newline, except in the last window. `firstLine` is the 1-based number of the line
 * starting at `bodyStart`.
 */
export interface LineWindow {
  bytes: Buffer;
  bodyStart: number;
  end: number;
  firstLine: number;
  last: boolean;
  /**
   * A consumer that counted the newlines in `bytes[bodyStart, end)` anyway may store the count
   * here, so the next window's `firstLine` is found without counting twice.
   */
  bodyNewlines?: number;
}

/**
 * Streams a file as windows of whole lines without ever splitting it into line strings.
 * The next chunk is read while the caller scans the current window (double buffering), and
 * buffers are reused, so memory stays flat whatever the file size.
 */
export async function* lineWindows(path: string, keepLines = 0): AsyncGenerator<LineWindow> {
  const handle = await open(path, 'r');
  const readInto = async (buffer: Buffer, offset: number): Promise<number> =>
    (await handle.read(buffer, offset, buffer.length - offset, null)).bytesRead;
  try {
    const buffers = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)];
    let current = 0;
    let kept = 0; // bytes of already-seen context lines at the start of the buffer
    let carry = 0; // kept bytes plus an unfinished line carried from the previous window
    let firstLine = 1;
    let pending: Promise<number> = readInto(buffers[0] as Buffer, 0);
    for (;;) {
      let buffer = buffers[current] as Buffer;
      let filled = carry + (await pending);
      let eof = filled === carry;
      let lastNewline = buffer.lastIndexOf(10, filled - 1);
      // A line longer than the buffer: grow it until the window ends on a newline.
      while (!eof && lastNewline < kept) {
        if (filled === buffer.length) {
          const bigger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(bigger, 0, 0, filled);
          buffers[current] = buffer = bigger;
        }
        const more = await readInto(buffer, filled);
        eof = more === 0;
        filled += more;
        lastNewline = buffer.lastIndexOf(10, filled - 1);
      }
      const end = eof ? filled : lastNewline + 1;
      if (end === kept) return;

      // Carry context lines and the unfinished tail into the other buffer and start reading
      // the next chunk there while the caller scans this window.
      const keepFrom = startOfLastLines(buffer, end, keepLines);
      const nextCarry = filled - keepFrom;
      const next = 1 - current;
      if ((buffers[next] as Buffer).length < nextCarry + chunkBytes) {
        buffers[next] = Buffer.allocUnsafe(nextCarry + chunkBytes);
      }
      buffer.copy(buffers[next] as Buffer, 0, keepFrom, filled);
      pending = eof ? Promise.resolve(0) : readInto(buffers[next] as Buffer, nextCarry);

      const window: LineWindow = { bytes: buffer, bodyStart: kept, end, firstLine, last: eof };
      yield window;
      if (eof) return;
      firstLine += window.bodyNewlines ?? countNewlines(buffer, kept, end);
      kept = end - keepFrom;
      carry = nextCarry;
      current = next;
    }
  } finally {
    await handle.close();
  }
}

/** Counts newline bytes in `bytes[start, end)` at memchr speed. */
export function countNewlines(bytes: Buffer, start: number, end: number): number {
  let count = 0;
  let position = bytes.indexOf(10, start);
  while (position !== -1 && position < end) {
    count += 1;
    position = bytes.indexOf(10, position + 1);
  }
  return count;
}

/** The offset where the last `lines` whole lines before `end` begin. */
function startOfLastLines(bytes: Buffer, end: number, lines: number): number {
  let position = end;
  for (let index = 0; index < lines && position > 0; index += 1) {
    position = position >= 2 ? bytes.lastIndexOf(10, position - 2) + 1 : 0;
  }
  return position;
}
