import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  startBranch
} from "./chunk-E5QKV4CV.js";
import {
  GitCliRemote,
  GitStore,
  decodeText,
  defaultAuthor,
  initStore,
  openStore,
  redact,
  storeFolders
} from "./chunk-ACSXKUUB.js";
import {
  gitNameProblem,
  syncPaths,
  validateSlug,
  validateStoreDir,
  validateStorePath,
  validateWritePath
} from "./chunk-GDF2W7QV.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-5O5R4X6N.js";
export {
  GitCliRemote,
  GitStore,
  decodeText,
  defaultAuthor,
  gitNameProblem,
  initStore,
  openStore,
  redact,
  startBranch,
  storeFolders,
  syncPaths,
  validateSlug,
  validateStoreDir,
  validateStorePath,
  validateWritePath
};
