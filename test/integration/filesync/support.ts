import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';

/** One raw tar entry, written exactly as given (hostile ones included: nothing is normalised). */
export interface RawEntry {
  path: string;
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'CharacterDevice' | 'BlockDevice' | 'FIFO';
  body?: string | Buffer;
  linkpath?: string;
  mode?: number;
}

/** The tar bytes (uncompressed) of some raw entries, with the two zero blocks at the end. */
export function rawTar(entries: RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = entry.body === undefined ? Buffer.alloc(0) : Buffer.from(entry.body);
    const type = entry.type ?? 'File';
    const header = new Header({
      path: entry.path,
      type,
      size: type === 'File' ? body.length : 0,
      mode: entry.mode ?? (type === 'Directory' ? 0o755 : 0o644),
      mtime: new Date('2025-01-01T00:00:00Z'),
      linkpath: entry.linkpath,
      uid: 0,
      gid: 0,
      ...(type === 'CharacterDevice' || type === 'BlockDevice' ? { devmaj: 1, devmin: 3 } : {}),
    } as ConstructorParameters<typeof Header>[0]);
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    blocks.push(block);
    if (type === 'File' && body.length > 0) {
      blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** A gzipped tarball of raw entries. */
export function rawTarball(entries: RawEntry[]): Buffer {
  return gzipSync(rawTar(entries));
}

/**
 * A gzip bomb: one file entry claiming `gibibytes` GiB of zeros, as many small gzip members
 * (gunzip reads concatenated members as one stream), so it costs a few MB to make and to store.
 */
export function gzipBomb(gibibytes: number): Buffer {
  const size = gibibytes * 1024 * 1024 * 1024;
  const header = Buffer.alloc(512);
  new Header({ path: 'content/bomb.bin', type: 'File', size, mode: 0o644, mtime: new Date(0) }).encode(header, 0);
  const chunk = 16 * 1024 * 1024;
  const zeros = gzipSync(Buffer.alloc(chunk), { level: 9 });
  const parts = [gzipSync(header)];
  for (let index = 0; index < size / chunk; index += 1) parts.push(zeros);
  parts.push(gzipSync(Buffer.alloc(1024)));
  return Buffer.concat(parts);
}

/** Every file and folder below `root` with the SHA-256 of each file (folders as `dir`), sorted. */
export async function treeDigest(root: string): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(root, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        digest[`${path}/`] = 'dir';
        await walk(path);
      } else if (entry.isFile()) {
        digest[path] = createHash('sha256')
          .update(await readFile(join(root, path)))
          .digest('hex');
      } else {
        digest[path] = 'other';
      }
    }
  };
  await walk('');
  return Object.fromEntries(Object.entries(digest).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Writes files (path → text) under `root`. */
export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/**
 * A cloud that serves whatever tarball it is given on `GET /api/v1/files` (a compromised or buggy
 * cloud: the real `serve` refuses hostile uploads, so pull's own checks are tested against this).
 */
export async function startTarballCloud(
  token: string,
): Promise<{ url: string; serve(tarball: Buffer): void; close(): Promise<void> }> {
  let tarball: Buffer | null = null;
  const server: Server = createServer((request, response) => {
    if (request.headers.authorization !== `Bearer ${token}`) {
      response.writeHead(401).end();
      return;
    }
    if (!tarball) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/gzip', 'content-length': tarball.length });
    response.end(tarball);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serve: (bytes) => {
      tarball = bytes;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
