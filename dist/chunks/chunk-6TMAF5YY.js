import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  countNewlines,
  isBinary,
  lineWindows,
  resolveFile
} from "./chunk-6EE2BJYB.js";
import {
  InvalidInputError
} from "./chunk-4V3D2JW7.js";

// src/mirror/read-file.ts
var maxReadBytes = 64 * 1024;
async function readFile(root, options) {
  const offset = options.offset ?? 1;
  if (!Number.isInteger(offset) || offset < 1)
    throw new InvalidInputError(`offset must be an integer \u2265 1, got ${offset}`);
  if (options.limit !== void 0 && (!Number.isInteger(options.limit) || options.limit < 1)) {
    throw new InvalidInputError(`limit must be an integer \u2265 1, got ${options.limit}`);
  }
  const { relative, absolute } = await resolveFile(root, options.path);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const lines = [];
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
          data: { path: relative }
        });
      }
    }
    if (!window.last && lines.length === 0 && !truncated) {
      const newlines2 = countNewlines(bytes, bodyStart, end);
      if (window.firstLine + newlines2 <= offset) {
        window.bodyNewlines = newlines2;
        totalLines = window.firstLine - 1 + newlines2;
        continue;
      }
    } else if (!window.last && (lines.length >= limit || truncated)) {
      totalLines = window.firstLine - 1 + countNewlines(bytes, bodyStart, end);
      window.bodyNewlines = totalLines - window.firstLine + 1;
      continue;
    }
    let position = bodyStart;
    let line = window.firstLine;
    while (line < offset && position < end) {
      const newline = bytes.indexOf(10, position);
      if (newline === -1 || newline >= end) break;
      position = newline + 1;
      line += 1;
    }
    while (line >= offset && position < end && lines.length < limit && !truncated) {
      const newline = bytes.indexOf(10, position);
      const lineEnd = newline === -1 || newline >= end ? end : newline;
      let text = bytes.toString("utf8", position, lineEnd);
      if (text.endsWith("\r")) text = text.slice(0, -1);
      const cost = Buffer.byteLength(text) + 1;
      if (cost > budget) {
        truncated = true;
        if (lines.length > 0) break;
        text = `${sliceUtf8(text, budget)} \u2026 [line cut at 64 KiB]`;
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
    const newlines = line - window.firstLine + countNewlines(bytes, position, end);
    window.bodyNewlines = newlines;
    totalLines = window.firstLine - 1 + newlines;
    endsWithNewline = end === 0 || bytes[end - 1] === 10;
  }
  if (!endsWithNewline) totalLines += 1;
  const result = { path: relative, offset, lines, totalLines, truncated };
  if (truncated) {
    const next = offset + lines.length;
    result.hint = `output capped at 64 KiB: continue with offset ${next} (and a limit), or use grep_file to find lines`;
  } else if (offset > totalLines && totalLines > 0) {
    result.hint = `offset ${offset} is past the end: the file has ${totalLines} lines`;
  } else if (totalLines === 0) {
    result.hint = "the file is empty";
  }
  return result;
}
function withGutter(result) {
  const width = Math.max(6, String(result.offset + result.lines.length).length);
  return result.lines.map((line, index) => `${String(result.offset + index).padStart(width)}	${line}`).join("\n");
}
function sliceUtf8(text, maxBytes) {
  const bytes = Buffer.from(text, "utf8").subarray(0, maxBytes);
  return bytes.toString("utf8").replace(/\uFFFD$/, "");
}

export {
  maxReadBytes,
  readFile,
  withGutter
};
