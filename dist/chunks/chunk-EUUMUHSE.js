import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);

// src/engine/logger.ts
function createJsonLogger(write, clock = () => /* @__PURE__ */ new Date()) {
  const emit = (level) => (event, fields = {}) => {
    write(JSON.stringify({ at: clock().toISOString(), level, event, ...fields }));
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
}
var silentLogger = { info: () => {
}, warn: () => {
}, error: () => {
} };

export {
  createJsonLogger,
  silentLogger
};
