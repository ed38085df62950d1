import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { maxSkillDescriptionChars, renderSkillFile } from '../skill-file.js';
import { defineAgentTool } from './agent-tool.js';

/** Largest SKILL.md body accepted: one read_file of the main agent. */
const maxBodyBytes = 60 * 1024;

/** `write_skill`: SKILL.md, the host writing its frontmatter. */
export const writeSkillTool = defineAgentTool({
  name: 'write_skill',
  description:
    'Write skills/<slug>/SKILL.md for the main agent. You give the description (at most 1024 characters: what the ' +
    'skill covers and when to use it) and the markdown body (no frontmatter: the host writes name, description and ' +
    'metadata). The body says which mirror file to read_file or grep_file for which question (where is X, what ' +
    'changed lately, how many), with exact paths, record shapes and example patterns, and how to fetch content or ' +
    'act through call_api. Call again to replace it.',
  inputSchema: z.strictObject({
    description: z.string().min(1).describe('at most 1024 characters'),
    body: z.string().min(1).describe('markdown body, without frontmatter'),
  }),
  execute: async (session, input): Promise<{ path: string; bytes: number }> => {
    session.assertOpen();
    const description = input.description.trim();
    if (description.length > maxSkillDescriptionChars) {
      throw new InvalidInputError(
        `description is ${description.length} characters; the Agent Skills format allows at most ${maxSkillDescriptionChars}: shorten it (details go in the body)`,
      );
    }
    if (description === '') throw new InvalidInputError('description is empty');
    if (/^\s*---\s*\n/.test(input.body)) {
      throw new InvalidInputError(
        'body starts with frontmatter: give only the markdown body, the host writes the frontmatter',
      );
    }
    if (Buffer.byteLength(input.body) > maxBodyBytes) {
      throw new InvalidInputError(`body is ${Buffer.byteLength(input.body)} bytes; keep SKILL.md under 60 KiB`);
    }
    session.skill = { description, body: input.body };
    // Written now so skill_exists and a later look see it; finish writes it again with the final flavor.
    const config = await session.config();
    const text = renderSkillFile({
      slug: session.connection.slug,
      app: session.connection.app,
      accountId: session.connection.accountId,
      flavor: config?.flavor ?? 'api-only',
      createdBy: session.createdBy,
      updatedAt: session.deps.clock().toISOString(),
      description,
      body: input.body,
    });
    session.layer.write(session.paths.skill, text);
    return { path: session.paths.skill, bytes: Buffer.byteLength(text) };
  },
  describe: (input, result) =>
    `${result.path} (${result.bytes} B; description ${input.description.trim().length} chars)`,
});
