import { InvalidInputError, type SyncError, toSyncError } from '../errors.js';

/** Where data flows: database push/pull between local and cloud, or disk ↔ local database. */
export type SyncDirection = 'push' | 'pull' | 'to-disk' | 'to-db';

/** Every direction, for flag validation. */
export const syncDirections: readonly SyncDirection[] = ['push', 'pull', 'to-disk', 'to-db'];

/** How one run is asked to behave. */
export interface PartRunOptions {
  direction: SyncDirection;
  dryRun: boolean;
  prune: boolean;
}

/** One independent piece of the sync (database, local files, file tarball…). */
export interface SyncPart<Result = unknown> {
  readonly name: string;
  /** The directions this part takes part in. */
  readonly directions: readonly SyncDirection[];
  run(options: PartRunOptions): Promise<Result>;
}

/** What one part did: its result, or the error that stopped it. */
export type PartResult =
  | { part: string; status: 'ok'; durationMs: number; result: unknown }
  | { part: string; status: 'failed'; durationMs: number; error: SyncError };

/** The outcome of `syncAll()`: one result per part that applied, in order. */
export interface SyncAllResult {
  direction: SyncDirection;
  dryRun: boolean;
  prune: boolean;
  parts: PartResult[];
  /** True when every part succeeded. */
  ok: boolean;
}

/** Runs every registered part that applies to the chosen direction. Build it with `SyncService.builder()`. */
export class SyncService {
  private constructor(
    private readonly options: PartRunOptions,
    private readonly parts: readonly SyncPart[],
  ) {}

  /** Starts a builder. */
  static builder(): SyncServiceBuilder {
    return new SyncServiceBuilder((options, parts) => new SyncService(options, parts));
  }

  /**
   * Runs each applicable part in turn. Parts are independent, so a failing part does not stop the
   * next one; its error is in its result and `ok` is false.
   */
  async syncAll(
    hooks: { onPartStart?: (part: string) => void; onPartEnd?: (result: PartResult) => void } = {},
  ): Promise<SyncAllResult> {
    const results: PartResult[] = [];
    for (const part of this.parts) {
      hooks.onPartStart?.(part.name);
      const started = performance.now();
      let result: PartResult;
      try {
        result = { part: part.name, status: 'ok', durationMs: 0, result: await part.run(this.options) };
      } catch (error) {
        result = { part: part.name, status: 'failed', durationMs: 0, error: toSyncError(error) };
      }
      result.durationMs = performance.now() - started;
      results.push(result);
      hooks.onPartEnd?.(result);
    }
    return { ...this.options, parts: results, ok: results.every((result) => result.status === 'ok') };
  }
}

/** Collects direction, dry run, prune and parts; `build()` checks them. */
export class SyncServiceBuilder {
  private chosenDirection: SyncDirection | undefined;
  private isDryRun = false;
  private isPrune = false;
  private readonly registered: SyncPart[] = [];
  private selected: string[] | undefined;

  /** @internal use SyncService.builder() */
  constructor(private readonly create: (options: PartRunOptions, parts: SyncPart[]) => SyncService) {}

  /** Sets the direction (required). */
  direction(direction: SyncDirection): this {
    if (!syncDirections.includes(direction)) {
      throw new InvalidInputError(
        `--direction: expected one of ${syncDirections.join(', ')}, got ${JSON.stringify(direction)}`,
      );
    }
    this.chosenDirection = direction;
    return this;
  }

  /** Computes what would change and writes nothing. */
  dryRun(dryRun = true): this {
    this.isDryRun = dryRun;
    return this;
  }

  /** Lets parts delete what the source no longer has. */
  prune(prune = true): this {
    this.isPrune = prune;
    return this;
  }

  /** Registers a part (in the order parts run). */
  part(part: SyncPart): this {
    if (this.registered.some((existing) => existing.name === part.name)) {
      throw new InvalidInputError(`sync part ${part.name} is registered twice`);
    }
    this.registered.push(part);
    return this;
  }

  /** Restricts the run to these parts (default: every registered part that applies). */
  only(names: readonly string[] | undefined): this {
    this.selected = names === undefined ? undefined : [...names];
    return this;
  }

  /** Checks the choices and returns the service. */
  build(): SyncService {
    const direction = this.chosenDirection;
    if (direction === undefined) {
      throw new InvalidInputError(`--direction: required, one of ${syncDirections.join(', ')}`);
    }
    const applicable = this.registered.filter((part) => part.directions.includes(direction));
    let parts = applicable;
    if (this.selected !== undefined) {
      const names = this.selected;
      const unknown = names.filter((name) => !this.registered.some((part) => part.name === name));
      if (unknown.length > 0) {
        throw new InvalidInputError(
          `--parts: unknown part ${unknown.join(', ')} (known: ${this.registered.map((part) => part.name).join(', ')})`,
        );
      }
      const inapplicable = names.filter((name) => !applicable.some((part) => part.name === name));
      if (inapplicable.length > 0) {
        throw new InvalidInputError(`--parts: ${inapplicable.join(', ')} does not apply to --direction ${direction}`);
      }
      parts = applicable.filter((part) => names.includes(part.name));
    }
    if (parts.length === 0) throw new InvalidInputError(`no sync part applies to --direction ${direction}`);
    return this.create({ direction, dryRun: this.isDryRun, prune: this.isPrune }, parts);
  }
}
