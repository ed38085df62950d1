import { InvalidInputError } from '../errors.js';
import type { Recipe } from '../catalog/types.js';
import { validateSlug } from '../store/index.js';
import { parseSyncJson, formatSyncJson, type SyncConfig } from './registry.js';
import { runEvent } from './run-event.js';
import { handlerExports, recordRenewal, schedulePoll, webhookExpiry } from './events.js';
import type { EngineDeps } from './types.js';

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

/** What `connect` did. */
export interface ConnectOutcome {
  slug: string;
  status: 'installed' | 'exists' | 'dry-run';
  createdBy: string;
  files: string[];
  summary?: string;
  commits: string[];
  /** The webhook expiry registerWebhook reported, when the handler exports it. */
  webhookExpiresAt?: string | null;
}

/** Picks the slug: the given one, else the app slug, then `-2`, `-3`… for further accounts of the same app. */
export async function chooseSlug(deps: EngineDeps, app: string, accountId: string, given?: string): Promise<string> {
  if (given !== undefined) return validateSlug(given);
  validateSlug(app);
  for (let number = 1; number < 1000; number += 1) {
    const slug = number === 1 ? app : `${app}-${number}`;
    if (slug.length > 64) break;
    const text = await deps.store.readText(`handlers/${slug}/sync.json`);
    if (text === null) return slug;
    try {
      if (parseSyncJson(text, `handlers/${slug}/sync.json`).accountId === accountId) return slug;
    } catch {
      // An invalid sync.json still occupies its slug.
    }
  }
  throw new InvalidInputError(`no free slug for app "${app}": pass --slug`);
}

/**
 * `connect` through a catalog recipe: one `connect` event that installs sync.json and handler.js,
 * backfills with checkpoints, then writes SKILL.md. Idempotent: an existing SKILL.md means done
 * (unless `force`); a killed connect (no SKILL.md yet) resumes its backfill when run again.
 */
export async function connect(deps: EngineDeps, input: ConnectInput): Promise<ConnectOutcome> {
  if (input.recipe.app !== input.app) throw new InvalidInputError(`the ${input.recipe.app} recipe cannot install app "${input.app}"`);
  const slug = await chooseSlug(deps, input.app, input.accountId, input.slug);
  const now = deps.clock().toISOString();
  const recipeInput = { slug, accountId: input.accountId, externalUserId: input.externalUserId, updatedAt: now };
  const config: SyncConfig = parseSyncJson(formatSyncJson(input.recipe.syncJson(recipeInput)), `handlers/${slug}/sync.json`);
  const files = [`skills/${slug}/SKILL.md`, `handlers/${slug}/sync.json`, `handlers/${slug}/${config.handler ?? 'handler.js'}`];
  const skillPath = `skills/${slug}/SKILL.md`;
  if (!input.force && (await deps.store.readText(skillPath)) !== null) {
    deps.logger.info('connect-skip', { slug, reason: `${skillPath} exists` });
    return { slug, status: 'exists', createdBy: config.createdBy, files, commits: [] };
  }
  const existing = await deps.store.readText(`handlers/${slug}/sync.json`);
  if (existing !== null && !input.force) {
    const other = (() => {
      try {
        return parseSyncJson(existing, `handlers/${slug}/sync.json`);
      } catch {
        return null;
      }
    })();
    if (other && other.accountId !== input.accountId) {
      throw new InvalidInputError(`slug "${slug}" belongs to account ${other.accountId}; pass another --slug or --force`);
    }
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
    after: schedulePoll(config),
    finish: async (tx) => {
      tx.write(skillPath, input.recipe.skill({ ...recipeInput, updatedAt: deps.clock().toISOString() }));
    },
  });
  const commits = outcome.ran ? [...outcome.commits] : [];
  // Register the provider webhook where the handler exports it. After the backfill: its cursor
  // already covers changes made meanwhile, so no change is lost between the two.
  let webhookExpiresAt: string | null | undefined;
  if ((await handlerExports(deps.store, config)).includes('registerWebhook')) {
    const registered = await runEvent<never>(deps, {
      slug,
      event: 'register',
      exportName: 'registerWebhook',
      after: recordRenewal,
      describe: (result) => {
        const expiresAt = webhookExpiry(result);
        return expiresAt ? `webhook registered until ${expiresAt}` : 'webhook registered';
      },
    });
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
