import { z } from 'zod';
import { ApiError, UnauthorizedError } from '../errors.js';
import type { PipedreamSettings } from './settings.js';
import { defaultTokenCache, type TokenCache, tokenCacheKey } from './token-cache.js';
import { perform, type RedactedRequest, responseError, type TransportContext, withRetries } from './transport.js';

/*
 * Pipedream OAuth client credentials (https://pipedream.com/docs/rest-api/auth,
 * https://pipedream.com/docs/connect/api-reference/create-oauth-token): `POST {api}/v1/oauth/token` with JSON
 * `{"grant_type": "client_credentials", "client_id": ..., "client_secret": ...}` answers
 * `{"access_token": ..., "token_type": "Bearer", "expires_in": 3600, "created_at": ...}`.
 */

const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive(),
});

/** Fetches (or reuses) the Pipedream OAuth access token for `settings`. */
export async function pipedreamAccessToken(
  settings: PipedreamSettings,
  context: TransportContext,
  cache: TokenCache = defaultTokenCache,
  signal?: AbortSignal,
): Promise<{ token: string; fresh: boolean; key: string }> {
  const key = tokenCacheKey(settings.apiUrl, settings.clientId, settings.clientSecret);
  const result = await cache.get(key, context.clock, () => requestToken(settings, context, signal));
  return { ...result, key };
}

async function requestToken(
  settings: PipedreamSettings,
  context: TransportContext,
  signal?: AbortSignal,
): Promise<{ token: string; expiresInSeconds: number }> {
  const url = `${settings.apiUrl}/v1/oauth/token`;
  const request: RedactedRequest = { method: 'POST', url, headers: ['content-type'] };
  const exchange = {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
    }),
  };
  const { response, attempts } = await withRetries(context, request, () => perform(context, exchange, signal), signal);
  if (response.status >= 400) {
    const error = responseError(context, request, response, attempts, 'Pipedream OAuth token request');
    if (error.code === 'unauthorized' || (response.status === 400 && response.text.includes('invalid_client'))) {
      // 401 and 400 invalid_client both mean the client credentials are wrong: say which settings to check.
      throw new UnauthorizedError(`${error.message} (check PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET)`, {
        data: { ...error.data, status: response.status },
      });
    }
    throw error;
  }
  const parsed = tokenResponse.safeParse(response.data);
  if (!parsed.success) {
    throw new ApiError(response.status, 'Pipedream OAuth token response: expected access_token and expires_in', {
      data: { request, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
    });
  }
  return { token: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
}
