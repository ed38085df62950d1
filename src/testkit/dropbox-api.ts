import type { ServerResponse } from 'node:http';
import {
  BadArgumentError,
  CursorResetError,
  type DropboxDeletedMetadata,
  type DropboxFileMetadata,
  type DropboxFolderMetadata,
  type DropboxMetadata,
  DropboxTree,
  type ListFolderOptions,
  LookupError,
} from './dropbox-tree.js';
import { type RecordedRequest, sendJson, sendText, startLoopbackServer } from './http-server.js';

/*
 * A Dropbox-compatible API on loopback. Endpoints and shapes follow the Dropbox API v2 HTTP reference
 * (https://www.dropbox.com/developers/documentation/http/documentation): RPC endpoints take JSON bodies with
 * `Content-Type: application/json` and answer JSON; malformed input is a 400 with a plain-text body; endpoint errors
 * are 409 with `{"error_summary": "...", "error": {".tag": ...}}`; an invalid or revoked token is a 401
 * `{"error_summary": "invalid_access_token/...", "error": {".tag": "invalid_access_token"}}`; rate limiting is a 429
 * with a `Retry-After` header (seconds) and `{"error_summary": "too_many_requests/...", "error": {"reason":
 * {".tag": "too_many_requests"}, "retry_after": N}}` (auth.RateLimitError: reason + retry_after). files/list_folder/longpoll
 * lives on notify.dropboxapi.com, needs no Authorization header, takes `timeout` seconds (30..480, default 30) and
 * answers `{"changes": bool}` (optionally `backoff`). files/download lives on content.dropboxapi.com: its argument is
 * JSON in the `Dropbox-API-Arg` header and it answers the file's bytes with `Dropbox-API-Result`. One server serves all
 * three hosts; map api.dropboxapi.com, notify.dropboxapi.com and content.dropboxapi.com to its URL.
 */

/** Options of the fake Dropbox API. */
export interface DropboxApiOptions {
  /** The bearer token requests must carry. */
  accessToken: string;
  /** Clock for server_modified (default Date.now). */
  clock?: () => number;
  /** An existing tree to serve (default: a new empty one). */
  tree?: DropboxTree;
  /** Upper bound of a longpoll wait in ms, whatever `timeout` asks (default 30 s; tests use a small value). */
  longpollMaxWaitMs?: number;
  /** The account id returned by users/get_current_account (default `dbid:fake-account`). */
  accountId?: string;
}

/** A running fake Dropbox API, with the methods that change its tree. */
export interface DropboxApiFake {
  url: string;
  close(): Promise<void>;
  /** The tree behind the API (also reachable through the shortcut methods below). */
  tree: DropboxTree;
  /** Every request received, oldest first. */
  requests: RecordedRequest[];
  addFile(
    path: string,
    options?: { size?: number; content?: string | Buffer; clientModified?: string },
  ): DropboxFileMetadata;
  addFolder(path: string): DropboxFolderMetadata;
  modifyFile(path: string, options?: { size?: number; content?: string | Buffer }): DropboxFileMetadata;
  move(from: string, to: string): DropboxMetadata;
  delete(path: string): DropboxDeletedMetadata;
  /** A case-only rename (`/Docs` → `/DOCS`): same path_lower, new path_display. */
  renameCase(path: string, newDisplay: string): DropboxMetadata;
  /** The current tree as metadata entries sorted by path_lower. */
  snapshot(): Array<DropboxFileMetadata | DropboxFolderMetadata>;
  /** Outstanding cursors now get `409 reset`. */
  resetCursors(): void;
  /** The next `times` calls get 429 with `Retry-After: retryAfterSeconds`. */
  rateLimit(options: { times: number; retryAfterSeconds?: number }): void;
  /** The access token stops working (401 invalid_access_token) until `restoreToken()`. */
  revokeToken(): void;
  restoreToken(): void;
}

type Endpoint = (args: Record<string, unknown>) => Promise<unknown> | unknown;

/** Starts the fake Dropbox API on 127.0.0.1 with an ephemeral port. */
export async function startDropboxApi(options: DropboxApiOptions): Promise<DropboxApiFake> {
  const tree = options.tree ?? new DropboxTree(options.clock);
  const requests: RecordedRequest[] = [];
  const longpollMaxWaitMs = options.longpollMaxWaitMs ?? 30_000;
  const accountId = options.accountId ?? 'dbid:fake-account';
  const waiters = new Set<() => void>();
  let rateLimitRemaining = 0;
  let retryAfterSeconds = 1;
  let revoked = false;

  const endpoints: Record<string, { auth: boolean; args: boolean; run: Endpoint }> = {
    'files/list_folder': { auth: true, args: true, run: (args) => tree.listFolder(listFolderOptions(args)) },
    'files/list_folder/continue': {
      auth: true,
      args: true,
      run: (args) => tree.continue(requireString(args, 'cursor')),
    },
    'files/list_folder/get_latest_cursor': {
      auth: true,
      args: true,
      run: (args) => ({ cursor: tree.latestCursor(listFolderOptions(args)) }),
    },
    'files/list_folder/longpoll': { auth: false, args: true, run: (args) => longpoll(args) },
    'users/get_current_account': {
      auth: true,
      args: false,
      run: () => ({
        account_id: accountId,
        name: {
          given_name: 'Sample',
          surname: 'User',
          familiar_name: 'Sample',
          display_name: 'Sample User',
          abbreviated_name: 'SU',
        },
        email: 'sample.user@example.com',
        email_verified: true,
        disabled: false,
        locale: 'en',
        account_type: { '.tag': 'basic' },
      }),
    },
  };

  async function longpoll(args: Record<string, unknown>): Promise<unknown> {
    const cursor = requireString(args, 'cursor');
    const timeout = args.timeout ?? 30;
    if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 30 || timeout > 480) {
      throw new BadArgumentError('timeout: expected an integer in 30..480');
    }
    if (tree.hasChanges(cursor)) return { changes: true };
    const waitMs = Math.min(timeout * 1000, longpollMaxWaitMs);
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      const unsubscribe = tree.onChange(done);
      waiters.add(done);
    });
    try {
      return { changes: tree.hasChanges(cursor) };
    } catch (error) {
      if (error instanceof CursorResetError) throw error;
      return { changes: false };
    }
  }

  /**
   * files/download (content.dropboxapi.com), a content-download endpoint: the argument is JSON in the `Dropbox-API-Arg`
   * header, the body is empty, the answer is the file's bytes with its metadata as JSON in `Dropbox-API-Result`.
   */
  function download(request: RecordedRequest, response: ServerResponse): void {
    if (request.method !== 'POST') {
      sendText(response, 405, 'Error in call to API function "files/download": expected POST');
      return;
    }
    if (revoked || request.headers.authorization !== `Bearer ${options.accessToken}`) {
      sendJson(response, 401, { error_summary: 'invalid_access_token/...', error: { '.tag': 'invalid_access_token' } });
      return;
    }
    let path: unknown;
    try {
      path = (JSON.parse(request.headers['dropbox-api-arg'] ?? '') as { path?: unknown }).path;
    } catch {
      path = undefined;
    }
    if (typeof path !== 'string') {
      sendText(
        response,
        400,
        'Error in call to API function "files/download": Must provide HTTP header "Dropbox-API-Arg" with a path.',
      );
      return;
    }
    const metadata = tree.get(path);
    const content = tree.content(path);
    if (!metadata || content === undefined) {
      sendJson(response, 409, {
        error_summary: `path/${metadata ? 'not_file' : 'not_found'}/...`,
        error: { '.tag': 'path', path: { '.tag': metadata ? 'not_file' : 'not_found' } },
      });
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': content.length,
      'dropbox-api-result': JSON.stringify(metadata).replace(
        /[\u007f-\uffff]/g,
        (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
      ),
    });
    response.end(content);
  }

  async function handle(request: RecordedRequest, response: ServerResponse): Promise<void> {
    requests.push(request);
    const name = request.path.startsWith('/2/') ? request.path.slice(3) : undefined;
    const endpoint = name === undefined ? undefined : endpoints[name];
    if (name === 'files/download') return download(request, response);
    if (!endpoint || name === undefined) {
      sendText(response, 404, `Unknown API function: ${JSON.stringify(request.path)}`);
      return;
    }
    if (request.method !== 'POST') {
      sendText(response, 405, `Error in call to API function "${name}": expected POST`);
      return;
    }
    if (rateLimitRemaining > 0) {
      rateLimitRemaining -= 1;
      sendJson(
        response,
        429,
        {
          error_summary: 'too_many_requests/...',
          error: { reason: { '.tag': 'too_many_requests' }, retry_after: retryAfterSeconds },
        },
        { 'retry-after': String(retryAfterSeconds) },
      );
      return;
    }
    if (endpoint.auth) {
      const authorization = request.headers.authorization;
      if (authorization === undefined) {
        sendText(
          response,
          400,
          `Error in call to API function "${name}": Must provide HTTP header "Authorization" or URL parameter "authorization".`,
        );
        return;
      }
      if (revoked || authorization !== `Bearer ${options.accessToken}`) {
        sendJson(response, 401, {
          error_summary: 'invalid_access_token/...',
          error: { '.tag': 'invalid_access_token' },
        });
        return;
      }
    }
    let args: Record<string, unknown> = {};
    if (endpoint.args) {
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (contentType !== 'application/json') {
        sendText(
          response,
          400,
          `Error in call to API function "${name}": Bad HTTP "Content-Type" header: ${JSON.stringify(request.headers['content-type'] ?? '')}. Expecting one of "application/json", "application/json; charset=utf-8".`,
        );
        return;
      }
      try {
        const parsed: unknown = JSON.parse(request.body);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
          throw new Error('expected an object');
        args = parsed as Record<string, unknown>;
      } catch {
        sendText(
          response,
          400,
          `Error in call to API function "${name}": request body: could not decode input as JSON`,
        );
        return;
      }
    } else if (request.body.trim() !== '' && request.body.trim() !== 'null') {
      sendText(response, 400, `Error in call to API function "${name}": request body: expected null or no body`);
      return;
    }
    try {
      sendJson(response, 200, await endpoint.run(args));
    } catch (error) {
      if (error instanceof CursorResetError) {
        sendJson(response, 409, { error_summary: 'reset/...', error: { '.tag': 'reset' } });
      } else if (error instanceof LookupError) {
        sendJson(response, 409, {
          error_summary: `path/${error.reason}/...`,
          error: { '.tag': 'path', path: { '.tag': error.reason } },
        });
      } else if (
        error instanceof BadArgumentError ||
        (error instanceof Error && error.message.startsWith('invalid Dropbox path'))
      ) {
        sendText(response, 400, `Error in call to API function "${name}": ${error.message}`);
      } else {
        throw error;
      }
    }
  }

  const server = await startLoopbackServer(handle, {
    onClose: () => {
      for (const wake of [...waiters]) wake();
    },
  });

  return {
    url: server.url,
    close: server.close,
    tree,
    requests,
    addFile: (path, fileOptions) => tree.addFile(path, fileOptions),
    addFolder: (path) => tree.addFolder(path),
    modifyFile: (path, fileOptions) => tree.modifyFile(path, fileOptions),
    move: (from, to) => tree.move(from, to),
    delete: (path) => tree.delete(path),
    renameCase: (path, newDisplay) => {
      if (path.toLowerCase() !== newDisplay.toLowerCase()) throw new Error('renameCase: only the case may change');
      return tree.move(path, newDisplay);
    },
    snapshot: () => tree.snapshot(),
    resetCursors: () => tree.resetCursors(),
    rateLimit: ({ times, retryAfterSeconds: seconds = 1 }) => {
      rateLimitRemaining = times;
      retryAfterSeconds = seconds;
    },
    revokeToken: () => {
      revoked = true;
    },
    restoreToken: () => {
      revoked = false;
    },
  };
}

function listFolderOptions(args: Record<string, unknown>): ListFolderOptions {
  const path = args.path;
  if (typeof path !== 'string') throw new BadArgumentError('path: expected a string ("" for the root)');
  const result: ListFolderOptions = { path };
  if (args.recursive !== undefined) result.recursive = requireBoolean(args, 'recursive');
  if (args.include_deleted !== undefined) result.includeDeleted = requireBoolean(args, 'include_deleted');
  if (args.limit !== undefined) {
    if (typeof args.limit !== 'number') throw new BadArgumentError('limit: expected a number');
    result.limit = args.limit;
  }
  return result;
}

function requireString(args: Record<string, unknown>, key: string): string {
  const value = args[key];
  if (typeof value !== 'string' || value === '') throw new BadArgumentError(`${key}: expected a string`);
  return value;
}

function requireBoolean(args: Record<string, unknown>, key: string): boolean {
  const value = args[key];
  if (typeof value !== 'boolean') throw new BadArgumentError(`${key}: expected a boolean`);
  return value;
}
