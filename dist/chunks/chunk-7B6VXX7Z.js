import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  InvalidInputError
} from "./chunk-4V3D2JW7.js";

// src/github/action-ref.ts
var defaultActionRef = "syncagent/syncagent@v0";
var actionRefPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*@[A-Za-z0-9_./-]+$/;
function validateActionRef(ref) {
  if (!actionRefPattern.test(ref) && !/^\.\/[A-Za-z0-9_./-]*$/.test(ref)) {
    throw new InvalidInputError(
      `--action-ref: expected owner/repo@ref (e.g. ${defaultActionRef}) or ./path, got ${JSON.stringify(ref)}`
    );
  }
  return ref;
}

export {
  defaultActionRef,
  validateActionRef
};
