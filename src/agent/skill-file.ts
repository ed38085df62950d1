import { stringify } from 'yaml';

/** Longest `description` the Agent Skills format allows (DESIGN 2.1). */
export const maxSkillDescriptionChars = 1024;

/** What the host puts in a SKILL.md's frontmatter around the model's description and body. */
export interface SkillFileInput {
  slug: string;
  app: string;
  accountId: string;
  flavor: 'sync-engine' | 'api-only';
  createdBy: string;
  updatedAt: string;
  description: string;
  body: string;
}

/**
 * SKILL.md as the store keeps it: Agent Skills frontmatter written by the host (name = slug, description, syncagent's
 * own keys under metadata; an api-only skill has no mirror_prefix), then the model's body.
 */
export function renderSkillFile(input: SkillFileInput): string {
  const metadata: Record<string, string> = {
    app: input.app,
    account_id: input.accountId,
    flavor: input.flavor,
    ...(input.flavor === 'sync-engine' ? { mirror_prefix: `mirrors/${input.slug}/` } : {}),
    created_by: input.createdBy,
    updated_at: input.updatedAt,
  };
  const frontmatter = stringify({ name: input.slug, description: input.description.trim(), metadata });
  const body = input.body.trim();
  return `---\n${frontmatter}---\n\n${body}\n`;
}
