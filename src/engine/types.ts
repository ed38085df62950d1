import type { ConnectionRef, Gateway, TokenCache } from '../gateway/index.js';
import type { Store } from '../store/index.js';
import type { Logger } from './logger.js';

/** Sandbox limits the engine applies per call (DESIGN section 3); tests lower them. */
export interface EngineLimits {
  /** Wall time of backfill and exec calls (default 10 minutes). */
  longMs?: number;
  /** Wall time of every other call (default 60 s). */
  shortMs?: number;
  memoryBytes?: number;
}

/** What a checkpoint reports to progress displays. */
export interface CheckpointInfo {
  slug: string;
  event: string;
  message: string;
  commit: string | null;
  state: Record<string, unknown>;
}

/** Everything the engine needs from the outside world, given by the entry point. */
export interface EngineDeps {
  store: Store;
  /** Settings source (gateway settings, webhook secrets); core code never reads process.env. */
  env: NodeJS.ProcessEnv;
  /** The injectable clock (`ctx.now()`, status times, `tick --now`). */
  clock: () => Date;
  logger: Logger;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  tokenCache?: TokenCache;
  limits?: EngineLimits;
  /** Builds the gateway for a connection (default: `createGateway` with the sync's hosts). */
  createGateway?: (connection: ConnectionRef, allowedHosts: string[]) => Gateway;
  /** Called after each checkpoint commit (progress bars). */
  onCheckpoint?: (info: CheckpointInfo) => void;
  /**
   * The LLM sync agent (DESIGN section 7), given by entry points that can run a model. `connect` calls it for
   * `--agent llm`, and for `--agent auto` when the catalog has no recipe; without it those are a clear error.
   */
  syncAgent?: SyncAgent;
  /**
   * Set by the GitHub part when `store` publishes to a review branch (`syncagent/<slug>`) whose pull request it opens:
   * only then does a connect run with `--review pr`.
   */
  reviewBranch?: string;
}

/** What `connect` did (a catalog recipe or the sync agent). */
export interface ConnectOutcome {
  slug: string;
  status: 'installed' | 'exists' | 'dry-run';
  createdBy: string;
  files: string[];
  summary?: string;
  commits: string[];
  /** The webhook expiry registerWebhook reported, when the handler exports it. */
  webhookExpiresAt?: string | null;
}

/** What the sync agent is asked to install: a resolved connect request (account checked, external user known). */
export interface AgentInstallRequest {
  app: string;
  accountId: string;
  externalUserId: string;
  slug?: string;
  force: boolean;
  dryRun: boolean;
  review: 'direct' | 'pr';
  /** `requested`: `--agent llm`; `no-recipe`: `--agent auto` and the catalog has no recipe for the app. */
  reason: 'requested' | 'no-recipe';
  /** Step budget of the run (`--max-steps`, default 60). */
  maxSteps?: number;
  /** Wall-time budget of the run in minutes (`--max-minutes`, default 20). */
  maxMinutes?: number;
  /** Where to write one NDJSON line per step (`--trace FILE`), resolved by the entry point. */
  traceFile?: string;
}

/** The sync agent as the engine sees it: installs a sync for a connection the catalog cannot handle. */
export interface SyncAgent {
  install(deps: EngineDeps, request: AgentInstallRequest): Promise<ConnectOutcome>;
}

/** What a handler export may return (DESIGN section 3), as the handler contract declares it. */
export type { Summary } from '../contract/index.js';
