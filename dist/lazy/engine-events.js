import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  deleteSync,
  exec,
  handlerExports,
  poll,
  recordRenewal,
  renew,
  renewDue,
  schedulePoll,
  tick,
  webhookEvent,
  webhookExpiry
} from "../chunks/chunk-EEJ2RHAQ.js";
import {
  syncStatus
} from "../chunks/chunk-STW7HOZ4.js";
import "../chunks/chunk-3AWOR4T2.js";
import "../chunks/chunk-UVWUOZ5C.js";
import "../chunks/chunk-P5EA5Q7C.js";
import "../chunks/chunk-L2M3EPJ6.js";
import "../chunks/chunk-NSBACWOB.js";
import "../chunks/chunk-2FJUDYZR.js";
import "../chunks/chunk-62ZTRIEV.js";
import "../chunks/chunk-TTA2RZG3.js";
import "../chunks/chunk-UAPUYYY3.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  deleteSync,
  exec,
  handlerExports,
  poll,
  recordRenewal,
  renew,
  renewDue,
  schedulePoll,
  syncStatus,
  tick,
  webhookEvent,
  webhookExpiry
};
