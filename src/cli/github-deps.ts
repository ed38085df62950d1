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
import { cliEngineDeps } from './engine-deps.js';
import { storeOptions } from './store-options.js';

/** What the GitHub-aware commands (dispatch, connect --review pr) work with. */
export interface CliGitHubDeps extends ReviewConnectDeps {
  settings: GitHubSettings;
  store: GitStore;
}

/**
 * The engine dependencies of a CLI run (see `cliEngineDeps`) plus what GitHub work needs: the review branch opener,
 * commit details, links, and the GitHub port (`@octokit/rest` from GITHUB_TOKEN, GITHUB_REPOSITORY and
 * GITHUB_API_URL; null without a token or repository). `env` is the settings source (the CLI's env, possibly with
 * flags folded in); `extra` goes into every engine dependency set.
 */
export async function cliGitHubDeps(
  context: CliContext,
  options: { store?: string; json?: boolean },
  env: NodeJS.ProcessEnv,
  extra: Partial<EngineDeps> = {},
): Promise<CliGitHubDeps> {
  const settings = readGitHubSettings(env);
  const engine = await cliEngineDeps(context, options, { env, ...extra });
  const store = engine.store as GitStore;
  const github =
    settings.token && settings.repository
      ? createOctokitGitHub({ token: settings.token, repository: settings.repository, apiUrl: settings.apiUrl })
      : null;
  return {
    settings,
    store,
    engine,
    baseBranch: store.branch,
    openReviewBranch: async (slug, mode) => {
      const branch = reviewBranch(slug);
      await startBranch({ root: store.root, branch, mode, env });
      const branchStore = await openStore({ ...storeOptions(context, options), logger: engine.logger, branch });
      return { ...engine, store: branchStore };
    },
    github,
    describeCommits: (before, after) => describeCommits(store.root, before, after, env),
    links: repositoryLinks(settings),
  };
}
