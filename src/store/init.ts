import * as fs from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import git from 'isomorphic-git';
import { IoError } from '../errors.js';
import { type GitStore, type OpenStoreOptions, openStore } from './git-store.js';

/** The top-level folders of a store (DESIGN section 2). */
export const storeFolders = ['skills', 'handlers', 'mirrors'] as const;

/** What `initStore` did. */
export interface InitResult {
  store: GitStore;
  /** A new git repository was created. */
  createdRepository: boolean;
  /** Folders that were added (each keeps a `.gitkeep` so git tracks it). */
  addedFolders: string[];
  commit: string | null;
}

/** Lays out skills/ handlers/ mirrors/ in a git repository, creating the repository if needed. Idempotent. */
export async function initStore(options: OpenStoreOptions): Promise<InitResult> {
  const root = resolve(options.root);
  const gitdir = join(root, '.git');
  let createdRepository = false;
  if (!(await stat(gitdir).catch(() => null))) {
    try {
      await mkdir(root, { recursive: true });
      await git.init({ fs, dir: root, defaultBranch: 'main' });
    } catch (error) {
      throw new IoError(`cannot create a git repository in ${root}: ${(error as Error).message}`, { cause: error });
    }
    createdRepository = true;
  }
  const store = await openStore({ ...options, root });
  const result = await store.transact(
    async (tx) => {
      const added: string[] = [];
      for (const folder of storeFolders) {
        if ((await tx.list(folder)).length === 0) {
          tx.write(`${folder}/.gitkeep`, '');
          added.push(folder);
        }
      }
      return added;
    },
    { message: 'syncagent: init store' },
  );
  return { store, createdRepository, addedFolders: result.value, commit: result.commits[0]?.oid ?? null };
}
