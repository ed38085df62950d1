import type { SyncConfig } from '../engine/registry.js';
import type { HandlerExportName } from './handler-exports.js';

/** Who a recipe installs for. */
export interface RecipeInput {
  slug: string;
  accountId: string;
  externalUserId: string;
  /** ISO time written as `metadata.updated_at`. */
  updatedAt: string;
}

/** What a recipe's SKILL.md writer gets: the installation, and the recipe's app and identity. */
export interface SkillInput extends RecipeInput {
  app: string;
  /** `catalog:<app>@<version>`, for `metadata.created_by`. */
  createdBy: string;
}

/** A reviewed recipe, as `defineRecipe` derives it: everything `connect` installs for an app without a model. */
export interface Recipe {
  app: string;
  version: number;
  /** `catalog:<app>@<version>`: sync.json `createdBy` and SKILL.md `created_by`. */
  createdBy: string;
  hosts: string[];
  signals: SyncConfig['signals'];
  /** The handler's exports, as declared (connect reads these instead of inspecting the module). */
  exports: HandlerExportName[];
  handlerSource: string;
  syncJson(input: RecipeInput): SyncConfig;
  /** SKILL.md text (frontmatter + body). */
  skill(input: RecipeInput): string;
}
