import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { cliNodeArgs, repoRoot } from '../../support/cli.js';
import { gitCli } from '../../support/git.js';

/** A `syncagent serve` subprocess. */
export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Every stderr line so far (JSON log lines with --json). */
  stderr: string[];
  /** Resolves with the exit code (or the signal's name) once the process ended. */
  exited: Promise<number | string>;
  /** Resolves once a log line with this event (and these fields) appears; `event` may be a predicate. */
  logged(
    event: string | ((line: Record<string, unknown>) => boolean),
    fields?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
}

/** Starts `syncagent serve --json --port 0 …args` and resolves once it listens. */
export async function startServe(
  args: string[],
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [...nodeArgs, ...cliNodeArgs, 'serve', '--json', '--port', '0', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DEBUG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  type Matcher = string | ((line: Record<string, unknown>) => boolean);
  const waiters: Array<{
    event: Matcher;
    fields: Record<string, unknown>;
    resolve: (line: Record<string, unknown>) => void;
  }> = [];
  const matches = (line: Record<string, unknown>, event: Matcher, fields: Record<string, unknown>) =>
    (typeof event === 'function' ? event(line) : line.event === event) &&
    Object.entries(fields).every(([key, value]) => line[key] === value);
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (text) => {
    stderr.push(text);
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    for (const waiter of [...waiters]) {
      if (matches(line, waiter.event, waiter.fields)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      try {
        resolve((JSON.parse(stdout) as { listening: string }).listening);
      } catch {
        // not the whole JSON yet
      }
    });
    exited.then((code) => reject(new Error(`serve exited (${code}) before listening:\n${stderr.join('\n')}`)));
  });
  return {
    url,
    child,
    stderr,
    exited,
    logged(event, fields = {}) {
      for (const text of stderr) {
        try {
          const line = JSON.parse(text) as Record<string, unknown>;
          if (matches(line, event, fields)) return Promise.resolve(line);
        } catch {
          // not JSON
        }
      }
      return new Promise((resolve) => waiters.push({ event, fields, resolve }));
    },
  };
}

/** A tiny HTTP client answer. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTP request with node:http (an Agent for keep-alive load), the body as given. */
export function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const call = request(
      url,
      {
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        headers: options.headers,
        agent: options.agent,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    call.on('error', reject);
    call.end(options.body);
  });
}

/** The value of a Prometheus sample line (`name{labels} value`), or 0 when absent. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^([a-z_]+)(?:\{(.*)\})? (.+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-z_]+)="([^"]*)"/g)].map((pair) => [pair[1] as string, pair[2] as string]),
    );
    if (Object.entries(labels).every(([key, value]) => have[key] === value)) return Number(match[3]);
  }
  return 0;
}

/** Every delivery id any commit's status.json of `slug` recorded (status keeps the newest 500; history keeps all). */
export function recordedDeliveryIds(store: string, slug = 'dropbox'): Set<string> {
  const path = `mirrors/${slug}/.sync/status.json`;
  const ids = new Set<string>();
  const commits = gitCli(store, 'log', '--format=%H', '--', path).split('\n').filter(Boolean);
  for (const commit of commits) {
    const text = gitCli(store, 'show', `${commit}:${path}`);
    for (const id of (JSON.parse(text) as { recentDeliveries: string[] }).recentDeliveries) ids.add(id);
  }
  return ids;
}

/** A Pipedream Connect `CONNECTION_SUCCESS` event (the shape Connect posts to a webhook_uri). */
export function connectionSuccess(accountId: string, app = 'dropbox', externalId = 'user-42'): string {
  return JSON.stringify({
    event: 'CONNECTION_SUCCESS',
    connect_token: 'ctok_secret_never_logged',
    environment: 'development',
    connect_session_id: 1234,
    account: {
      id: accountId,
      name: 'someone@example.com',
      external_id: externalId,
      healthy: true,
      dead: false,
      app: { id: 'app_1', name_slug: app, name: 'Dropbox', auth_type: 'oauth' },
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
    },
  });
}

/** What a burst of requests got: one status per request (0: the connection failed) and its latency. */
export interface BurstResult {
  statuses: number[];
  latenciesMs: number[];
  elapsedMs: number;
}

/**
 * Sends `count` requests from `concurrency` clients over keep-alive connections (each client sends
 * its next request when the previous is answered) and records every answer. `build(index)` makes
 * request `index`; `onAnswered(index, status)` sees each answer as it comes.
 */
export async function sendBurst(options: {
  count: number;
  concurrency: number;
  build: (index: number) => { url: string; headers: Record<string, string>; body: string };
  onAnswered?: (index: number, status: number) => void;
}): Promise<BurstResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const statuses = new Array<number>(options.count).fill(0);
  const latenciesMs = new Array<number>(options.count).fill(0);
  let next = 0;
  const started = performance.now();
  const client = async () => {
    for (let index = next++; index < options.count; index = next++) {
      const { url, headers, body } = options.build(index);
      const sent = performance.now();
      try {
        statuses[index] = (await send(url, { headers, body, agent })).status;
      } catch {
        statuses[index] = 0;
      }
      latenciesMs[index] = performance.now() - sent;
      options.onAnswered?.(index, statuses[index] as number);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  agent.destroy();
  return { statuses, latenciesMs, elapsedMs: performance.now() - started };
}

/** The p-th percentile (0-100) of some numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
