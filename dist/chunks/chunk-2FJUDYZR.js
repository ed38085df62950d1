import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  formatIssues
} from "./chunk-UAPUYYY3.js";
import {
  isSlug,
  syncPaths,
  validateSlug
} from "./chunk-TQXVWXKX.js";
import {
  external_exports
} from "./chunk-OLBI5X7L.js";
import {
  ApiError,
  InvalidInputError,
  MissingConfigError,
  RateLimitedError,
  SyncError,
  UnauthorizedError
} from "./chunk-IMJX6225.js";

// src/gateway/token-cache.ts
import { createHash } from "node:crypto";
var TokenCache = class {
  entries = /* @__PURE__ */ new Map();
  inflight = /* @__PURE__ */ new Map();
  /** The cached token for `key`, or a new one from `fetchToken`; `fresh` tells whether it was just fetched. */
  async get(key, clock, fetchToken) {
    const cached = this.entries.get(key);
    if (cached && clock() < cached.refreshAt) return { token: cached.token, fresh: false };
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = (async () => {
        const issuedAt = clock();
        const { token, expiresInSeconds } = await fetchToken();
        const lifetime = Math.max(0, expiresInSeconds * 1e3);
        const entry2 = {
          token,
          expiresAt: issuedAt + lifetime,
          refreshAt: issuedAt + lifetime - Math.min(6e4, lifetime * 0.1)
        };
        this.entries.set(key, entry2);
        return entry2;
      })().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    const entry = await pending;
    return { token: entry.token, fresh: true };
  }
  /** Forgets `token` for `key` (the server refused it before its announced expiry). */
  invalidate(key, token) {
    if (this.entries.get(key)?.token === token) this.entries.delete(key);
  }
  /** Every token currently cached (used to scrub errors). */
  tokens() {
    return [...this.entries.values()].map((entry) => entry.token);
  }
};
var defaultTokenCache = new TokenCache();
function tokenCacheKey(apiUrl, clientId, clientSecret) {
  const digest = createHash("sha256").update(clientSecret).digest("hex").slice(0, 16);
  return `${apiUrl}
${clientId}
${digest}`;
}

// src/gateway/transport.ts
import { setTimeout as delay } from "node:timers/promises";

// src/gateway/redact.ts
var secretParameter = /token|secret|key|pass|signature|sig$|auth|code|credential|session|cookie/i;
function redactUrl(url) {
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  for (const name of [...new Set(copy.searchParams.keys())]) {
    if (secretParameter.test(name)) copy.searchParams.set(name, "REDACTED");
  }
  return copy.href;
}
function scrubSecrets(text, secrets) {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join("[REDACTED]");
  }
  return result;
}
function truncateBytes(text, maxBytes) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return { text, truncated: false };
  return {
    text: bytes.subarray(0, maxBytes).toString("utf8").replace(/\uFFFD$/, ""),
    truncated: true
  };
}

// src/gateway/retry.ts
function retryPolicy(options = {}) {
  return {
    maxRetries: Math.max(0, Math.floor(options.maxRetries ?? 5)),
    maxDelayMs: Math.max(0, options.maxDelayMs ?? 3e4),
    baseDelayMs: Math.max(0, options.baseDelayMs ?? 500)
  };
}
function parseRetryAfter(value2, now) {
  if (value2 === void 0) return void 0;
  const trimmed = value2.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1e3);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function retryDelay(attempt, policy, retryAfterMs, random) {
  if (retryAfterMs !== void 0) return Math.min(retryAfterMs, policy.maxDelayMs);
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.min(policy.maxDelayMs, Math.round(step / 2 + random() * (step / 2)));
}

// src/gateway/transport.ts
var ERROR_BODY_LIMIT = 4 * 1024;
function transportContext(options, secrets) {
  return {
    fetch: options.fetch ?? globalThis.fetch,
    // A cancelled wait clears its timer: an aborted call leaves nothing that keeps the process alive.
    sleep: options.sleep ?? ((ms, signal) => delay(ms, void 0, signal ? { signal } : {})),
    clock: options.clock ?? Date.now,
    random: options.random ?? Math.random,
    policy: retryPolicy(options.retry),
    secrets
  };
}
async function perform(context, exchange, signal) {
  const response = await context.fetch(exchange.url, {
    method: exchange.method,
    headers: exchange.headers,
    // Never follow redirects: a redirect could carry credentials to a host that is not allowed.
    redirect: "manual",
    ...exchange.body === void 0 ? {} : { body: exchange.body },
    ...signal ? { signal } : {}
  });
  const text = await response.text();
  const headers = {};
  response.headers.forEach((value2, name) => {
    headers[name.toLowerCase()] = value2;
  });
  const answer = {
    status: response.status,
    headers,
    text,
    data: parseJson(text, headers["content-type"])
  };
  parsedBodies.add(answer);
  return answer;
}
var parsedBodies = /* @__PURE__ */ new WeakSet();
function dataIsParsedText(response) {
  return parsedBodies.has(response);
}
function parseJson(text, contentType) {
  if (text === "") return null;
  if (contentType !== void 0 && !/[/+]json\b/i.test(contentType)) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
async function withRetries(context, request, send, signal) {
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    let retryAfter;
    try {
      const response = await send();
      if (response.status < 400) return { response, attempts: attempt + 1 };
      const failure = responseError(context, request, response, attempt + 1);
      if (!failure.isRetryable || attempt >= context.policy.maxRetries) return { response, attempts: attempt + 1 };
      retryAfter = parseRetryAfter(response.headers["retry-after"], context.clock());
    } catch (error) {
      throwIfAborted(signal);
      if (SyncError.isInstance(error)) throw error;
      const failure = networkError(context, request, error, attempt + 1);
      if (!failure.isRetryable || attempt >= context.policy.maxRetries) throw failure;
    }
    await pause(context, retryDelay(attempt, context.policy, retryAfter, context.random), signal);
  }
}
function throwIfAborted(signal) {
  if (signal?.aborted) throw abortReason(signal);
}
function abortReason(signal) {
  return signal.reason instanceof Error ? signal.reason : new Error("the request was aborted");
}
async function pause(context, ms, signal) {
  if (!signal) return context.sleep(ms);
  throwIfAborted(signal);
  let onAbort = () => {
  };
  const aborted = new Promise((_resolve, reject) => {
    onAbort = () => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    await Promise.race([context.sleep(ms, signal), aborted]);
  } catch (error) {
    throwIfAborted(signal);
    throw error;
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  throwIfAborted(signal);
}
function responseError(context, request, response, attempts, what) {
  const secrets = [...context.secrets()];
  const body = truncateBytes(scrubSecrets(response.text, secrets), ERROR_BODY_LIMIT);
  const summary = scrubSecrets(summarize(response), secrets);
  const data = { body: body.text, request, attempts };
  if (body.truncated) data.bodyTruncated = true;
  const prefix = `${what ?? `${request.method} ${request.url}`} failed with HTTP ${response.status}`;
  const message = summary ? `${prefix}: ${summary}` : prefix;
  if (response.status === 401 || response.status === 403) {
    return new UnauthorizedError(message, { data: { status: response.status, ...data } });
  }
  if (response.status === 429) {
    const retryAfter = response.headers["retry-after"];
    return new RateLimitedError(`${message} (still rate limited after ${attempts} attempts)`, {
      data: { status: 429, ...data, ...retryAfter === void 0 ? {} : { retryAfter } }
    });
  }
  const suffix = response.status >= 500 && attempts > 1 ? ` (after ${attempts} attempts)` : "";
  return new ApiError(response.status, `${message}${suffix}`, { data });
}
function networkError(context, request, error, attempts) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : void 0;
  const detail = scrubSecrets(code ?? (cause instanceof Error ? cause.message : String(cause)), context.secrets());
  return new ApiError(
    0,
    `${request.method} ${request.url} failed: network error (${detail}) after ${attempts} attempts`,
    {
      data: { request, attempts, network: true, ...code ? { errorCode: code } : {} }
    }
  );
}
function summarize(response) {
  const data = response.data;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const record = data;
    for (const key of ["error_summary", "error_description", "message"]) {
      if (typeof record[key] === "string") return oneLine(record[key]);
    }
    if (typeof record.error === "string") return oneLine(record.error);
    if (typeof record.error === "object" && record.error !== null) {
      const inner = record.error;
      if (typeof inner.message === "string") return oneLine(inner.message);
      if (typeof inner[".tag"] === "string") return oneLine(inner[".tag"]);
    }
  }
  return oneLine(response.text);
}
function oneLine(text) {
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
}

// src/gateway/pipedream-token.ts
var tokenResponse = external_exports.object({
  access_token: external_exports.string().min(1),
  token_type: external_exports.string().optional(),
  expires_in: external_exports.number().positive()
});
async function pipedreamAccessToken(settings, context, cache = defaultTokenCache, signal) {
  const key = tokenCacheKey(settings.apiUrl, settings.clientId, settings.clientSecret);
  const result = await cache.get(key, context.clock, () => requestToken(settings, context, signal));
  return { ...result, key };
}
async function requestToken(settings, context, signal) {
  const url = `${settings.apiUrl}/v1/oauth/token`;
  const request = { method: "POST", url, headers: ["content-type"] };
  const exchange = {
    method: "POST",
    url,
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      grant_type: "client_credentials",
      client_id: settings.clientId,
      client_secret: settings.clientSecret
    })
  };
  const { response, attempts } = await withRetries(context, request, () => perform(context, exchange, signal), signal);
  if (response.status >= 400) {
    const error = responseError(context, request, response, attempts, "Pipedream OAuth token request");
    if (error.code === "unauthorized" || response.status === 400 && response.text.includes("invalid_client")) {
      throw new UnauthorizedError(`${error.message} (check PIPEDREAM_CLIENT_ID and PIPEDREAM_CLIENT_SECRET)`, {
        data: { ...error.data, status: response.status }
      });
    }
    throw error;
  }
  const parsed = tokenResponse.safeParse(response.data);
  if (!parsed.success) {
    throw new ApiError(response.status, "Pipedream OAuth token response: expected access_token and expires_in", {
      data: { request, issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) }
    });
  }
  return { token: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
}

// src/gateway/settings.ts
var DEFAULT_PIPEDREAM_API_URL = "https://api.pipedream.com";
function directTokenVariable(app) {
  return `SYNCAGENT_TOKEN_${app.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}
function gatewayMode(env) {
  const mode = (value(env, "SYNCAGENT_GATEWAY") ?? "pipedream").toLowerCase();
  if (mode !== "pipedream" && mode !== "direct") {
    throw new InvalidInputError(
      `SYNCAGENT_GATEWAY: expected "pipedream" or "direct", got ${JSON.stringify(env.SYNCAGENT_GATEWAY)}`,
      {
        data: { variable: "SYNCAGENT_GATEWAY" }
      }
    );
  }
  return mode;
}
function resolveGatewaySettings(env, app) {
  if (gatewayMode(env) === "direct") {
    const variable = directTokenVariable(app);
    const token = value(env, variable);
    if (token === void 0) {
      throw new MissingConfigError(
        variable,
        `missing configuration: set ${variable} (the ${app} access token used by SYNCAGENT_GATEWAY=direct)`
      );
    }
    return { mode: "direct", token, variable };
  }
  return resolvePipedreamSettings(env);
}
function resolvePipedreamSettings(env) {
  const required = ["PIPEDREAM_CLIENT_ID", "PIPEDREAM_CLIENT_SECRET", "PIPEDREAM_PROJECT_ID"];
  const missing = required.filter((name) => value(env, name) === void 0);
  if (missing.length > 0) {
    throw new MissingConfigError(
      missing[0],
      `missing configuration: set ${missing.join(", ")} (Pipedream Connect gateway; or set SYNCAGENT_GATEWAY=direct with SYNCAGENT_TOKEN_<APP>)`,
      { data: { variables: missing } }
    );
  }
  const environment = (value(env, "PIPEDREAM_ENVIRONMENT") ?? "development").toLowerCase();
  if (environment !== "development" && environment !== "production") {
    throw new InvalidInputError(
      `PIPEDREAM_ENVIRONMENT: expected "development" or "production", got ${JSON.stringify(env.PIPEDREAM_ENVIRONMENT)}`,
      { data: { variable: "PIPEDREAM_ENVIRONMENT" } }
    );
  }
  const apiUrl = value(env, "PIPEDREAM_API_URL") ?? DEFAULT_PIPEDREAM_API_URL;
  let parsed;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new InvalidInputError(`PIPEDREAM_API_URL: expected an http(s) URL, got ${JSON.stringify(apiUrl)}`, {
      data: { variable: "PIPEDREAM_API_URL" }
    });
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new InvalidInputError(`PIPEDREAM_API_URL: expected an http(s) URL, got ${JSON.stringify(apiUrl)}`, {
      data: { variable: "PIPEDREAM_API_URL" }
    });
  }
  return {
    mode: "pipedream",
    clientId: value(env, "PIPEDREAM_CLIENT_ID"),
    clientSecret: value(env, "PIPEDREAM_CLIENT_SECRET"),
    projectId: value(env, "PIPEDREAM_PROJECT_ID"),
    environment,
    apiUrl: `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`
  };
}
function value(env, name) {
  const raw = env[name];
  return raw === void 0 || raw.trim() === "" ? void 0 : raw.trim();
}

// src/gateway/accounts.ts
var accountSchema = external_exports.object({
  id: external_exports.string().min(1),
  name: external_exports.string().nullish(),
  external_id: external_exports.string().nullish(),
  external_user_id: external_exports.string().nullish(),
  healthy: external_exports.boolean().nullish(),
  dead: external_exports.boolean().nullish(),
  app: external_exports.object({
    name_slug: external_exports.string().min(1),
    name: external_exports.string(),
    // Where the proxy may go for this app (the sync agent's probing starts there).
    connect: external_exports.object({ allowed_domains: external_exports.array(external_exports.string()).nullish(), base_proxy_target_url: external_exports.string().nullish() }).nullish()
  }),
  created_at: external_exports.string().nullish(),
  updated_at: external_exports.string().nullish()
});
async function getAccount(env, accountId, options = {}) {
  const settings = resolvePipedreamSettings(env);
  const tokenCache = options.tokenCache ?? defaultTokenCache;
  const context = transportContext(options, () => [settings.clientSecret, ...tokenCache.tokens()]);
  const url = `${settings.apiUrl}/v1/connect/${encodeURIComponent(settings.projectId)}/accounts/${encodeURIComponent(accountId)}`;
  const request = { method: "GET", url, headers: ["x-pd-environment"] };
  const send = async () => {
    const { token } = await pipedreamAccessToken(settings, context, tokenCache, options.signal);
    return perform(
      context,
      {
        method: "GET",
        url,
        headers: {
          authorization: `Bearer ${token}`,
          "x-pd-environment": settings.environment,
          accept: "application/json"
        }
      },
      options.signal
    );
  };
  const { response, attempts } = await withRetries(context, request, send, options.signal);
  if (response.status >= 400) {
    throw responseError(
      context,
      request,
      response,
      attempts,
      `Pipedream Connect account ${accountId} (${settings.environment})`
    );
  }
  const body = response.data;
  const raw = typeof body === "object" && body !== null && "data" in body && !("id" in body) ? body.data : body;
  const parsed = accountSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(response.status, `Pipedream Connect account ${accountId}: unexpected response shape`, {
      data: { request, issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) }
    });
  }
  const account = parsed.data;
  const result = { id: account.id, app: { name_slug: account.app.name_slug, name: account.app.name } };
  const externalUserId = account.external_user_id ?? account.external_id;
  if (externalUserId) result.external_user_id = externalUserId;
  if (account.name) result.name = account.name;
  if (typeof account.healthy === "boolean") result.healthy = account.healthy;
  if (typeof account.dead === "boolean") result.dead = account.dead;
  if (account.created_at) result.created_at = account.created_at;
  if (account.updated_at) result.updated_at = account.updated_at;
  const domains = account.app.connect?.allowed_domains;
  if (domains && domains.length > 0) result.allowed_domains = domains.map((domain) => domain.toLowerCase());
  if (account.app.connect?.base_proxy_target_url)
    result.base_proxy_target_url = account.app.connect.base_proxy_target_url;
  return result;
}

// src/gateway/host-name.ts
import { isIP } from "node:net";
var privateTopLevels = /* @__PURE__ */ new Set(["localhost", "local", "internal", "intranet", "lan", "home", "corp", "arpa", "alt"]);
var label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
var topLevel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
function hostNameProblem(host) {
  const bracketless = host.replace(/^\[(.*)\]$/, "$1");
  if (isIP(bracketless) !== 0) return `expected a host name, not an IP address (${host})`;
  if (/^[a-z0-9.-]+:\d+$/i.test(host)) {
    return `expected a host name without a port (${host}): the gateway only sends https to the default port`;
  }
  if (!/^[a-z0-9.-]+$/.test(host) || host.length > 253) {
    return "expected a lower-case host name such as api.example.com, without scheme, path, port or spaces";
  }
  const labels = host.split(".");
  if (labels.length < 2) {
    return `expected a public host name such as api.example.com, not a single label like ${JSON.stringify(host)}`;
  }
  if (labels.some((part) => !label.test(part))) {
    return `expected a host name made of labels of a-z, 0-9 and inner hyphens, 1-63 characters each (${JSON.stringify(host)})`;
  }
  const last = labels[labels.length - 1];
  if (/^[0-9]+$/.test(last) || /^0x[0-9a-f]*$/.test(last)) {
    return `expected a host name, not an IP address (${host})`;
  }
  if (!topLevel.test(last)) return `expected a host name ending in an alphabetic top-level name (${host})`;
  if (privateTopLevels.has(last)) {
    return `expected a public host name; .${last} names this machine or a private network (${host})`;
  }
  return void 0;
}

// src/gateway/create-gateway.ts
var forbiddenHeaders = /* @__PURE__ */ new Set([
  "host",
  "content-length",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "proxy-authorization",
  "proxy-connection"
]);
var headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var methodName = /^[A-Z]+$/;
function createGateway(options) {
  const settings = resolveGatewaySettings(options.env, options.connection.app);
  const tokenCache = options.tokenCache ?? defaultTokenCache;
  const seenTokens = /* @__PURE__ */ new Set();
  const context = transportContext(options, () => secretsOf(settings, seenTokens, tokenCache));
  const allowed = new Set(options.allowedHosts.map((host) => host.trim().toLowerCase()).filter((host) => host !== ""));
  for (const host of allowed) {
    const problem = hostNameProblem(host);
    if (problem) throw new InvalidInputError(`gateway allowed hosts: ${problem}`, { data: { host } });
  }
  return {
    async request(request, callOptions = {}) {
      const signal = callOptions.signal;
      const prepared = prepare(request, allowed);
      const redacted = {
        method: prepared.method,
        url: redactUrl(prepared.target),
        headers: Object.keys(prepared.headers)
      };
      const send = settings.mode === "direct" ? () => perform(context, directExchange(prepared, settings.token), signal) : () => sendThroughProxy(context, settings, tokenCache, seenTokens, options.connection, prepared, signal);
      const { response, attempts } = await withRetries(context, redacted, send, signal);
      if (response.status >= 400) throw responseError(context, redacted, response, attempts);
      return response;
    }
  };
}
function prepare(request, allowed) {
  if (typeof request !== "object" || request === null) throw new InvalidInputError("http request: expected an object");
  const method = (request.method ?? "GET").toUpperCase();
  if (!methodName.test(method))
    throw new InvalidInputError(`http request: invalid method ${JSON.stringify(request.method)}`);
  if (typeof request.url !== "string") throw new InvalidInputError("http request: url must be a string");
  let target;
  try {
    target = new URL(request.url);
  } catch {
    throw new InvalidInputError(
      `http request: url is not an absolute URL: ${JSON.stringify(request.url.slice(0, 200))}`
    );
  }
  if (target.protocol !== "https:") {
    throw new InvalidInputError(
      `http request: only https URLs are allowed, got ${target.protocol.replace(/:$/, "")}://${target.host}`
    );
  }
  if (target.username !== "" || target.password !== "") {
    throw new InvalidInputError(`http request: credentials in the URL are not allowed (${target.host})`);
  }
  const host = target.hostname.toLowerCase();
  if (!allowed.has(host) && !allowed.has(target.host.toLowerCase())) {
    const list = allowed.size === 0 ? 'none (sync.json "hosts" is empty)' : [...allowed].sort().join(", ");
    throw new InvalidInputError(`http request: host ${host} is not allowed; allowed hosts: ${list}`, {
      data: { host, allowedHosts: [...allowed].sort() }
    });
  }
  const headers = {};
  for (const [name, value2] of Object.entries(request.headers ?? {})) {
    if (!headerName.test(name))
      throw new InvalidInputError(`http request: invalid header name ${JSON.stringify(name)}`);
    if (typeof value2 !== "string" || /[\r\n\0]/.test(value2)) {
      throw new InvalidInputError(`http request: header ${name} must be a single-line string`);
    }
    const lower = name.toLowerCase();
    if (!forbiddenHeaders.has(lower)) headers[lower] = value2;
  }
  let body;
  if (request.body !== void 0 && request.body !== null) {
    if (typeof request.body === "string") {
      body = request.body;
    } else if (typeof request.body === "object") {
      body = JSON.stringify(request.body);
      headers["content-type"] ??= "application/json";
    } else {
      throw new InvalidInputError("http request: body must be a string, an object, an array or null");
    }
  }
  if (body !== void 0 && (method === "GET" || method === "HEAD")) {
    throw new InvalidInputError(`http request: a ${method} request cannot have a body`);
  }
  return { method, target, headers, ...body === void 0 ? {} : { body } };
}
function directExchange(prepared, token) {
  return {
    method: prepared.method,
    url: prepared.target.href,
    headers: { ...prepared.headers, authorization: `Bearer ${token}` },
    ...prepared.body === void 0 ? {} : { body: prepared.body }
  };
}
function proxyExchange(settings, connection, prepared, token) {
  const encoded = Buffer.from(prepared.target.href, "utf8").toString("base64url");
  const url = new URL(`${settings.apiUrl}/v1/connect/${encodeURIComponent(settings.projectId)}/proxy/${encoded}`);
  url.searchParams.set("external_user_id", connection.externalUserId);
  url.searchParams.set("account_id", connection.accountId);
  const headers = {};
  for (const [name, value2] of Object.entries(prepared.headers)) headers[`x-pd-proxy-${name}`] = value2;
  if (prepared.body !== void 0 && prepared.headers["content-type"] !== void 0) {
    headers["content-type"] = prepared.headers["content-type"];
  }
  headers.authorization = `Bearer ${token}`;
  headers["x-pd-environment"] = settings.environment;
  return {
    method: prepared.method,
    url: url.href,
    headers,
    ...prepared.body === void 0 ? {} : { body: prepared.body }
  };
}
async function sendThroughProxy(context, settings, tokenCache, seenTokens, connection, prepared, signal) {
  const first = await pipedreamAccessToken(settings, context, tokenCache, signal);
  seenTokens.add(first.token);
  const response = await perform(context, proxyExchange(settings, connection, prepared, first.token), signal);
  if (response.status !== 401 || first.fresh) return response;
  tokenCache.invalidate(first.key, first.token);
  const second = await pipedreamAccessToken(settings, context, tokenCache, signal);
  seenTokens.add(second.token);
  return perform(context, proxyExchange(settings, connection, prepared, second.token), signal);
}
function secretsOf(settings, seenTokens, tokenCache) {
  const secrets = [...seenTokens, ...tokenCache.tokens()];
  if (settings.mode === "direct") secrets.push(settings.token);
  else secrets.push(settings.clientSecret);
  return secrets;
}

// src/engine/registry.ts
var slugSchema = external_exports.string().min(1).max(64).refine(
  (value2) => value2.length > 64 || isSlug(value2),
  "expected 1-64 characters of a-z, 0-9 and single inner hyphens"
);
var hostSchema = external_exports.string().superRefine((host, context) => {
  const problem = hostNameProblem(host);
  if (problem) context.addIssue({ code: "custom", message: problem });
});
var signatureSchema = external_exports.object({
  header: external_exports.string().min(1).regex(/^[A-Za-z0-9-]+$/, "expected an HTTP header name"),
  scheme: external_exports.literal("hmac-sha256-hex"),
  secretEnv: external_exports.string().regex(/^[A-Z][A-Z0-9_]*$/, "expected an environment variable name (A-Z, 0-9, _)")
}).strict();
var challengeSchema = external_exports.object({
  query: external_exports.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "expected a query parameter name (1-64 of A-Z, a-z, 0-9, _ . -)")
}).strict();
var syncJsonSchema = external_exports.object({
  version: external_exports.literal(1),
  slug: slugSchema,
  app: slugSchema,
  accountId: external_exports.string().min(1),
  externalUserId: external_exports.string().min(1),
  flavor: external_exports.enum(["sync-engine", "api-only"]),
  status: external_exports.enum(["active", "paused", "pending-review"]),
  handler: external_exports.string().regex(/^[A-Za-z0-9_.-]+\.js$/, "expected a file name ending in .js").optional(),
  mirrorPrefix: external_exports.string().regex(/^mirrors\/[a-z0-9-]+\/$/, 'expected "mirrors/<slug>/"'),
  hosts: external_exports.array(hostSchema),
  signals: external_exports.object({
    webhook: external_exports.object({ signature: signatureSchema.optional(), challenge: challengeSchema.optional() }).strict().optional(),
    poll: external_exports.object({ everyMinutes: external_exports.number().int().positive() }).strict().optional(),
    renew: external_exports.object({ everyHours: external_exports.number().positive() }).strict().optional()
  }).strict().default({}),
  createdBy: external_exports.string().min(1)
}).strict().superRefine((value2, context) => {
  if (value2.mirrorPrefix !== `mirrors/${value2.slug}/`) {
    context.addIssue({
      code: "custom",
      path: ["mirrorPrefix"],
      message: `expected "mirrors/${value2.slug}/" (the slug's mirror)`
    });
  }
  if (value2.flavor === "sync-engine" && value2.handler === void 0) {
    context.addIssue({ code: "custom", path: ["handler"], message: "a sync-engine sync names its handler file" });
  }
});
function parseSyncJson(text, file) {
  let value2;
  try {
    value2 = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${file}: not valid JSON (${error.message})`, { data: { file } });
  }
  const result = syncJsonSchema.safeParse(value2);
  if (!result.success) throw new InvalidInputError(formatIssues(file, result.error), { data: { file } });
  return result.data;
}
async function loadSync(reader, slug) {
  validateSlug(slug);
  const paths = syncPaths(slug);
  const text = await reader.readText(paths.syncJson);
  if (text === null) {
    throw new InvalidInputError(`unknown sync "${slug}": ${paths.syncJson} does not exist (see \`syncagent status\`)`, {
      data: { slug }
    });
  }
  const config = parseSyncJson(text, paths.syncJson);
  if (config.slug !== slug) {
    throw new InvalidInputError(`${paths.syncJson}: slug: expected "${slug}" (the folder name), got "${config.slug}"`, {
      data: { file: paths.syncJson }
    });
  }
  return { slug, config, paths };
}
async function listSyncSlugs(reader) {
  const entries = await reader.list("handlers");
  const slugs = [];
  for (const entry of entries) {
    if (entry.type !== "dir") continue;
    const slug = entry.path.slice("handlers/".length);
    if (!isSlug(slug)) continue;
    if (await reader.size(syncPaths(slug).syncJson) !== null) slugs.push(slug);
  }
  return slugs.sort();
}
function formatSyncJson(config) {
  return `${JSON.stringify(config, null, 2)}
`;
}
async function readHandlerSource(reader, config) {
  const { slug } = config;
  if (config.flavor !== "sync-engine" || !config.handler) {
    throw new InvalidInputError(`sync "${slug}" is ${config.flavor}: it has no handler to run`, { data: { slug } });
  }
  const filename = `${syncPaths(slug).handlerDir}/${config.handler}`;
  const text = await reader.readText(filename);
  if (text === null)
    throw new InvalidInputError(`${filename} does not exist (sync.json names it)`, { data: { file: filename } });
  return { text, filename };
}

export {
  scrubSecrets,
  truncateBytes,
  dataIsParsedText,
  gatewayMode,
  getAccount,
  createGateway,
  syncJsonSchema,
  parseSyncJson,
  loadSync,
  listSyncSlugs,
  formatSyncJson,
  readHandlerSource
};
