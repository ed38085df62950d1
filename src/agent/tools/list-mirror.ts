import { z } from 'zod';
import { listMirror } from '../mirror-view.js';
import { defineAgentTool } from './agent-tool.js';

/** `list_mirror`: the mirror's files with sizes, as this run left them. */
export const listMirrorTool = defineAgentTool({
  name: 'list_mirror',
  description:
    'List the mirror files (relative to mirrors/<slug>/) below dir, recursively, with sizes in bytes, as this run ' +
    'left them. Check the layout: every file should stay under 64 KiB.',
  inputSchema: z.strictObject({
    dir: z.string().optional().describe('mirror-relative folder (default: the whole mirror)'),
  }),
  execute: (session, input) => listMirror(session.layer, session.paths.mirrorPrefix, input.dir),
  describe: (input, result) => {
    const bytes = result.files.reduce((total, file) => total + file.size, 0);
    const largest = result.files.reduce((most, file) => Math.max(most, file.size), 0);
    return `${input.dir ?? '.'}: ${result.files.length}${result.truncated ? '+' : ''} files, ${bytes} B (largest ${largest} B)`;
  },
});
