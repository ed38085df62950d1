import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { InvalidInputError } from '../errors.js';
import { newlineKernelBase64 } from './newline-kernel.generated.js';

/** Bytes read per chunk: large enough that per-read overhead vanishes, small enough to stay in cache. */
const chunkBytes = 8 * 1024 * 1024;
/** Each read buffer holds carried lines plus one chunk. */
const slotBytes = 2 * chunkBytes;
/** Files below this size are read into plain buffers of their own size. */
const smallFileBytes = 1024 * 1024;

let kernelModule: WebAssembly.Module | null = null;
/** Newline counters by the memory they count in (read buffers live inside WebAssembly memory). */
const kernels = new WeakMap<ArrayBufferLike, (pointer: number, length: number) => number>();

/**
 * Two read buffers inside one WebAssembly memory, so the SIMD kernel (newline-kernel.wat)
 * counts newlines in place: about 6x faster than a memchr loop from JavaScript, which is what
 * keeps line numbers cheap on big files. Arenas are pooled; the memory never grows, so the
 * buffer views stay valid.
 */
class Arena {
  readonly slots: [Buffer, Buffer];

  constructor() {
    kernelModule ??= new WebAssembly.Module(Buffer.from(newlineKernelBase64, 'base64'));
    const instance = new WebAssembly.Instance(kernelModule);
    const memory = instance.exports.memory as WebAssembly.Memory;
    memory.grow(Math.ceil((2 * slotBytes) / 65_536));
    kernels.set(memory.buffer, instance.exports.count as (pointer: number, length: number) => number);
    this.slots = [Buffer.from(memory.buffer, 0, slotBytes), Buffer.from(memory.buffer, slotBytes, slotBytes)];
  }
}

// Idle arenas kept for reuse: parallel reads (AI SDK and MCP tool calls) may create more, which are dropped after.
const maxIdleArenas = 2;
const freeArenas: Arena[] = [];

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
  const handle = await openNoFollow(path);
  const readInto = async (buffer: Buffer, offset: number): Promise<number> =>
    (await handle.read(buffer, offset, buffer.length - offset, null)).bytesRead;
  // A small file needs no 32 MiB arena (or the kernel compiled): two plain buffers of its size do.
  const { size } = await handle.stat();
  const arena = size < smallFileBytes ? null : (freeArenas.pop() ?? new Arena());
  let pending: Promise<number> = Promise.resolve(0);
  try {
    const buffers: Buffer[] = arena ? [...arena.slots] : [Buffer.allocUnsafe(size + 1), Buffer.allocUnsafe(size + 1)];
    let current = 0;
    let kept = 0; // bytes of already-seen context lines at the start of the buffer
    let carry = 0; // kept bytes plus an unfinished line carried from the previous window
    let firstLine = 1;
    pending = readInto(buffers[0] as Buffer, 0);
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
        // Only for lines of many megabytes: leave the arena for a plain, bigger buffer.
        buffers[next] = Buffer.allocUnsafe(nextCarry + chunkBytes);
      }
      buffer.copy(buffers[next] as Buffer, 0, keepFrom, filled);
      pending = eof ? Promise.resolve(0) : readInto(buffers[next] as Buffer, nextCarry);

      // The view ends where the window ends: a search past `end` would scan stale bytes of the whole buffer.
      const window: LineWindow = { bytes: buffer.subarray(0, end), bodyStart: kept, end, firstLine, last: eof };
      yield window;
      if (eof) return;
      firstLine += window.bodyNewlines ?? countNewlines(buffer, kept, end);
      kept = end - keepFrom;
      carry = nextCarry;
      current = next;
    }
  } finally {
    // A read may still be filling the other buffer when the caller stops early.
    await pending.catch(() => 0);
    if (arena && freeArenas.length < maxIdleArenas) freeArenas.push(arena);
    await handle.close();
  }
}

/**
 * O_NOFOLLOW where the platform has it (the read faces never read through a symbolic link), and O_NONBLOCK so that
 * opening a named pipe cannot hang (it has no effect on regular files).
 */
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a file for reading without following a symbolic link at its last segment (callers check the segments above
 * with lstat): a link swapped in after that check is refused here, not read.
 */
export async function openNoFollow(path: string): Promise<FileHandle> {
  try {
    return await open(path, openFlags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new InvalidInputError(`${path} is a symbolic link: the read faces do not follow links`, { cause: error });
    }
    throw error;
  }
}

/** Counts newline bytes in `bytes[start, end)`: SIMD in place for arena buffers, memchr otherwise. */
export function countNewlines(bytes: Buffer, start: number, stop: number): number {
  // The kernel reads memory directly: never past the view (the arena behind it holds stale bytes).
  const end = Math.min(stop, bytes.length);
  if (end <= start) return 0;
  const kernel = end - start >= 64 ? kernels.get(bytes.buffer) : undefined;
  if (kernel) return kernel(bytes.byteOffset + start, end - start);
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
