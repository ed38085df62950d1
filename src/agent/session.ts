import {
  type EngineDeps,
  emptyStatus,
  parseSyncJson,
  readState,
  readStatus,
  type SyncConfig,
  type SyncStatus,
} from '../engine/index.js';
import { InvalidInputError } from '../errors.js';
import { createGateway, type Gateway, gatewayMode } from '../gateway/index.js';
import { syncPaths, type Transaction } from '../store/index.js';
import { LayeredTransaction } from './layer.js';

/** The connection the agent installs a sync for (`get_connection`). */
export interface AgentConnection {
  app: string;
  slug: string;
  accountId: string;
  externalUserId: string;
  appName?: string;
  /** Hosts Pipedream lets the proxy reach for this app (`app.connect.allowed_domains`). */
  allowedDomains?: string[];
  /** The API base URL Pipedream knows for this app (`app.connect.base_proxy_target_url`). */
  baseUrl?: string;
}

/** The skill text the model wrote; the host renders the frontmatter (see skill-file.ts). */
export interface SkillDraft {
  description: string;
  body: string;
}

/** What `finish` decided: the run lands with these. */
export interface FinishDecision {
  flavor: 'sync-engine' | 'api-only';
  reason: string;
  hosts: string[];
  exports: string[];
  files: string[];
}

/** Options of an agent session. */
export interface AgentSessionOptions {
  deps: EngineDeps;
  connection: AgentConnection;
  /** sync.json `createdBy`: `agent:<provider>:<model>`. */
  createdBy: string;
  /** Aborted when the run's time budget is spent. */
  signal: AbortSignal;
  /** When the time budget ends (epoch ms): run_in_sync never gets a longer deadline. */
  deadline: number;
}

/**
 * The state of one agent run, shared by its tools: the run's own writes in a layer over the store transaction (nothing
 * reaches the transaction before `finish`), the handler state and status its runs keep, the skill draft, and whether
 * the current handler has been tried. Tool calls go through `serialize`, one at a time, in the order the model made
 * them: two of them never interleave their writes.
 */
export class AgentSession {
  readonly layer: LayeredTransaction;
  readonly paths: ReturnType<typeof syncPaths>;
  readonly connection: AgentConnection;
  readonly deps: EngineDeps;
  readonly createdBy: string;
  readonly signal: AbortSignal;
  readonly deadline: number;
  state: Record<string, unknown> = {};
  status: SyncStatus = emptyStatus();
  skill: SkillDraft | null = null;
  /** The handler text last installed by create_sync_engine, and whether a backfill (or poll) of it succeeded. */
  handler: { source: string; exports: string[]; tried: boolean } | null = null;
  finished: FinishDecision | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(tx: Transaction, options: AgentSessionOptions) {
    this.layer = new LayeredTransaction(tx);
    this.connection = options.connection;
    this.paths = syncPaths(options.connection.slug);
    this.deps = options.deps;
    this.createdBy = options.createdBy;
    this.signal = options.signal;
    this.deadline = options.deadline;
  }

  /** Loads what the run starts from: the handler state and status at HEAD (a forced run starts empty). */
  async load(): Promise<void> {
    this.state = await readState(this.layer, this.connection.slug);
    this.status = await readStatus(this.layer, this.connection.slug);
  }

  /** Runs tool bodies one at a time, in call order. */
  serialize<T>(body: () => Promise<T>): Promise<T> {
    const next = this.queue.then(body, body);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The sync.json written in this run, or null before create_sync_engine (or after delete_sync). */
  async config(): Promise<SyncConfig | null> {
    const text = await this.layer.readText(this.paths.syncJson);
    return text === null ? null : parseSyncJson(text, this.paths.syncJson);
  }

  /** The config a handler run sees: the run's sync.json, or a provisional one for probing code before it exists. */
  async runConfig(): Promise<SyncConfig> {
    const config = await this.config();
    if (config) return config;
    const { slug, app, accountId, externalUserId } = this.connection;
    return {
      version: 1,
      slug,
      app,
      accountId,
      externalUserId,
      flavor: 'sync-engine',
      status: 'active',
      handler: 'handler.js',
      mirrorPrefix: this.paths.mirrorPrefix,
      hosts: this.connection.allowedDomains ?? [],
      signals: {},
      createdBy: this.createdBy,
    };
  }

  /**
   * The hosts the agent's requests may reach: those of the run's sync.json and the app's allowed domains, or null
   * for "whatever the target names" when neither is known and the Pipedream proxy (which applies the app's own
   * allowed domains, and never hands out the account's credentials) is the gateway. In direct mode the token is
   * ours to protect: the hosts must be declared first.
   */
  async allowedHosts(): Promise<string[] | null> {
    const hosts = new Set(this.connection.allowedDomains ?? []);
    for (const host of (await this.config())?.hosts ?? []) hosts.add(host);
    if (hosts.size > 0) return [...hosts].sort();
    return gatewayMode(this.deps.env) === 'pipedream' ? null : [];
  }

  /** The gateway for this connection, limited to `allowedHosts`. */
  async gateway(): Promise<Gateway> {
    const hosts = await this.allowedHosts();
    if (hosts !== null && hosts.length === 0) {
      throw new InvalidInputError(
        'no API host is known for this connection yet: with SYNCAGENT_GATEWAY=direct the token goes straight to the ' +
          'host, so declare the hosts first (create_sync_engine with hosts), then probe',
      );
    }
    if (hosts !== null) return this.buildGateway(hosts);
    return {
      request: (request, options) => {
        let host = '';
        try {
          host = new URL(request.url).hostname.toLowerCase();
        } catch {
          // An invalid URL: the gateway's own check names the problem.
        }
        return this.buildGateway(host ? [host] : []).request(request, options);
      },
    };
  }

  private buildGateway(hosts: string[]): Gateway {
    const { app, accountId, externalUserId } = this.connection;
    const connection = { app, accountId, externalUserId };
    if (this.deps.createGateway) return this.deps.createGateway(connection, hosts);
    return createGateway({
      env: this.deps.env,
      connection,
      allowedHosts: hosts,
      fetch: this.deps.fetch,
      sleep: this.deps.sleep,
      tokenCache: this.deps.tokenCache,
    });
  }

  /** Milliseconds left of the time budget. */
  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /** Throws when the run already finished: after `finish` nothing may change. */
  assertOpen(): void {
    if (this.finished) throw new InvalidInputError('the run has finished: no further changes');
  }
}
