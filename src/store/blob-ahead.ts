import { Worker } from 'node:worker_threads';

/**
 * Blobs prepared ahead of their commit by a worker thread: the object id (SHA-1 of header and content) and the
 * deflated pack entry, by content. A transaction that will commit as a pack hands its bigger files over as they are
 * written (see OverlayTransaction.write), and the work overlaps what the main thread does meanwhile: laying out the
 * rest of an index, building trees. A worker rather than zlib's async API: that one needs the main thread between
 * chunks and after each stream, which a long synchronous layout does not give, so nearly nothing got done ahead.
 * Best effort: what is not back in time, or failed, the commit hashes and deflates itself. The main thread pays a
 * copy of the content (~0.5 ms per MB) against ~5 ms per MB to hash and deflate it.
 */

interface Prepared {
  oid?: string;
  deflated?: Uint8Array;
}

const prepared = new WeakMap<Uint8Array, Prepared>();
/** Contents on their way through the worker, by message id. */
const inWorker = new Map<number, Uint8Array>();
let messageIds = 0;
let worker: Worker | undefined;
/** How many contents went to the worker, came back prepared, and were used by a commit (for tests). */
const counts = { posted: 0, back: 0, used: 0 };

/** The worker: each content posted to it (a copy) answered by id with its blob id and deflate (neither on failure). */
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { deflateSync } = require('node:zlib');
parentPort.on('message', ({ id, content, level }) => {
  let oid, deflated;
  try {
    oid = createHash('sha1').update('blob ' + content.byteLength + '\\0').update(content).digest('hex');
    deflated = deflateSync(content, { level });
  } catch {}
  parentPort.postMessage({ id, oid, deflated });
});`;

/** Starts preparing `content` as a blob on the worker (once per content), deflated at zlib `level`. */
export function prepareBlob(content: Uint8Array, level: number): void {
  if (prepared.has(content)) return;
  const target = (worker ??= startWorker());
  const id = (messageIds += 1);
  prepared.set(content, {});
  inWorker.set(id, content);
  counts.posted += 1;
  target.postMessage({ id, content, level });
}

function startWorker(): Worker {
  const started = new Worker(workerSource, { eval: true, name: 'syncagent-blobs' });
  started.on('message', ({ id, oid, deflated }: { id: number; oid?: string; deflated?: Uint8Array }) => {
    const content = inWorker.get(id);
    inWorker.delete(id);
    const slot = content && prepared.get(content);
    if (!slot || !oid || !deflated) return;
    slot.oid = oid;
    slot.deflated = deflated;
    counts.back += 1;
  });
  started.on('error', () => {
    // What it held is hashed and deflated by the commit; a later prepareBlob starts a new worker.
    inWorker.clear();
    if (worker === started) worker = undefined;
  });
  // After the listeners (adding a 'message' listener refs the worker again): it never keeps the process alive.
  started.unref();
  return started;
}

/** The blob id of `content` if its preparation is back. */
export function preparedOid(content: Uint8Array): string | undefined {
  return prepared.get(content)?.oid;
}

/** The deflated pack entry of `content` if its preparation is back (taken once: the slot is dropped). */
export function takeDeflated(content: Uint8Array): Buffer | undefined {
  const deflated = prepared.get(content)?.deflated;
  if (!deflated) return undefined;
  prepared.delete(content);
  counts.used += 1;
  return Buffer.from(deflated.buffer, deflated.byteOffset, deflated.byteLength);
}

/** A copy of the counts (see counts). */
export function preparedCounts(): { posted: number; back: number; used: number } {
  return { ...counts };
}
