import { z } from 'zod';
import { ApiError } from '../errors.js';
import { pipedreamAccessToken } from './pipedream-token.js';
import { resolvePipedreamSettings } from './settings.js';
import { defaultTokenCache, type TokenCache } from './token-cache.js';
import { perform, type RedactedRequest, responseError, transportContext, withRetries } from './transport.js';
import type { RetryOptions } from './types.js';

/*
 * Pipedream Connect "Retrieve account" (https://pipedream.com/docs/connect/api-reference/retrieve-account):
 * `GET {api}/v1/connect/{project_id}/accounts/{account_id}` with the OAuth bearer token and `x-pd-environment`,
 * answering `{id, name, external_id, healthy, dead, app: {id, name_slug, name, ...}, created_at, updated_at, ...}`.
 * Only the fields the engine uses are validated; credentials are never requested.
 */

const accountSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  external_id: z.string().nullish(),
  external_user_id: z.string().nullish(),
  healthy: z.boolean().nullish(),
  dead: z.boolean().nullish(),
  app: z.object({
    name_slug: z.string().min(1),
    name: z.string(),
    // Where the proxy may go for this app (the sync agent's probing starts there).
    connect: z
      .object({ allowed_domains: z.array(z.string()).nullish(), base_proxy_target_url: z.string().nullish() })
      .nullish(),
  }),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});

/** A connected account as the engine sees it (`get_connection`). */
export interface ConnectAccount {
  id: string;
  name?: string;
  app: { name_slug: string; name: string };
  /** API domains the Connect proxy may reach for this app (`app.connect.allowed_domains`), when Pipedream says. */
  allowed_domains?: string[];
  /** The app's API base URL (`app.connect.base_proxy_target_url`), when Pipedream says. */
  base_proxy_target_url?: string;
  /** The external user the account belongs to (Pipedream calls it `external_id`). */
  external_user_id?: string;
  healthy?: boolean;
  dead?: boolean;
  created_at?: string;
  updated_at?: string;
}

/** Options of `getAccount`. */
export interface GetAccountOptions {
  fetch?: typeof fetch;
  tokenCache?: TokenCache;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryOptions;
  signal?: AbortSignal;
}

/** Fetches one Connect account by id; needs the Pipedream settings whatever SYNCAGENT_GATEWAY says. */
export async function getAccount(
  env: NodeJS.ProcessEnv,
  accountId: string,
  options: GetAccountOptions = {},
): Promise<ConnectAccount> {
  const settings = resolvePipedreamSettings(env);
  const tokenCache = options.tokenCache ?? defaultTokenCache;
  const context = transportContext(options, () => [settings.clientSecret, ...tokenCache.tokens()]);
  const url = `${settings.apiUrl}/v1/connect/${encodeURIComponent(settings.projectId)}/accounts/${encodeURIComponent(accountId)}`;
  const request: RedactedRequest = { method: 'GET', url, headers: ['x-pd-environment'] };
  const send = async () => {
    const { token } = await pipedreamAccessToken(settings, context, tokenCache, options.signal);
    return perform(
      context,
      {
        method: 'GET',
        url,
        headers: {
          authorization: `Bearer ${token}`,
          'x-pd-environment': settings.environment,
          accept: 'application/json',
        },
      },
      options.signal,
    );
  };
  const { response, attempts } = await withRetries(context, request, send, options.signal);
  if (response.status >= 400) {
    throw responseError(
      context,
      request,
      response,
      attempts,
      `Pipedream Connect account ${accountId} (${settings.environment})`,
    );
  }
  // Some API versions wrap single resources in `{ data: ... }`.
  const body = response.data;
  const raw =
    typeof body === 'object' && body !== null && 'data' in body && !('id' in body)
      ? (body as { data: unknown }).data
      : body;
  const parsed = accountSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(response.status, `Pipedream Connect account ${accountId}: unexpected response shape`, {
      data: { request, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
    });
  }
  const account = parsed.data;
  const result: ConnectAccount = { id: account.id, app: { name_slug: account.app.name_slug, name: account.app.name } };
  const externalUserId = account.external_user_id ?? account.external_id;
  if (externalUserId) result.external_user_id = externalUserId;
  if (account.name) result.name = account.name;
  if (typeof account.healthy === 'boolean') result.healthy = account.healthy;
  if (typeof account.dead === 'boolean') result.dead = account.dead;
  if (account.created_at) result.created_at = account.created_at;
  if (account.updated_at) result.updated_at = account.updated_at;
  const domains = account.app.connect?.allowed_domains;
  if (domains && domains.length > 0) result.allowed_domains = domains.map((domain) => domain.toLowerCase());
  if (account.app.connect?.base_proxy_target_url)
    result.base_proxy_target_url = account.app.connect.base_proxy_target_url;
  return result;
}
