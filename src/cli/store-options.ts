import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAuthor } from '../config.js';
import { InvalidInputError } from '../errors.js';
import type { Author, GitStore, OpenStoreOptions } from '../store/index.js';
import type { CliContext } from './context.js';

/** Whether the store folder must exist already (every command but init, serve --clone and files pull). */
export interface StoreRootOptions {
  mustExist?: boolean;
}

/** Store options from `--store` (default: the current directory) and SYNCAGENT_AUTHOR. */
export function storeOptions(
  context: CliContext,
  options: { store?: string },
  rootOptions: StoreRootOptions = {},
): OpenStoreOptions {
  const author: Author | undefined = parseAuthor(context.env);
  return { root: storeRoot(context, options, rootOptions), author, env: context.env };
}

/** Opens the store named by `--store` (the git store is loaded only by the commands that need it). */
export async function openCliStore(context: CliContext, options: { store?: string }): Promise<GitStore> {
  const { openStore } = await import('../store/index.js');
  return openStore(storeOptions(context, options));
}

/**
 * The store's work tree from `--store` (default: the current directory); read commands and local sync need no git.
 * A `--store` that does not exist is a clear error naming the flag (unless the command creates it).
 */
export function storeRoot(
  context: CliContext,
  options: { store?: string },
  { mustExist = true }: StoreRootOptions = {},
): string {
  const root = resolve(context.cwd, options.store ?? '.');
  if (mustExist && options.store !== undefined) {
    const found = statSync(root, { throwIfNoEntry: false });
    if (!found) {
      throw new InvalidInputError(
        `--store: no such folder: ${root} (\`syncagent init --store ${options.store}\` creates a store)`,
        {
          data: { store: root },
        },
      );
    }
    if (!found.isDirectory()) throw new InvalidInputError(`--store: not a folder: ${root}`, { data: { store: root } });
  }
  return root;
}
