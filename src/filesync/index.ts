/** Tarball file sync (DESIGN section 8): pack, check, extract and swap the synced folders; the cloud client. */
export {
  type CloudSettings,
  cloudSettings,
  createFilesCloud,
  type FilesCloud,
  filesApiPath,
} from './cloud-client.js';
export { type FilesSyncOptions, type FilesSyncResult, pullFiles, pushFiles } from './files-sync.js';
export { defaultTarballLimits, syncedFolders, type TarballLimits, validateSyncedPath } from './rules.js';
export { type CheckedTarball, checkTarball, extractTarball, packTarball } from './tarball.js';
export { diffTrees, type FileTree, readLocalTree, type TreeDiff } from './tree.js';
