import { z } from 'zod';
import { formatIssues } from '../config.js';
import { syncJsonSchema } from '../engine/registry.js';
import { InvalidInputError } from '../errors.js';
import { handlerExportNames } from './handler-exports.js';
import type { Recipe, RecipeInput, SkillInput } from './types.js';

/** zod schema of a recipe declaration (what `defineRecipe` takes). */
export const recipeDefinitionSchema = z
  .object({
    /** The app's slug at Pipedream, e.g. `dropbox`; also the default sync slug. */
    app: syncJsonSchema.shape.app,
    /** The recipe's version: `createdBy` is `catalog:<app>@<version>`. Raise it when the mirror layout changes. */
    version: z.number().int().positive(),
    /** Hosts the handler may call through the gateway (sync.json `hosts`). */
    hosts: syncJsonSchema.shape.hosts.min(1, 'a recipe calls at least one host'),
    /** How the sync is driven: webhook verification, poll and renew intervals (sync.json `signals`). */
    signals: syncJsonSchema.shape.signals,
    /** The exports the handler has: `connect` registers a webhook only when `registerWebhook` is among them. */
    exports: z
      .array(z.enum(handlerExportNames))
      .min(1, 'a sync-engine handler has at least one export')
      .refine((names) => new Set(names).size === names.length, 'an export is named twice'),
    /** The handler's source text (an ES module). */
    handler: z.string().min(1, 'the handler source is empty'),
    /** Writes SKILL.md (frontmatter and body) for one installed sync. */
    skill: z.custom<(input: SkillInput) => string>((value) => typeof value === 'function', 'expected a function'),
  })
  .strict();

/** A recipe declaration: app, version, hosts, signals, exports, handler source and SKILL.md writer. */
export type RecipeDefinition = z.input<typeof recipeDefinitionSchema>;

/**
 * Declares a reviewed recipe, checked with zod (a bad declaration is `invalid_input` naming the field), and derives
 * what `connect` installs from it: sync.json, handler.js and SKILL.md, all stamped `catalog:<app>@<version>`.
 */
export function defineRecipe(definition: RecipeDefinition): Recipe {
  const parsed = recipeDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    const where = typeof definition?.app === 'string' ? `recipe ${definition.app}` : 'recipe';
    throw new InvalidInputError(formatIssues(where, parsed.error));
  }
  const { app, version, hosts, signals, exports, handler, skill } = parsed.data;
  const createdBy = `catalog:${app}@${version}`;
  return {
    app,
    version,
    createdBy,
    hosts,
    signals,
    exports,
    handlerSource: handler,
    syncJson: (input: RecipeInput) => ({
      version: 1,
      slug: input.slug,
      app,
      accountId: input.accountId,
      externalUserId: input.externalUserId,
      flavor: 'sync-engine',
      status: 'active',
      handler: 'handler.js',
      mirrorPrefix: `mirrors/${input.slug}/`,
      hosts: [...hosts],
      signals: structuredClone(signals),
      createdBy,
    }),
    skill: (input: RecipeInput) => skill({ ...input, app, createdBy }),
  };
}
