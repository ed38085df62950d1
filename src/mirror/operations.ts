import { z } from 'zod';
import { validateStoreDir } from '../store/paths.js';
import { type LevelEntry, listLevel, walkFiles } from './files.js';
import { type GrepFileResult, grepFile } from './grep-file.js';
import { type ReadFileResult, readFile, withGutter } from './read-file.js';
import { listSkills, type SkillSummary } from './skills.js';

// One implementation behind every face (library, CLI, AI SDK tools, MCP): these schemas and
// functions. Tool inputs use the snake_case names of DESIGN section 6.

/** Input of read_file. */
export const readFileInput = z.object({
  path: z.string().describe('store-relative file path, e.g. mirrors/dropbox/index.json'),
  offset: z.number().int().min(1).optional().describe('first line to return, 1-based (default 1)'),
  limit: z.number().int().min(1).optional().describe('how many lines to return'),
});

/** Input of grep_file. */
export const grepFileInput = z.object({
  pattern: z.string().describe('JavaScript regular expression, matched against each line'),
  path: z.string().optional().describe('one file to search'),
  prefix: z.string().optional().describe('search every file below this folder instead (e.g. mirrors/dropbox)'),
  glob: z.string().optional().describe('with prefix: only files matching this glob, e.g. *.ndjson'),
  flags: z.string().optional().describe('regex flags: any of i (ignore case), s, u, m'),
  context_lines: z.number().int().min(0).max(100).optional().describe('lines of context before and after each match'),
  max_matches: z.number().int().min(1).max(10_000).optional().describe('stop after this many matches (default 100)'),
});

/** Input of list_files. */
export const listFilesInput = z.object({
  prefix: z.string().optional().describe('folder to list (default: the whole store)'),
  recursive: z.boolean().optional().describe('list every file below the folder (default true)'),
});

/** Input of list_skills. */
export const listSkillsInput = z.object({});

/** The most entries list_files returns. */
export const maxListedFiles = 2000;

/** read_file as the agent faces see it: the result plus the lines with a gutter. */
export async function readFileOperation(
  root: string,
  input: z.infer<typeof readFileInput>,
): Promise<ReadFileResult & { content: string }> {
  const result = await readFile(root, input);
  return { ...result, content: withGutter(result) };
}

/** grep_file with snake_case input. */
export function grepFileOperation(root: string, input: z.infer<typeof grepFileInput>): Promise<GrepFileResult> {
  return grepFile(root, {
    pattern: input.pattern,
    path: input.path,
    prefix: input.prefix,
    glob: input.glob,
    flags: input.flags,
    contextLines: input.context_lines,
    maxMatches: input.max_matches,
  });
}

/** list_files: files (and, when not recursive, folders) below a prefix, with sizes. */
export async function listFilesOperation(
  root: string,
  input: z.infer<typeof listFilesInput>,
): Promise<{ files: Array<{ path: string; type: 'file' | 'dir'; size?: number }>; truncated: boolean }> {
  const prefix = validateStoreDir(input.prefix, 'prefix');
  const entries: LevelEntry[] =
    input.recursive === false
      ? await listLevel(root, prefix)
      : (await walkFiles(root, prefix)).map((file) => ({ path: file.path, type: 'file' as const, size: file.size }));
  return { files: entries.slice(0, maxListedFiles), truncated: entries.length > maxListedFiles };
}

/** list_skills: every skill in the store with its description. */
export async function listSkillsOperation(root: string): Promise<{ skills: SkillSummary[] }> {
  return { skills: await listSkills(root) };
}
