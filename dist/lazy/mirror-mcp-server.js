import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  createMcpServer,
  serveMcpOverStdio
} from "../chunks/chunk-KBVXJHDN.js";
import "../chunks/chunk-D5RWULID.js";
import "../chunks/chunk-LKFTHDQR.js";
import "../chunks/chunk-2FJUDYZR.js";
import "../chunks/chunk-62ZTRIEV.js";
import "../chunks/chunk-TTA2RZG3.js";
import "../chunks/chunk-UAPUYYY3.js";
import "../chunks/chunk-SSEUZXBO.js";
import "../chunks/chunk-RR662ASG.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";
export {
  createMcpServer,
  serveMcpOverStdio
};
