import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  handleWebhook,
  handleWebhookBatch,
  isDeliveryId,
  maxWebhookBodyBytes,
  normalizeHeaders,
  prepareDelivery,
  readWebhookBodyFile,
  validateDeliveryId,
  verifySignature
} from "../chunks/chunk-IQMFVTLJ.js";
import "../chunks/chunk-73JNKSK2.js";
import "../chunks/chunk-UVWUOZ5C.js";
import "../chunks/chunk-P5EA5Q7C.js";
import "../chunks/chunk-L2M3EPJ6.js";
import "../chunks/chunk-NSBACWOB.js";
import "../chunks/chunk-2FJUDYZR.js";
import "../chunks/chunk-4AW73RCU.js";
import "../chunks/chunk-OYL5DR4Z.js";
import "../chunks/chunk-UAPUYYY3.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  handleWebhook,
  handleWebhookBatch,
  isDeliveryId,
  maxWebhookBodyBytes,
  normalizeHeaders,
  prepareDelivery,
  readWebhookBodyFile,
  validateDeliveryId,
  verifySignature
};
