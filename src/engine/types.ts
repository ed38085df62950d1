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
}

/** What a handler export may return (DESIGN section 3), as the handler contract declares it. */
export type { Summary } from '../contract/index.js';
