import type { SpoolRecord } from './spool.js';

/** What the queue asks when a batch failed: retry after `delayMs`, or give the records up. */
export type FailureDecision = { retryInMs: number } | { giveUp: true };

/** How the queue runs records (see WorkQueue). */
export interface WorkQueueOptions {
  /** The lane of a record: a lane runs one batch at a time, in arrival order (one lane per slug). */
  laneOf(record: SpoolRecord): string;
  /** How many waiting records of a lane may run as one batch (1: no coalescing). */
  maxBatch(lane: string): number;
  /** How many lanes may run at once. */
  maxConcurrent: number;
  /** Runs one batch; a throw is a failure of every record in it. */
  run(lane: string, records: SpoolRecord[]): Promise<void>;
  /** A single record failed for the `attempts`-th time: retry later or give up. */
  decide(record: SpoolRecord, error: unknown, attempts: number): FailureDecision;
  /** Records are finished (done, or given up with `error`): the caller acknowledges them in the spool. */
  settle(records: SpoolRecord[], error?: unknown): Promise<void>;
  /** Called when a batch starts and ends (metrics). */
  onBatch?(lane: string, size: number, outcome: 'start' | 'ok' | 'failed'): void;
  now?: () => number;
}

interface Waiting {
  record: SpoolRecord;
  attempts: number;
  /** Not to run before this time (retry backoff). */
  notBefore: number;
  /** Runs alone: it was in a batch that failed, so a bad record cannot hold good ones back. */
  solo: boolean;
}

/**
 * Per-lane work queue with coalescing and retries. Each lane (a slug) runs one batch at a time, so
 * one sync sees one event at a time; the records waiting in a lane when it becomes free run as one
 * batch (up to `maxBatch`). A failed batch of several records is split: each runs alone next, so
 * the bad one is found and backs off while the others go on. Nothing is lost when the process
 * dies: the caller acknowledges records in the spool only in `settle`.
 */
export class WorkQueue {
  private readonly lanes = new Map<string, Waiting[]>();
  private readonly busy = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly options: WorkQueueOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Records waiting or running. */
  get size(): number {
    let size = 0;
    for (const lane of this.lanes.values()) size += lane.length;
    return size;
  }

  /** Batches running now. */
  get active(): number {
    return this.busy.size;
  }

  /** Adds a record (accepted and spooled) and starts work if a slot is free. */
  push(record: SpoolRecord): void {
    const lane = this.options.laneOf(record);
    const waiting = this.lanes.get(lane) ?? [];
    waiting.push({ record, attempts: 0, notBefore: 0, solo: false });
    this.lanes.set(lane, waiting);
    this.pump();
  }

  /** Stops starting batches and waits for the running ones; what waits stays in the spool for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Resolves once nothing waits or runs (tests and benches). */
  async idle(): Promise<void> {
    while (this.size > 0 || this.running.size > 0) {
      if (this.running.size > 0) await Promise.race(this.running);
      else await new Promise((resolve) => setTimeout(resolve, Math.max(1, this.timerAt - this.now())));
    }
  }

  private pump(): void {
    if (this.stopped) return;
    const now = this.now();
    let earliest = Number.POSITIVE_INFINITY;
    for (const [lane, waiting] of this.lanes) {
      if (this.busy.size >= this.options.maxConcurrent) break;
      if (this.busy.has(lane) || waiting.length === 0) continue;
      const batch = this.takeBatch(lane, waiting, now);
      if (batch.length === 0) {
        for (const item of waiting) earliest = Math.min(earliest, item.notBefore);
        continue;
      }
      this.start(lane, batch);
    }
    this.arm(earliest);
  }

  /** The lane's due records from the front, up to maxBatch (a solo record runs alone). */
  private takeBatch(lane: string, waiting: Waiting[], now: number): Waiting[] {
    const due = waiting.filter((item) => item.notBefore <= now);
    if (due.length === 0) return [];
    const first = due[0] as Waiting;
    const batch = first.solo ? [first] : due.filter((item) => !item.solo).slice(0, this.options.maxBatch(lane));
    const taken = new Set(batch);
    this.lanes.set(
      lane,
      waiting.filter((item) => !taken.has(item)),
    );
    return batch;
  }

  private start(lane: string, batch: Waiting[]): void {
    this.busy.add(lane);
    this.options.onBatch?.(lane, batch.length, 'start');
    const work = this.runBatch(lane, batch).finally(() => {
      this.busy.delete(lane);
      this.running.delete(work);
      if ((this.lanes.get(lane)?.length ?? 0) === 0) this.lanes.delete(lane);
      this.pump();
    });
    this.running.add(work);
  }

  private async runBatch(lane: string, batch: Waiting[]): Promise<void> {
    const records = batch.map((item) => item.record);
    try {
      await this.options.run(lane, records);
    } catch (error) {
      this.options.onBatch?.(lane, batch.length, 'failed');
      const retry: Waiting[] = [];
      const givenUp: SpoolRecord[] = [];
      if (batch.length > 1) {
        // Split: each record runs alone next, at once; only a record failing alone backs off.
        for (const item of batch) retry.push({ ...item, solo: true, notBefore: 0 });
      } else {
        const item = batch[0] as Waiting;
        const attempts = item.attempts + 1;
        const decision = this.options.decide(item.record, error, attempts);
        if ('giveUp' in decision) givenUp.push(item.record);
        else retry.push({ ...item, attempts, solo: true, notBefore: this.now() + decision.retryInMs });
      }
      if (retry.length > 0) this.lanes.set(lane, [...retry, ...(this.lanes.get(lane) ?? [])]);
      if (givenUp.length > 0) await this.options.settle(givenUp, error).catch(() => {});
      return;
    }
    this.options.onBatch?.(lane, batch.length, 'ok');
    await this.options.settle(records);
  }

  private arm(at: number): void {
    if (this.stopped || at === Number.POSITIVE_INFINITY) return;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.max(0, at - this.now()),
    );
  }
}
