import { mkdir, mkdtemp, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { syncedFolders } from './rules.js';

/*
 * Pulling replaces the synced folders with the tarball's. The tarball is extracted into a fresh
 * staging folder beside them (`<root>/.syncagent-pull-XXXXXX/new`, mode 0700, same file system),
 * then each folder is swapped in with a rename. A journal written before the first rename lets the
 * next pull finish a swap that a killed process left half done; a failure during the swap moves
 * back what was moved. Folders the tarball does not carry are removed (the pusher had none).
 */

const stagingPrefix = '.syncagent-pull-';

/** A staging folder for one pull: extract into `incoming`, then `swapIn`. */
export interface Staging {
  dir: string;
  incoming: string;
}

/** Creates a fresh staging folder under `root` (after finishing or clearing any a killed pull left). */
export async function createStaging(root: string): Promise<Staging> {
  await recoverStaging(root);
  const dir = await mkdtemp(join(root, stagingPrefix));
  const incoming = join(dir, 'new');
  await mkdir(incoming, { mode: 0o700 });
  return { dir, incoming };
}

/** Removes a staging folder and everything in it. */
export async function removeStaging(staging: Staging): Promise<void> {
  await rm(staging.dir, { recursive: true, force: true });
}

/** Written before the first rename: which synced folders the tarball brings (the others are removed). */
interface Journal {
  incoming: string[];
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

async function writeJournal(dir: string, journal: Journal): Promise<void> {
  const handle = await open(join(dir, 'swap.json'), 'wx');
  try {
    await handle.writeFile(JSON.stringify(journal));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Swaps the synced folders under `root` for those in `staging.incoming`: each present folder moves
 * to `<staging>/old`, each incoming one moves in. On an error the moves made are undone.
 */
export async function swapIn(root: string, staging: Staging): Promise<void> {
  const old = join(staging.dir, 'old');
  await mkdir(old);
  const incoming: string[] = [];
  for (const folder of syncedFolders) if (await exists(join(staging.incoming, folder))) incoming.push(folder);
  await writeJournal(staging.dir, { incoming });
  const done: Array<{ from: string; to: string }> = [];
  try {
    for (const folder of syncedFolders) {
      const current = join(root, folder);
      const next = join(staging.incoming, folder);
      if (await exists(current)) {
        await rename(current, join(old, folder));
        done.push({ from: current, to: join(old, folder) });
      }
      if (await exists(next)) {
        await rename(next, current);
        done.push({ from: next, to: current });
      }
    }
  } catch (error) {
    for (const move of done.reverse()) await rename(move.to, move.from).catch(() => undefined);
    throw error;
  }
}

/** Finishes (journal written: roll forward) or clears (no journal) what a killed pull left under `root`. */
export async function recoverStaging(root: string): Promise<void> {
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (!name.startsWith(stagingPrefix)) continue;
    const dir = join(root, name);
    const journalText = await readFile(join(dir, 'swap.json'), 'utf8').catch(() => null);
    if (journalText !== null) {
      const journal = JSON.parse(journalText) as Journal;
      const old = join(dir, 'old');
      await mkdir(old, { recursive: true });
      for (const folder of syncedFolders) {
        const current = join(root, folder);
        const next = join(dir, 'new', folder);
        const movedOut = await exists(join(old, folder));
        if (journal.incoming.includes(folder)) {
          // Still staged: the swap had not reached this folder yet.
          if (await exists(next)) {
            if (!movedOut && (await exists(current))) await rename(current, join(old, folder));
            await rename(next, current);
          }
        } else if (!movedOut && (await exists(current))) {
          await rename(current, join(old, folder));
        }
      }
    }
    await rm(dir, { recursive: true, force: true });
  }
}
