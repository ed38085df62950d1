import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  describeCommits
} from "../chunks/chunk-B665ZNWG.js";
import {
  createOctokitGitHub,
  readGitHubSettings,
  repositoryLinks
} from "../chunks/chunk-H3RBZL43.js";
import "../chunks/chunk-4QLGZQKG.js";
import {
  reviewBranch
} from "../chunks/chunk-55REYIYV.js";
import "../chunks/chunk-RSRQKNI7.js";
import {
  createJsonLogger
} from "../chunks/chunk-ZB2H5GVB.js";
import "../chunks/chunk-YXF6CNDQ.js";
import "../chunks/chunk-LKFTHDQR.js";
import "../chunks/chunk-IRASGJ2Y.js";
import "../chunks/chunk-EEJ2RHAQ.js";
import "../chunks/chunk-STW7HOZ4.js";
import "../chunks/chunk-3AWOR4T2.js";
import "../chunks/chunk-UVWUOZ5C.js";
import "../chunks/chunk-P5EA5Q7C.js";
import "../chunks/chunk-L2M3EPJ6.js";
import "../chunks/chunk-NSBACWOB.js";
import "../chunks/chunk-2FJUDYZR.js";
import {
  startBranch
} from "../chunks/chunk-62ZTRIEV.js";
import {
  openStore
} from "../chunks/chunk-TTA2RZG3.js";
import {
  parseAuthor
} from "../chunks/chunk-UAPUYYY3.js";
import "../chunks/chunk-SSEUZXBO.js";
import "../chunks/chunk-RR662ASG.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import {
  InvalidInputError
} from "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";

// src/cli/store-options.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
function storeOptions(context, options, rootOptions = {}) {
  const author = parseAuthor(context.env);
  return { root: storeRoot(context, options, rootOptions), author, env: context.env };
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
  install: async (deps, request) => (await import("./agent-sync-agent.js")).llmSyncAgent.install(deps, request)
};
async function cliEngineDeps(context, options, extra = {}) {
  const logger = cliLogger(context, Boolean(options.json));
  const { openStore: openStore2 } = await import("./store.js");
  const store = await openStore2({ ...storeOptions(context, options), logger });
  return {
    store,
    env: context.env,
    clock: () => /* @__PURE__ */ new Date(),
    logger,
    syncAgent: lazySyncAgent,
    ...extra
  };
}

// src/cli/github-deps.ts
async function cliGitHubDeps(context, options, env, extra = {}) {
  const settings = readGitHubSettings(env);
  const engine = await cliEngineDeps(context, options, { env, ...extra });
  const store = engine.store;
  const github = settings.token && settings.repository ? createOctokitGitHub({ token: settings.token, repository: settings.repository, apiUrl: settings.apiUrl }) : null;
  return {
    settings,
    store,
    engine,
    baseBranch: store.branch,
    openReviewBranch: async (slug, mode) => {
      const branch = reviewBranch(slug);
      await startBranch({ root: store.root, branch, mode, env });
      const branchStore = await openStore({ ...storeOptions(context, options), logger: engine.logger, branch });
      return { ...engine, store: branchStore };
    },
    github,
    describeCommits: (before, after) => describeCommits(store.root, before, after, env),
    links: repositoryLinks(settings)
  };
}
export {
  cliGitHubDeps
};
