import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  checkTarball,
  cloudSettings,
  createFilesCloud,
  diffTrees,
  extractTarball,
  filesApiPath,
  packTarball,
  pullFiles,
  pushFiles,
  readLocalTree
} from "./chunk-GVAMUUW5.js";
import {
  defaultTarballLimits,
  syncedFolders,
  validateSyncedPath
} from "./chunk-5YPLNLOY.js";
import "./chunk-QRR2AGRQ.js";
import "./chunk-GDF2W7QV.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-5O5R4X6N.js";
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
