import { Worker } from 'node:worker_threads';

/**
 * Blobs prepared ahead of their commit by a worker thread: the object id (SHA-1 of header and content) and the
 * deflated pack entry, by content. A transaction that will commit as a pack hands its bigger files over as they are
 * written (see OverlayTransaction.write), and the work overlaps what the main thread does meanwhile: laying out the
 * rest of an index, building trees. A worker rather than zlib's async API: that one needs the main thread between
 * chunks and after each stream, which a long synchronous layout does not give, so nearly nothing got done ahead.
 * Best effort: what is not back in time the commit hashes and deflates itself, and a worker that cannot start or
 * fails turns the preparing off for the process. The main thread pays a copy of the content (~0.5 ms per MB) against
 * ~5 ms per MB to hash and deflate it.
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
/** Set once a worker could not start or failed: the commit then does all the work, as without this module. */
let off = false;
/** How many contents went to the worker, came back prepared, and were used by a commit (for tests). */
const counts = { posted: 0, back: 0, used: 0 };
/** Callers of whenPrepared waiting for the worker to answer everything posted. */
let idleWaiters: Array<() => void> = [];

/**
 * The worker: each content posted to it answered by id with its blob id and deflate (neither on failure). The
 * deflate goes back as an exact-size copy, transferred: zlib's result can be a view into a larger chunk.
 */
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { deflateSync } = require('node:zlib');
parentPort.on('message', ({ id, content, level }) => {
  let oid, deflated;
  try {
    oid = createHash('sha1').update('blob ' + content.byteLength + '\\0').update(content).digest('hex');
    deflated = new Uint8Array(deflateSync(content, { level }));
  } catch {}
  parentPort.postMessage({ id, oid, deflated }, deflated ? [deflated.buffer] : []);
});`;

/** Starts preparing `content` as a blob on the worker (once per content; see forgetBlob), deflated at zlib `level`. */
export function prepareBlob(content: Uint8Array, level: number): void {
  if (off || prepared.has(content)) return;
  try {
    const target = (worker ??= startWorker());
    // A view into a larger buffer would be copied whole: post an exact copy, and hand it over.
    const whole = content.byteOffset === 0 && content.byteLength === content.buffer.byteLength;
    const posted = whole ? content : new Uint8Array(content);
    const id = (messageIds += 1);
    target.postMessage({ id, content: posted, level }, whole ? [] : [posted.buffer as ArrayBuffer]);
    prepared.set(content, {});
    inWorker.set(id, content);
    counts.posted += 1;
  } catch {
    turnOff(); // e.g. ERR_ACCESS_DENIED: worker threads not allowed under the permission model
  }
}

function startWorker(): Worker {
  const started = new Worker(workerSource, { eval: true, name: 'syncagent-blobs' });
  started.on('message', ({ id, oid, deflated }: { id: number; oid?: string; deflated?: Uint8Array }) => {
    const content = inWorker.get(id);
    inWorker.delete(id);
    const slot = content && prepared.get(content);
    if (slot && oid && deflated) {
      slot.oid = oid;
      slot.deflated = deflated;
      counts.back += 1;
    }
    if (inWorker.size === 0) wakeIdleWaiters();
  });
  for (const failure of ['error', 'messageerror', 'exit'] as const) started.on(failure, turnOff);
  // After the listeners (adding a 'message' listener refs the worker again): it never keeps the process alive.
  started.unref();
  return started;
}

function turnOff(): void {
  off = true;
  inWorker.clear();
  wakeIdleWaiters();
  void worker?.terminate().catch(() => undefined);
  worker = undefined;
}

/** The blob id of `content` if its preparation is back. */
export function preparedOid(content: Uint8Array): string | undefined {
  return prepared.get(content)?.oid;
}

/**
 * The deflated pack entry of the blob `oid` if the preparation of `content` is back and is of that blob (taken once:
 * the slot is dropped). Checking the id keeps a deflate that came back after the commit hashed the content itself
 * from being used for other bytes.
 */
export function takeDeflated(content: Uint8Array, oid: string): Buffer | undefined {
  const slot = prepared.get(content);
  if (!slot?.deflated || slot.oid !== oid) return undefined;
  prepared.delete(content);
  counts.used += 1;
  return Buffer.from(slot.deflated.buffer, slot.deflated.byteOffset, slot.deflated.byteLength);
}

/**
 * Drops what was prepared for `content`: a transaction calls this whenever an array is written, since an earlier
 * transaction may have prepared the same array before its bytes changed (within one transaction they must not; see
 * Transaction.write).
 */
export function forgetBlob(content: Uint8Array): void {
  prepared.delete(content);
}

function wakeIdleWaiters(): void {
  const waiters = idleWaiters;
  idleWaiters = [];
  for (const wake of waiters) wake();
}

/** Resolves once the worker has answered everything posted to it so far (at once when nothing is on its way; tests). */
export function whenPrepared(): Promise<void> {
  if (inWorker.size === 0) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}

/** A copy of the counts (see counts). */
export function preparedCounts(): { posted: number; back: number; used: number } {
  return { ...counts };
}
