import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  InvalidInputError
} from "./chunk-IMJX6225.js";

// src/store/paths.ts
var slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function isSlug(value) {
  return typeof value === "string" && value.length >= 1 && value.length <= 64 && slugPattern.test(value);
}
function validateSlug(slug) {
  if (!isSlug(slug)) {
    throw new InvalidInputError(
      `invalid slug ${JSON.stringify(slug)}: use 1-64 characters of a-z, 0-9 and single inner hyphens`,
      { data: { slug } }
    );
  }
  return slug;
}
function validateStorePath(path, what = "path") {
  return checkPath(path, what, false);
}
function validateWritePath(path, what = "path") {
  return checkPath(path, what, true);
}
function checkPath(path, what, writing) {
  if (typeof path !== "string" || path.length === 0) {
    throw new InvalidInputError(`${what} must not be empty`);
  }
  const reject = (reason) => {
    throw new InvalidInputError(`invalid ${what} ${JSON.stringify(path)}: ${reason}`, { data: { path } });
  };
  const first = path.charCodeAt(0);
  if (first === slash || path.charCodeAt(1) === colon && (first | 32) >= letterA && (first | 32) <= letterZ)
    reject("must be relative");
  const start = first === dot && path.charCodeAt(1) === slash ? 2 : 0;
  let end = path.length;
  if (end - start > 1 && path.charCodeAt(end - 1) === slash) end -= 1;
  if (end <= start || end - start === 1 && path.charCodeAt(start) === dot) reject("names no file");
  let segment = start;
  for (let index = start; index <= end; index += 1) {
    const code = index === end ? slash : path.charCodeAt(index);
    if (code === 0) reject("contains NUL");
    if (code === backslash) reject("contains a backslash");
    if (code !== slash) continue;
    const length = index - segment;
    if (length === 0) reject("has an empty segment");
    const head = path.charCodeAt(segment);
    if (head === dot && (length === 1 || length === 2 && path.charCodeAt(segment + 1) === dot))
      reject("must not contain . or .. segments");
    if (head === dot || head === space || head === tilde || head >= 128 || (head | 32) === letterG) {
      const problem = gitNameProblem(path.slice(segment, index), writing);
      if (problem) reject(problem);
    }
    segment = index + 1;
  }
  return start === 0 && end === path.length ? path : path.slice(start, end);
}
var slash = 47;
var backslash = 92;
var colon = 58;
var dot = 46;
var space = 32;
var tilde = 126;
var letterG = 103;
var letterA = 97;
var letterZ = 122;
var hfsIgnorable = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
var nonAscii = /[\u0080-\uffff]/;
var gitFiles = [
  { name: "gitmodules", shortPrefix: "gi7eba" },
  { name: "gitattributes", shortPrefix: "gi7d29" }
];
function gitNameProblem(segment, writing = true) {
  let name = segment;
  if (nonAscii.test(name)) {
    name = name.replace(hfsIgnorable, "");
    if (nonAscii.test(name)) return null;
  }
  const stream = name.indexOf(":");
  let start = 0;
  let end = stream === -1 ? name.length : stream;
  while (start < end && name.charCodeAt(start) === space) start += 1;
  for (let code = name.charCodeAt(end - 1); end > start && (code === dot || code === space); ) {
    end -= 1;
    code = name.charCodeAt(end - 1);
  }
  const length = end - start;
  if (length === 0) return "a name of only dots and spaces (Windows would read it as another name)";
  if (length !== 4 && length !== 5 && length !== 8 && length !== 11 && length !== 14) return null;
  const base = name.slice(start, end).toLowerCase();
  if (base === ".git" || base === "git~1")
    return "a path must not reach into .git (in any spelling git would read as .git)";
  if (!writing) return null;
  for (const file of gitFiles) {
    if (base === `.${file.name}` || isShortName(base, file.name.slice(0, 6), file.shortPrefix)) {
      return `.${file.name} (in any spelling) is git's to read, not the store's to write`;
    }
  }
  return null;
}
function isShortName(base, firstSix, shortPrefix) {
  if (base.length !== 8) return false;
  if (base.startsWith(firstSix) && /^~[1-4]$/.test(base.slice(6))) return true;
  const tilde2 = base.indexOf("~");
  if (tilde2 === -1 || tilde2 > 6) return false;
  return shortPrefix.startsWith(base.slice(0, tilde2)) && /^~[1-9][0-9]*$/.test(base.slice(tilde2));
}
function validateStoreDir(dir, what = "folder") {
  if (dir === void 0 || dir === "" || dir === "." || dir === "./") return "";
  return validateStorePath(dir, what);
}
function syncPaths(slug) {
  validateSlug(slug);
  return {
    skill: `skills/${slug}/SKILL.md`,
    handlerDir: `handlers/${slug}`,
    syncJson: `handlers/${slug}/sync.json`,
    handler: `handlers/${slug}/handler.js`,
    mirrorPrefix: `mirrors/${slug}/`,
    runtimeDir: `mirrors/${slug}/.sync`
  };
}

export {
  isSlug,
  validateSlug,
  validateStorePath,
  validateWritePath,
  gitNameProblem,
  validateStoreDir,
  syncPaths
};
