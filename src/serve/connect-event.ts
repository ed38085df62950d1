import { findRecipe } from '../catalog/index.js';
import { type ConnectOutcome, connect, type EngineDeps } from '../engine/index.js';
import { InvalidInputError } from '../errors.js';

/** A Pipedream Connect `CONNECTION_SUCCESS` reduced to what connect needs. */
export interface ConnectRequest {
  app: string;
  accountId: string;
  externalUserId: string;
}

/** Runs connect for a new connection the way `syncagent connect <app> --agent auto` does. */
export type ConnectRunner = (deps: EngineDeps, request: ConnectRequest) => Promise<ConnectOutcome>;

/** The default runner: the app's catalog recipe; an app without one is refused (nothing to install it with). */
export const catalogConnect: ConnectRunner = async (deps, request) => {
  const recipe = findRecipe(request.app);
  if (!recipe) {
    throw new InvalidInputError(
      `the catalog has no recipe for "${request.app}" and the LLM sync agent is not available in serve yet`,
    );
  }
  return connect(deps, { ...request, recipe });
};
