import { InvalidInputError, SandboxError, SyncError, toSyncError } from '../errors.js';
import { createGateway, type Gateway } from '../gateway/index.js';
// The mirror module the runtime needs, not mirror/index.js: that also loads the AI SDK and MCP faces.
import { ScopedMirror } from '../mirror/scoped-mirror.js';
import { jsonSafe, runModule } from '../sandbox/index.js';
import { syncPaths, type Transaction, type TransactResult } from '../store/index.js';
import { buildHostTable, type CheckpointRaceMarker, type HostTableInput } from './host-table.js';
import { formatSyncJson, loadSync, readHandlerSource, type SyncConfig } from './registry.js';
import {
  appendError,
  type EventName,
  readState,
  readStatus,
  type SyncStatus,
  writeState,
  writeStatus,
} from './runtime-files.js';
import { describeSummaries, describeSummary, type MirrorChanges } from './summary.js';
import type { EngineDeps } from './types.js';

/** Default wall-time limits of DESIGN section 3. */
const defaultLongMs = 10 * 60_000;
const defaultShortMs = 60_000;
/** status.json keeps the handler's result only when its JSON is at most this long. */
const maxLastResultChars = 4096;

/** Files `connect` installs in the same transaction as the first run. */
export interface InstallFiles {
  config: SyncConfig;
  handlerSource: string;
}

/** One event to run: which export, with what, and how it changes status. */
export interface EventSpec<T> {
  slug: string;
  event: EventName;
  exportName: string;
  args?: unknown[];
  /**
   * Several calls of the export in this one event, each with its own argument list, in order, over the
   * same ctx (coalesced webhook deliveries); asked inside the transaction, after `before`. Replaces `args`;
   * the handler's result is then the list of the calls' results, and the summary adds up their counts.
   */
  calls?: () => unknown[][];
  /** exec: code given by the caller instead of handler.js. */
  source?: { text: string; filename: string };
  /** connect: files written before the handler runs, in the same transaction. */
  install?: InstallFiles;
  /** Runs inside the transaction first (each attempt, on that attempt's HEAD); `{ skip }` ends the event without a commit. */
  before?: (tx: Transaction, status: SyncStatus, config: SyncConfig) => Promise<{ skip: T } | undefined>;
  /** Updates status after a successful run (delivery ids, webhook expiry, next poll), given the config the run used. */
  after?: (status: SyncStatus, result: unknown, now: Date, config: SyncConfig) => void;
  /** Runs after the handler, before the commit (connect writes SKILL.md, delete removes files). */
  finish?: (tx: Transaction, config: SyncConfig, result: unknown) => Promise<void>;
  /** Backfill and exec get the long limit. */
  long?: boolean;
  /**
   * The commit message tail, from the handler's result (default: its summary) and, for an event that sets
   * `onlyIfChanged`, what it changed in the mirror folder.
   */
  describe?: (result: unknown, changes?: MirrorChanges) => string;
  /**
   * exec: a run that changed no mirror file and no state commits nothing (status.json is left as it was), and the
   * commit of one that did says what it changed.
   */
  onlyIfChanged?: boolean;
}

/** The outcome of an event. */
export type EventOutcome<T> =
  | { ran: true; result: unknown; summary: string; commits: string[]; attempts: number }
  | { ran: false; skipped: T };

/**
 * Runs one event as ONE store transaction (DESIGN section 2): reads sync.json, handler, state and
 * status at HEAD, runs the handler export in the sandbox with `ctx` over the transaction, and commits
 * mirror + state + status together as `sync(<slug>): <event> <summary>`. A failure commits nothing
 * from the attempt and records the error in a separate small transaction, then rethrows.
 */
export async function runEvent<T>(deps: EngineDeps, spec: EventSpec<T>): Promise<EventOutcome<T>> {
  const { slug, event } = spec;
  // Validate against HEAD before anything runs: unknown slug, invalid sync.json, missing settings.
  const config = spec.install?.config ?? (await loadSync(deps.store, slug)).config;
  if (config.status !== 'active' && !spec.install && event !== 'exec' && event !== 'delete') {
    throw new InvalidInputError(`sync "${slug}" is ${config.status}; only active syncs run ${event} events`, {
      data: { slug },
    });
  }
  // Built on the first ctx.http call: code that never calls the API (exec probes, a repair) needs no gateway settings,
  // and a missing setting then fails the run itself, so it is recorded in status like any other failure.
  let built: Gateway | undefined;
  const gateway: Gateway = {
    request: (request, options) => {
      built ??= buildGateway(deps, config);
      return built.request(request, options);
    },
  };
  // Host-call failures (the gateway's api_error, unauthorized, missing_config…), to report the original error when
  // the handler lets one escape rather than a `sandbox` error that only quotes it.
  const hostFailures: SyncError[] = [];
  const started = Date.now();
  deps.logger.info('event-start', { slug, kind: event, export: spec.exportName });
  let handlerRan = false;
  let result: TransactResult<{ skipped: T } | { value: unknown; summary: string }>;
  try {
    result = await deps.store.transact(
      async (tx) => {
        const current = spec.install ? install(tx, spec.install) : (await loadSync(tx, slug)).config;
        const status = await readStatus(tx, slug);
        const skip = await spec.before?.(tx, status, current);
        if (skip) return { skipped: skip.skip };
        const source = spec.source ?? (await readHandlerSource(tx, current));
        const state = await readState(tx, slug);
        const raced: { marker?: CheckpointRaceMarker } = {};
        const hostInput: HostTableInput = {
          tx,
          slug,
          mirror: new ScopedMirror(tx, current.mirrorPrefix),
          event,
          gateway,
          state,
          status,
          logger: deps.logger,
          clock: deps.clock,
          onCheckpoint: deps.onCheckpoint,
          raced,
        };
        const limits = {
          timeoutMs: spec.long ? (deps.limits?.longMs ?? defaultLongMs) : (deps.limits?.shortMs ?? defaultShortMs),
          ...(deps.limits?.memoryBytes ? { memoryBytes: deps.limits.memoryBytes } : {}),
        };
        handlerRan = true;
        const calls = spec.calls?.() ?? [spec.args ?? []];
        const values: unknown[] = [];
        for (const args of calls) {
          try {
            values.push(
              await runModule({
                source: source.text,
                filename: source.filename,
                exportName: spec.exportName,
                args,
                ctxData: {
                  sync: {
                    slug,
                    app: current.app,
                    accountId: current.accountId,
                    externalUserId: current.externalUserId,
                  },
                },
                host: (scope) => recordingFailures(buildHostTable(hostInput, scope), hostFailures),
                limits,
              }),
            );
          } catch (error) {
            if (raced.marker) throw raced.marker.error;
            throw escapedHostFailure(error, hostFailures) ?? error;
          }
          if (raced.marker) throw raced.marker.error;
        }
        const value = spec.calls ? values : values[0];
        const now = deps.clock();
        await spec.finish?.(tx, current, value);
        let changes: MirrorChanges | undefined;
        if (spec.onlyIfChanged) {
          writeState(tx, slug, state); // unchanged state writes the same bytes: no difference
          changes = await tx.differences(current.mirrorPrefix);
          if (changes.written.length === 0 && changes.deleted.length === 0) return { value, summary: 'no changes' };
        }
        const summary = (spec.describe ?? (spec.calls ? describeSummaries : describeSummary))(value, changes);
        if (event !== 'delete') {
          spec.after?.(status, value, now, current);
          status.lastRun = { event, at: now.toISOString(), result: 'ok', summary };
          status.lastResult = jsonSafe(value, maxLastResultChars);
          status.lastSuccessAt = now.toISOString();
          status.consecutiveFailures = 0;
          writeState(tx, slug, state);
          writeStatus(tx, slug, status);
        }
        tx.setMessage(`sync(${slug}): ${event} ${summary}`);
        return { value, summary };
      },
      { message: `sync(${slug}): ${event}` },
    );
  } catch (caught) {
    const error = toSyncError(caught);
    deps.logger.error('event-fail', {
      slug,
      kind: event,
      code: error.code,
      message: error.message,
      ms: Date.now() - started,
    });
    if (handlerRan) await recordFailure(deps, slug, event, error, spec.install !== undefined);
    throw error;
  }
  const value = result.value;
  if ('skipped' in value) {
    deps.logger.info('event-skip', { slug, kind: event, ms: Date.now() - started });
    return { ran: false, skipped: value.skipped };
  }
  deps.logger.info('event-end', {
    slug,
    kind: event,
    summary: value.summary,
    commits: result.commits.length,
    attempts: result.attempts,
    ms: Date.now() - started,
  });
  return {
    ran: true,
    result: value.value,
    summary: value.summary,
    commits: result.commits.map((commit) => commit.oid),
    attempts: result.attempts,
  };
}

/** The host table with every failure of a host call remembered (and still thrown into the isolate). */
function recordingFailures<Table extends object>(table: Table, failures: SyncError[]): Table {
  const remember = (error: unknown): never => {
    if (SyncError.isInstance(error)) failures.push(error);
    throw error;
  };
  const wrapped: Record<string, unknown> = {};
  for (const [name, implementation] of Object.entries(table)) {
    if (typeof implementation !== 'function') {
      wrapped[name] = implementation;
      continue;
    }
    // Synchronous host functions (log, now) stay synchronous.
    wrapped[name] = (...args: unknown[]) => {
      try {
        const value = (implementation as (...rest: unknown[]) => unknown)(...args);
        return value instanceof Promise ? value.catch(remember) : value;
      } catch (error) {
        return remember(error);
      }
    };
  }
  return wrapped as Table;
}

/** Failures from outside the handler (the API, the network, the settings): reported as themselves when they escape. */
const outsideCodes: ReadonlySet<string> = new Set(['api_error', 'rate_limited', 'unauthorized', 'missing_config']);

/**
 * The host error behind a handler failure, when the handler let a host call's error escape as it was (same code and
 * message): a network failure is then `api_error`, a refused token `unauthorized`, a missing setting
 * `missing_config`, with their exit codes, rather than a `sandbox` error.
 */
function escapedHostFailure(error: unknown, failures: SyncError[]): SyncError | undefined {
  if (!SandboxError.isInstance(error) || error.data.reason !== 'threw') return undefined;
  const thrown = error.data.error as { code?: unknown; message?: unknown } | undefined;
  if (typeof thrown?.code !== 'string' || !outsideCodes.has(thrown.code)) return undefined;
  return failures.findLast((failure) => failure.code === thrown.code && failure.message === thrown.message);
}

function install(tx: Transaction, files: InstallFiles): SyncConfig {
  const { config } = files;
  const paths = syncPaths(config.slug);
  tx.write(paths.syncJson, formatSyncJson(config));
  if (config.handler) tx.write(`${paths.handlerDir}/${config.handler}`, files.handlerSource);
  return config;
}

function buildGateway(deps: EngineDeps, config: SyncConfig): Gateway {
  const connection = { app: config.app, accountId: config.accountId, externalUserId: config.externalUserId };
  if (deps.createGateway) return deps.createGateway(connection, config.hosts);
  return createGateway({
    env: deps.env,
    connection,
    allowedHosts: config.hosts,
    fetch: deps.fetch,
    sleep: deps.sleep,
    tokenCache: deps.tokenCache,
  });
}

/** Records a failed event in errors.ndjson and status.json, in its own small transaction. */
async function recordFailure(
  deps: EngineDeps,
  slug: string,
  event: EventName,
  error: SyncError,
  installing: boolean,
): Promise<void> {
  const at = deps.clock().toISOString();
  try {
    await deps.store.transact(
      async (tx) => {
        // A connect that failed before its first checkpoint installed nothing: leave no trace.
        if (installing && (await tx.readText(syncPaths(slug).syncJson)) === null) return;
        const status = await readStatus(tx, slug);
        status.consecutiveFailures += 1;
        status.lastRun = { event, at, result: 'error', summary: `${error.code}: ${error.message}`.slice(0, 300) };
        status.lastError = { at, event, code: error.code, message: error.message.slice(0, 1000) };
        writeStatus(tx, slug, status);
        await appendError(tx, slug, { at, event, code: error.code, message: error.message.slice(0, 1000) });
      },
      { message: `sync(${slug}): ${event} failed (${error.code})` },
    );
  } catch (recordError) {
    deps.logger.warn('error-record-fail', { slug, kind: event, message: toSyncError(recordError).message });
  }
}
