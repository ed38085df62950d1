import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  llmSyncAgent
} from "./chunk-7M7TYNCF.js";
import "./chunk-XHRBHOYN.js";
import "./chunk-ZFW4EQ4H.js";
import "./chunk-VCF3OO3O.js";
import "./chunk-6TMAF5YY.js";
import "./chunk-6EE2BJYB.js";
import "./chunk-GQGRQMVN.js";
import "./chunk-JPRZCM43.js";
import "./chunk-BZ4OAV57.js";
import "./chunk-2OVSVRVZ.js";
import "./chunk-RR662ASG.js";
import "./chunk-IAENJBBH.js";
import "./chunk-BRVAQNWK.js";
import "./chunk-RXO6KAIR.js";
import "./chunk-OUFSQDXX.js";
import "./chunk-L2M3EPJ6.js";
import "./chunk-ABKUXN2E.js";
import "./chunk-B325YKMD.js";
import "./chunk-RJQ6WHIR.js";
import "./chunk-LKFTHDQR.js";
import "./chunk-BMREFUSN.js";
import "./chunk-D5RWULID.js";
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
  llmSyncAgent
};
