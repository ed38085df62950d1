import type { SyncConfig } from '../engine/registry.js';

/** Who a recipe installs for. */
export interface RecipeInput {
  slug: string;
  accountId: string;
  externalUserId: string;
  /** ISO time written as `metadata.updated_at`. */
  updatedAt: string;
}

/** A reviewed recipe: everything `connect` installs for an app without a model. */
export interface Recipe {
  app: string;
  handlerSource: string;
  syncJson(input: RecipeInput): SyncConfig;
  /** SKILL.md text (frontmatter + body). */
  skill(input: RecipeInput): string;
}
