import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  startBranch
} from "../chunks/chunk-62ZTRIEV.js";
import {
  GitCliRemote,
  GitStore,
  decodeText,
  defaultAuthor,
  initStore,
  openStore,
  redact,
  storeFolders
} from "../chunks/chunk-TTA2RZG3.js";
import {
  gitNameProblem,
  syncPaths,
  validateSlug,
  validateStoreDir,
  validateStorePath,
  validateWritePath
} from "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
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
