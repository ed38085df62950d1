import { tool } from 'ai';
import { toSyncError } from '../errors.js';
import { callApiInput, callApiOperation } from './call-api.js';
import {
  grepFileInput,
  grepFileOperation,
  listFilesInput,
  listFilesOperation,
  listSkillsInput,
  listSkillsOperation,
  readFileInput,
  readFileOperation,
} from './operations.js';

/** What the tools read: a store work tree. */
export interface MirrorToolsOptions {
  store: { root: string };
  /** Adds call_api: one request through the gateway with a sync's account (DESIGN section 7). Off unless asked for. */
  api?: boolean;
  /** call_api's gateway settings (default: this process's environment) and transport. */
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
}

/** Errors go back to the model as data it can act on, not as exceptions that end the run. */
async function guarded<T>(body: () => Promise<T>): Promise<T | { error: { code: string; message: string } }> {
  try {
    return await body();
  } catch (error) {
    const syncError = toSyncError(error);
    if (syncError.code === 'internal') throw error;
    return { error: { code: syncError.code, message: syncError.message } };
  }
}

/** AI SDK tools for a main agent: read_file, grep_file, list_files, list_skills over the store (and call_api with `api`). */
export function createMirrorTools({ store, api, env, fetch }: MirrorToolsOptions) {
  const root = store.root;
  const callApi = api
    ? {
        call_api: tool({
          description:
            "Call a connected app's API for a sync (skills say which sync and which endpoints): one request through " +
            "the gateway with that sync's account, only to the hosts in its sync.json; the gateway adds credentials. " +
            'Use it for content the mirror leaves out and for api-only skills. Answers {status, headers, text, truncated} (text capped at 64 KiB).',
          inputSchema: callApiInput,
          execute: (input) =>
            guarded(() => callApiOperation(root, input, { env: env ?? process.env, ...(fetch ? { fetch } : {}) })),
        }),
      }
    : {};
  return {
    ...callApi,
    read_file: tool({
      description:
        'Read lines of a file in the syncagent store (skills, mirrors). Returns numbered lines; a read is capped at 64 KiB, so use offset/limit or grep_file for big files.',
      inputSchema: readFileInput,
      execute: (input) => guarded(() => readFileOperation(root, input)),
    }),
    grep_file: tool({
      description:
        'Search store files with a JavaScript regex. Give path for one file or prefix (+ glob) for a folder. Returns {file, line, match, before, after} records, capped (truncated flag).',
      inputSchema: grepFileInput,
      execute: (input) => guarded(() => grepFileOperation(root, input)),
    }),
    list_files: tool({
      description: 'List files in the store below a prefix, with sizes (recursive by default).',
      inputSchema: listFilesInput,
      execute: (input) => guarded(() => listFilesOperation(root, input)),
    }),
    list_skills: tool({
      description: 'List the skills in the store (skills/<slug>/SKILL.md) with their descriptions: start here.',
      inputSchema: listSkillsInput,
      execute: () => guarded(() => listSkillsOperation(root)),
    }),
  };
}
