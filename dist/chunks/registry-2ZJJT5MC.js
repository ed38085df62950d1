import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  formatSyncJson,
  listSyncSlugs,
  loadSync,
  parseSyncJson,
  readHandlerSource,
  syncJsonSchema
} from "./chunk-B325YKMD.js";
import "./chunk-QRR2AGRQ.js";
import "./chunk-OLBI5X7L.js";
import "./chunk-E5QKV4CV.js";
import "./chunk-ACSXKUUB.js";
import "./chunk-GDF2W7QV.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-5O5R4X6N.js";
export {
  formatSyncJson,
  listSyncSlugs,
  loadSync,
  parseSyncJson,
  readHandlerSource,
  syncJsonSchema
};
