import { type ConnectOutcome, connectFromRequest, type EngineDeps } from '../engine/index.js';

/** A Pipedream Connect `CONNECTION_SUCCESS` reduced to what connect needs. */
export interface ConnectRequest {
  app: string;
  accountId: string;
  externalUserId: string;
}

/** Runs connect for a new connection. */
export type ConnectRunner = (deps: EngineDeps, request: ConnectRequest) => Promise<ConnectOutcome>;

/**
 * The default runner: the engine's one connect path (the CLI's and the Action's too), so the agent
 * policy (SYNCAGENT_AGENT: a catalog recipe, else the sync agent when `deps.syncAgent` is given) and
 * the account check are the same everywhere.
 */
export const catalogConnect: ConnectRunner = (deps, request) => connectFromRequest(deps, { ...request });
