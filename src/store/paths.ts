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
 * Validates a store-relative path and returns it normalised (no leading `./`, single slashes).
 * Rejects absolute paths, `..`, NUL, backslashes, empty segments and anything inside `.git`.
 */
export function validateStorePath(path: string, what = 'path'): string {
  if (typeof path !== 'string' || path.length === 0) {
    throw new InvalidInputError(`${what} must not be empty`);
  }
  const reject = (reason: string): never => {
    throw new InvalidInputError(`invalid ${what} ${JSON.stringify(path)}: ${reason}`, { data: { path } });
  };
  if (path.includes('\0')) reject('contains NUL');
  if (path.includes('\\')) reject('contains a backslash');
  if (path.startsWith('/')) reject('must be relative');
  if (/^[A-Za-z]:/.test(path)) reject('must be relative');
  const segments = path.split('/').filter((segment, index, all) => {
    // tolerate a leading "./" and a trailing "/"
    if (segment === '.' && index === 0) return false;
    if (segment === '' && index === all.length - 1 && index > 0) return false;
    return true;
  });
  if (segments.length === 0) reject('names no file');
  for (const segment of segments) {
    if (segment === '') reject('has an empty segment');
    if (segment === '.' || segment === '..') reject('must not contain . or .. segments');
  }
  if (segments[0] === '.git') reject('must not reach into .git');
  return segments.join('/');
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
