import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);

// src/engine/logger.ts
var reservedKeys = /* @__PURE__ */ new Set(["at", "level", "event"]);
function createJsonLogger(write, clock = () => /* @__PURE__ */ new Date()) {
  const emit = (level) => (event, fields = {}) => {
    const line = { at: clock().toISOString(), level, event };
    for (const [key, value] of Object.entries(fields)) line[reservedKeys.has(key) ? `${key}_` : key] = value;
    write(JSON.stringify(line));
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
