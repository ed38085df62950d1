import { requireSetting } from '../config.js';
import { dispatchLimits } from '../github/event-payloads.js';
import { type Repository, readGitHubSettings } from '../github/github-settings.js';
import { createOctokitGitHub } from '../github/octokit-github.js';
import type { SpoolRecord } from './spool.js';

/** The port `serve --relay github` forwards through. */
export interface Dispatcher {
  /** Where events go (for logs; no token). */
  readonly target: string;
  /** Sends one `repository_dispatch`; throws ApiError (status 0 when GitHub was unreachable). */
  dispatch(eventType: string, clientPayload: Record<string, unknown>): Promise<void>;
}

/** Settings of the relay: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name) and GITHUB_API_URL (default api.github.com). */
export interface RelaySettings {
  token: string;
  owner: string;
  repo: string;
  baseUrl: string;
}

/** Reads the relay settings (through readGitHubSettings); a missing one is missing_config naming the variable. */
export function relaySettings(env: NodeJS.ProcessEnv): RelaySettings {
  const token = requireSetting(env, 'GITHUB_TOKEN');
  requireSetting(env, 'GITHUB_REPOSITORY');
  const { repository, apiUrl } = readGitHubSettings(env);
  // Required above and validated as owner/repo by readGitHubSettings.
  const { owner, repo } = repository as Repository;
  return { token, owner, repo, baseUrl: apiUrl };
}

/**
 * A Dispatcher over the GitHub port (`POST /repos/{owner}/{repo}/dispatches`): the Action's own Octokit adapter, so an
 * unreachable or silent GitHub is the same retryable api_error (status 0) and 401/403 the same unauthorized.
 */
export function createGitHubDispatcher(settings: RelaySettings, fetchImpl?: typeof fetch): Dispatcher {
  const github = createOctokitGitHub({
    token: settings.token,
    repository: { owner: settings.owner, repo: settings.repo },
    apiUrl: settings.baseUrl,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  return {
    target: `${settings.baseUrl}/repos/${settings.owner}/${settings.repo}/dispatches`,
    dispatch: (eventType, clientPayload) => github.sendDispatch(eventType, clientPayload),
  };
}

/** The `repository_dispatch` of a spooled record (DESIGN 4.1); a webhook body too big for GitHub goes as a signal. */
export function dispatchOf(record: SpoolRecord): { eventType: string; payload: Record<string, unknown> } {
  if (record.kind === 'connect') {
    return {
      eventType: 'syncagent.connect',
      payload: { app: record.app, account_id: record.accountId, external_user_id: record.externalUserId },
    };
  }
  const payload: Record<string, unknown> = {
    slug: record.slug,
    delivery_id: record.deliveryId,
    headers: record.headers,
    body: record.body,
    received_at: record.receivedAt,
  };
  const size = (value: unknown) =>
    Buffer.byteLength(JSON.stringify({ event_type: 'syncagent.webhook', client_payload: value }));
  if (size(payload) >= dispatchLimits.maxPayloadBytes) {
    // The handler cannot verify a body it does not get: it learns that something changed, and polls.
    payload.body = '';
    payload.truncated = true;
    if (size(payload) >= dispatchLimits.maxPayloadBytes) payload.headers = {};
  }
  return { eventType: 'syncagent.webhook', payload };
}
