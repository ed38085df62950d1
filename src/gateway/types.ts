/** A request a handler (or the agent) sends through the gateway. */
export interface GatewayRequest {
  /** HTTP method, default GET. */
  method?: string;
  /** Absolute https URL of the target API; its host must be allowed. */
  url: string;
  headers?: Record<string, string>;
  /** A string is sent as is; an object or array is sent as JSON with `content-type: application/json`. */
  body?: string | Record<string, unknown> | unknown[] | null;
}

/** The target API's answer. */
export interface GatewayResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  text: string;
  /** The parsed JSON body, or null when the body is not JSON. */
  data: unknown | null;
}

/** Options of one gateway call. */
export interface GatewayCallOptions {
  signal?: AbortSignal;
}

/** Authenticated HTTP for handlers: the only way sandboxed code reaches a remote API. */
export interface Gateway {
  request(request: GatewayRequest, options?: GatewayCallOptions): Promise<GatewayResponse>;
}

/** Which connection a gateway acts for. */
export interface ConnectionRef {
  /** App slug, e.g. `dropbox`. */
  app: string;
  /** Pipedream account id (`apn_...`). */
  accountId: string;
  externalUserId: string;
}

/** Bounds of the retry policy for 429, 5xx and network errors. */
export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  maxRetries?: number;
  /** Cap of any single wait, Retry-After included (default 30 s). */
  maxDelayMs?: number;
  /** First backoff step before jitter (default 500 ms). */
  baseDelayMs?: number;
}
