import { z } from 'zod';
import { type MirrorReadResult, readMirror } from '../mirror-view.js';
import { defineAgentTool } from './agent-tool.js';

/** `read_mirror`: read_file relative to the mirror prefix, seeing this run's own writes. */
export const readMirrorTool = defineAgentTool({
  name: 'read_mirror',
  description:
    "Read lines of a mirror file (path relative to mirrors/<slug>/), as this run's handler left it. Numbered lines; " +
    'one answer is capped at 64 KiB (use offset/limit, or grep_mirror). Use it to check what backfill wrote.',
  inputSchema: z.strictObject({
    path: z.string().min(1).describe('mirror-relative path, e.g. index.json or tickets/open.ndjson'),
    offset: z.number().int().min(1).optional().describe('first line, 1-based'),
    limit: z.number().int().min(1).optional().describe('how many lines'),
  }),
  execute: (session, input): Promise<MirrorReadResult> => readMirror(session.layer, session.paths.mirrorPrefix, input),
  describe: (input, result) =>
    `${input.path}: lines ${result.offset}-${result.offset + Math.max(0, result.lines.length - 1)} of ${result.totalLines}${result.truncated ? ' (truncated)' : ''}`,
});
