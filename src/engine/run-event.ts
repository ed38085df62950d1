import { InvalidInputError, type SyncError, toSyncError } from '../errors.js';
import { createGateway, dataIsParsedText, type Gateway, type GatewayResponse } from '../gateway/index.js';
// The mirror modules the runtime needs, not mirror/index.js: that also loads the AI SDK and MCP faces.
import type { PathIndexLoadOptions, PathIndexSpec } from '../mirror/path-index.js';
import { extractItems, parseSaveItems, type SavedItems } from '../mirror/save-items.js';
import { ScopedMirror } from '../mirror/scoped-mirror.js';
import { type HostFunction, jsonSafe, runModule, TextReply } from '../sandbox/index.js';
import { syncPaths, type Transaction, type TransactResult } from '../store/index.js';
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
import { describeSummaries, describeSummary } from './summary.js';
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
  /** Runs inside the transaction first; returning `{ skip }` ends the event without a commit. */
  before?: (tx: Transaction, status: SyncStatus) => Promise<{ skip: T } | undefined>;
  /** Updates status after a successful run (delivery ids, webhook expiry, next poll), given the config the run used. */
  after?: (status: SyncStatus, result: unknown, now: Date, config: SyncConfig) => void;
  /** Runs after the handler, before the commit (connect writes SKILL.md, delete removes files). */
  finish?: (tx: Transaction, config: SyncConfig, result: unknown) => Promise<void>;
  /** Backfill and exec get the long limit. */
  long?: boolean;
  /** The commit message tail, from the handler's result (default: its summary). */
  describe?: (result: unknown) => string;
}

/** The outcome of an event. */
export type EventOutcome<T> =
  | { ran: true; result: unknown; summary: string; commits: string[]; attempts: number }
  | { ran: false; skipped: T };

/** Raised when a checkpoint lost its compare-and-swap; rethrown past the sandbox so the store re-runs the event. */
class CheckpointRaceMarker {
  constructor(readonly error: unknown) {}
}

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
  const gateway = buildGateway(deps, config);
  const started = Date.now();
  deps.logger.info('event-start', { slug, event, export: spec.exportName });
  let handlerRan = false;
  let result: TransactResult<{ skipped: T } | { value: unknown; summary: string }>;
  try {
    result = await deps.store.transact(
      async (tx) => {
        const current = spec.install ? install(tx, spec.install) : (await loadSync(tx, slug)).config;
        const status = await readStatus(tx, slug);
        const skip = await spec.before?.(tx, status);
        if (skip) return { skipped: skip.skip };
        const source = spec.source ?? (await readHandlerSource(tx, current));
        const state = await readState(tx, slug);
        const raced: { marker?: CheckpointRaceMarker } = {};
        const host = buildHost(deps, tx, current, gateway, state, status, event, raced);
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
                host,
                limits,
              }),
            );
          } catch (error) {
            if (raced.marker) throw raced.marker.error;
            throw error;
          }
          if (raced.marker) throw raced.marker.error;
        }
        const value = spec.calls ? values : values[0];
        const now = deps.clock();
        await spec.finish?.(tx, current, value);
        const summary = (spec.describe ?? (spec.calls ? describeSummaries : describeSummary))(value);
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
      event,
      code: error.code,
      message: error.message,
      ms: Date.now() - started,
    });
    if (handlerRan) await recordFailure(deps, slug, event, error, spec.install !== undefined);
    throw error;
  }
  const value = result.value;
  if ('skipped' in value) {
    deps.logger.info('event-skip', { slug, event, ms: Date.now() - started });
    return { ran: false, skipped: value.skipped };
  }
  deps.logger.info('event-end', {
    slug,
    event,
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

/** The flat host table behind `ctx` (see src/sandbox). */
function buildHost(
  deps: EngineDeps,
  tx: Transaction,
  config: SyncConfig,
  gateway: Gateway,
  state: Record<string, unknown>,
  status: SyncStatus,
  event: EventName,
  raced: { marker?: CheckpointRaceMarker },
): Record<string, HostFunction> {
  const slug = config.slug;
  const mirror = new ScopedMirror(tx, config.mirrorPrefix);
  const stateKey = (key: unknown): string => {
    if (typeof key !== 'string' || key === '') throw new InvalidInputError('ctx.state: key must be a non-empty string');
    return key;
  };
  const handlerLog = (level: 'info' | 'warn' | 'error') => (message: unknown, fields?: unknown) => {
    const extra =
      fields !== null && typeof fields === 'object' && !Array.isArray(fields)
        ? (fields as Record<string, unknown>)
        : {};
    deps.logger[level]('handler-log', { ...extra, slug, event, message: String(message) });
  };
  return {
    'mirror.read': async (path) => {
      const text = await mirror.read(path as string);
      return text === null ? null : TextReply.of(text);
    },
    'mirror.write': (path, text) => {
      mirror.write(path as string, text as string);
    },
    'mirror.delete': (path) => mirror.delete(path as string),
    'mirror.list': (dir) => mirror.list(dir as string | undefined),
    'mirror.upsertLines': (path, records, key) =>
      mirror.upsertLines(path as string, records as Record<string, unknown>[], key as string),
    'mirror.deleteLines': (path, keys, key) => mirror.deleteLines(path as string, keys as unknown[], key as string),
    'mirror.indexGet': async (dir, keys, spec) =>
      (
        await mirror.withIndex(dir as string, spec as PathIndexSpec, 'indexGet', (index) =>
          index.get(asList(keys, 'indexGet', 'keys')),
        )
      ).value,
    'mirror.indexChildren': async (dir, key, spec) =>
      (await mirror.withIndex(dir as string, spec as PathIndexSpec, 'indexChildren', (index) => index.children(key)))
        .value,
    'mirror.indexPut': async (dir, records, spec) => {
      const { value, io } = await mirror.withIndex(dir as string, spec as PathIndexSpec, 'indexPut', (index) =>
        index.put(asList(records, 'indexPut', 'records')),
      );
      return { ...value, io };
    },
    'mirror.indexRemove': async (dir, keys, spec) => {
      const options = (spec ?? {}) as PathIndexSpec & { subtree?: boolean };
      const { value, io } = await mirror.withIndex(dir as string, options, 'indexRemove', (index) =>
        index.remove(asList(keys, 'indexRemove', 'keys'), options.subtree === true),
      );
      return { removed: value, io };
    },
    'mirror.indexLoad': (dir, sources, options) =>
      mirror.indexLoad(dir as string, sources, options as PathIndexLoadOptions),
    'state.get': (key) => state[stateKey(key)],
    'state.set': (key, value) => {
      if (value === undefined) delete state[stateKey(key)];
      else state[stateKey(key)] = value;
    },
    'state.delete': (key) => {
      delete state[stateKey(key)];
    },
    'http.request': async (request) => {
      if (request === null || typeof request !== 'object')
        throw new InvalidInputError('ctx.http.request: expected { url, method?, headers?, body? }');
      const { saveItems, ...call } = request as Parameters<Gateway['request']>[0] & { saveItems?: unknown };
      const save = saveItems === undefined ? null : parseSaveItems(saveItems);
      if (save) mirror.resolve(save.path); // a bad path fails before the request is sent
      const response = await gateway.request(call);
      if (!save) return responseReply(response);
      const { text, items, rest, kept } = extractItems(response.data, save);
      const saved: SavedItems = { path: save.path, items, bytes: mirror.writeSaved(save.path, text, kept) };
      return { status: response.status, headers: response.headers, text: JSON.stringify(rest), data: rest, saved };
    },
    'log.info': handlerLog('info'),
    'log.warn': handlerLog('warn'),
    'log.error': handlerLog('error'),
    now: () => deps.clock().toISOString(),
    checkpoint: async (message) => {
      const text =
        typeof message === 'string' && message.trim() !== '' ? `: ${message.replace(/\s+/g, ' ').slice(0, 200)}` : '';
      writeState(tx, slug, state);
      writeStatus(tx, slug, status);
      // Reported once the commit is published (the store publishes it while the handler goes on), with the state
      // it holds: a copy, taken only when someone listens.
      const saved = deps.onCheckpoint ? (jsonSafe(state) as Record<string, unknown>) : state;
      const report = (commit: string | null) => {
        deps.logger.info('checkpoint-commit', { slug, event, commit, message: text.slice(2) });
        deps.onCheckpoint?.({ slug, event, message: text.slice(2), commit, state: saved });
      };
      try {
        const commit = await tx.checkpoint(`sync(${slug}): ${event} checkpoint${text}`, (published) =>
          report(published.oid),
        );
        if (!commit) report(null);
        return { commit: commit?.oid ?? null };
      } catch (error) {
        // A lost compare-and-swap must reach the store so it re-runs the event from the new HEAD.
        raced.marker = new CheckpointRaceMarker(error);
        throw error;
      }
    },
  };
}

function asList(value: unknown, method: string, name: string): unknown[] {
  if (!Array.isArray(value)) throw new InvalidInputError(`ctx.mirror.${method}: ${name} must be an array`);
  return value;
}

/**
 * An HTTP response for the isolate: the body crosses once, raw, and `data` is parsed from it inside the isolate
 * when the gateway's own `data` is exactly that parse; any other response goes as plain JSON.
 */
function responseReply(response: GatewayResponse): unknown {
  if (typeof response.text !== 'string') return response;
  const parsed = dataIsParsedText(response);
  if (!parsed && response.data !== null) return response;
  const { text, data, ...rest } = response;
  return TextReply.withFields(rest, text, 'text', {
    field: 'data',
    parse: parsed && data !== null,
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
    deps.logger.warn('error-record-fail', { slug, event, message: toSyncError(recordError).message });
  }
}
