import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  documentFile,
  documentFromFile,
  documentFromRow,
  localKinds,
  rowFromDocument,
  validateContentPath
} from "../chunks/chunk-Y7TVAW6Z.js";
import "../chunks/chunk-SSEUZXBO.js";
import "../chunks/chunk-RR662ASG.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  documentFile,
  documentFromFile,
  documentFromRow,
  localKinds,
  rowFromDocument,
  validateContentPath
};
