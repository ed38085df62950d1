import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  validateStoreDir,
  validateStorePath
} from "./chunk-GDF2W7QV.js";
import {
  InvalidInputError,
  IoError
} from "./chunk-4V3D2JW7.js";

// src/mirror/files.ts
import { lstat, readdir } from "node:fs/promises";
import { extname, join } from "node:path";
var textExtensions = /* @__PURE__ */ new Set([".ndjson", ".jsonl", ".json", ".md"]);
var sniffBytes = 8e3;
function isBinary(path, bytes) {
  if (textExtensions.has(extname(path).toLowerCase())) return false;
  const end = Math.min(bytes.length, sniffBytes);
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0) return true;
  return false;
}
var hfsIgnorable = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
function isGitFolderName(name) {
  const folded = name.replace(hfsIgnorable, "").toLowerCase();
  return folded.replace(/[. ]+$/, "") === ".git" || /^git~\d+$/.test(folded);
}
async function inspectPath(root, path, what = "path") {
  const relative = validateStorePath(path, what);
  const segments = relative.split("/");
  let stats;
  for (let index = 0; index < segments.length; index += 1) {
    const walked = segments.slice(0, index + 1).join("/");
    if (isGitFolderName(segments[index])) {
      throw new InvalidInputError(`${what} ${relative} reaches into git's own folder (${walked}): it is not readable`, {
        data: { path: relative }
      });
    }
    try {
      stats = await lstat(join(root, walked));
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") {
        throw new InvalidInputError(`no such ${what === "prefix" ? "folder" : "file"} in the store: ${relative}`, {
          data: { path: relative }
        });
      }
      throw new IoError(`cannot open ${relative}: ${error.message}`, { cause: error });
    }
    if (stats.isSymbolicLink()) {
      throw new InvalidInputError(
        `${what} ${relative} goes through a symbolic link (${walked}): the read faces do not follow links`,
        { data: { path: relative, link: walked } }
      );
    }
  }
  return { relative, absolute: join(root, relative), stats };
}
async function resolveFile(root, path) {
  const { relative, absolute, stats } = await inspectPath(root, path);
  if (stats.isDirectory()) {
    throw new InvalidInputError(`${relative} is a folder: use list_files, or grep_file with a prefix`, {
      data: { path: relative }
    });
  }
  if (!stats.isFile()) {
    throw new InvalidInputError(`${relative} is not a regular file`, { data: { path: relative } });
  }
  return { relative, absolute };
}
async function entriesOf(root, dir) {
  try {
    return await readdir(join(root, dir), { withFileTypes: true });
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new IoError(`cannot list ${dir || "."}: ${error.message}`, { cause: error });
  }
}
function childPath(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
async function walkStart(root, prefix) {
  const start = validateStoreDir(prefix, "prefix");
  if (start === "") return { start, file: null };
  const { stats } = await inspectPath(root, start, "prefix");
  if (stats.isFile()) return { start, file: stats };
  if (!stats.isDirectory()) throw new InvalidInputError(`prefix ${start} is not a folder or a regular file`);
  return { start, file: null };
}
function isWalkedFolder(entry) {
  return entry.isDirectory() && !isGitFolderName(entry.name);
}
async function walkPaths(root, prefix) {
  const { start, file } = await walkStart(root, prefix);
  if (file) return [start];
  const found = [];
  const visit = async (dir) => {
    for (const entry of await entriesOf(root, dir) ?? []) {
      const path = childPath(dir, entry.name);
      if (isWalkedFolder(entry)) await visit(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  await visit(start);
  return found.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
async function walkFiles(root, prefix) {
  const found = [];
  for (const path of await walkPaths(root, prefix)) found.push({ path, size: (await lstat(join(root, path))).size });
  return found;
}
async function listLevel(root, prefix) {
  const { start, file } = await walkStart(root, prefix);
  if (file) return [{ path: start, type: "file", size: file.size }];
  const holdsFile = async (dir) => {
    for (const entry of await entriesOf(root, dir) ?? []) {
      if (entry.isFile()) return true;
      if (isWalkedFolder(entry) && await holdsFile(childPath(dir, entry.name))) return true;
    }
    return false;
  };
  const out = [];
  for (const entry of await entriesOf(root, start) ?? []) {
    const path = childPath(start, entry.name);
    if (entry.isFile()) out.push({ path, type: "file", size: (await lstat(join(root, path))).size });
    else if (isWalkedFolder(entry) && await holdsFile(path)) out.push({ path, type: "dir" });
  }
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/mirror/line-windows.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";

// src/mirror/newline-kernel.generated.ts
var newlineKernelBase64 = "AGFzbQEAAAABBwFgAn9/AX8DAgEABQYBAQGAgAQHEgIGbWVtb3J5AgAFY291bnQAAArJAQHGAQQDfwF7AX8Be0EK/Q8hByAAIAFqIQIgACABQXBxaiEDAkADQCAAIANPDQH9DAAAAAAAAAAAAAAAAAAAAAAhBUEAIQYCQANAIAAgA08NASAGQf8BRg0BIAUgAP0ABAAgB/0j/XEhBSAAQRBqIQAgBkEBaiEGDAALCyAF/X39fyEFIAQgBf0bACAF/RsBaiAF/RsCIAX9GwNqamohBAwACwsCQANAIAAgAk8NASAEIAAtAABBCkZqIQQgAEEBaiEADAALCyAECw==";

// src/mirror/line-windows.ts
var chunkBytes = 8 * 1024 * 1024;
var slotBytes = 2 * chunkBytes;
var smallFileBytes = 1024 * 1024;
var kernelModule = null;
var kernels = /* @__PURE__ */ new WeakMap();
var Arena = class {
  slots;
  constructor() {
    kernelModule ??= new WebAssembly.Module(Buffer.from(newlineKernelBase64, "base64"));
    const instance = new WebAssembly.Instance(kernelModule);
    const memory = instance.exports.memory;
    memory.grow(Math.ceil(2 * slotBytes / 65536));
    kernels.set(memory.buffer, instance.exports.count);
    this.slots = [Buffer.from(memory.buffer, 0, slotBytes), Buffer.from(memory.buffer, slotBytes, slotBytes)];
  }
};
var maxIdleArenas = 2;
var freeArenas = [];
async function* lineWindows(path, keepLines = 0) {
  const handle = await openNoFollow(path);
  const readInto = async (buffer, offset) => (await handle.read(buffer, offset, buffer.length - offset, null)).bytesRead;
  const { size } = await handle.stat();
  const arena = size < smallFileBytes ? null : freeArenas.pop() ?? new Arena();
  let pending = Promise.resolve(0);
  try {
    const buffers = arena ? [...arena.slots] : [Buffer.allocUnsafe(size + 1), Buffer.allocUnsafe(size + 1)];
    let current = 0;
    let kept = 0;
    let carry = 0;
    let firstLine = 1;
    pending = readInto(buffers[0], 0);
    for (; ; ) {
      let buffer = buffers[current];
      let filled = carry + await pending;
      let eof = filled === carry;
      let lastNewline = buffer.lastIndexOf(10, filled - 1);
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
      const keepFrom = startOfLastLines(buffer, end, keepLines);
      const nextCarry = filled - keepFrom;
      const next = 1 - current;
      if (buffers[next].length < nextCarry + chunkBytes) {
        buffers[next] = Buffer.allocUnsafe(nextCarry + chunkBytes);
      }
      buffer.copy(buffers[next], 0, keepFrom, filled);
      pending = eof ? Promise.resolve(0) : readInto(buffers[next], nextCarry);
      const window = { bytes: buffer.subarray(0, end), bodyStart: kept, end, firstLine, last: eof };
      yield window;
      if (eof) return;
      firstLine += window.bodyNewlines ?? countNewlines(buffer, kept, end);
      kept = end - keepFrom;
      carry = nextCarry;
      current = next;
    }
  } finally {
    await pending.catch(() => 0);
    if (arena && freeArenas.length < maxIdleArenas) freeArenas.push(arena);
    await handle.close();
  }
}
var openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
async function openNoFollow(path) {
  try {
    return await open(path, openFlags);
  } catch (error) {
    if (error.code === "ELOOP") {
      throw new InvalidInputError(`${path} is a symbolic link: the read faces do not follow links`, { cause: error });
    }
    throw error;
  }
}
function countNewlines(bytes, start, stop) {
  const end = Math.min(stop, bytes.length);
  if (end <= start) return 0;
  const kernel = end - start >= 64 ? kernels.get(bytes.buffer) : void 0;
  if (kernel) return kernel(bytes.byteOffset + start, end - start);
  let count = 0;
  let position = bytes.indexOf(10, start);
  while (position !== -1 && position < end) {
    count += 1;
    position = bytes.indexOf(10, position + 1);
  }
  return count;
}
function startOfLastLines(bytes, end, lines) {
  let position = end;
  for (let index = 0; index < lines && position > 0; index += 1) {
    position = position >= 2 ? bytes.lastIndexOf(10, position - 2) + 1 : 0;
  }
  return position;
}

export {
  isBinary,
  isGitFolderName,
  resolveFile,
  walkPaths,
  walkFiles,
  listLevel,
  lineWindows,
  openNoFollow,
  countNewlines
};
