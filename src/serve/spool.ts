import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { IoError } from '../errors.js';

/*
 * The durable spool of `serve`: what the service has accepted (answered 200) but not yet done.
 *
 * Records are appended to segment files as framed lines (`<crc32 hex> <json>\n`) and made durable
 * with fdatasync before `append` resolves; appends that arrive while a sync is running share the
 * next one (group commit), so 50 clients cost a few syncs, not 50. A finished record is
 * acknowledged by appending its sequence number to the segment's `.acks` file (also synced). A
 * segment whose every record is acknowledged is deleted. On start every segment is read back: a
 * torn last line (the process died mid-write, before anyone was answered) is ignored, and each
 * record without an ack is handed back for replay. New records always go to a fresh segment, so a
 * torn tail is never appended to.
 */

/** What the spool keeps of one unit of work (its `seq` is given by the spool). */
export type SpoolPayload =
  | {
      kind: 'webhook';
      slug: string;
      deliveryId: string;
      headers: Record<string, string>;
      body: string;
      receivedAt: string;
    }
  | {
      kind: 'connect';
      app: string;
      accountId: string;
      externalUserId: string;
      receivedAt: string;
    };

/** A spooled record: the payload and its sequence number (unique and increasing across restarts). */
export type SpoolRecord = SpoolPayload & { seq: number };

/** Tunables of the spool (tests lower them). */
export interface SpoolOptions {
  /** A new segment is started once the active one is this big (default 16 MiB). */
  segmentBytes?: number;
}

interface Segment {
  number: number;
  log: string;
  acks: string;
  unacked: Set<number>;
}

interface PendingWrite {
  bytes: Buffer;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** An append-only file written with group commit: every `write` resolves once its bytes are synced. */
class SyncedAppender {
  private queue: PendingWrite[] = [];
  private flushing: Promise<void> | null = null;
  size: number;

  constructor(
    private readonly handle: FileHandle,
    size: number,
  ) {
    this.size = size;
  }

  write(bytes: Buffer): Promise<void> {
    this.size += bytes.length;
    return new Promise((resolve, reject) => {
      this.queue.push({ bytes, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.handle.write(Buffer.concat(batch.map((entry) => entry.bytes)));
        await this.handle.datasync();
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.flushing = null;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }
}

const segmentPattern = /^segment-(\d{12})\.(log|acks)$/;

/** Frames one record as a checksummed line. */
function frame(value: unknown): Buffer {
  const json = JSON.stringify(value);
  return Buffer.from(`${crc32(json).toString(16).padStart(8, '0')} ${json}\n`);
}

/** The framed lines of a file that are whole and intact (a torn or damaged line is skipped). */
function unframe(text: string): unknown[] {
  const values: unknown[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) {
    const line = text.slice(start, end);
    const json = line.slice(9);
    if (line[8] !== ' ' || crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8)) continue;
    try {
      values.push(JSON.parse(json));
    } catch {
      // A checksum that matches over bad JSON cannot come from us; skip it like a torn line.
    }
  }
  return values;
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The durable spool (see the comment at the top of this file). Open it with `Spool.open`. */
export class Spool {
  private readonly segments = new Map<number, Segment>();
  private active!: Segment;
  private logAppender!: SyncedAppender;
  private readonly ackAppenders = new Map<number, Promise<SyncedAppender>>();
  private nextSeq = 1;
  private readonly segmentBytes: number;
  private rotating: Promise<void> | null = null;
  private closed = false;

  private constructor(
    readonly dir: string,
    options: SpoolOptions,
  ) {
    this.segmentBytes = options.segmentBytes ?? 16 * 1024 * 1024;
  }

  /** Opens (creating) the spool in `dir` and returns it with the records still to do, oldest first. */
  static async open(dir: string, options: SpoolOptions = {}): Promise<{ spool: Spool; pending: SpoolRecord[] }> {
    const spool = new Spool(dir, options);
    try {
      await mkdir(dir, { recursive: true });
      const pending = await spool.load();
      await spool.startSegment();
      return { spool, pending };
    } catch (error) {
      throw new IoError(`cannot open the spool in ${dir}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Records accepted and not yet acknowledged. */
  get depth(): number {
    let depth = 0;
    for (const segment of this.segments.values()) depth += segment.unacked.size;
    return depth;
  }

  /** Appends a record and resolves once it is on disk (fdatasync): only then may the sender be answered. */
  async append(payload: SpoolPayload): Promise<SpoolRecord> {
    if (this.closed) throw new IoError('the spool is closed');
    await this.rotating;
    if (this.logAppender.size >= this.segmentBytes) {
      this.rotating ??= this.startSegment().finally(() => {
        this.rotating = null;
      });
      await this.rotating;
    }
    const record = { ...payload, seq: this.nextSeq++ } as SpoolRecord;
    const segment = this.active;
    segment.unacked.add(record.seq);
    try {
      await this.logAppender.write(frame(record));
    } catch (error) {
      segment.unacked.delete(record.seq);
      throw new IoError(`cannot write to the spool: ${(error as Error).message}`, { cause: error });
    }
    return record;
  }

  /** Marks records done (durably); a segment with nothing left to do is deleted. */
  async ack(seqs: readonly number[]): Promise<void> {
    const bySegment = new Map<Segment, number[]>();
    for (const seq of seqs) {
      for (const segment of this.segments.values()) {
        if (segment.unacked.has(seq)) {
          const list = bySegment.get(segment) ?? [];
          list.push(seq);
          bySegment.set(segment, list);
          break;
        }
      }
    }
    for (const [segment, list] of bySegment) {
      const appender = await this.acksAppender(segment);
      await appender.write(Buffer.from(list.map((seq) => `${seq}\n`).join('')));
      for (const seq of list) segment.unacked.delete(seq);
      if (segment.unacked.size === 0 && segment !== this.active) await this.dropSegment(segment);
    }
  }

  /** Waits for writes in flight and closes the files. */
  async close(): Promise<void> {
    this.closed = true;
    await this.rotating;
    await this.logAppender.close();
    for (const appender of this.ackAppenders.values()) await (await appender).close();
    this.ackAppenders.clear();
  }

  private async load(): Promise<SpoolRecord[]> {
    const numbers = new Set<number>();
    for (const name of await readdir(this.dir)) {
      const match = segmentPattern.exec(name);
      if (match) numbers.add(Number(match[1]));
    }
    const pending: SpoolRecord[] = [];
    for (const number of [...numbers].sort((a, b) => a - b)) {
      const segment = this.segmentFiles(number);
      const logText = await readFile(segment.log, 'utf8').catch(() => null);
      if (logText === null) {
        // An acks file whose log is gone: the segment was being dropped.
        await rm(segment.acks, { force: true });
        continue;
      }
      const acked = new Set<number>();
      const acksText = await readFile(segment.acks, 'utf8').catch(() => '');
      for (const line of acksText.split('\n')) if (/^\d+$/.test(line)) acked.add(Number(line));
      for (const value of unframe(logText)) {
        const record = value as SpoolRecord;
        if (typeof record.seq !== 'number') continue;
        this.nextSeq = Math.max(this.nextSeq, record.seq + 1);
        if (acked.has(record.seq)) continue;
        segment.unacked.add(record.seq);
        pending.push(record);
      }
      this.segments.set(number, segment);
      if (segment.unacked.size === 0) await this.dropSegment(segment);
    }
    return pending;
  }

  private segmentFiles(number: number): Segment {
    const base = join(this.dir, `segment-${String(number).padStart(12, '0')}`);
    return { number, log: `${base}.log`, acks: `${base}.acks`, unacked: new Set() };
  }

  private async startSegment(): Promise<void> {
    const last = Math.max(0, ...this.segments.keys());
    const segment = this.segmentFiles(last + 1);
    const handle = await open(segment.log, 'wx');
    await syncDirectory(this.dir);
    const previous = this.active as Segment | undefined;
    const previousAppender = this.logAppender as SyncedAppender | undefined;
    this.segments.set(segment.number, segment);
    this.active = segment;
    this.logAppender = new SyncedAppender(handle, 0);
    await previousAppender?.close();
    if (previous && previous.unacked.size === 0) await this.dropSegment(previous);
  }

  private acksAppender(segment: Segment): Promise<SyncedAppender> {
    let appender = this.ackAppenders.get(segment.number);
    if (!appender) {
      appender = open(segment.acks, 'a').then((handle) => new SyncedAppender(handle, 0));
      this.ackAppenders.set(segment.number, appender);
    }
    return appender;
  }

  private async dropSegment(segment: Segment): Promise<void> {
    if (!this.segments.has(segment.number)) return;
    this.segments.delete(segment.number);
    const appender = this.ackAppenders.get(segment.number);
    this.ackAppenders.delete(segment.number);
    await (await appender)?.close();
    // The log first: an acks file left alone is removed on the next open.
    await rm(segment.log, { force: true });
    await rm(segment.acks, { force: true });
  }
}
