import { InvalidInputError } from '../errors.js';
import { validateWritePath } from '../store/paths.js';

/** The folders file sync carries (DESIGN section 8), in the order they are packed. */
export const syncedFolders = ['skills', 'handlers', 'content', 'config', 'agents'] as const;

/** Bounds on what a pull accepts (a hostile or broken tarball is refused whole). */
export interface TarballLimits {
  /** Most entries (files and folders) in one tarball. */
  maxEntries: number;
  /** Most bytes all files add up to, uncompressed. */
  maxBytes: number;
  /** Most bytes the compressed tarball may have. */
  maxTarballBytes: number;
  /** Most folder levels below the root. */
  maxDepth: number;
  /** Largest inflation the gzip stream may show (bytes out per byte in): beyond it is a gzip bomb. */
  maxInflation: number;
}

/** The default limits: room for a large agent config, refusing what no config folder looks like. */
export const defaultTarballLimits: TarballLimits = {
  maxEntries: 50_000,
  maxBytes: 1024 * 1024 * 1024,
  maxTarballBytes: 256 * 1024 * 1024,
  maxDepth: 32,
  maxInflation: 1000,
};

/**
 * Checks the path of one tarball entry (or local file) and returns it normalised (no `./`, no
 * trailing slash). Refused: anything the store refuses (absolute, `..`, NUL, backslash, empty
 * segments), a `.git` segment anywhere (a `.git/hooks/…` entry is an attack), a path outside the
 * synced folders, and paths deeper than `maxDepth`.
 */
export function validateSyncedPath(path: string, maxDepth = defaultTarballLimits.maxDepth): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  // The store's rules for a path it writes: no .git in any spelling git reads as one, no .gitmodules or .gitattributes.
  const normalised = validateWritePath(trimmed, 'tarball entry');
  const segments = normalised.split('/');
  const first = segments[0] as string;
  if (!(syncedFolders as readonly string[]).includes(first)) {
    throw new InvalidInputError(
      `tarball entry ${JSON.stringify(path)} is outside the synced folders (${syncedFolders.join(', ')})`,
      { data: { path } },
    );
  }
  if (segments.some((segment) => segment.toLowerCase() === '.git')) {
    throw new InvalidInputError(`tarball entry ${JSON.stringify(path)} reaches into a .git folder`, {
      data: { path },
    });
  }
  if (segments.length > maxDepth + 1) {
    throw new InvalidInputError(`tarball entry ${JSON.stringify(path)} is deeper than ${maxDepth} folders`, {
      data: { path },
    });
  }
  return normalised;
}
