import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FilesCloud } from './cloud-client.js';
import { defaultTarballLimits, syncedFolders, type TarballLimits } from './rules.js';
import { createStaging, recoverStaging, removeStaging, swapIn } from './swap.js';
import { checkTarball, extractTarball, packTarball } from './tarball.js';
import { diffTrees, emptyTree, readLocalTree, type TreeDiff } from './tree.js';

/** What `files push` or `files pull` did (or, with `dryRun`, would do). */
export interface FilesSyncResult extends TreeDiff {
  direction: 'push' | 'pull';
  dryRun: boolean;
  /** The synced folders carried. */
  folders: string[];
  files: number;
  /** Uncompressed bytes of the files. */
  bytes: number;
  /** Size of the gzipped tarball (0 when none moved). */
  tarballBytes: number;
  /** Local paths left out of a push, with the reason. */
  skipped: string[];
  /** False when a push dry run or a pull found no tarball in the cloud. */
  cloudHasFiles: boolean;
}

/** How one run is asked to behave. */
export interface FilesSyncOptions {
  /** The folder holding skills/ handlers/ content/ config/ agents/ (the store). */
  root: string;
  cloud: FilesCloud;
  dryRun?: boolean;
  limits?: TarballLimits;
  /** Where temporary tarballs go (default: the system temp folder). */
  tempDir?: string;
}

async function withTemp<T>(options: FilesSyncOptions, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'syncagent-files-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `files push`: packs the synced folders present under `root` into a gzipped tarball and uploads
 * it, listing what it adds, changes and removes compared with the cloud copy (downloaded and
 * checked first). A dry run stops before packing: it uploads nothing.
 */
export async function pushFiles(options: FilesSyncOptions): Promise<FilesSyncResult> {
  const limits = options.limits ?? defaultTarballLimits;
  const dryRun = options.dryRun ?? false;
  const local = await readLocalTree(options.root, { hash: true, links: 'refuse' });
  return withTemp(options, async (dir) => {
    const remoteFile = join(dir, 'cloud.tar.gz');
    const cloudHasFiles = await options.cloud.download(remoteFile, limits.maxTarballBytes);
    // A cloud copy that fails the checks is only replaced, never read further.
    const remote = cloudHasFiles
      ? await checkTarball(remoteFile, limits).then(
          (checked) => checked.tree,
          () => emptyTree(),
        )
      : emptyTree();
    const result: FilesSyncResult = {
      direction: 'push',
      dryRun,
      folders: local.folders,
      files: local.tree.files.size,
      bytes: local.bytes,
      skipped: local.skipped,
      tarballBytes: 0,
      cloudHasFiles,
      ...diffTrees(remote, local.tree),
    };
    if (dryRun) return result;
    const file = join(dir, 'files.tar.gz');
    await packTarball(options.root, local, file);
    result.tarballBytes = (await options.cloud.upload(file)).bytes;
    return result;
  });
}

/**
 * `files pull`: downloads the cloud tarball, checks every entry (refusing the whole tarball at the
 * first bad one), extracts it into a fresh staging folder under `root` and swaps the synced folders
 * in. A dry run stops after the check and lists what would be added, changed and removed.
 */
export async function pullFiles(options: FilesSyncOptions): Promise<FilesSyncResult> {
  const limits = options.limits ?? defaultTarballLimits;
  const dryRun = options.dryRun ?? false;
  if (!dryRun) await recoverStaging(options.root);
  return withTemp(options, async (dir) => {
    const file = join(dir, 'cloud.tar.gz');
    const cloudHasFiles = await options.cloud.download(file, limits.maxTarballBytes);
    const before = (await readLocalTree(options.root, { hash: true, links: 'list' })).tree;
    if (!cloudHasFiles) {
      return {
        direction: 'pull',
        dryRun,
        folders: [],
        files: 0,
        bytes: 0,
        tarballBytes: 0,
        skipped: [],
        cloudHasFiles,
        added: [],
        changed: [],
        removed: [],
        unchanged: 0,
      };
    }
    const checked = await checkTarball(file, limits);
    const { size: tarballBytes } = await stat(file);
    const result: FilesSyncResult = {
      direction: 'pull',
      dryRun,
      folders: syncedFolders.filter((folder) => checked.folders.has(folder)),
      files: checked.tree.files.size,
      bytes: checked.bytes,
      tarballBytes,
      skipped: [],
      cloudHasFiles,
      ...diffTrees(before, checked.tree),
    };
    if (dryRun) return result;
    const staging = await createStaging(options.root);
    try {
      await extractTarball(file, staging.incoming, checked, limits);
      await swapIn(options.root, staging);
    } finally {
      await removeStaging(staging);
    }
    return result;
  });
}
