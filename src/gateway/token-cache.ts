import { createHash } from 'node:crypto';

/** A bearer token and when it stops being valid (epoch ms). */
export interface CachedToken {
  token: string;
  expiresAt: number;
}

interface Entry extends CachedToken {
  /** When to fetch a new one: shortly before expiry. */
  refreshAt: number;
}

/**
 * Process-wide cache of Pipedream OAuth tokens, shareable across gateways: one token request serves every call until
 * shortly before expiry (10% of the lifetime, at most 60 s early), and concurrent callers share one in-flight request.
 */
export class TokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Entry>>();

  /** The cached token for `key`, or a new one from `fetchToken`; `fresh` tells whether it was just fetched. */
  async get(
    key: string,
    clock: () => number,
    fetchToken: () => Promise<{ token: string; expiresInSeconds: number }>,
  ): Promise<{ token: string; fresh: boolean }> {
    const cached = this.entries.get(key);
    if (cached && clock() < cached.refreshAt) return { token: cached.token, fresh: false };
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = (async () => {
        const issuedAt = clock();
        const { token, expiresInSeconds } = await fetchToken();
        const lifetime = Math.max(0, expiresInSeconds * 1000);
        const entry: Entry = {
          token,
          expiresAt: issuedAt + lifetime,
          refreshAt: issuedAt + lifetime - Math.min(60_000, lifetime * 0.1),
        };
        this.entries.set(key, entry);
        return entry;
      })().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    const entry = await pending;
    return { token: entry.token, fresh: true };
  }

  /** Forgets `token` for `key` (the server refused it before its announced expiry). */
  invalidate(key: string, token: string): void {
    if (this.entries.get(key)?.token === token) this.entries.delete(key);
  }

  /** Every token currently cached (used to scrub errors). */
  tokens(): string[] {
    return [...this.entries.values()].map((entry) => entry.token);
  }
}

/** A new, empty token cache. */
export function createTokenCache(): TokenCache {
  return new TokenCache();
}

/** The process-wide default cache used when a caller passes none. */
export const defaultTokenCache = new TokenCache();

/** The cache key of a Pipedream OAuth client (the secret only enters as a digest). */
export function tokenCacheKey(apiUrl: string, clientId: string, clientSecret: string): string {
  const digest = createHash('sha256').update(clientSecret).digest('hex').slice(0, 16);
  return `${apiUrl}\n${clientId}\n${digest}`;
}
