/**
 * The syncagent handler contract: everything a handler module can reach, and what it may export.
 *
 * A handler (`handlers/<slug>/handler.js`) is an ES module evaluated in a sandbox (a QuickJS isolate in
 * WebAssembly). It has no `process`, no `require`, no imports, no filesystem, no network, no timers, no environment
 * and no secrets: only the `ctx` object passed to each export. `src/contract/handler-context.d.ts` is the one place
 * that surface is written down; the sandbox bridge, the host's table of functions, the argument checks and
 * docs/handler-api.md are derived from it (`node scripts/build-contract.mjs`).
 *
 * Rules that hold for every call:
 * - Values cross the sandbox boundary as JSON: functions, `undefined` inside objects, `Date`s (become strings) and
 *   prototypes do not survive.
 * - Arguments are checked against the types below before the host runs anything; a call that does not match fails
 *   with an `invalid_input` error naming the method and the argument.
 * - Every method that returns a Promise must be awaited. Calls still pending when an export returns are finished
 *   before the event commits, and if one of them fails the whole event fails: nothing is committed.
 * - A failed call rejects with an `Error` whose `code` is a stable string (`invalid_input`, `api_error`,
 *   `unauthorized`, `rate_limited`, `sandbox`, ...); HTTP failures also carry `status` and a trimmed `body`.
 * - Limits per call: memory (default 256 MiB; once the heap is exhausted the call ends, even if the handler catches
 *   the "out of memory" error), wall time (default 10 minutes for `backfill` and exec code, 60 s for the other
 *   exports, host calls included: a call still waiting at the limit is aborted), the result and each call's
 *   arguments at most 16 MiB of JSON. A limit hit fails the event and nothing of it is committed.
 *
 * @packageDocumentation
 */

/** A JSON value: what crosses the sandbox boundary. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object, e.g. one NDJSON record. */
export type JsonObject = Record<string, unknown>;

/** Which sync and connection the handler runs for (`ctx.sync`, read-only). */
export interface SyncInfo {
  /** The sync's slug, e.g. `dropbox` or `dropbox-2`. */
  readonly slug: string;
  /** The app's slug at Pipedream, e.g. `dropbox`. */
  readonly app: string;
  /** The Pipedream Connect account id, e.g. `apn_abc123`. */
  readonly accountId: string;
  /** The app user the connection belongs to. */
  readonly externalUserId: string;
}

/** One entry of `ctx.mirror.list`. */
export interface MirrorEntry {
  /** Path relative to the mirror folder. */
  path: string;
  /** Size in bytes. */
  size: number;
}

/** What `ctx.mirror.upsertLines` changed. */
export interface UpsertResult {
  /** Records whose key was not in the file. */
  added: number;
  /** Records that replaced a line with the same key and different content. */
  updated: number;
}

/** Which records of a path index may hold children: those whose `field` equals `value`. */
export interface ContainerRule {
  /** The record field to look at, e.g. `tag`. */
  field: string;
  /** The value that marks a container, e.g. `folder`. */
  value: unknown;
}

/** The shape of a path index, given to every `ctx.mirror.index*` call on it. */
export interface PathIndexSpec {
  /** The record field holding its key: a path starting with "/", segments separated by "/". */
  key: string;
  /** Records that may have children (e.g. `{ field: 'tag', value: 'folder' }`); without it any record may. */
  container?: ContainerRule;
  /** A leaf file splits past this many bytes (default 60 KiB, so files stay below 64 KiB). */
  leafBytes?: number;
}

/** `ctx.mirror.indexRemove` options: the spec, and whether to remove the subtrees below the keys too. */
export interface PathIndexRemoveSpec extends PathIndexSpec {
  /** Remove every record below each key as well (a deleted folder). Default false. */
  subtree?: boolean;
}

/** `ctx.mirror.indexLoad` options: the spec plus tombstones and totals. */
export interface PathIndexLoadOptions extends PathIndexSpec {
  /** Records with `field === value` are deletions: they remove their key and its subtree as listed before them. */
  tombstone?: { field: string; value: unknown };
  /** Totals computed while loading: per group of the first `depth` key segments (0: none), counts by a field, sums. */
  aggregate?: { depth?: number; countBy?: string; sum?: string[] };
}

/** How many index leaf files one call read and wrote. */
export interface IndexIo {
  /** Leaf files read. */
  leavesRead: number;
  /** Leaf files written. */
  leavesWritten: number;
  /** Leaves that outgrew `leafBytes` and were split. */
  splits: number;
}

/** Totals over a set of records (`ctx.mirror.indexLoad` with `aggregate`). */
export interface Aggregate {
  /** How many records. */
  records: number;
  /** Per value of the `countBy` field, how many records have it. */
  count: Record<string, number>;
  /** Per `sum` field, the total of its numeric values. */
  sum: Record<string, number>;
}

/** What `ctx.mirror.indexLoad` answers. */
export interface IndexLoadResult {
  /** Records in the index after the load. */
  records: number;
  /** Leaf files written. */
  leaves: number;
  /** Totals over every record. */
  total: Aggregate;
  /** Totals per group (when `aggregate.depth` > 0), by the group's key prefix. */
  groups?: Record<string, Aggregate>;
  /** Leaf files read and written. */
  io: IndexIo;
}

/** What `ctx.mirror.indexPut` answers. */
export interface IndexPutResult {
  /** Per record given, in order, the record it replaced (null when the key was new). */
  previous: Array<JsonObject | null>;
  /** Records removed because a container was replaced by a record that cannot have children. */
  removed: JsonObject[];
  /** Leaf files read and written. */
  io: IndexIo;
}

/** What `ctx.mirror.indexRemove` answers. */
export interface IndexRemoveResult {
  /** Every record removed (the keys themselves and, with `subtree`, everything below them). */
  removed: JsonObject[];
  /** Leaf files read and written. */
  io: IndexIo;
}

/**
 * The sync's mirror files (`mirrors/<slug>/`): a structural index (ids, names, paths, sizes, times), never content.
 * Paths are relative to the mirror folder; `..`, absolute paths, backslashes, NUL, `.git` in any spelling and the
 * engine's own `.sync/` folder are refused. Aim for at most 64 KiB per file (shard high-cardinality data as NDJSON);
 * the hard cap is 50 MiB per file. Reads see this event's own writes; nothing is published before the event commits
 * (or `ctx.checkpoint()` commits it).
 */
export interface MirrorApi {
  /** The text of a mirror file, or null when it does not exist. */
  read(path: string): Promise<string | null>;
  /** Creates or replaces a mirror file. */
  write(path: string, text: string): Promise<void>;
  /** Deletes a mirror file (nothing happens when it does not exist). */
  delete(path: string): Promise<void>;
  /** Every file below `dir` (default: the whole mirror), recursively, with sizes. */
  list(dir?: string): Promise<MirrorEntry[]>;
  /**
   * Host-side NDJSON upsert: each record replaces the line whose `record[key]` is equal, or is appended; the file is
   * created when missing and rewritten only when something changed.
   */
  upsertLines(path: string, records: JsonObject[], key: string): Promise<UpsertResult>;
  /** Host-side NDJSON delete: removes the lines whose `record[key]` is one of `keys`; answers how many. */
  deleteLines(path: string, keys: Array<string | number>, key: string): Promise<number>;
  /**
   * Rebuilds the path index under `dir` from NDJSON files (e.g. pages saved with `http.request` `saveItems`), in one
   * host-side pass: later records win, tombstones remove their key and subtree listed before them.
   */
  indexLoad(dir: string, sources: string[], options: PathIndexLoadOptions): Promise<IndexLoadResult>;
  /** Inserts or replaces records by key (a container replaced by a non-container loses its subtree). */
  indexPut(dir: string, records: JsonObject[], spec: PathIndexSpec): Promise<IndexPutResult>;
  /** Removes records by key (and, with `subtree`, everything below them). */
  indexRemove(dir: string, keys: string[], spec: PathIndexRemoveSpec): Promise<IndexRemoveResult>;
  /** The records at `keys`, in the order asked (null where there is none). */
  indexGet(dir: string, keys: string[], spec: PathIndexSpec): Promise<Array<JsonObject | null>>;
  /** The direct children of the record at `key`, sorted by key. */
  indexChildren(dir: string, key: string, spec: PathIndexSpec): Promise<JsonObject[]>;
}

/**
 * The handler's own small state (cursors, progress), committed with the mirror in `.sync/state.json`. Values are
 * JSON. The whole state is capped at 1 MiB serialized: a `set` that would pass it fails (keep data in mirror files).
 */
export interface StateApi {
  /** The value stored under `key`, or undefined. */
  get(key: string): Promise<any>;
  /** Stores a JSON value under `key`; `undefined` deletes the key. */
  set(key: string, value: unknown): Promise<void>;
  /** Deletes `key`. */
  delete(key: string): Promise<void>;
}

/**
 * `saveItems` of `ctx.http.request`: the array at JSON pointer `from` in the response goes straight into the mirror
 * file `path` as NDJSON (one item per line, only `fields`), host-side; the handler gets the rest of the body in
 * `data` and a count in `saved`. Thousands of items per page then never cross into the sandbox.
 */
export interface SaveItems {
  /** Mirror path of the NDJSON file to create or replace. */
  path: string;
  /** JSON pointer of the array in the response body, e.g. "/entries". */
  from: string;
  /** Fields to keep: a list of names, or `{ newName: 'sourceField' }` to rename. Default: every field. */
  fields?: string[] | Record<string, string>;
  /**
   * Saved fields whose values the host remembers for a later `ctx.mirror.indexLoad` of this file in the same event:
   * when they cover the load's key, tombstone and aggregate fields it reads nothing back. Same result either way.
   */
  keep?: string[];
}

/** A request through the gateway. */
export interface HttpRequest {
  /** HTTP method, default GET. */
  method?: string;
  /** Absolute https URL; its host must be listed in sync.json `hosts`. Redirects are not followed. */
  url: string;
  /** Request headers for the target API (authorization is added by the gateway; never put secrets here). */
  headers?: Record<string, string>;
  /** A string is sent as is; an object or array is sent as JSON with `content-type: application/json`. */
  body?: string | JsonObject | unknown[] | null;
  /** Save the items of a JSON array in the response to a mirror file, host-side (see SaveItems). */
  saveItems?: SaveItems;
}

/** What `saveItems` saved. */
export interface SavedItems {
  /** The mirror file written. */
  path: string;
  /** How many items were written. */
  items: number;
  /** Size of the file written, in bytes. */
  bytes: number;
}

/** The target API's answer (any status below 400; 4xx and 5xx reject). */
export interface HttpResponse {
  /** HTTP status (below 400). */
  status: number;
  /** Response headers, lower-cased names. */
  headers: Record<string, string>;
  /** The body as text (with `saveItems`: the JSON of the body without the saved array). */
  text: string;
  /** The parsed JSON body, or null when it is not JSON. */
  data: any;
  /** Present when the request had `saveItems`. */
  saved?: SavedItems;
}

/**
 * Authenticated HTTP through the gateway (the Pipedream Connect proxy, or the app's own token): the only way out.
 * 429 and 5xx are retried with backoff (honouring `Retry-After`, bounded); then 401/403 reject with code
 * `unauthorized`, 429 with `rate_limited`, other failures with `api_error` (with `status` and a trimmed `body`).
 */
export interface HttpApi {
  /** Sends one request and reads the whole response. */
  request(request: HttpRequest): Promise<HttpResponse>;
}

/**
 * Structured logs (to the event's log, never into the store). A message is at most 4,096 characters and its fields
 * 16 KiB of JSON (longer ones are cut, with a note); after 1 MiB of log output in one call, further lines are
 * dropped and one line says so.
 */
export interface LogApi {
  /** Logs a progress or diagnostic line, e.g. `ctx.log.info('page', { entries: 2000 })`. */
  info(message: string, fields?: JsonObject): void;
  /** Logs something that went wrong but did not stop the handler. */
  warn(message: string, fields?: JsonObject): void;
  /** Logs a failure (throwing is what fails the event; this only records it). */
  error(message: string, fields?: JsonObject): void;
}

/** What `ctx.checkpoint()` answers. */
export interface CheckpointResult {
  /** The commit made, or null when nothing had changed since the last one. */
  commit: string | null;
}

/** The `ctx` every export receives. Frozen: its methods cannot be replaced. */
export interface HandlerContext {
  /** Which sync this is. */
  readonly sync: SyncInfo;
  /** The sync's mirror files. */
  readonly mirror: MirrorApi;
  /** Small JSON state committed with the mirror (cursors, progress). */
  readonly state: StateApi;
  /** Authenticated HTTP to the hosts of sync.json. */
  readonly http: HttpApi;
  /** Structured logs. */
  readonly log: LogApi;
  /** The current time as an ISO-8601 string (an injectable clock; `Date.now()` and `new Date()` read it too). */
  now(): string;
  /**
   * Commits the mirror and state written so far (backfill, poll, exec), so a killed run resumes from here. Answers
   * once the commit is made; the next checkpoint and the end of the event wait until it is published.
   */
  checkpoint(message?: string): Promise<CheckpointResult>;
}

/** What a sync export may return: counts for the commit message and status (`"3 changes (+1 ~1 -1)"`). */
export interface Summary {
  /** Records added to the mirror. */
  added?: number;
  /** Records changed. */
  updated?: number;
  /** Records removed. */
  deleted?: number;
  /** A short note (at most 200 characters are kept). */
  note?: string;
}

/** A provider webhook delivery, verified by the host (the secret never enters the sandbox) and deduplicated by id. */
export interface Delivery {
  /** The delivery id given by the relay (a random one when none was given); a repeated id is skipped. */
  id: string;
  /** Request headers, lower-cased names. */
  headers: Record<string, string>;
  /** The raw body. */
  body: string;
  /** The body parsed as JSON, or null when it is not JSON. */
  json: unknown | null;
  /** When the delivery was received, ISO-8601. */
  receivedAt: string;
}

/** What registerWebhook and renewWebhook may return. */
export interface WebhookRegistration {
  /** When the provider's subscription expires (ISO-8601); renewal is scheduled before it. */
  expiresAt?: string;
}

/** Initial full load; runs at install and whenever the handler asks for a resync. */
export type BackfillExport = (ctx: HandlerContext) => Promise<Summary | void>;
/** One verified, deduplicated webhook delivery. */
export type OnWebhookExport = (ctx: HandlerContext, delivery: Delivery) => Promise<Summary | void>;
/** Incremental changes and reconciliation, on the sync's poll schedule. */
export type PollOnceExport = (ctx: HandlerContext) => Promise<Summary | void>;
/** Extends the provider's webhook subscription before it expires. */
export type RenewWebhookExport = (ctx: HandlerContext) => Promise<WebhookRegistration | void>;
/** Subscribes to the provider's webhooks (after the backfill, so no change is lost). */
export type RegisterWebhookExport = (ctx: HandlerContext) => Promise<WebhookRegistration | void>;
/** Unsubscribes when the sync is deleted. */
export type UnregisterWebhookExport = (ctx: HandlerContext) => Promise<void>;
/** One-shot code run by `syncagent exec` (and the sync agent's `run_in_sync`): its result is printed. */
export type ExecExport = (ctx: HandlerContext) => Promise<unknown>;

/**
 * The exports of `handler.js`. Every export is optional; a sync-engine handler has at least one of backfill,
 * onWebhook and pollOnce, and exports nothing else.
 */
export interface HandlerModule {
  /** See BackfillExport. */
  backfill?: BackfillExport;
  /** See OnWebhookExport. */
  onWebhook?: OnWebhookExport;
  /** See PollOnceExport. */
  pollOnce?: PollOnceExport;
  /** See RenewWebhookExport. */
  renewWebhook?: RenewWebhookExport;
  /** See RegisterWebhookExport. */
  registerWebhook?: RegisterWebhookExport;
  /** See UnregisterWebhookExport. */
  unregisterWebhook?: UnregisterWebhookExport;
}

/** The module `syncagent exec --file` runs: `export default async function (ctx) { ... }`. */
export interface ExecModule {
  /** See ExecExport. */
  default: ExecExport;
}
