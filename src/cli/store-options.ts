import { resolve } from 'node:path';
import { parseAuthor } from '../config.js';
import type { Author, GitStore, OpenStoreOptions } from '../store/index.js';
import type { CliContext } from './context.js';

/** Store options from `--store` (default: the current directory) and SYNCAGENT_AUTHOR. */
export function storeOptions(context: CliContext, options: { store?: string }): OpenStoreOptions {
  const author: Author | undefined = parseAuthor(context.env);
  return { root: storeRoot(context, options), author, env: context.env };
}

/** Opens the store named by `--store` (the git store is loaded only by the commands that need it). */
export async function openCliStore(context: CliContext, options: { store?: string }): Promise<GitStore> {
  const { openStore } = await import('../store/index.js');
  return openStore(storeOptions(context, options));
}

/** The store's work tree from `--store` (default: the current directory); read commands and local sync need no git. */
export function storeRoot(context: CliContext, options: { store?: string }): string {
  return resolve(context.cwd, options.store ?? '.');
}
