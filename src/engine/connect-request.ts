/**
 * The one path from "a connection was made" to an installed sync, shared by the CLI (`connect`), the
 * Action (`dispatch`, `syncagent.connect` payloads) and `serve` (Pipedream Connect webhooks): the input is
 * parsed once with zod into a request, then the agent policy picks a catalog recipe or the LLM sync agent,
 * the account is looked up when that is needed, and `connect` (or the agent) runs.
 */
import { z } from 'zod';
import { findRecipe } from '../catalog/index.js';
import type { Recipe } from '../catalog/types.js';
import { InvalidInputError } from '../errors.js';
import { getAccount } from '../gateway/index.js';
import { gatewayMode } from '../gateway/settings.js';
import { isSlug } from '../store/paths.js';
import { connect } from './connect.js';
import type { AgentInstallRequest, ConnectOutcome, EngineDeps, SyncAgent } from './types.js';

/** `--agent`: `auto` installs a catalog recipe when one exists, else runs the sync agent. */
export const agentModes = ['auto', 'catalog', 'llm'] as const;
/** `--review`: `direct` commits to the store's branch, `pr` opens a pull request (DESIGN section 10). */
export const reviewModes = ['direct', 'pr'] as const;

/** Where each field comes from, for error messages: the CLI flag, the dispatch payload key, the env var. */
export const connectRequestSources: Record<keyof ConnectRequest, string> = {
  app: '<app> (app)',
  accountId: '--account (account_id)',
  externalUserId: '--external-user (external_user_id)',
  slug: '--slug (slug)',
  force: '--force (force)',
  agent: '--agent (SYNCAGENT_AGENT)',
  review: '--review (SYNCAGENT_REVIEW)',
  dryRun: '--dry-run',
  maxSteps: '--max-steps',
  maxMinutes: '--max-minutes',
  traceFile: '--trace',
};

const slugText = (what: string) =>
  z.string().refine(isSlug, { message: `${what}: use 1-64 characters of a-z, 0-9 and single inner hyphens` });

/** A connect request as entry points give it; absent `agent` and `review` fall back to SYNCAGENT_AGENT / SYNCAGENT_REVIEW. */
export const connectRequestSchema = z.strictObject({
  app: z.string({ error: 'the app is missing (e.g. dropbox)' }).pipe(slugText('invalid app slug')),
  accountId: z
    .string({ error: 'the Pipedream Connect account id is missing (apn_...)' })
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'invalid account id: expected 1-100 characters of A-Z, a-z, 0-9, _ and -'),
  externalUserId: z.string().min(1).max(250).optional(),
  slug: slugText('invalid slug').optional(),
  force: z.boolean().default(false),
  agent: z.enum(agentModes).optional(),
  review: z.enum(reviewModes).optional(),
  dryRun: z.boolean().default(false),
  maxSteps: z.number().int().positive().optional(),
  maxMinutes: z.number().positive().optional(),
  traceFile: z.string().min(1).optional(),
});

/** A connect request (before defaults), as typed callers build it. */
export type ConnectRequest = z.input<typeof connectRequestSchema>;

/** What entry points hand over: the request's fields with values not yet checked (flags, payloads, webhooks). */
export type UncheckedConnectRequest = { [Field in keyof ConnectRequest]?: unknown };

/** A parsed request: defaults applied, the policy settled from flags and env. */
export type ParsedConnectRequest = z.output<typeof connectRequestSchema> & {
  agent: (typeof agentModes)[number];
  review: (typeof reviewModes)[number];
};

/** Parses a connect request; bad input is one `invalid_input` naming each field's flag, payload key or env var. */
export function parseConnectRequest(input: UncheckedConnectRequest, env: NodeJS.ProcessEnv): ParsedConnectRequest {
  const fromEnv = (variable: string) => {
    const value = env[variable]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const withPolicy = {
    ...input,
    agent: input.agent ?? fromEnv('SYNCAGENT_AGENT'),
    review: input.review ?? fromEnv('SYNCAGENT_REVIEW'),
  };
  const parsed = connectRequestSchema.safeParse(withPolicy);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const field = issue.path[0];
      const source = typeof field === 'string' && field in connectRequestSources ? field : undefined;
      const name = source ? connectRequestSources[source as keyof ConnectRequest] : 'connect request';
      return `${name}: ${issue.message}`;
    });
    throw new InvalidInputError(issues.join('; '), { data: { issues } });
  }
  return { ...parsed.data, agent: parsed.data.agent ?? 'auto', review: parsed.data.review ?? 'direct' };
}

/** Who installs: a reviewed catalog recipe, or the sync agent (and why). */
type Installer = { kind: 'recipe'; recipe: Recipe } | { kind: 'agent'; reason: AgentInstallRequest['reason'] };

/** Applies the agent policy: `llm` always runs the agent; `auto` and `catalog` take a recipe when there is one. */
function chooseInstaller(request: ParsedConnectRequest): Installer {
  if (request.agent === 'llm') return { kind: 'agent', reason: 'requested' };
  const recipe = findRecipe(request.app);
  if (recipe) return { kind: 'recipe', recipe };
  if (request.agent === 'catalog')
    throw new InvalidInputError(
      `the catalog has no recipe for "${request.app}" (--agent catalog / SYNCAGENT_AGENT=catalog)`,
    );
  return { kind: 'agent', reason: 'no-recipe' };
}

/**
 * The external user of the account. Pipedream mode looks the account up (it must belong to the app, and names
 * the external user); a dry run with `--external-user` given skips the look-up, so it needs no gateway settings.
 * Direct mode has no account service: the external user must be given.
 */
async function resolveExternalUser(deps: EngineDeps, request: ParsedConnectRequest): Promise<string> {
  const given = request.externalUserId;
  if (gatewayMode(deps.env) === 'pipedream' && !(request.dryRun && given !== undefined)) {
    const account = await getAccount(deps.env, request.accountId, {
      fetch: deps.fetch,
      tokenCache: deps.tokenCache,
      sleep: deps.sleep,
    });
    if (account.app.name_slug !== request.app) {
      throw new InvalidInputError(
        `account ${request.accountId} belongs to app "${account.app.name_slug}", not "${request.app}"`,
      );
    }
    const externalUserId = given ?? account.external_user_id;
    if (externalUserId) return externalUserId;
  }
  if (given !== undefined) return given;
  throw new InvalidInputError(
    `${connectRequestSources.externalUserId}: required (${
      gatewayMode(deps.env) === 'direct'
        ? 'SYNCAGENT_GATEWAY=direct has no account service'
        : 'Pipedream did not name one'
    })`,
  );
}

/**
 * Installs a sync for a new connection from a request: parse, agent policy, account look-up, then the catalog
 * recipe's `connect` or the sync agent. Idempotent like `connect` (an existing SKILL.md means done unless `force`).
 */
export async function connectFromRequest(deps: EngineDeps, input: UncheckedConnectRequest): Promise<ConnectOutcome> {
  const request = parseConnectRequest(input, deps.env);
  const installer = chooseInstaller(request);
  // Review as a pull request is the GitHub part's (src/github): it opens the store on the review branch and says so.
  if (request.review === 'pr' && deps.reviewBranch === undefined) {
    throw new InvalidInputError(
      `${connectRequestSources.review}: review as a pull request needs the store on its review branch (the GitHub part opens it); use --review direct`,
    );
  }
  // Refuse before any network call when the agent is needed but this entry point has none.
  const agent = installer.kind === 'agent' ? deps.syncAgent : undefined;
  if (installer.kind === 'agent' && !agent) {
    throw new InvalidInputError(
      `the LLM sync agent is not available yet; only catalog recipes can be installed (${
        findRecipe(request.app) ? 'use --agent catalog' : `no recipe for "${request.app}"`
      })`,
    );
  }
  const externalUserId = await resolveExternalUser(deps, request);
  if (installer.kind === 'agent') {
    return (agent as SyncAgent).install(deps, {
      app: request.app,
      accountId: request.accountId,
      externalUserId,
      slug: request.slug,
      force: request.force,
      dryRun: request.dryRun,
      review: request.review,
      reason: installer.reason,
      maxSteps: request.maxSteps,
      maxMinutes: request.maxMinutes,
      traceFile: request.traceFile,
    });
  }
  return connect(deps, {
    app: request.app,
    accountId: request.accountId,
    externalUserId,
    slug: request.slug,
    force: request.force,
    dryRun: request.dryRun,
    recipe: installer.recipe,
  });
}
