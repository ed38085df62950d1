import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  validateWritePath
} from "./chunk-GDF2W7QV.js";
import {
  InvalidInputError
} from "./chunk-4V3D2JW7.js";

// src/filesync/rules.ts
var syncedFolders = ["skills", "handlers", "content", "config", "agents"];
var defaultTarballLimits = {
  maxEntries: 5e4,
  maxBytes: 1024 * 1024 * 1024,
  maxTarballBytes: 256 * 1024 * 1024,
  maxDepth: 32,
  maxInflation: 1e3
};
function validateSyncedPath(path, maxDepth = defaultTarballLimits.maxDepth) {
  const trimmed = path.endsWith("/") ? path.slice(0, -1) : path;
  const normalised = validateWritePath(trimmed, "tarball entry");
  const segments = normalised.split("/");
  const first = segments[0];
  if (!syncedFolders.includes(first)) {
    throw new InvalidInputError(
      `tarball entry ${JSON.stringify(path)} is outside the synced folders (${syncedFolders.join(", ")})`,
      { data: { path } }
    );
  }
  if (segments.some((segment) => segment.toLowerCase() === ".git")) {
    throw new InvalidInputError(`tarball entry ${JSON.stringify(path)} reaches into a .git folder`, {
      data: { path }
    });
  }
  if (segments.length > maxDepth + 1) {
    throw new InvalidInputError(`tarball entry ${JSON.stringify(path)} is deeper than ${maxDepth} folders`, {
      data: { path }
    });
  }
  return normalised;
}

export {
  syncedFolders,
  defaultTarballLimits,
  validateSyncedPath
};
