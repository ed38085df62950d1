import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What `serve` counts, exposed as Prometheus text on `GET /metrics` (one registry per service). */
export interface ServeMetrics {
  registry: Registry;
  httpRequests: Counter<'route' | 'method' | 'status'>;
  /** Time from the request's arrival to the answer (for webhooks: verify + spool fsync). */
  intakeSeconds: Histogram<'route'>;
  deliveries: Counter<'slug' | 'result'>;
  events: Counter<'kind' | 'result'>;
  failures: Counter<'kind' | 'code'>;
  eventSeconds: Histogram<'kind'>;
  /** Time from acceptance to done: how far processing lags intake. */
  lagSeconds: Histogram<'kind'>;
  batchSize: Histogram<'kind'>;
  givenUp: Counter<'kind'>;
}

/** Creates the service's metrics; `spoolDepth` and `queued` are read at scrape time. */
export function createMetrics(sources: {
  spoolDepth: () => number;
  queued: () => number;
  running: () => number;
}): ServeMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  const eventBuckets = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900];
  const registers = [registry];
  new Gauge({
    name: 'syncagent_spool_depth',
    help: 'Records accepted (answered 200) and not yet done: waiting or running.',
    registers,
    collect() {
      this.set(sources.spoolDepth());
    },
  });
  new Gauge({
    name: 'syncagent_queue_waiting',
    help: 'Records in the work queue (waiting or running), per this process.',
    registers,
    collect() {
      this.set(sources.queued());
    },
  });
  new Gauge({
    name: 'syncagent_events_running',
    help: 'Events (batches) running now.',
    registers,
    collect() {
      this.set(sources.running());
    },
  });
  return {
    registry,
    httpRequests: new Counter({
      name: 'syncagent_http_requests_total',
      help: 'HTTP requests answered, by route, method and status.',
      labelNames: ['route', 'method', 'status'],
      registers,
    }),
    intakeSeconds: new Histogram({
      name: 'syncagent_intake_seconds',
      help: 'Time to answer a request, by route (webhooks: verified and spooled with fsync).',
      labelNames: ['route'],
      buckets: latencyBuckets,
      registers,
    }),
    deliveries: new Counter({
      name: 'syncagent_webhook_deliveries_total',
      help: 'Provider webhook deliveries, by slug and result (accepted, rejected, handled, duplicate, given_up, relayed).',
      labelNames: ['slug', 'result'],
      registers,
    }),
    events: new Counter({
      name: 'syncagent_events_total',
      help: 'Events run, by kind (webhook, connect, tick, relay) and result (ok, failed).',
      labelNames: ['kind', 'result'],
      registers,
    }),
    failures: new Counter({
      name: 'syncagent_event_failures_total',
      help: 'Failed events, by kind and error code.',
      labelNames: ['kind', 'code'],
      registers,
    }),
    eventSeconds: new Histogram({
      name: 'syncagent_event_seconds',
      help: 'Time an event (one batch) took, by kind.',
      labelNames: ['kind'],
      buckets: eventBuckets,
      registers,
    }),
    lagSeconds: new Histogram({
      name: 'syncagent_delivery_lag_seconds',
      help: 'Time from acceptance to done, by kind.',
      labelNames: ['kind'],
      buckets: eventBuckets,
      registers,
    }),
    batchSize: new Histogram({
      name: 'syncagent_batch_size',
      help: 'Records per event: deliveries waiting for a slug are coalesced into one event.',
      labelNames: ['kind'],
      buckets: [1, 2, 5, 10, 25, 50, 100, 250],
      registers,
    }),
    givenUp: new Counter({
      name: 'syncagent_given_up_total',
      help: 'Records given up after their retries (kept in dead-letter.ndjson in the data folder).',
      labelNames: ['kind'],
      registers,
    }),
  };
}
