import { InvalidInputError } from '../errors.js';
import { dataIsParsedText, type Gateway, type GatewayResponse } from '../gateway/index.js';
// The mirror modules the runtime needs, not mirror/index.js: that also loads the AI SDK and MCP faces.
import { extractItems, parseSaveItems, type SavedItems } from '../mirror/save-items.js';
import type { ScopedMirror } from '../mirror/scoped-mirror.js';
import { type HostCallScope, type HostTable, jsonSafe, TextReply } from '../sandbox/index.js';
import type { Transaction } from '../store/index.js';
import type { Logger } from './logger.js';
import { type EventName, type SyncStatus, writeState, writeStatus } from './runtime-files.js';
import type { CheckpointInfo } from './types.js';

/** `ctx.state` holds at most this many bytes of (compact) JSON: the order of a mirror file, far below git's limits. */
export const maxStateBytes = 1024 * 1024;
/** A `ctx.log` message longer than this many characters is cut, with a note. */
export const maxLogMessageChars = 4096;
/** `ctx.log` fields whose JSON is longer than this many characters are replaced by a note. */
export const maxLogFieldsChars = 16 * 1024;
/** After this many characters of handler log output in one call, further lines are dropped (one line says so). */
export const maxLogCharsPerCall = 1024 * 1024;

/** Raised when a checkpoint lost its compare-and-swap; rethrown past the sandbox so the store re-runs the event. */
export class CheckpointRaceMarker {
  constructor(readonly error: unknown) {}
}

/** What the host table of one event works on. */
export interface HostTableInput {
  tx: Transaction;
  slug: string;
  /** The event's view of the mirror (one per attempt: it remembers what saveItems kept for indexLoad). */
  mirror: ScopedMirror;
  event: EventName;
  gateway: Gateway;
  /** The handler's state, read at the start of the event; `state.*` change it in place. */
  state: Record<string, unknown>;
  status: SyncStatus;
  logger: Logger;
  clock: () => Date;
  onCheckpoint?: (info: CheckpointInfo) => void;
  /** Set by a checkpoint that lost its compare-and-swap. */
  raced: { marker?: CheckpointRaceMarker };
}

/**
 * The host side of `ctx` for one event (see src/sandbox): one function per method of the handler contract
 * (src/contract/handler-context.d.ts), typed by it. The sandbox checks every call's arguments against the contract
 * before it gets here, so the parameters hold what they declare. `scope.signal` ends the call's host work (an HTTP
 * request and its retry waits) when the sandboxed call ends.
 */
export function buildHostTable(input: HostTableInput, scope: HostCallScope): HostTable {
  const { tx, slug, mirror, event, gateway, state, status, logger, raced } = input;
  const stateSize = new StateSize(state);
  const log = new HandlerLog(logger, slug, event);
  return {
    'mirror.read': async (path) => {
      const text = await mirror.read(path);
      return text === null ? null : TextReply.of(text);
    },
    'mirror.write': (path, text) => {
      mirror.write(path, text);
    },
    'mirror.delete': (path) => mirror.delete(path),
    'mirror.list': (dir) => mirror.list(dir),
    'mirror.upsertLines': (path, records, key) => mirror.upsertLines(path, records, key),
    'mirror.deleteLines': (path, keys, key) => mirror.deleteLines(path, keys, key),
    'mirror.indexGet': async (dir, keys, spec) =>
      (await mirror.withIndex(dir, spec, 'indexGet', (index) => index.get(keys))).value,
    'mirror.indexChildren': async (dir, key, spec) =>
      (await mirror.withIndex(dir, spec, 'indexChildren', (index) => index.children(key))).value,
    'mirror.indexPut': async (dir, records, spec) => {
      const { value, io } = await mirror.withIndex(dir, spec, 'indexPut', (index) => index.put(records));
      return { ...value, io };
    },
    'mirror.indexRemove': async (dir, keys, spec) => {
      const { value, io } = await mirror.withIndex(dir, spec, 'indexRemove', (index) =>
        index.remove(keys, spec.subtree === true),
      );
      return { removed: value, io };
    },
    'mirror.indexLoad': (dir, sources, options) => mirror.indexLoad(dir, sources, options),
    'state.get': (key) => state[stateKey(key)],
    'state.set': (key, value) => {
      const name = stateKey(key);
      if (value === undefined) {
        stateSize.remove(name);
        delete state[name];
        return;
      }
      stateSize.put(name, value);
      state[name] = value;
    },
    'state.delete': (key) => {
      const name = stateKey(key);
      stateSize.remove(name);
      delete state[name];
    },
    'http.request': async (request) => {
      const { saveItems, ...call } = request;
      const save = saveItems === undefined ? null : parseSaveItems(saveItems);
      if (save) mirror.resolve(save.path); // a bad path fails before the request is sent
      const response = await gateway.request(call, { signal: scope.signal });
      if (!save) return responseReply(response);
      const { text, items, rest, kept } = extractItems(response.data, save);
      const saved: SavedItems = { path: save.path, items, bytes: mirror.writeSaved(save.path, text, kept) };
      return { status: response.status, headers: response.headers, text: JSON.stringify(rest), data: rest, saved };
    },
    'log.info': (message, fields) => log.write('info', message, fields),
    'log.warn': (message, fields) => log.write('warn', message, fields),
    'log.error': (message, fields) => log.write('error', message, fields),
    now: () => input.clock().toISOString(),
    checkpoint: async (message) => {
      const note = typeof message === 'string' ? message.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
      writeState(tx, slug, state);
      writeStatus(tx, slug, status);
      // Reported once the commit is published (the store publishes it while the handler goes on), with the state
      // it holds: a copy, taken only when someone listens.
      const saved = input.onCheckpoint ? (jsonSafe(state) as Record<string, unknown>) : state;
      const report = (commit: string | null) => {
        logger.info('checkpoint-commit', { slug, kind: event, commit, message: note });
        input.onCheckpoint?.({ slug, event, message: note, commit, state: saved });
      };
      try {
        // The handler's words after " - ", as in the event's own commit (see describeSummary).
        const subject = `sync(${slug}): ${event} checkpoint${note === '' ? '' : ` - ${note}`}`;
        const commit = await tx.checkpoint(subject, (published) => report(published.oid));
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

function stateKey(key: string): string {
  if (key === '') throw new InvalidInputError('ctx.state: key must be a non-empty string');
  return key;
}

/**
 * The serialized size of ctx.state, kept per key so a `set` costs the JSON of its own value only. A set that would
 * take the state past `maxStateBytes` is refused and changes nothing (a state already past it, from before the cap,
 * may still shrink).
 */
class StateSize {
  private readonly sizes = new Map<string, number>();
  private total = 2; // "{}"

  constructor(state: Record<string, unknown>) {
    for (const [key, value] of Object.entries(state)) this.add(key, entrySize(key, value));
  }

  put(key: string, value: unknown): void {
    const size = entrySize(key, value);
    const after = this.total - (this.sizes.get(key) ?? 0) + size;
    if (after > maxStateBytes && size > (this.sizes.get(key) ?? 0)) {
      throw new InvalidInputError(
        `ctx.state.set(${JSON.stringify(key.slice(0, 100))}): the state would be ${formatSize(after)} of JSON; ` +
          `the cap is ${formatSize(maxStateBytes)} (keep cursors and progress in state, data in mirror files)`,
        { data: { key, bytes: after, limit: maxStateBytes } },
      );
    }
    this.remove(key);
    this.add(key, size);
  }

  remove(key: string): void {
    const size = this.sizes.get(key);
    if (size === undefined) return;
    this.sizes.delete(key);
    this.total -= size;
  }

  private add(key: string, size: number): void {
    this.sizes.set(key, size);
    this.total += size;
  }
}

// `"key":value,` in UTF-8 bytes.
function entrySize(key: string, value: unknown): number {
  return Buffer.byteLength(JSON.stringify(key)) + Buffer.byteLength(JSON.stringify(value) ?? 'null') + 2;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * `ctx.log` of one call: lines go to the event's logger as `handler-log`, each message and its fields cut to a
 * bounded size, and the whole call's output capped (a handler logging in a loop cannot fill the disk or the CI log).
 */
class HandlerLog {
  private written = 0;
  private dropped = 0;

  constructor(
    private readonly logger: Logger,
    private readonly slug: string,
    private readonly event: EventName,
  ) {}

  write(level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown> | undefined): void {
    if (this.dropped > 0) {
      this.dropped += 1;
      return;
    }
    let text = message;
    if (text.length > maxLogMessageChars) {
      text = `${text.slice(0, maxLogMessageChars)}… (cut from ${text.length} characters)`;
    }
    let extra: Record<string, unknown> = fields ?? {};
    let extraChars = 0;
    if (fields) {
      const json = JSON.stringify(fields);
      extraChars = json.length;
      if (json.length > maxLogFieldsChars) {
        extra = { fieldsCut: `${json.length} characters of fields, over the ${maxLogFieldsChars} a line may carry` };
        extraChars = maxLogFieldsChars;
      }
    }
    this.written += text.length + extraChars;
    if (this.written > maxLogCharsPerCall) {
      this.dropped = 1;
      this.logger.warn('handler-log-cut', {
        slug: this.slug,
        kind: this.event,
        message: `this call logged over ${maxLogCharsPerCall} characters; its further log lines are dropped`,
      });
      return;
    }
    this.logger[level]('handler-log', { ...extra, slug: this.slug, kind: this.event, message: text });
  }
}

/**
 * An HTTP response for the isolate: the body crosses once, raw, and `data` is parsed from it inside the isolate
 * when the gateway's own `data` is exactly that parse; any other response goes as plain JSON.
 */
function responseReply(response: GatewayResponse): GatewayResponse | TextReply {
  if (typeof response.text !== 'string') return response;
  const parsed = dataIsParsedText(response);
  if (!parsed && response.data !== null) return response;
  const { text, data, ...rest } = response;
  return TextReply.withFields(rest, text, 'text', {
    field: 'data',
    parse: parsed && data !== null,
  });
}
