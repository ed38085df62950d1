import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  createJsonLogger
} from "./chunk-JPRZCM43.js";
import {
  parseAuthor
} from "./chunk-QRR2AGRQ.js";
import {
  InvalidInputError
} from "./chunk-4V3D2JW7.js";

// src/cli/store-options.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
function storeOptions(context, options, rootOptions = {}) {
  const author = parseAuthor(context.env);
  return { root: storeRoot(context, options, rootOptions), author, env: context.env };
}
async function openCliStore(context, options) {
  const { openStore } = await import("./store-ZYKS5WCW.js");
  return openStore(storeOptions(context, options));
}
function storeRoot(context, options, { mustExist = true } = {}) {
  const root = resolve(context.cwd, options.store ?? ".");
  if (mustExist && options.store !== void 0) {
    const found = statSync(root, { throwIfNoEntry: false });
    if (!found) {
      throw new InvalidInputError(
        `--store: no such folder: ${root} (\`syncagent init --store ${options.store}\` creates a store)`,
        {
          data: { store: root }
        }
      );
    }
    if (!found.isDirectory()) throw new InvalidInputError(`--store: not a folder: ${root}`, { data: { store: root } });
  }
  return root;
}

// src/cli/engine-deps.ts
function cliLogger(context, json) {
  if (json) return createJsonLogger((line) => context.log(line));
  const emit = (level) => (event, fields = {}) => {
    const parts = Object.entries(fields).filter(([, value]) => value !== void 0).map(
      ([key, value]) => `${key}=${typeof value === "string" && !/\s/.test(value) ? value : JSON.stringify(value)}`
    );
    context.log(`${level === "info" ? "" : `${level}: `}${event} ${parts.join(" ")}`.trimEnd());
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
}
var lazySyncAgent = {
  install: async (deps, request) => (await import("./sync-agent-ASUKUM2I.js")).llmSyncAgent.install(deps, request)
};
async function cliEngineDeps(context, options, extra = {}) {
  const logger = cliLogger(context, Boolean(options.json));
  const { openStore } = await import("./store-ZYKS5WCW.js");
  const store = await openStore({ ...storeOptions(context, options), logger });
  return {
    store,
    env: context.env,
    clock: () => /* @__PURE__ */ new Date(),
    logger,
    syncAgent: lazySyncAgent,
    ...extra
  };
}

export {
  storeOptions,
  openCliStore,
  storeRoot,
  cliLogger,
  lazySyncAgent,
  cliEngineDeps
};
