/** The git store: snapshots at HEAD, one-commit transactions, compare-and-swap publishing. */
export { defaultAuthor, GitStore, openStore, type OpenStoreOptions } from './git-store.js';
export { initStore, storeFolders, type InitResult } from './init.js';
export { syncPaths, validateSlug, validateStoreDir, validateStorePath } from './paths.js';
export { GitCliRemote, redact, type Remote } from './remote.js';
export { decodeText } from './snapshot.js';
export type { Author, CommitInfo, Store, StoreEntry, StoreReader, TransactOptions, TransactResult, Transaction } from './types.js';
