import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  latestVersion,
  migrate,
  migrations,
  requireCurrentSchema,
  schemaVersion
} from "./chunk-YIQNMHIX.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-5O5R4X6N.js";
export {
  latestVersion,
  migrate,
  migrations,
  requireCurrentSchema,
  schemaVersion
};
