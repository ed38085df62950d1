import type { Logger } from '../engine/index.js';
import { toSyncError } from '../errors.js';

/**
 * The internal alarm clock of `serve`: runs `tick` every `everyMs`, counted from the end of the
 * previous run, so two never overlap. `stop` waits for a run in progress.
 */
export class TickScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: { everyMs: number; run: () => Promise<void>; logger: Logger }) {}

  /** Starts the clock; the first tick runs after `firstInMs` (default: one period). */
  start(firstInMs = this.options.everyMs): void {
    this.schedule(firstInMs);
  }

  /** Whether a tick is running now. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Stops the clock and waits for the tick in progress, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(inMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.options
        .run()
        .catch((error: unknown) => {
          const syncError = toSyncError(error);
          this.options.logger.error('tick-fail', { code: syncError.code, message: syncError.message });
        })
        .finally(() => {
          this.running = null;
          this.schedule(this.options.everyMs);
        });
    }, inMs);
  }
}
