import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  agentModes,
  connectFromRequest,
  connectRequestSchema,
  connectRequestSources,
  parseConnectRequest,
  reviewModes
} from "./chunk-2OVSVRVZ.js";
import "./chunk-RR662ASG.js";
import "./chunk-IAENJBBH.js";
import "./chunk-BRVAQNWK.js";
import "./chunk-OUFSQDXX.js";
import "./chunk-L2M3EPJ6.js";
import "./chunk-ABKUXN2E.js";
import "./chunk-B325YKMD.js";
import "./chunk-QRR2AGRQ.js";
import "./chunk-OLBI5X7L.js";
import "./chunk-E5QKV4CV.js";
import "./chunk-ACSXKUUB.js";
import "./chunk-GDF2W7QV.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-UVWUOZ5C.js";
import "./chunk-P5EA5Q7C.js";
import "./chunk-5O5R4X6N.js";
export {
  agentModes,
  connectFromRequest,
  connectRequestSchema,
  connectRequestSources,
  parseConnectRequest,
  reviewModes
};
