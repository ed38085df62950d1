import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An HTTP answer decided inside a route: thrown, then written by the server as text or JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Reads a request body up to `limit` bytes; a bigger one (declared or sent) is a 413. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 'NaN');
  if (declared > limit) throw new HttpError(413, `request body is ${declared} bytes; the limit is ${limit} bytes`);
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request) {
    received += (chunk as Buffer).length;
    if (received > limit) throw new HttpError(413, `request body is over the limit of ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Writes a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = `${JSON.stringify(value)}\n`;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

/** Writes a plain-text answer (nosniff: an echoed challenge must never be read as HTML). */
export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

/** Compares two secrets in constant time (for their common length). */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bearer token of a request (`Authorization: Bearer …`), or `?token=` when `allowQuery`. */
export function bearerToken(request: IncomingMessage, url: URL, allowQuery: boolean): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (match) return match[1];
  return allowQuery ? (url.searchParams.get('token') ?? undefined) : undefined;
}

/**
 * Checks a bearer token against the setting `variable`: unset → 503 (the route is not configured),
 * absent or wrong → 401. The token never appears in an answer or a log.
 */
export function requireBearer(
  request: IncomingMessage,
  url: URL,
  env: NodeJS.ProcessEnv,
  variable: string,
  allowQuery: boolean,
): void {
  const expected = env[variable];
  if (expected === undefined || expected === '') {
    throw new HttpError(503, `this route is not configured: set ${variable} on the service`);
  }
  const given = bearerToken(request, url, allowQuery);
  if (given === undefined || !sameSecret(given, expected)) {
    throw new HttpError(401, 'missing or wrong bearer token', { 'www-authenticate': 'Bearer' });
  }
}

/** Request headers as a flat record with lower-cased names (repeated headers joined with ", "). */
export function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
