import { z } from 'zod';
import { grepMirror, type MirrorGrepResult } from '../mirror-view.js';
import { defineAgentTool } from './agent-tool.js';

/** `grep_mirror`: grep_file over the mirror, seeing this run's own writes. */
export const grepMirrorTool = defineAgentTool({
  name: 'grep_mirror',
  description:
    'Search the mirror files with a JavaScript regex, line by line, as this run left them; glob (relative to ' +
    'mirrors/<slug>/) narrows the files, e.g. "tickets/*.ndjson". Answers { file, line, match } records, capped at ' +
    'max_matches (default 100, truncated flag). Try the searches your SKILL.md will recommend.',
  inputSchema: z.strictObject({
    pattern: z.string().min(1).describe('JavaScript regular expression'),
    flags: z.string().optional().describe('any of i, s, u, m'),
    glob: z.string().optional().describe('only files matching this glob'),
    max_matches: z.number().int().min(1).max(10_000).optional(),
  }),
  execute: (session, input): Promise<MirrorGrepResult> => grepMirror(session.layer, session.paths.mirrorPrefix, input),
  describe: (input, result) =>
    `/${input.pattern}/${input.flags ?? ''}: ${result.matches.length}${result.truncated ? '+' : ''} matches in ${result.filesSearched} files`,
});
