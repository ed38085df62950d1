/** The git store: snapshots at HEAD, one-commit transactions, compare-and-swap publishing. */
export { defaultAuthor, GitStore, type OpenStoreOptions, openStore } from './git-store.js';
export { type InitResult, initStore, storeFolders } from './init.js';
export {
  gitNameProblem,
  syncPaths,
  validateSlug,
  validateStoreDir,
  validateStorePath,
  validateWritePath,
} from './paths.js';
export { GitCliRemote, type Remote, redact } from './remote.js';
export { decodeText } from './snapshot.js';
export { type StartBranchOptions, type StartedBranch, startBranch } from './start-branch.js';
export type {
  Author,
  CommitInfo,
  PathDifferences,
  Store,
  StoreEntry,
  StoreLogger,
  StoreReader,
  Transaction,
  TransactOptions,
  TransactResult,
} from './types.js';
