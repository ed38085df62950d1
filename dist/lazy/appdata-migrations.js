import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  latestVersion,
  migrate,
  migrations,
  requireCurrentSchema,
  schemaVersion
} from "../chunks/chunk-UR46ESSM.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  latestVersion,
  migrate,
  migrations,
  requireCurrentSchema,
  schemaVersion
};
