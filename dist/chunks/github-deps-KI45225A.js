import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  cliEngineDeps,
  storeOptions
} from "./chunk-4LNUOSTW.js";
import {
  describeCommits
} from "./chunk-KKPC5UBA.js";
import {
  createOctokitGitHub,
  readGitHubSettings,
  repositoryLinks
} from "./chunk-FA6BRPEY.js";
import "./chunk-MXDEWCOR.js";
import {
  reviewBranch
} from "./chunk-YNPVKJLT.js";
import "./chunk-32SOR7O3.js";
import "./chunk-7B6VXX7Z.js";
import "./chunk-GQGRQMVN.js";
import "./chunk-JPRZCM43.js";
import "./chunk-BZ4OAV57.js";
import "./chunk-2OVSVRVZ.js";
import "./chunk-RR662ASG.js";
import "./chunk-IAENJBBH.js";
import "./chunk-BRVAQNWK.js";
import "./chunk-RXO6KAIR.js";
import "./chunk-OUFSQDXX.js";
import "./chunk-L2M3EPJ6.js";
import "./chunk-ABKUXN2E.js";
import "./chunk-B325YKMD.js";
import "./chunk-LKFTHDQR.js";
import "./chunk-QRR2AGRQ.js";
import "./chunk-OLBI5X7L.js";
import {
  startBranch
} from "./chunk-E5QKV4CV.js";
import {
  openStore
} from "./chunk-ACSXKUUB.js";
import "./chunk-GDF2W7QV.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-UVWUOZ5C.js";
import "./chunk-P5EA5Q7C.js";
import "./chunk-5O5R4X6N.js";

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
