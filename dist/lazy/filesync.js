import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  checkTarball,
  cloudSettings,
  createFilesCloud,
  defaultTarballLimits,
  diffTrees,
  extractTarball,
  filesApiPath,
  packTarball,
  pullFiles,
  pushFiles,
  readLocalTree,
  syncedFolders,
  validateSyncedPath
} from "../chunks/chunk-QU5R77OP.js";
import "../chunks/chunk-UAPUYYY3.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  checkTarball,
  cloudSettings,
  createFilesCloud,
  defaultTarballLimits,
  diffTrees,
  extractTarball,
  filesApiPath,
  packTarball,
  pullFiles,
  pushFiles,
  readLocalTree,
  syncedFolders,
  validateSyncedPath
};
