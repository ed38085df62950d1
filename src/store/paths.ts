import { InvalidInputError } from '../errors.js';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a sync slug (1–64 chars of [a-z0-9-], no leading, trailing or double hyphen). */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 64 && slugPattern.test(value);
}

/** Validates a sync slug (1–64 chars of [a-z0-9-], no leading, trailing or double hyphen). */
export function validateSlug(slug: string): string {
  if (!isSlug(slug)) {
    throw new InvalidInputError(
      `invalid slug ${JSON.stringify(slug)}: use 1-64 characters of a-z, 0-9 and single inner hyphens`,
      { data: { slug } },
    );
  }
  return slug;
}

/**
 * Validates a store-relative path and returns it normalised (no leading `./`, no trailing `/`). Rejects absolute
 * paths, `..` and `.` segments, empty segments, NUL, backslashes, and every segment git itself would refuse or take
 * for `.git` on some file system (see gitNameProblem): a store never holds a nested repository.
 */
export function validateStorePath(path: string, what = 'path'): string {
  return checkPath(path, what, false);
}

/**
 * validateStorePath for a path the store is about to write or delete: it also refuses the files git reads from a
 * tree to decide how the repository behaves (`.gitmodules`, `.gitattributes`, in every spelling git folds to them),
 * so no writer can change how a clone of the store checks out or what `git fsck` makes of it.
 */
export function validateWritePath(path: string, what = 'path'): string {
  return checkPath(path, what, true);
}

function checkPath(path: string, what: string, writing: boolean): string {
  if (typeof path !== 'string' || path.length === 0) {
    throw new InvalidInputError(`${what} must not be empty`);
  }
  const reject = (reason: string): never => {
    throw new InvalidInputError(`invalid ${what} ${JSON.stringify(path)}: ${reason}`, { data: { path } });
  };
  const first = path.charCodeAt(0);
  if (first === slash || (path.charCodeAt(1) === colon && (first | 0x20) >= letterA && (first | 0x20) <= letterZ))
    reject('must be relative');
  // Tolerate a leading "./" and a trailing "/". One pass over the characters: this runs on every read and write.
  const start = first === dot && path.charCodeAt(1) === slash ? 2 : 0;
  let end = path.length;
  if (end - start > 1 && path.charCodeAt(end - 1) === slash) end -= 1;
  if (end <= start || (end - start === 1 && path.charCodeAt(start) === dot)) reject('names no file');
  let segment = start;
  for (let index = start; index <= end; index += 1) {
    const code = index === end ? slash : path.charCodeAt(index);
    if (code === 0) reject('contains NUL');
    if (code === backslash) reject('contains a backslash');
    if (code !== slash) continue;
    const length = index - segment;
    if (length === 0) reject('has an empty segment');
    const head = path.charCodeAt(segment);
    if (head === dot && (length === 1 || (length === 2 && path.charCodeAt(segment + 1) === dot)))
      reject('must not contain . or .. segments');
    // Only a name that starts with one of these can fold to a name git treats specially (see gitNameProblem).
    if (head === dot || head === space || head === tilde || head >= 0x80 || (head | 0x20) === letterG) {
      const problem = gitNameProblem(path.slice(segment, index), writing);
      if (problem) reject(problem);
    }
    segment = index + 1;
  }
  return start === 0 && end === path.length ? path : path.slice(start, end);
}

const slash = 0x2f;
const backslash = 0x5c;
const colon = 0x3a;
const dot = 0x2e;
const space = 0x20;
const tilde = 0x7e;
const letterG = 0x67;
const letterA = 0x61;
const letterZ = 0x7a;

/** Code points HFS+ ignores in names, so `.g\u200cit` is `.git` there (git's `is_hfs_dotgit`). */
const hfsIgnorable = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
const nonAscii = /[\u0080-\uffff]/;

/** The names git reads from a tree, with the prefix of their NTFS 8.3 fall-back short names (git's path.c). */
const gitFiles: ReadonlyArray<{ name: string; shortPrefix: string }> = [
  { name: 'gitmodules', shortPrefix: 'gi7eba' },
  { name: 'gitattributes', shortPrefix: 'gi7d29' },
];

/**
 * Why git would refuse `segment` in a path or read it as `.git` (or, when `writing`, as one of the files in
 * gitFiles), or null. The rules are git's `verify_path` and fsck rules, applied whatever the platform because a
 * store is cloned everywhere: case-insensitively; on NTFS trailing dots and spaces are dropped, anything from a colon
 * on names an alternate stream of the same file (`.git::$INDEX_ALLOCATION`), and `git~1` is the 8.3 short name of
 * `.git`; on HFS+ some zero-width code points are ignored. A leading space is dropped too (stricter than git).
 */
export function gitNameProblem(segment: string, writing = true): string | null {
  let name = segment;
  if (nonAscii.test(name)) {
    name = name.replace(hfsIgnorable, '');
    // git compares only ASCII here: a name with any other character left cannot fold to one of its names.
    if (nonAscii.test(name)) return null;
  }
  // NTFS drops leading spaces (stricter than git), trailing dots and spaces, and reads a colon as the start of a stream.
  const stream = name.indexOf(':');
  let start = 0;
  let end = stream === -1 ? name.length : stream;
  while (start < end && name.charCodeAt(start) === space) start += 1;
  for (let code = name.charCodeAt(end - 1); end > start && (code === dot || code === space); ) {
    end -= 1;
    code = name.charCodeAt(end - 1);
  }
  // .git, git~1, an 8.3 short name, .gitmodules, .gitattributes
  const length = end - start;
  if (length === 0) return 'a name of only dots and spaces (Windows would read it as another name)';
  if (length !== 4 && length !== 5 && length !== 8 && length !== 11 && length !== 14) return null;
  const base = name.slice(start, end).toLowerCase();
  if (base === '.git' || base === 'git~1')
    return 'a path must not reach into .git (in any spelling git would read as .git)';
  if (!writing) return null;
  for (const file of gitFiles) {
    if (base === `.${file.name}` || isShortName(base, file.name.slice(0, 6), file.shortPrefix)) {
      return `.${file.name} (in any spelling) is git's to read, not the store's to write`;
    }
  }
  return null;
}

/**
 * An NTFS 8.3 short name of `.<name>`: its first six letters and `~1`..`~4`, or the fall-back form (up to six letters
 * of `shortPrefix`, `~`, digits; eight characters in all), as git's `is_ntfs_dot_generic` reads them.
 */
function isShortName(base: string, firstSix: string, shortPrefix: string): boolean {
  if (base.length !== 8) return false;
  if (base.startsWith(firstSix) && /^~[1-4]$/.test(base.slice(6))) return true;
  const tilde = base.indexOf('~');
  if (tilde === -1 || tilde > 6) return false;
  return shortPrefix.startsWith(base.slice(0, tilde)) && /^~[1-9][0-9]*$/.test(base.slice(tilde));
}

/** Like validateStorePath but also accepts "" / "." for the store root. */
export function validateStoreDir(dir: string | undefined, what = 'folder'): string {
  if (dir === undefined || dir === '' || dir === '.' || dir === './') return '';
  return validateStorePath(dir, what);
}

/** The store paths that belong to one sync (DESIGN section 2). */
export function syncPaths(slug: string): {
  skill: string;
  handlerDir: string;
  syncJson: string;
  handler: string;
  mirrorPrefix: string;
  runtimeDir: string;
} {
  validateSlug(slug);
  return {
    skill: `skills/${slug}/SKILL.md`,
    handlerDir: `handlers/${slug}`,
    syncJson: `handlers/${slug}/sync.json`,
    handler: `handlers/${slug}/handler.js`,
    mirrorPrefix: `mirrors/${slug}/`,
    runtimeDir: `mirrors/${slug}/.sync`,
  };
}
