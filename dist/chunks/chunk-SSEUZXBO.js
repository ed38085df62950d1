import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-RR662ASG.js";
import {
  InternalError,
  InvalidInputError
} from "./chunk-IMJX6225.js";
import {
  __toESM
} from "./chunk-5O5R4X6N.js";

// src/appdata/frontmatter.ts
var import_yaml = __toESM(require_dist(), 1);
var opening = /^---\r?\n/;
var closing = /^---[ \t]*(?:\r?\n|$)/m;
function parseMarkdown(text, file) {
  const { frontmatter, frontmatterSource, body } = parseMarkdownWithLines(text, file);
  return { frontmatter, frontmatterSource, body };
}
function parseMarkdownWithLines(text, file) {
  const split = splitFrontmatter(text, file);
  if (split === null) return { frontmatter: {}, frontmatterSource: null, body: text, lineOf: () => 1 };
  const parsed = parseFrontmatterYaml(split.yaml, file);
  return {
    frontmatter: parsed.data,
    frontmatterSource: split.source,
    body: text.slice(split.source.length),
    lineOf: parsed.lineOf
  };
}
function renderMarkdown(document) {
  const source = document.frontmatterSource;
  const stored = source === null ? void 0 : tryParseSource(source);
  if (source !== null && stored !== void 0 && jsonEqual(stored, document.frontmatter)) return source + document.body;
  const empty = Object.keys(document.frontmatter).length === 0;
  if (empty && !opening.test(document.body)) return document.body;
  return renderFrontmatter(orderLike(document.frontmatter, stored)) + document.body;
}
function renderFrontmatter(data) {
  if (Object.keys(data).length === 0) return "---\n---\n";
  const yaml = (0, import_yaml.stringify)(data, {
    lineWidth: 0,
    minContentWidth: 0,
    blockQuote: "literal",
    aliasDuplicateObjects: false
  });
  const block = `---
${yaml}---
`;
  const back = tryParseSource(block);
  if (back === void 0 || !jsonEqual(back, data)) {
    throw new InternalError(new Error(`frontmatter export does not round-trip: ${JSON.stringify(data)}`));
  }
  return block;
}
function jsonEqual(left, right) {
  if (left === right) return true;
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => jsonEqual(item, right[index]));
  }
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every(
    (key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key])
  );
}
function splitFrontmatter(text, file) {
  const open = opening.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) {
    throw new InvalidInputError(`${file}:1: frontmatter is not closed: add a line with --- after it`, {
      data: { file, line: 1 }
    });
  }
  return { source: text.slice(0, open[0].length + close.index + close[0].length), yaml: rest.slice(0, close.index) };
}
function parseFrontmatterYaml(yaml, file) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const fileLine = (offset) => offset === void 0 ? 1 : lineCounter.linePos(offset).line + 1;
  const fail = (line, message) => {
    throw new InvalidInputError(`${file}:${line}: invalid frontmatter: ${message}`, { data: { file, line } });
  };
  const error = document.errors[0];
  if (error) fail(fileLine(error.pos[0]), firstLine(error.message));
  const lineOf = (path) => {
    const node = document.getIn(path, true);
    if (node?.range) return fileLine(node.range[0]);
    return path.length > 1 ? lineOf(path.slice(0, -1)) : 1;
  };
  let value;
  try {
    value = document.toJS({ maxAliasCount: 1e3 });
  } catch (cause) {
    fail(1, cause instanceof Error ? firstLine(cause.message) : String(cause));
  }
  if (value === null || value === void 0) return { data: {}, lineOf };
  if (typeof value !== "object" || Array.isArray(value)) fail(2, "expected a mapping of keys to values");
  const problem = findNonJson(value, []);
  if (problem) fail(lineOf(problem.path), `${problem.path.join(".") || "value"}: ${problem.reason}`);
  return { data: value, lineOf };
}
function findNonJson(value, path) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return void 0;
  if (typeof value === "number") return Number.isFinite(value) ? void 0 : { path, reason: "numbers must be finite" };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findNonJson(item, [...path, index]);
      if (problem) return problem;
    }
    return void 0;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const problem = findNonJson(item, [...path, key]);
      if (problem) return problem;
    }
    return void 0;
  }
  const kind = value instanceof Date ? "a timestamp" : typeof value === "object" ? "a tagged value" : typeof value;
  return { path, reason: `${kind} cannot be stored; quote it as a string` };
}
function tryParseSource(source) {
  try {
    const split = splitFrontmatter(source, "frontmatter");
    return split === null ? void 0 : parseFrontmatterYaml(split.yaml, "frontmatter").data;
  } catch {
    return void 0;
  }
}
function orderLike(value, template) {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const items = Array.isArray(template) ? template : [];
    return value.map((item, index) => orderLike(item, items[index]));
  }
  const previous = typeof template === "object" && template !== null && !Array.isArray(template) ? template : {};
  const keys = [
    ...Object.keys(previous).filter((key) => Object.hasOwn(value, key)),
    ...Object.keys(value).filter((key) => !Object.hasOwn(previous, key))
  ];
  const ordered = {};
  for (const key of keys) {
    Object.defineProperty(ordered, key, {
      value: orderLike(value[key], previous[key]),
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return ordered;
}
function firstLine(text) {
  return text.split("\n")[0]?.trim() ?? text;
}

export {
  parseMarkdown,
  parseMarkdownWithLines,
  renderMarkdown
};
