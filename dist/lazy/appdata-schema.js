import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  parseTables,
  tableNames,
  tableSpecs
} from "../chunks/chunk-DK74QGNU.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  parseTables,
  tableNames,
  tableSpecs
};
