import type { EngineDeps } from '../engine/index.js';
import {
  createOctokitGitHub,
  describeCommits,
  type GitHubSettings,
  type ReviewConnectDeps,
  readGitHubSettings,
  repositoryLinks,
  reviewBranch,
} from '../github/index.js';
import { type GitStore, openStore, startBranch } from '../store/index.js';
import type { CliContext } from './context.js';
import { cliLogger } from './engine-deps.js';
import { storeOptions } from './store-options.js';

/** What the GitHub-aware commands (dispatch, connect --review pr) work with. */
export interface CliGitHubDeps extends ReviewConnectDeps {
  settings: GitHubSettings;
  store: GitStore;
}

/**
 * Builds the store, the engine dependencies and the GitHub port (`@octokit/rest`, from GITHUB_TOKEN,
 * GITHUB_REPOSITORY and GITHUB_API_URL; null without a token or repository) for one run. `env` is the settings
 * source (the CLI's env, possibly with flags folded in); `extra` is added to every engine dependency set.
 */
export async function cliGitHubDeps(
  context: CliContext,
  options: { store?: string; json?: boolean },
  env: NodeJS.ProcessEnv,
  extra: Partial<EngineDeps> = {},
): Promise<CliGitHubDeps> {
  const settings = readGitHubSettings(env);
  const openOptions = { ...storeOptions(context, options), env };
  const store = await openStore(openOptions);
  const logger = cliLogger(context, Boolean(options.json));
  const engineDeps = (storeForDeps: GitStore): EngineDeps => ({
    store: storeForDeps,
    env,
    clock: () => new Date(),
    logger,
    ...extra,
  });
  const github =
    settings.token && settings.repository
      ? createOctokitGitHub({ token: settings.token, repository: settings.repository, apiUrl: settings.apiUrl })
      : null;
  return {
    settings,
    store,
    engine: engineDeps(store),
    baseBranch: store.branch,
    openReviewBranch: async (slug, mode) => {
      const branch = reviewBranch(slug);
      await startBranch({ root: store.root, branch, mode, env });
      return engineDeps(await openStore({ ...openOptions, branch }));
    },
    github,
    describeCommits: (before, after) => describeCommits(store.root, before, after, env),
    links: repositoryLinks(settings),
  };
}
