import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);

// src/version.ts
var version = "0.1.0";

export {
  version
};
