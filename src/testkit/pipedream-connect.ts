import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { type RecordedRequest, sendJson, startLoopbackServer } from './http-server.js';

/*
 * A Pipedream Connect look-alike on loopback, following Pipedream's docs:
 * - OAuth token: `POST /v1/oauth/token` with JSON `{grant_type: "client_credentials", client_id, client_secret}` →
 *   `{access_token, token_type: "Bearer", expires_in, created_at}` (https://pipedream.com/docs/rest-api/auth and
 *   https://pipedream.com/docs/connect/api-reference/create-oauth-token).
 * - Retrieve account: `GET /v1/connect/{project_id}/accounts/{account_id}` with `Authorization: Bearer` and
 *   `x-pd-environment` → `{id, name, external_id, healthy, dead, app: {id, name_slug, name, ...}, created_at, updated_at}`
 *   (https://pipedream.com/docs/connect/api-reference/retrieve-account); list accounts
 *   `GET /v1/connect/{project_id}/accounts?external_user_id=` → `{data: [...], page_info}`.
 * - Proxy: `{METHOD} /v1/connect/{project_id}/proxy/{url_safe_base64_url}?external_user_id=…&account_id=…` with the
 *   OAuth token and `x-pd-environment`; headers prefixed `x-pd-proxy-` are forwarded upstream without the prefix, and
 *   the account's credentials are inserted (https://pipedream.com/docs/connect/api-proxy).
 * Upstream hosts are mapped to local servers through `hosts` (e.g. `api.dropboxapi.com` → the fake Dropbox URL).
 */

/** A connected account known to the fake. */
export interface FakeConnectAccount {
  /** `apn_...` */
  id: string;
  /** The app slug (e.g. `dropbox`). */
  app: string;
  appName?: string;
  externalUserId: string;
  /** The upstream access token the proxy injects as `Authorization: Bearer`. */
  accessToken: string;
  name?: string;
  healthy?: boolean;
  /** Environment the account lives in (default `development`). */
  environment?: 'development' | 'production';
  /** The app's `connect.allowed_domains` (the hosts the proxy may reach for it), as Pipedream reports them. */
  allowedDomains?: string[];
  /** The app's `connect.base_proxy_target_url`. */
  baseProxyTargetUrl?: string;
}

/** Options of the fake Pipedream Connect. */
export interface PipedreamConnectOptions {
  clientId: string;
  clientSecret: string;
  projectId: string;
  accounts: FakeConnectAccount[];
  /** Real hostname → local base URL (`{ 'api.dropboxapi.com': dropbox.url }`). */
  hosts: Record<string, string>;
  /** Token lifetime in seconds (default 3600, as Pipedream documents). */
  tokenTtlSeconds?: number;
  /** Clock deciding token expiry (default Date.now). */
  clock?: () => number;
  /** The port to listen on (default 0: an ephemeral one); the demo's playground keeps one stable. */
  port?: number;
}

/** One request the proxy forwarded upstream. */
export interface ProxiedRequest {
  method: string;
  /** The decoded target URL. */
  targetUrl: string;
  /** The local URL it was sent to. */
  upstreamUrl: string;
  /** Headers sent upstream (lower-cased), credentials included. */
  headers: Record<string, string>;
  body: string;
  accountId: string;
  status: number;
}

/** A running fake Pipedream Connect. */
export interface PipedreamConnectFake {
  url: string;
  close(): Promise<void>;
  /** Every request received (token requests included), oldest first. */
  requests: RecordedRequest[];
  /** Every request the proxy forwarded upstream. */
  proxied: ProxiedRequest[];
  /** How many token requests succeeded. */
  readonly tokenRequests: number;
  /** Every access token issued so far. */
  issuedTokens: string[];
  /** Makes every issued Pipedream token invalid (the next call gets 401). */
  revokeTokens(): void;
}

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'host',
  'upgrade',
  'proxy-authorization',
  'te',
  'trailer',
]);

/** Starts the fake Pipedream Connect on 127.0.0.1 (an ephemeral port unless `port` is given). */
export async function startPipedreamConnect(options: PipedreamConnectOptions): Promise<PipedreamConnectFake> {
  const clock = options.clock ?? Date.now;
  const ttlSeconds = options.tokenTtlSeconds ?? 3600;
  const tokens = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const proxied: ProxiedRequest[] = [];
  const issuedTokens: string[] = [];
  let tokenRequests = 0;
  const hosts = new Map(
    Object.entries(options.hosts).map(([host, url]) => [host.toLowerCase(), url.replace(/\/+$/, '')]),
  );

  function error(response: ServerResponse, status: number, message: string): void {
    sendJson(response, status, { error: message });
  }

  /** Checks bearer token and environment; answers and returns false when they fail. */
  function authorize(request: RecordedRequest, response: ServerResponse): 'development' | 'production' | undefined {
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    const expiresAt = match ? tokens.get(match[1]!) : undefined;
    if (expiresAt === undefined || clock() >= expiresAt) {
      error(response, 401, 'invalid or expired access token');
      return undefined;
    }
    const environment = request.headers['x-pd-environment'];
    if (environment !== 'development' && environment !== 'production') {
      error(response, 400, 'x-pd-environment header must be development or production');
      return undefined;
    }
    return environment;
  }

  function findAccount(id: string, environment: string): FakeConnectAccount | undefined {
    return options.accounts.find(
      (account) => account.id === id && (account.environment ?? 'development') === environment,
    );
  }

  async function handle(request: RecordedRequest, response: ServerResponse): Promise<void> {
    requests.push(request);
    if (request.path === '/v1/oauth/token') {
      if (request.method !== 'POST') return error(response, 405, 'method not allowed');
      let body: Record<string, unknown> = {};
      try {
        body = (request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')
          ? Object.fromEntries(new URLSearchParams(request.body))
          : (JSON.parse(request.body) as Record<string, unknown>);
      } catch {
        return error(response, 400, 'invalid JSON body');
      }
      if (body.grant_type !== 'client_credentials') return sendJson(response, 400, { error: 'unsupported_grant_type' });
      if (body.client_id !== options.clientId || body.client_secret !== options.clientSecret) {
        return sendJson(response, 401, { error: 'invalid_client', error_description: 'client authentication failed' });
      }
      tokenRequests += 1;
      const token = `pd_fake_${randomBytes(16).toString('hex')}`;
      tokens.set(token, clock() + ttlSeconds * 1000);
      issuedTokens.push(token);
      return sendJson(response, 200, {
        access_token: token,
        token_type: 'Bearer',
        expires_in: ttlSeconds,
        created_at: Math.floor(clock() / 1000),
      });
    }

    const connect = /^\/v1\/connect\/([^/]+)\/(accounts|proxy)(?:\/([^/]+))?\/?$/.exec(request.path);
    if (!connect) return error(response, 404, `not found: ${request.path}`);
    const [, projectId, resource, rest] = connect;
    const environment = authorize(request, response);
    if (!environment) return;
    if (decodeURIComponent(projectId!) !== options.projectId) return error(response, 404, 'project not found');

    if (resource === 'accounts') {
      if (request.method !== 'GET') return error(response, 405, 'method not allowed');
      if (rest === undefined) {
        const data = options.accounts
          .filter((account) => (account.environment ?? 'development') === environment)
          .filter(
            (account) =>
              request.query.external_user_id === undefined || account.externalUserId === request.query.external_user_id,
          )
          .filter((account) => request.query.app === undefined || account.app === request.query.app)
          .map(accountJson);
        return sendJson(response, 200, {
          data,
          page_info: { count: data.length, total_count: data.length, start_cursor: null, end_cursor: null },
        });
      }
      const account = findAccount(decodeURIComponent(rest), environment);
      if (!account) return error(response, 404, 'account not found');
      return sendJson(response, 200, accountJson(account));
    }

    // The proxy.
    if (rest === undefined) return error(response, 400, 'missing encoded target URL');
    let target: URL;
    try {
      target = new URL(Buffer.from(rest, 'base64url').toString('utf8'));
    } catch {
      return error(response, 400, 'the target URL is not valid url-safe base64 of an absolute URL');
    }
    const accountId = request.query.account_id;
    const externalUserId = request.query.external_user_id;
    if (!accountId || !externalUserId) return error(response, 400, 'external_user_id and account_id are required');
    const account = findAccount(accountId, environment);
    if (!account || account.externalUserId !== externalUserId)
      return error(response, 404, 'account not found for this external user');
    const base = hosts.get(target.hostname.toLowerCase());
    if (!base) return error(response, 502, `fake proxy has no upstream for host ${target.hostname}`);

    const forwarded: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!name.startsWith('x-pd-proxy-')) continue;
      const upstreamName = name.slice('x-pd-proxy-'.length);
      if (!hopByHop.has(upstreamName)) forwarded[upstreamName] = value;
    }
    if (
      forwarded['content-type'] === undefined &&
      request.headers['content-type'] !== undefined &&
      request.body !== ''
    ) {
      forwarded['content-type'] = request.headers['content-type'];
    }
    // Pipedream inserts the account's credentials; an explicit header may use the {{oauth_access_token}} macro.
    forwarded.authorization =
      forwarded.authorization === undefined
        ? `Bearer ${account.accessToken}`
        : forwarded.authorization.replaceAll('{{oauth_access_token}}', account.accessToken);

    const upstreamUrl = `${base}${target.pathname}${target.search}`;
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== '';
    const upstream = await fetch(upstreamUrl, {
      method: request.method,
      headers: forwarded,
      redirect: 'manual',
      ...(hasBody ? { body: request.body } : {}),
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    proxied.push({
      method: request.method,
      targetUrl: target.href,
      upstreamUrl,
      headers: forwarded,
      body: request.body,
      accountId: account.id,
      status: upstream.status,
    });
    const headers: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!hopByHop.has(name)) headers[name] = value;
    });
    headers['content-length'] = String(body.length);
    response.writeHead(upstream.status, headers);
    response.end(body);
  }

  const server = await startLoopbackServer(handle, { port: options.port });
  return {
    url: server.url,
    close: server.close,
    requests,
    proxied,
    get tokenRequests() {
      return tokenRequests;
    },
    issuedTokens,
    revokeTokens: () => tokens.clear(),
  };
}

function accountJson(account: FakeConnectAccount): Record<string, unknown> {
  const now = '2025-01-01T00:00:00.000Z';
  return {
    id: account.id,
    name: account.name ?? `${account.app} account`,
    external_id: account.externalUserId,
    healthy: account.healthy ?? true,
    dead: false,
    app: {
      id: `app_${account.app}`,
      name_slug: account.app,
      name: account.appName ?? account.app,
      auth_type: 'oauth',
      ...(account.allowedDomains || account.baseProxyTargetUrl
        ? {
            connect: {
              proxy_enabled: true,
              allowed_domains: account.allowedDomains ?? [],
              base_proxy_target_url: account.baseProxyTargetUrl ?? null,
            },
          }
        : {}),
    },
    created_at: now,
    updated_at: now,
  };
}
