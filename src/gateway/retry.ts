import type { RetryOptions } from './types.js';

/** The resolved retry bounds. */
export interface RetryPolicy {
  maxRetries: number;
  maxDelayMs: number;
  baseDelayMs: number;
}

/** Fills in the defaults: 5 retries, 30 s cap per wait, 500 ms first step. */
export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    maxRetries: Math.max(0, Math.floor(options.maxRetries ?? 5)),
    maxDelayMs: Math.max(0, options.maxDelayMs ?? 30_000),
    baseDelayMs: Math.max(0, options.baseDelayMs ?? 500),
  };
}

/**
 * Milliseconds a `Retry-After` value asks for: delta-seconds or an HTTP-date (RFC 9110 section 10.2.3);
 * undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The wait before retry number `attempt` (0-based): Retry-After when given, else exponential backoff with jitter. */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  // "Equal jitter": at least half the step, so waits still grow while concurrent clients spread out.
  return Math.min(policy.maxDelayMs, Math.round(step / 2 + random() * (step / 2)));
}
