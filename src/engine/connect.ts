import type { Recipe } from '../catalog/types.js';
import { InvalidInputError } from '../errors.js';
import { type StoreReader, syncPaths, validateSlug } from '../store/index.js';
import { schedulePoll, webhookEvent, webhookExpiry } from './events.js';
import { formatSyncJson, parseSyncJson, type SyncConfig } from './registry.js';
import { runEvent } from './run-event.js';
import type { ConnectOutcome, EngineDeps } from './types.js';

export type { ConnectOutcome } from './types.js';

/** What `connect` is asked to install. */
export interface ConnectInput {
  app: string;
  accountId: string;
  externalUserId: string;
  slug?: string;
  force?: boolean;
  dryRun?: boolean;
  recipe: Recipe;
}

/**
 * Who holds a slug: the accountId of its sync.json, `null` when that sync.json is invalid (it still
 * occupies the slug), `undefined` when the slug is free.
 */
async function slugOwner(reader: StoreReader, slug: string): Promise<string | null | undefined> {
  const file = syncPaths(slug).syncJson;
  const text = await reader.readText(file);
  if (text === null) return undefined;
  try {
    return parseSyncJson(text, file).accountId;
  } catch {
    return null;
  }
}

/**
 * Picks the slug: the given one (refused when another account holds it, unless `force`), else the
 * app slug, then `-2`, `-3`… for further accounts of the same app.
 */
export async function chooseSlug(
  deps: EngineDeps,
  app: string,
  accountId: string,
  given?: string,
  force = false,
): Promise<string> {
  if (given !== undefined) {
    const slug = validateSlug(given);
    if (!force) {
      const owner = await slugOwner(deps.store, slug);
      if (typeof owner === 'string' && owner !== accountId) {
        throw new InvalidInputError(`slug "${slug}" belongs to account ${owner}; pass another --slug or --force`);
      }
    }
    return slug;
  }
  validateSlug(app);
  for (let number = 1; number < 1000; number += 1) {
    const slug = number === 1 ? app : `${app}-${number}`;
    if (slug.length > 64) break;
    const owner = await slugOwner(deps.store, slug);
    if (owner === undefined || owner === accountId) return slug;
  }
  throw new InvalidInputError(`no free slug for app "${app}": pass --slug`);
}

/**
 * `connect` through a catalog recipe: one `connect` event that installs sync.json and handler.js,
 * backfills with checkpoints, then writes SKILL.md. Idempotent: an existing SKILL.md means done
 * (unless `force`); a killed connect (no SKILL.md yet) resumes its backfill when run again.
 */
export async function connect(deps: EngineDeps, input: ConnectInput): Promise<ConnectOutcome> {
  if (input.recipe.app !== input.app)
    throw new InvalidInputError(`the ${input.recipe.app} recipe cannot install app "${input.app}"`);
  const slug = await chooseSlug(deps, input.app, input.accountId, input.slug, input.force);
  const now = deps.clock().toISOString();
  const recipeInput = { slug, accountId: input.accountId, externalUserId: input.externalUserId, updatedAt: now };
  const paths = syncPaths(slug);
  const config: SyncConfig = parseSyncJson(formatSyncJson(input.recipe.syncJson(recipeInput)), paths.syncJson);
  const handlerPath = `${paths.handlerDir}/${config.handler ?? 'handler.js'}`;
  const files = [paths.skill, paths.syncJson, handlerPath];
  const skillPath = paths.skill;
  if (!input.force && (await deps.store.readText(skillPath)) !== null) {
    deps.logger.info('connect-skip', { slug, reason: `${skillPath} exists` });
    return { slug, status: 'exists', createdBy: config.createdBy, files, commits: [] };
  }
  if (input.dryRun) return { slug, status: 'dry-run', createdBy: config.createdBy, files, commits: [] };
  let forced = false;
  const outcome = await runEvent<never>(deps, {
    slug,
    event: 'connect',
    exportName: 'backfill',
    install: { config, handlerSource: input.recipe.handlerSource },
    long: true,
    before: async (tx) => {
      // --force starts over once: mirror and state go, so the backfill is a fresh one.
      if (input.force && !forced) {
        forced = true;
        await tx.deleteTree(`mirrors/${slug}`);
      }
      return undefined;
    },
    after: schedulePoll,
    finish: async (tx) => {
      tx.write(skillPath, input.recipe.skill({ ...recipeInput, updatedAt: deps.clock().toISOString() }));
    },
  });
  const commits = outcome.ran ? [...outcome.commits] : [];
  // Register the provider webhook where the handler exports it. After the backfill: its cursor
  // already covers changes made meanwhile, so no change is lost between the two.
  let webhookExpiresAt: string | null | undefined;
  // The recipe declares its exports (a catalog test holds the declaration to the module).
  if (input.recipe.exports.includes('registerWebhook')) {
    const registered = await runEvent<never>(deps, webhookEvent(slug, 'register'));
    if (registered.ran) {
      commits.push(...registered.commits);
      webhookExpiresAt = webhookExpiry(registered.result) ?? null;
    }
  }
  return {
    slug,
    status: 'installed',
    createdBy: config.createdBy,
    files,
    summary: outcome.ran ? outcome.summary : undefined,
    commits,
    ...(webhookExpiresAt === undefined ? {} : { webhookExpiresAt }),
  };
}
