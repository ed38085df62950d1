import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as a fake server saw it: lower-cased header names, the raw body as text. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

/** A loopback HTTP server started by the testkit. */
export interface LoopbackServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:53123`. */
  url: string;
  /** Stops listening and drops open connections (long polls included). */
  close(): Promise<void>;
}

/** A request handler that receives the fully read body. */
export type LoopbackHandler = (
  request: RecordedRequest,
  response: ServerResponse,
  raw: IncomingMessage,
) => Promise<void> | void;

/** Starts a node:http server on 127.0.0.1, on `port` (default 0: an ephemeral one). */
export async function startLoopbackServer(
  handler: LoopbackHandler,
  options: { onClose?: () => void; port?: number } = {},
): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((raw, response) => {
    readRequest(raw)
      .then((request) => handler(request, response, raw))
      .catch((error: unknown) => {
        if (!response.headersSent) {
          sendText(response, 500, `fake server error: ${error instanceof Error ? error.message : String(error)}`);
        } else {
          response.destroy();
        }
      });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        options.onClose?.();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

async function readRequest(raw: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of raw) chunks.push(chunk as Buffer);
  const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (raw.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

/** Writes a JSON response. */
export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

/** Writes a plain-text response. */
export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
