import { InvalidInputError } from '../errors.js';
import { hostNameProblem } from './host-name.js';
import { pipedreamAccessToken } from './pipedream-token.js';
import { redactUrl } from './redact.js';
import { type GatewaySettings, type PipedreamSettings, resolveGatewaySettings } from './settings.js';
import { defaultTokenCache, type TokenCache } from './token-cache.js';
import {
  type Exchange,
  perform,
  type RedactedRequest,
  responseError,
  type TransportContext,
  transportContext,
  withRetries,
} from './transport.js';
import type { ConnectionRef, Gateway, GatewayRequest, GatewayResponse, RetryOptions } from './types.js';

/** Options of `createGateway`. */
export interface CreateGatewayOptions {
  /** Settings source (DESIGN 4.2); the gateway never reads process.env itself. */
  env: NodeJS.ProcessEnv;
  connection: ConnectionRef;
  /** Hosts the target URL may name (sync.json `hosts`). */
  allowedHosts: string[];
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number;
  retry?: RetryOptions;
  /** Pipedream token cache shared across gateways (default: one per process). */
  tokenCache?: TokenCache;
}

/** Headers a caller may not set: they belong to the connection, not to the request. */
const forbiddenHeaders = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'proxy-authorization',
  'proxy-connection',
]);
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const methodName = /^[A-Z]+$/;

/**
 * Builds the authenticated HTTP client handlers use (DESIGN section 5): through the Pipedream Connect proxy (default)
 * or directly with `SYNCAGENT_TOKEN_<APP>`. Settings are checked now, so a missing one fails before anything runs.
 */
export function createGateway(options: CreateGatewayOptions): Gateway {
  const settings = resolveGatewaySettings(options.env, options.connection.app);
  const tokenCache = options.tokenCache ?? defaultTokenCache;
  const seenTokens = new Set<string>();
  const context = transportContext(options, () => secretsOf(settings, seenTokens, tokenCache));
  const allowed = new Set(options.allowedHosts.map((host) => host.trim().toLowerCase()).filter((host) => host !== ''));
  // sync.json is checked when it is loaded; this also covers hosts that reach the gateway another way.
  for (const host of allowed) {
    const problem = hostNameProblem(host);
    if (problem) throw new InvalidInputError(`gateway allowed hosts: ${problem}`, { data: { host } });
  }

  return {
    async request(request: GatewayRequest, callOptions = {}): Promise<GatewayResponse> {
      const signal = callOptions.signal;
      const prepared = prepare(request, allowed);
      const redacted: RedactedRequest = {
        method: prepared.method,
        url: redactUrl(prepared.target),
        headers: Object.keys(prepared.headers),
      };
      const send =
        settings.mode === 'direct'
          ? () => perform(context, directExchange(prepared, settings.token), signal)
          : () => sendThroughProxy(context, settings, tokenCache, seenTokens, options.connection, prepared, signal);
      const { response, attempts } = await withRetries(context, redacted, send, signal);
      if (response.status >= 400) throw responseError(context, redacted, response, attempts);
      return response;
    },
  };
}

/** A validated request: upper-case method, parsed target, lower-cased headers, serialized body. */
export interface PreparedRequest {
  method: string;
  target: URL;
  /** Target headers, lower-cased names. */
  headers: Record<string, string>;
  body?: string;
}

/** Validates a request and applies the host allow-list; throws `invalid_input` before any network I/O. */
function prepare(request: GatewayRequest, allowed: Set<string>): PreparedRequest {
  if (typeof request !== 'object' || request === null) throw new InvalidInputError('http request: expected an object');
  const method = (request.method ?? 'GET').toUpperCase();
  if (!methodName.test(method))
    throw new InvalidInputError(`http request: invalid method ${JSON.stringify(request.method)}`);
  if (typeof request.url !== 'string') throw new InvalidInputError('http request: url must be a string');
  let target: URL;
  try {
    target = new URL(request.url);
  } catch {
    throw new InvalidInputError(
      `http request: url is not an absolute URL: ${JSON.stringify(request.url.slice(0, 200))}`,
    );
  }
  if (target.protocol !== 'https:') {
    throw new InvalidInputError(
      `http request: only https URLs are allowed, got ${target.protocol.replace(/:$/, '')}://${target.host}`,
    );
  }
  if (target.username !== '' || target.password !== '') {
    throw new InvalidInputError(`http request: credentials in the URL are not allowed (${target.host})`);
  }
  const host = target.hostname.toLowerCase();
  if (!allowed.has(host) && !allowed.has(target.host.toLowerCase())) {
    const list = allowed.size === 0 ? 'none (sync.json "hosts" is empty)' : [...allowed].sort().join(', ');
    throw new InvalidInputError(`http request: host ${host} is not allowed; allowed hosts: ${list}`, {
      data: { host, allowedHosts: [...allowed].sort() },
    });
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (!headerName.test(name))
      throw new InvalidInputError(`http request: invalid header name ${JSON.stringify(name)}`);
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      throw new InvalidInputError(`http request: header ${name} must be a single-line string`);
    }
    const lower = name.toLowerCase();
    if (!forbiddenHeaders.has(lower)) headers[lower] = value;
  }
  let body: string | undefined;
  if (request.body !== undefined && request.body !== null) {
    if (typeof request.body === 'string') {
      body = request.body;
    } else if (typeof request.body === 'object') {
      body = JSON.stringify(request.body);
      headers['content-type'] ??= 'application/json';
    } else {
      throw new InvalidInputError('http request: body must be a string, an object, an array or null');
    }
  }
  if (body !== undefined && (method === 'GET' || method === 'HEAD')) {
    throw new InvalidInputError(`http request: a ${method} request cannot have a body`);
  }
  return { method, target, headers, ...(body === undefined ? {} : { body }) };
}

/** Direct mode: the target URL with the app's own bearer token (a caller's Authorization is replaced). */
function directExchange(prepared: PreparedRequest, token: string): Exchange {
  return {
    method: prepared.method,
    url: prepared.target.href,
    headers: { ...prepared.headers, authorization: `Bearer ${token}` },
    ...(prepared.body === undefined ? {} : { body: prepared.body }),
  };
}

/**
 * Pipedream Connect proxy (https://pipedream.com/docs/connect/api-proxy, REST section):
 * `{METHOD} {api}/v1/connect/{project_id}/proxy/{url_safe_base64(url)}?external_user_id=…&account_id=…` with
 * `Authorization: Bearer {oauth token}` and `x-pd-environment`; headers meant for the target carry the `x-pd-proxy-`
 * prefix. The body goes as is, with its content type also set on the proxy request itself.
 */
function proxyExchange(
  settings: PipedreamSettings,
  connection: ConnectionRef,
  prepared: PreparedRequest,
  token: string,
): Exchange {
  const encoded = Buffer.from(prepared.target.href, 'utf8').toString('base64url');
  const url = new URL(`${settings.apiUrl}/v1/connect/${encodeURIComponent(settings.projectId)}/proxy/${encoded}`);
  url.searchParams.set('external_user_id', connection.externalUserId);
  url.searchParams.set('account_id', connection.accountId);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(prepared.headers)) headers[`x-pd-proxy-${name}`] = value;
  if (prepared.body !== undefined && prepared.headers['content-type'] !== undefined) {
    headers['content-type'] = prepared.headers['content-type'];
  }
  headers.authorization = `Bearer ${token}`;
  headers['x-pd-environment'] = settings.environment;
  return {
    method: prepared.method,
    url: url.href,
    headers,
    ...(prepared.body === undefined ? {} : { body: prepared.body }),
  };
}

async function sendThroughProxy(
  context: TransportContext,
  settings: PipedreamSettings,
  tokenCache: TokenCache,
  seenTokens: Set<string>,
  connection: ConnectionRef,
  prepared: PreparedRequest,
  signal?: AbortSignal,
): Promise<GatewayResponse> {
  const first = await pipedreamAccessToken(settings, context, tokenCache, signal);
  seenTokens.add(first.token);
  const response = await perform(context, proxyExchange(settings, connection, prepared, first.token), signal);
  if (response.status !== 401 || first.fresh) return response;
  // A cached token refused before its announced expiry (revoked, or the clock drifted): fetch a new one and try once
  // more. An upstream 401 relayed by the proxy costs one extra token request and comes back the same.
  tokenCache.invalidate(first.key, first.token);
  const second = await pipedreamAccessToken(settings, context, tokenCache, signal);
  seenTokens.add(second.token);
  return perform(context, proxyExchange(settings, connection, prepared, second.token), signal);
}

function secretsOf(settings: GatewaySettings, seenTokens: Set<string>, tokenCache: TokenCache): string[] {
  const secrets = [...seenTokens, ...tokenCache.tokens()];
  if (settings.mode === 'direct') secrets.push(settings.token);
  else secrets.push(settings.clientSecret);
  return secrets;
}
