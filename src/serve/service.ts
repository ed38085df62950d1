import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type EngineDeps,
  handleWebhookBatch,
  isDeliveryId,
  type Logger,
  loadSync,
  maxWebhookBodyBytes,
  prepareDelivery,
  readStatus,
  type SyncConfig,
  syncStatus,
  tick,
} from '../engine/index.js';
import { ApiError, type SyncError, toSyncError } from '../errors.js';
import { defaultTarballLimits } from '../filesync/index.js';
import type { Store } from '../store/index.js';
import { isSlug } from '../store/paths.js';
import { version } from '../version.js';
import { type ConnectRunner, catalogConnect } from './connect-event.js';
import { FilesApi } from './files-api.js';
import { type Dispatcher, dispatchOf } from './github-relay.js';
import { flatHeaders, HttpError, readBody, requireBearer, sendJson, sendText } from './http.js';
import { createMetrics, type ServeMetrics } from './metrics.js';
import { TickScheduler } from './scheduler.js';
import { Spool, type SpoolRecord } from './spool.js';
import { type FailureDecision, WorkQueue } from './work-queue.js';

/** Caps and timeouts of the HTTP side (tests lower them). */
export interface ServeLimits {
  /** Largest provider webhook body (the engine's cap, 1 MiB). */
  webhookBytes: number;
  /** Largest Pipedream Connect event body. */
  connectBytes: number;
  /** Largest file-sync tarball upload. */
  filesBytes: number;
  /** A client must send its headers within this time. */
  headersTimeoutMs: number;
  /** A client must send its whole request within this time. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** Beyond this many records waiting, intake answers 503 (the provider retries later). */
  maxSpoolDepth: number;
}

/** Default caps and timeouts. */
export const defaultServeLimits: ServeLimits = {
  webhookBytes: maxWebhookBodyBytes,
  connectBytes: 256 * 1024,
  filesBytes: defaultTarballLimits.maxTarballBytes,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  maxSpoolDepth: 100_000,
};

/** Retry policy of failed events (relay: GitHub unreachable is retried forever, capped at `maxMs`). */
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  /** Attempts before an event that keeps failing is given up (dead-letter.ndjson); not for relay outages. */
  maxAttempts: number;
}

/** Everything `startService` needs; the entry point builds it from flags and env. */
export interface ServeOptions {
  store: Store;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Spool, dead letters and the file-sync tarball live here. */
  dataDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  clock?: () => Date;
  /** Relay mode: forward events as repository_dispatch instead of running them. */
  dispatcher?: Dispatcher | null;
  /** Relay mode: brings the store clone up to date (new syncs installed by the Action). */
  refreshStore?: () => Promise<void>;
  /** Internal tick period; 0 turns the scheduler off (default 60 s; always off in relay mode). */
  tickEveryMs?: number;
  /** Most deliveries of one slug run as one event (default 100). */
  maxBatch?: number;
  /** Events running at once across slugs (default 2). */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  limits?: Partial<ServeLimits>;
  /** How connect runs (default: the catalog). */
  connect?: ConnectRunner;
  /** Extra engine dependencies (a fetch, a gateway factory, sandbox limits). */
  engine?: Partial<EngineDeps>;
  /** Segment size of the spool (tests). */
  spoolSegmentBytes?: number;
}

/** A running service. */
export interface RunningService {
  url: string;
  port: number;
  metrics: ServeMetrics;
  /** Records accepted and not yet done. */
  readonly spoolDepth: number;
  /** Records replayed from the spool at start. */
  readonly replayed: number;
  /** Stops intake, finishes the events in hand (the rest stays spooled) and closes. Idempotent. */
  close(): Promise<void>;
  /** Resolves once nothing waits or runs (tests, benches). */
  idle(): Promise<void>;
}

/** Headers never kept with a delivery (credentials of the route, hop-by-hop). The signature header is always kept. */
const droppedHeaders = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
  'content-length',
]);

/** Headers that carry a provider's delivery id, first match wins; without one a fresh id is given. */
export const deliveryIdHeaders = ['x-syncagent-delivery-id', 'webhook-id', 'x-github-delivery'] as const;

const connectionEventSchema = z.discriminatedUnion('event', [
  z
    .object({
      event: z.literal('CONNECTION_SUCCESS'),
      account: z
        .object({
          id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'expected an account id (apn_...)'),
          external_id: z.string().min(1).max(200),
          app: z.object({ name_slug: z.string().refine(isSlug, 'expected an app slug') }).passthrough(),
        })
        .passthrough(),
    })
    .passthrough(),
  z.object({ event: z.literal('CONNECTION_ERROR'), error: z.unknown().optional() }).passthrough(),
]);

/** Routes as named in logs and metrics (never with a query string: `?token=` stays out). */
type RouteName = '/healthz' | '/status' | '/metrics' | '/hooks/pipedream' | '/hooks/:slug' | '/api/v1/files' | 'other';

/**
 * Starts `syncagent serve` (DESIGN section 9): an HTTP service over a store clone. Provider
 * webhooks are verified, spooled durably (fsync before the 200) and processed after, one event per
 * slug at a time, deliveries waiting for a slug coalesced into one event; Connect events run
 * connect; an internal scheduler runs tick; `--relay github` forwards everything as
 * repository_dispatch instead. On start the spool is replayed.
 */
export async function startService(options: ServeOptions): Promise<RunningService> {
  const limits: ServeLimits = { ...defaultServeLimits, ...options.limits };
  const retry: RetryPolicy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 6, ...options.retry };
  const clock = options.clock ?? (() => new Date());
  const { logger, store, env } = options;
  const dispatcher = options.dispatcher ?? null;
  const mode = dispatcher ? 'relay' : 'process';
  const connectRunner = options.connect ?? catalogConnect;
  const deps: EngineDeps = { store, env, clock, logger, ...options.engine };
  await mkdir(options.dataDir, { recursive: true });
  const deadLetters = join(options.dataDir, 'dead-letter.ndjson');
  const { spool, pending } = await Spool.open(join(options.dataDir, 'spool'), {
    segmentBytes: options.spoolSegmentBytes,
  });
  const filesApi = new FilesApi(
    join(options.dataDir, 'files'),
    env,
    { ...defaultTarballLimits, maxTarballBytes: limits.filesBytes },
    clock,
  );
  /** Delivery ids spooled and not yet done, per slug: a repeat is answered as a duplicate at once. */
  const waitingIds = new Set<string>();
  const waitingKey = (slug: string, id: string) => `${slug}\n${id}`;
  const startedAt = clock().toISOString();
  let lastTick: { at: string; actions: number; errors: number } | null = null;
  let draining = false;

  const queue: WorkQueue = new WorkQueue({
    laneOf: (record) => (record.kind === 'connect' ? 'connect' : `webhook:${record.slug}`),
    maxBatch: (lane) => (dispatcher || lane === 'connect' ? 1 : (options.maxBatch ?? 100)),
    maxConcurrent: options.concurrency ?? 2,
    run: (_lane, records) => runRecords(records),
    decide,
    settle,
  });
  const metrics = createMetrics({
    spoolDepth: () => spool.depth,
    queued: () => queue.size,
    running: () => queue.active,
  });

  function kindOf(records: SpoolRecord[]): string {
    return dispatcher ? 'relay' : (records[0]?.kind ?? 'webhook');
  }

  async function runRecords(records: SpoolRecord[]): Promise<void> {
    const kind = kindOf(records);
    const started = performance.now();
    metrics.batchSize.observe({ kind }, records.length);
    try {
      if (dispatcher) {
        for (const record of records) {
          const { eventType, payload } = dispatchOf(record);
          await dispatcher.dispatch(eventType, payload);
          if (record.kind === 'webhook') metrics.deliveries.inc({ slug: record.slug, result: 'relayed' });
          logger.info('relay-dispatch', {
            eventType,
            seq: record.seq,
            ...(record.kind === 'webhook' ? { slug: record.slug, deliveryId: record.deliveryId } : { app: record.app }),
          });
        }
      } else if (records[0]?.kind === 'connect') {
        const record = records[0];
        const outcome = await connectRunner(deps, {
          app: record.app,
          accountId: record.accountId,
          externalUserId: record.externalUserId,
        });
        logger.info('connect-end', {
          app: record.app,
          accountId: record.accountId,
          slug: outcome.slug,
          status: outcome.status,
        });
      } else {
        const webhooks = records.filter((record) => record.kind === 'webhook');
        const slug = webhooks[0]?.slug as string;
        const outcome = await handleWebhookBatch(
          deps,
          slug,
          webhooks.map((record) => ({
            deliveryId: record.deliveryId,
            headers: record.headers,
            body: record.body,
            receivedAt: record.receivedAt,
          })),
        );
        if (outcome.handled.length) metrics.deliveries.inc({ slug, result: 'handled' }, outcome.handled.length);
        if (outcome.duplicates.length) metrics.deliveries.inc({ slug, result: 'duplicate' }, outcome.duplicates.length);
      }
      metrics.events.inc({ kind, result: 'ok' });
    } catch (error) {
      const syncError = toSyncError(error);
      metrics.events.inc({ kind, result: 'failed' });
      metrics.failures.inc({ kind, code: syncError.code });
      logger.warn('event-retry', { kind, records: records.length, code: syncError.code, message: syncError.message });
      throw syncError;
    } finally {
      metrics.eventSeconds.observe({ kind }, (performance.now() - started) / 1000);
    }
  }

  function decide(_record: SpoolRecord, error: unknown, attempts: number): FailureDecision {
    const syncError = toSyncError(error);
    const backoff = Math.min(retry.maxMs, retry.baseMs * 2 ** (attempts - 1)) * (0.8 + Math.random() * 0.4);
    if (dispatcher) {
      // GitHub refusing the payload itself will not change; an outage or a bad token may (nothing is lost meanwhile).
      const status = ApiError.isInstance(syncError) ? syncError.status : undefined;
      if (status === 400 || status === 422) return { giveUp: true };
      return { retryInMs: Math.min(retry.maxMs, backoff) };
    }
    // The sync is gone, paused or invalid, or the delivery no longer verifies: retrying cannot help.
    if (syncError.code === 'invalid_input' || syncError.code === 'unauthorized') return { giveUp: true };
    if (attempts >= retry.maxAttempts) return { giveUp: true };
    return { retryInMs: backoff };
  }

  async function settle(records: SpoolRecord[], error?: unknown): Promise<void> {
    const kind = kindOf(records);
    const now = clock().getTime();
    if (error !== undefined) {
      const syncError: SyncError = toSyncError(error);
      metrics.givenUp.inc({ kind }, records.length);
      const lines = records.map(
        (record) => `${JSON.stringify({ at: clock().toISOString(), error: syncError.toJSON(), record })}\n`,
      );
      await appendFile(deadLetters, lines.join(''), { mode: 0o600 }).catch((writeError: unknown) => {
        logger.error('dead-letter-fail', { message: (writeError as Error).message });
      });
      for (const record of records) {
        if (record.kind === 'webhook') metrics.deliveries.inc({ slug: record.slug, result: 'given_up' });
        logger.error('event-give-up', {
          kind,
          seq: record.seq,
          code: syncError.code,
          message: syncError.message,
          ...(record.kind === 'webhook' ? { slug: record.slug, deliveryId: record.deliveryId } : { app: record.app }),
        });
      }
    }
    for (const record of records) {
      if (record.kind === 'webhook') waitingIds.delete(waitingKey(record.slug, record.deliveryId));
      metrics.lagSeconds.observe({ kind }, Math.max(0, now - Date.parse(record.receivedAt)) / 1000);
    }
    try {
      await spool.ack(records.map((record) => record.seq));
    } catch (ackError) {
      // Not acknowledged: replayed at the next start, where deduplication skips what was done.
      logger.error('spool-ack-fail', { message: (ackError as Error).message });
    }
  }

  // ---- intake -------------------------------------------------------------------------------------------

  /** What intake reads of a sync (config, delivery ids seen), cached per HEAD commit: one read per commit, not per request. */
  let atHead: {
    commit: string | null;
    configs: Map<string, Promise<SyncConfig>>;
    seen: Map<string, Promise<Set<string>>>;
  } = {
    commit: null,
    configs: new Map(),
    seen: new Map(),
  };
  async function headCache(): Promise<typeof atHead> {
    const commit = await store.head();
    if (commit !== atHead.commit) atHead = { commit, configs: new Map(), seen: new Map() };
    return atHead;
  }
  async function cachedConfig(slug: string): Promise<SyncConfig> {
    const cache = await headCache();
    let config = cache.configs.get(slug);
    if (!config) {
      config = loadSync(store.at(cache.commit), slug).then((installed) => installed.config);
      config.catch(() => cache.configs.delete(slug));
      cache.configs.set(slug, config);
    }
    return config;
  }
  async function seenDeliveries(slug: string): Promise<Set<string>> {
    const cache = await headCache();
    let seen = cache.seen.get(slug);
    if (!seen) {
      seen = readStatus(store.at(cache.commit), slug).then((status) => new Set(status.recentDeliveries));
      cache.seen.set(slug, seen);
    }
    return seen;
  }

  async function syncFor(slug: string): Promise<SyncConfig> {
    try {
      return await cachedConfig(slug);
    } catch (error) {
      if (toSyncError(error).code !== 'invalid_input' || !options.refreshStore) throw error;
      // Relay mode: the Action may have installed it since the clone was last brought up to date.
      await options.refreshStore();
      return await cachedConfig(slug);
    }
  }

  function answerForError(error: unknown): HttpError {
    if (error instanceof HttpError) return error;
    const syncError = toSyncError(error);
    switch (syncError.code) {
      case 'unauthorized':
        return new HttpError(401, syncError.message);
      case 'invalid_input':
        return new HttpError(400, syncError.message);
      case 'missing_config':
        logger.error('config-missing', { message: syncError.message });
        return new HttpError(503, 'the service is missing a setting for this route (see its log)');
      default:
        logger.error('request-fail', { code: syncError.code, message: syncError.message });
        return new HttpError(500, `internal error (${syncError.code})`);
    }
  }

  async function acceptRecord(payload: Parameters<Spool['append']>[0]): Promise<SpoolRecord> {
    if (spool.depth >= limits.maxSpoolDepth) {
      throw new HttpError(503, `the spool holds ${spool.depth} records: try again later`, { 'retry-after': '30' });
    }
    const record = await spool.append(payload);
    queue.push(record);
    return record;
  }

  async function providerWebhook(
    slug: string,
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    let config: SyncConfig;
    try {
      config = await syncFor(slug);
    } catch (error) {
      if (toSyncError(error).code === 'invalid_input') throw new HttpError(404, `no sync "${slug}" in the store`);
      throw error;
    }
    const webhook = config.signals.webhook;
    if (!webhook) throw new HttpError(404, `sync "${slug}" does not take webhooks`);
    if (request.method === 'GET' || request.method === 'HEAD') {
      const name = webhook.challenge?.query;
      const value = name === undefined ? null : url.searchParams.get(name);
      if (value === null)
        throw new HttpError(400, name ? `expected ?${name}=` : `sync "${slug}" declares no challenge`);
      if (value.length > 1024) throw new HttpError(400, 'challenge is too long');
      return sendText(response, 200, value);
    }
    if (request.method !== 'POST')
      throw new HttpError(405, 'use POST (or GET for the challenge)', { allow: 'GET, POST' });
    const body = (await readBody(request, limits.webhookBytes)).toString('utf8');
    const signatureHeader = webhook.signature?.header.toLowerCase();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(flatHeaders(request))) {
      if (!droppedHeaders.has(name) || name === signatureHeader) headers[name] = value;
    }
    const given = deliveryIdHeaders.map((name) => headers[name]).find((value) => value !== undefined);
    if (given !== undefined && !isDeliveryId(given))
      throw new HttpError(400, 'the delivery id header must be 1-200 printable ASCII characters without spaces');
    const deliveryId = given ?? randomUUID();
    const receivedAt = clock().toISOString();
    try {
      prepareDelivery(config, deps, { body, headers, deliveryId, receivedAt });
    } catch (error) {
      if (toSyncError(error).code === 'unauthorized') metrics.deliveries.inc({ slug, result: 'rejected' });
      throw error;
    }
    const duplicateAnswer = { accepted: true, duplicate: true, deliveryId };
    if (waitingIds.has(waitingKey(slug, deliveryId))) {
      metrics.deliveries.inc({ slug, result: 'duplicate' });
      return sendJson(response, 200, duplicateAnswer);
    }
    if (given !== undefined && !dispatcher && (await seenDeliveries(slug)).has(deliveryId)) {
      metrics.deliveries.inc({ slug, result: 'duplicate' });
      return sendJson(response, 200, duplicateAnswer);
    }
    waitingIds.add(waitingKey(slug, deliveryId));
    try {
      await acceptRecord({ kind: 'webhook', slug, deliveryId, headers, body, receivedAt });
    } catch (error) {
      waitingIds.delete(waitingKey(slug, deliveryId));
      throw error;
    }
    metrics.deliveries.inc({ slug, result: 'accepted' });
    sendJson(response, 200, { accepted: true, deliveryId });
  }

  async function pipedreamHook(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST') throw new HttpError(405, 'use POST', { allow: 'POST' });
    requireBearer(request, url, env, 'SYNCAGENT_HOOK_TOKEN', true);
    const text = (await readBody(request, limits.connectBytes)).toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'expected a JSON body');
    }
    const parsed = connectionEventSchema.safeParse(json);
    if (!parsed.success) {
      throw new HttpError(
        400,
        parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '),
      );
    }
    const event = parsed.data;
    if (event.event === 'CONNECTION_ERROR') {
      // The error text only: the event also carries a connect token, which stays out of the log.
      logger.warn('connection-error', {
        error:
          typeof event.error === 'string'
            ? event.error.slice(0, 500)
            : JSON.stringify(event.error ?? null).slice(0, 500),
      });
      return sendJson(response, 200, { accepted: true, event: event.event });
    }
    const record = await acceptRecord({
      kind: 'connect',
      app: event.account.app.name_slug,
      accountId: event.account.id,
      externalUserId: event.account.external_id,
      receivedAt: clock().toISOString(),
    });
    logger.info('connect-accept', { app: event.account.app.name_slug, accountId: event.account.id, seq: record.seq });
    sendJson(response, 200, {
      accepted: true,
      event: event.event,
      app: event.account.app.name_slug,
      accountId: event.account.id,
    });
  }

  async function statusAnswer(response: ServerResponse): Promise<void> {
    const syncs = await syncStatus(store);
    sendJson(response, 200, {
      syncs,
      service: {
        version,
        mode,
        startedAt,
        draining,
        spoolDepth: spool.depth,
        running: queue.active,
        replayed: pending.length,
        lastTick,
      },
    });
  }

  async function route(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    named: (name: RouteName, slug?: string) => void,
  ): Promise<void> {
    const path = url.pathname;
    if (path === '/healthz') {
      named('/healthz');
      return draining ? sendText(response, 503, 'draining\n') : sendText(response, 200, 'ok\n');
    }
    if (draining)
      throw new HttpError(503, 'the service is shutting down: try again shortly', {
        connection: 'close',
        'retry-after': '5',
      });
    if (path === '/status' && request.method === 'GET') {
      named('/status');
      return statusAnswer(response);
    }
    if (path === '/metrics' && request.method === 'GET') {
      named('/metrics');
      const text = await metrics.registry.metrics();
      response.writeHead(200, {
        'content-type': metrics.registry.contentType,
        'content-length': Buffer.byteLength(text),
      });
      response.end(text);
      return;
    }
    if (path === '/hooks/pipedream') {
      named('/hooks/pipedream');
      return pipedreamHook(request, response, url);
    }
    const hook = /^\/hooks\/([^/]+)$/.exec(path);
    if (hook) {
      const slug = decodeURIComponent(hook[1] as string);
      named('/hooks/:slug', slug);
      if (!isSlug(slug)) throw new HttpError(404, 'not a sync slug');
      return providerWebhook(slug, request, response, url);
    }
    if (path === '/api/v1/files') {
      named('/api/v1/files');
      return filesApi.handle(request, response, url);
    }
    named('other');
    throw new HttpError(404, 'not found');
  }

  const inflight = new Set<Promise<void>>();
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4),
    },
    (request, response) => {
      const started = performance.now();
      let routeName: RouteName = 'other';
      let slug: string | undefined;
      response.on('finish', () => {
        const seconds = (performance.now() - started) / 1000;
        metrics.httpRequests.inc({
          route: routeName,
          method: request.method ?? 'GET',
          status: String(response.statusCode),
        });
        metrics.intakeSeconds.observe({ route: routeName }, seconds);
        logger.info('http-request', {
          method: request.method,
          route: routeName,
          ...(slug ? { slug } : {}),
          status: response.statusCode,
          ms: Math.round(seconds * 10_000) / 10,
          remote: request.socket.remoteAddress,
          userAgent: request.headers['user-agent']?.slice(0, 120),
        });
      });
      let url: URL;
      try {
        url = new URL(request.url ?? '/', 'http://localhost');
      } catch {
        sendText(response, 400, 'bad request target\n');
        return;
      }
      const work = route(request, response, url, (name, given) => {
        routeName = name;
        slug = given;
      })
        .catch((error: unknown) => {
          const answer = answerForError(error);
          if (response.headersSent) {
            response.destroy();
            return;
          }
          const closeAfter = answer.status === 413 || draining;
          sendJson(
            response,
            answer.status,
            { error: answer.message },
            { ...answer.headers, ...(closeAfter ? { connection: 'close' } : {}) },
          );
          // The rest of a refused body is not read: drop the connection once the answer is out.
          if (answer.status === 413) response.on('finish', () => request.destroy());
        })
        .finally(() => inflight.delete(work));
      inflight.add(work);
    },
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable && error.code !== 'ECONNRESET')
      socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  const serverClosed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;

  // Replay what a previous run accepted and did not finish.
  for (const record of pending) {
    if (record.kind === 'webhook') waitingIds.add(waitingKey(record.slug, record.deliveryId));
    queue.push(record);
  }
  if (pending.length > 0) logger.info('spool-replay', { records: pending.length });

  const tickEveryMs = dispatcher ? 0 : (options.tickEveryMs ?? 60_000);
  const scheduler =
    tickEveryMs > 0
      ? new TickScheduler({
          everyMs: tickEveryMs,
          logger,
          run: async () => {
            const started = performance.now();
            const result = await tick(deps);
            const errors = result.actions.filter((action) => action.result === 'error');
            lastTick = { at: result.now, actions: result.actions.length, errors: errors.length };
            metrics.events.inc({ kind: 'tick', result: errors.length ? 'failed' : 'ok' });
            for (const error of errors) metrics.failures.inc({ kind: 'tick', code: error.error?.code ?? 'internal' });
            metrics.eventSeconds.observe({ kind: 'tick' }, (performance.now() - started) / 1000);
            if (result.actions.length > 0)
              logger.info('tick-end', { actions: result.actions.length, errors: errors.length });
          },
        })
      : null;
  scheduler?.start(Math.min(tickEveryMs, 5_000));
  const refresher =
    dispatcher && options.refreshStore
      ? setInterval(() => {
          options
            .refreshStore?.()
            .catch((error: unknown) => logger.warn('store-refresh-fail', { message: toSyncError(error).message }));
        }, 60_000)
      : null;
  refresher?.unref();
  logger.info('serve-start', { url, mode, version, replayed: pending.length, tickEveryMs });

  let closing: Promise<void> | null = null;
  return {
    url,
    port: address.port,
    metrics,
    get spoolDepth() {
      return spool.depth;
    },
    replayed: pending.length,
    idle: () => queue.idle(),
    close() {
      closing ??= (async () => {
        draining = true;
        logger.info('serve-drain', { spoolDepth: spool.depth, running: queue.active });
        if (refresher) clearInterval(refresher);
        server.close();
        server.closeIdleConnections();
        while (inflight.size > 0) await Promise.allSettled([...inflight]);
        await scheduler?.stop();
        await queue.stop();
        await spool.close();
        const grace = setTimeout(() => server.closeAllConnections(), 2_000);
        await serverClosed;
        clearTimeout(grace);
        logger.info('serve-stop', { spoolDepth: spool.depth });
      })();
      return closing;
    },
  };
}
