import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  GitCliRemote,
  gitFs,
  require_isomorphic_git,
  writeRefLocked
} from "./chunk-TTA2RZG3.js";
import {
  ConflictError,
  InvalidInputError
} from "./chunk-IMJX6225.js";
import {
  __toESM
} from "./chunk-5O5R4X6N.js";

// src/store/start-branch.ts
var import_isomorphic_git = __toESM(require_isomorphic_git(), 1);
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
async function startBranch(options) {
  const root = resolve(options.root);
  const gitdir = join(root, ".git");
  if (!(await stat(gitdir).catch(() => null))?.isDirectory()) {
    throw new InvalidInputError(
      `${root} is not a syncagent store (no git repository): run \`syncagent init\` there first`
    );
  }
  const checkedOut = await import_isomorphic_git.default.currentBranch({ fs: gitFs, dir: root, gitdir, fullname: false }) ?? "main";
  if (options.branch === checkedOut) throw new InvalidInputError(`branch ${options.branch} is the checked-out branch`);
  const remote = await openRemote(root, gitdir, options);
  const localTip = (ref) => import_isomorphic_git.default.resolveRef({ fs: gitFs, dir: root, gitdir, ref: `refs/heads/${ref}` }).catch(() => null);
  const setLocal = async (tip) => {
    await writeRefLocked(gitdir, `refs/heads/${options.branch}`, tip, async () => true);
  };
  if (!remote) {
    const current = await localTip(options.branch);
    if (options.mode === "continue" && current) return { branch: options.branch, tip: current, startedFrom: null };
    const base = await localTip(checkedOut);
    if (!base) throw emptyStore(checkedOut);
    await setLocal(base);
    return { branch: options.branch, tip: base, startedFrom: checkedOut };
  }
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const current = await remote.fetch(options.branch);
    if (options.mode === "continue" && current) {
      await setLocal(current);
      return { branch: options.branch, tip: current, startedFrom: null };
    }
    const base = await remote.fetch(checkedOut) ?? await localTip(checkedOut);
    if (!base) throw emptyStore(checkedOut);
    if (base === current || await remote.push(base, options.branch, current) === "ok") {
      await setLocal(base);
      return { branch: options.branch, tip: base, startedFrom: checkedOut };
    }
  }
  throw new ConflictError(`cannot start branch ${options.branch}: the remote kept moving it`);
}
async function openRemote(root, gitdir, options) {
  if (options.transport) return options.transport;
  if (options.remote === false) return null;
  const name = options.remote ?? "origin";
  const url = await import_isomorphic_git.default.getConfig({ fs: gitFs, dir: root, gitdir, path: `remote.${name}.url` });
  if (url) return new GitCliRemote(root, name, options.env ?? process.env);
  if (options.remote) throw new InvalidInputError(`the store has no remote named ${name}`);
  return null;
}
function emptyStore(branch) {
  return new InvalidInputError(`the store has no commit on ${branch} yet: run \`syncagent init\` first`);
}

export {
  startBranch
};
