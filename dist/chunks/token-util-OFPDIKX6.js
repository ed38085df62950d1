import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  require_token_util
} from "./chunk-RJQ6WHIR.js";
import "./chunk-5O5R4X6N.js";
export default require_token_util();
