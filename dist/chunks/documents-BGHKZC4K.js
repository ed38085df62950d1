import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  documentFile,
  documentFromFile,
  documentFromRow,
  localKinds,
  rowFromDocument,
  validateContentPath
} from "./chunk-Y3MAKL67.js";
import "./chunk-BZ4OAV57.js";
import "./chunk-RR662ASG.js";
import "./chunk-OLBI5X7L.js";
import "./chunk-GDF2W7QV.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-5O5R4X6N.js";
export {
  documentFile,
  documentFromFile,
  documentFromRow,
  localKinds,
  rowFromDocument,
  validateContentPath
};
