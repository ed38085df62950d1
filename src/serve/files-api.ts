import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { toSyncError } from '../errors.js';
import { checkTarball, defaultTarballLimits, type TarballLimits } from '../filesync/index.js';
import { HttpError, requireBearer, sendJson } from './http.js';

/** What the cloud keeps beside the tarball (`files.json`); the tarball is `files-<sha256>.tar.gz`. */
interface StoredMeta {
  bytes: number;
  sha256: string;
  files: number;
  uploadedAt: string;
}

const tarballName = (sha256: string) => `files-${sha256}.tar.gz`;

/**
 * The cloud side of file sync (DESIGN 9: `PUT|GET /api/v1/files`, bearer SYNCAGENT_CLOUD_TOKEN,
 * size-capped). An upload is streamed to a temporary file, checked with the same rules a pull
 * applies (so the cloud never hands out a tarball a pull would refuse), synced to disk and renamed
 * to its content name; then `files.json` is replaced to point at it, and the previous tarball goes.
 * A reader sees the old tarball or the new one, never half of one.
 */
export class FilesApi {
  private readonly meta: string;
  /** Uploads are stored one at a time (the last one wins whole). */
  private storing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly limits: TarballLimits = defaultTarballLimits,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.meta = join(dir, 'files.json');
  }

  /** Answers one request to the route. */
  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    requireBearer(request, url, this.env, 'SYNCAGENT_CLOUD_TOKEN', false);
    if (request.method === 'PUT') return this.put(request, response);
    if (request.method === 'GET' || request.method === 'HEAD') return this.get(request, response);
    throw new HttpError(405, 'use GET or PUT', { allow: 'GET, HEAD, PUT' });
  }

  private async put(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const limit = this.limits.maxTarballBytes;
    const declared = Number(request.headers['content-length'] ?? 'NaN');
    if (declared > limit) throw new HttpError(413, `the tarball is ${declared} bytes; the limit is ${limit} bytes`);
    await mkdir(this.dir, { recursive: true });
    const upload = join(this.dir, `upload-${randomBytes(6).toString('hex')}.tar.gz`);
    try {
      let received = 0;
      const hash = createHash('sha256');
      await pipeline(
        request,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            received += chunk.length;
            if (received > limit) throw new HttpError(413, `the tarball is over the limit of ${limit} bytes`);
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(upload, { flags: 'wx', mode: 0o600 }),
      );
      await syncFile(upload);
      let checked: Awaited<ReturnType<typeof checkTarball>>;
      try {
        checked = await checkTarball(upload, this.limits);
      } catch (error) {
        throw new HttpError(422, toSyncError(error).message);
      }
      const sha256 = hash.digest('hex');
      const meta: StoredMeta = {
        bytes: received,
        sha256,
        files: checked.tree.files.size,
        uploadedAt: this.clock().toISOString(),
      };
      const store = async () => {
        const previous = await this.readMeta();
        await rename(upload, join(this.dir, tarballName(sha256)));
        await writeSynced(this.meta, JSON.stringify(meta));
        if (previous && previous.sha256 !== sha256) {
          await rm(join(this.dir, tarballName(previous.sha256)), { force: true });
        }
      };
      const stored = this.storing.then(store, store);
      this.storing = stored.catch(() => undefined);
      await stored;
      sendJson(response, 200, meta);
    } finally {
      await rm(upload, { force: true });
    }
  }

  private readMeta(): Promise<StoredMeta | null> {
    return readFile(this.meta, 'utf8')
      .then((text) => JSON.parse(text) as StoredMeta)
      .catch(() => null);
  }

  private async get(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // An upload stored meanwhile removes the tarball the first read named: read again once.
    let meta = await this.readMeta();
    let info = meta ? await stat(join(this.dir, tarballName(meta.sha256))).catch(() => null) : null;
    if (meta && !info) {
      meta = await this.readMeta();
      info = meta ? await stat(join(this.dir, tarballName(meta.sha256))).catch(() => null) : null;
    }
    const file = meta ? join(this.dir, tarballName(meta.sha256)) : '';
    if (!meta || !info) throw new HttpError(404, 'no files pushed yet (run `syncagent files push`)');
    const etag = `"${meta.sha256}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/gzip',
      'content-length': info.size,
      etag,
      'last-modified': new Date(meta.uploadedAt).toUTCString(),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    await pipeline(createReadStream(file), response);
  }
}

async function writeSynced(path: string, text: string): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
