import { z } from 'zod';
import { defineAgentTool } from './agent-tool.js';

/** `skill_exists {}`: whether this sync already has its SKILL.md (in the run's view of the store). */
export const skillExistsTool = defineAgentTool({
  name: 'skill_exists',
  description: "Whether skills/<slug>/SKILL.md exists in this run's view of the store (write_skill creates it).",
  inputSchema: z.strictObject({}),
  execute: async (session): Promise<{ exists: boolean; path: string }> => ({
    exists: (await session.layer.size(session.paths.skill)) !== null,
    path: session.paths.skill,
  }),
  describe: (_input, result) => `${result.path} ${result.exists ? 'exists' : 'does not exist'}`,
});
