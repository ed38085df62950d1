import { tool } from 'ai';
import { toSyncError } from '../errors.js';
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

/** AI SDK tools for a main agent: read_file, grep_file, list_files, list_skills over the store. */
export function createMirrorTools({ store }: MirrorToolsOptions) {
  const root = store.root;
  return {
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
