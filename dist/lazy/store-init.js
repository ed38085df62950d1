import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  initStore,
  storeFolders
} from "../chunks/chunk-TTA2RZG3.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  initStore,
  storeFolders
};
