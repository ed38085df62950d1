import { setTimeout as delay } from 'node:timers/promises';
import { ApiError, RateLimitedError, SyncError, UnauthorizedError } from '../errors.js';
import { scrubSecrets, truncateBytes } from './redact.js';
import { parseRetryAfter, type RetryPolicy, retryDelay, retryPolicy } from './retry.js';
import type { GatewayResponse, RetryOptions } from './types.js';

/** How much of a failed response body an error carries. */
export const ERROR_BODY_LIMIT = 4 * 1024;

/** What an error may say about the request: method, redacted URL, header names only. */
export interface RedactedRequest {
  method: string;
  url: string;
  headers: string[];
}

/** One HTTP exchange, ready for fetch. */
export interface Exchange {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** The moving parts shared by every remote call of the gateway. */
export interface TransportContext {
  fetch: typeof fetch;
  /** Waits between attempts; ends early (rejects) when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  clock: () => number;
  random: () => number;
  policy: RetryPolicy;
  /** Every secret that must never appear in an error (tokens, client secret). */
  secrets: () => Iterable<string>;
}

/** The injectable parts of a TransportContext; each defaults to the real one. */
export interface TransportOptions {
  fetch?: typeof fetch;
  /** Waits between attempts (default a timer that the call's abort signal cancels). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  clock?: () => number;
  random?: () => number;
  retry?: RetryOptions;
}

/** A TransportContext from the caller's options and the secrets its errors must never show. */
export function transportContext(options: TransportOptions, secrets: () => Iterable<string>): TransportContext {
  return {
    fetch: options.fetch ?? globalThis.fetch,
    // A cancelled wait clears its timer: an aborted call leaves nothing that keeps the process alive.
    sleep: options.sleep ?? ((ms, signal) => delay(ms, undefined, signal ? { signal } : {})),
    clock: options.clock ?? Date.now,
    random: options.random ?? Math.random,
    policy: retryPolicy(options.retry),
    secrets,
  };
}

/** Sends one exchange and reads the whole response. */
export async function perform(
  context: TransportContext,
  exchange: Exchange,
  signal?: AbortSignal,
): Promise<GatewayResponse> {
  const response = await context.fetch(exchange.url, {
    method: exchange.method,
    headers: exchange.headers,
    // Never follow redirects: a redirect could carry credentials to a host that is not allowed.
    redirect: 'manual',
    ...(exchange.body === undefined ? {} : { body: exchange.body }),
    ...(signal ? { signal } : {}),
  });
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const answer: GatewayResponse = {
    status: response.status,
    headers,
    text,
    data: parseJson(text, headers['content-type']),
  };
  parsedBodies.add(answer);
  return answer;
}

// Responses built by `perform`, whose `data` is JSON.parse(text) or null.
const parsedBodies = new WeakSet<GatewayResponse>();

/**
 * Whether `data` of this response is exactly `JSON.parse(text)` (or null because the body is not JSON), as it is for
 * every response the gateway read itself; false for objects built elsewhere (a test double, say).
 */
export function dataIsParsedText(response: GatewayResponse): boolean {
  return parsedBodies.has(response);
}

/** JSON when the content type says so (or is absent and the text parses); null otherwise. */
function parseJson(text: string, contentType: string | undefined): unknown | null {
  if (text === '') return null;
  if (contentType !== undefined && !/[/+]json\b/i.test(contentType)) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Runs `send` until it answers something other than a retryable failure, waiting between attempts with exponential
 * backoff and jitter or as `Retry-After` asks (each wait capped), at most `policy.maxRetries` retries. Whether a
 * failure is worth another attempt is the typed error's own `isRetryable` (429, 5xx and network errors are; 401, 403
 * and other 4xx are not). Returns the last response (which may still be a failure); throws `api_error` when the
 * network kept failing. When `signal` aborts, the request in flight and any wait end at once with its reason, and
 * nothing is sent again.
 */
export async function withRetries(
  context: TransportContext,
  request: RedactedRequest,
  send: () => Promise<GatewayResponse>,
  signal?: AbortSignal,
): Promise<{ response: GatewayResponse; attempts: number }> {
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    let retryAfter: number | undefined;
    try {
      const response = await send();
      if (response.status < 400) return { response, attempts: attempt + 1 };
      const failure = responseError(context, request, response, attempt + 1);
      if (!failure.isRetryable || attempt >= context.policy.maxRetries) return { response, attempts: attempt + 1 };
      retryAfter = parseRetryAfter(response.headers['retry-after'], context.clock());
    } catch (error) {
      throwIfAborted(signal);
      // A typed failure from below (the token request) had its own retries.
      if (SyncError.isInstance(error)) throw error;
      const failure = networkError(context, request, error, attempt + 1);
      if (!failure.isRetryable || attempt >= context.policy.maxRetries) throw failure;
    }
    await pause(context, retryDelay(attempt, context.policy, retryAfter, context.random), signal);
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('the request was aborted');
}

// The wait before the next attempt, ended early by the signal even when an injected sleep ignores it.
async function pause(context: TransportContext, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return context.sleep(ms);
  throwIfAborted(signal);
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([context.sleep(ms, signal), aborted]);
  } catch (error) {
    throwIfAborted(signal); // the reason, rather than the timer's AbortError
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  throwIfAborted(signal);
}

/** Maps a final error response to the typed error: 401/403 unauthorized, 429 rate_limited, the rest api_error. */
export function responseError(
  context: TransportContext,
  request: RedactedRequest,
  response: GatewayResponse,
  attempts: number,
  what?: string,
): SyncError {
  const secrets = [...context.secrets()];
  const body = truncateBytes(scrubSecrets(response.text, secrets), ERROR_BODY_LIMIT);
  const summary = scrubSecrets(summarize(response), secrets);
  const data: Record<string, unknown> = { body: body.text, request, attempts };
  if (body.truncated) data.bodyTruncated = true;
  const prefix = `${what ?? `${request.method} ${request.url}`} failed with HTTP ${response.status}`;
  const message = summary ? `${prefix}: ${summary}` : prefix;
  if (response.status === 401 || response.status === 403) {
    return new UnauthorizedError(message, { data: { status: response.status, ...data } });
  }
  if (response.status === 429) {
    const retryAfter = response.headers['retry-after'];
    return new RateLimitedError(`${message} (still rate limited after ${attempts} attempts)`, {
      data: { status: 429, ...data, ...(retryAfter === undefined ? {} : { retryAfter }) },
    });
  }
  const suffix = response.status >= 500 && attempts > 1 ? ` (after ${attempts} attempts)` : '';
  return new ApiError(response.status, `${message}${suffix}`, { data });
}

function networkError(context: TransportContext, request: RedactedRequest, error: unknown, attempts: number): ApiError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause
      ? String((cause as { code: unknown }).code)
      : undefined;
  const detail = scrubSecrets(code ?? (cause instanceof Error ? cause.message : String(cause)), context.secrets());
  return new ApiError(
    0,
    `${request.method} ${request.url} failed: network error (${detail}) after ${attempts} attempts`,
    {
      data: { request, attempts, network: true, ...(code ? { errorCode: code } : {}) },
    },
  );
}

/** A one-line reason from a JSON error body (Dropbox `error_summary`, OAuth `error_description`, `message`, `error`). */
function summarize(response: GatewayResponse): string {
  const data = response.data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    for (const key of ['error_summary', 'error_description', 'message']) {
      if (typeof record[key] === 'string') return oneLine(record[key] as string);
    }
    if (typeof record.error === 'string') return oneLine(record.error);
    if (typeof record.error === 'object' && record.error !== null) {
      const inner = record.error as Record<string, unknown>;
      if (typeof inner.message === 'string') return oneLine(inner.message);
      if (typeof inner['.tag'] === 'string') return oneLine(inner['.tag'] as string);
    }
  }
  return oneLine(response.text);
}

function oneLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
