import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { requireSetting } from '../config.js';
import { ApiError, InvalidInputError, type SyncError, UnauthorizedError } from '../errors.js';

/** The route of the file-sync API on a `serve` instance (DESIGN section 9). */
export const filesApiPath = '/api/v1/files';

/** The cloud copy of the synced folders: one gzipped tarball. */
export interface FilesCloud {
  /** Where it lives (for messages; never carries the token). */
  readonly url: string;
  /** Replaces the cloud tarball with the file at `path`. */
  upload(path: string): Promise<{ bytes: number; sha256: string }>;
  /** Downloads the cloud tarball to `path`; false when the cloud has none yet. */
  download(path: string, maxBytes: number): Promise<boolean>;
}

/** Settings of the cloud client (SYNCAGENT_CLOUD_URL, SYNCAGENT_CLOUD_TOKEN). */
export interface CloudSettings {
  baseUrl: string;
  token: string;
}

/** Reads SYNCAGENT_CLOUD_URL and SYNCAGENT_CLOUD_TOKEN; a missing one is missing_config naming it. */
export function cloudSettings(env: NodeJS.ProcessEnv): CloudSettings {
  const baseUrl = requireSetting(env, 'SYNCAGENT_CLOUD_URL');
  const token = requireSetting(env, 'SYNCAGENT_CLOUD_TOKEN');
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new InvalidInputError(`SYNCAGENT_CLOUD_URL: expected an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InvalidInputError(`SYNCAGENT_CLOUD_URL: expected an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (parsed.username || parsed.password) {
    throw new InvalidInputError('SYNCAGENT_CLOUD_URL: put the token in SYNCAGENT_CLOUD_TOKEN, not in the URL');
  }
  return { baseUrl: baseUrl.replace(/\/+$/, ''), token };
}

async function failure(response: Response, action: string, url: string): Promise<SyncError> {
  const text = (await response.text().catch(() => '')).slice(0, 300).replace(/\s+/g, ' ').trim();
  const detail = text ? `: ${text}` : '';
  if (response.status === 401 || response.status === 403) {
    return new UnauthorizedError(`${action} ${url}: HTTP ${response.status}${detail} (check SYNCAGENT_CLOUD_TOKEN)`, {
      data: { status: response.status },
    });
  }
  return new ApiError(response.status, `${action} ${url}: HTTP ${response.status}${detail}`, {
    data: { request: { method: action === 'upload to' ? 'PUT' : 'GET', url } },
  });
}

/** The HTTP client of `PUT|GET /api/v1/files` with a bearer token. */
export function createFilesCloud(settings: CloudSettings, fetchImpl: typeof fetch = fetch): FilesCloud {
  const url = `${settings.baseUrl}${filesApiPath}`;
  const headers = { authorization: `Bearer ${settings.token}` };
  const call = async (init: RequestInit, action: string): Promise<Response> => {
    try {
      return await fetchImpl(url, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
    } catch (error) {
      const reason = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new ApiError(0, `${action} ${url}: ${reason?.code ?? reason?.message ?? (error as Error).message}`, {
        data: { request: { url } },
      });
    }
  };
  return {
    url,
    async upload(path) {
      const body = await readFile(path);
      const sha256 = createHash('sha256').update(body).digest('hex');
      const response = await call(
        { method: 'PUT', body, headers: { 'content-type': 'application/gzip', 'x-content-sha256': sha256 } },
        'upload to',
      );
      if (!response.ok) throw await failure(response, 'upload to', url);
      await response.body?.cancel();
      return { bytes: body.length, sha256 };
    },
    async download(path, maxBytes) {
      const response = await call({ method: 'GET' }, 'download from');
      if (response.status === 404) {
        await response.body?.cancel();
        return false;
      }
      if (!response.ok) throw await failure(response, 'download from', url);
      const declared = Number(response.headers.get('content-length') ?? 'NaN');
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new InvalidInputError(`the cloud tarball is ${declared} bytes; the limit is ${maxBytes} bytes`);
      }
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of response.body ?? []) {
        received += (chunk as Uint8Array).length;
        if (received > maxBytes) {
          throw new InvalidInputError(`the cloud tarball is over the limit of ${maxBytes} bytes`);
        }
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
      await writeFile(path, Buffer.concat(chunks), { mode: 0o600 });
      return true;
    },
  };
}
