import { z } from 'zod';
import { defineAgentTool } from './agent-tool.js';

/** `delete_sync {}`: drops everything this run wrote, to start over. */
export const deleteSyncTool = defineAgentTool({
  name: 'delete_sync',
  description:
    'Drop everything this run wrote (handler.js, sync.json, SKILL.md, mirror files, handler state) to start over ' +
    'from a clean slate. Nothing outside this sync is touched; nothing had been committed.',
  inputSchema: z.strictObject({}),
  execute: async (session): Promise<{ removed: string[] }> => {
    session.assertOpen();
    const removed = session.layer.changedPaths();
    session.layer.discard();
    await session.load();
    session.skill = null;
    session.handler = null;
    return { removed };
  },
  describe: (_input, result) => `dropped ${result.removed.length} paths`,
});
