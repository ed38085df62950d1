import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  parseTables,
  tableNames,
  tableSpecs
} from "./chunk-Q4QQXJBQ.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-5O5R4X6N.js";
export {
  parseTables,
  tableNames,
  tableSpecs
};
