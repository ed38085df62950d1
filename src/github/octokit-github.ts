import { Octokit } from '@octokit/rest';
import { ApiError, UnauthorizedError } from '../errors.js';
import { version } from '../version.js';
import type { GitHub, Issue, PullRequest } from './github-port.js';
import type { Repository } from './github-settings.js';

/** How to reach GitHub. */
export interface OctokitGitHubOptions {
  token: string;
  repository: Repository;
  /** REST API base URL (GITHUB_API_URL). */
  apiUrl: string;
  fetch?: typeof fetch;
  /** How long one request may wait for GitHub's answer before it fails as unreachable (default 30 s). */
  requestTimeoutMs?: number;
}

/** The default wait for one GitHub answer: a hung connection fails the step long before the job's timeout. */
const defaultGitHubRequestTimeoutMs = 30_000;

interface PullShape {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  head: { ref: string; repo?: { full_name: string } | null };
  base: { ref: string };
}

interface IssueShape {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  pull_request?: unknown;
}

/** Builds the GitHub port with `@octokit/rest` (the only place that knows Octokit). */
export function createOctokitGitHub(options: OctokitGitHubOptions): GitHub {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.requestTimeoutMs ?? defaultGitHubRequestTimeoutMs;
  // Every request gets its own deadline (a GitHub that accepts the connection and never answers is unreachable too).
  const fetchWithDeadline: typeof fetch = (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return send(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: `syncagent/${version}`,
    request: { fetch: fetchWithDeadline },
    // Octokit's default logger prints deprecation notes and request failures on the console; errors are ours to report.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  const { owner, repo } = options.repository;
  const fullName = `${owner}/${repo}`.toLowerCase();
  const call = async <T>(what: string, body: () => Promise<T>): Promise<T> => {
    try {
      return await body();
    } catch (error) {
      throw gitHubError(what, options.apiUrl, timeoutMs, error);
    }
  };
  const pull = (shape: PullShape): PullRequest => ({
    number: shape.number,
    url: shape.html_url,
    head: shape.head.ref,
    base: shape.base.ref,
    title: shape.title,
    body: shape.body ?? '',
  });
  const issue = (shape: IssueShape): Issue => ({
    number: shape.number,
    url: shape.html_url,
    title: shape.title,
    body: shape.body ?? '',
  });
  const ownPulls = async (): Promise<PullShape[]> =>
    (await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 })).filter(
      (shape) => (shape.head.repo?.full_name ?? '').toLowerCase() === fullName,
    );

  return {
    repository: options.repository,
    findOpenPullRequest: (branch) =>
      call(`list pull requests from ${branch}`, async () => {
        const { data } = await octokit.rest.pulls.list({
          owner,
          repo,
          state: 'open',
          head: `${owner}:${branch}`,
          per_page: 10,
        });
        const found = data.find((shape) => shape.head.ref === branch);
        return found ? pull(found) : null;
      }),
    listOpenPullRequests: (prefix) =>
      call('list pull requests', async () =>
        (await ownPulls()).filter((shape) => shape.head.ref.startsWith(prefix)).map(pull),
      ),
    createPullRequest: (input) =>
      call(`open a pull request from ${input.head}`, async () => {
        const { data } = await octokit.rest.pulls.create({ owner, repo, ...input, maintainer_can_modify: true });
        return pull(data);
      }),
    updatePullRequest: (number, input) =>
      call(`update pull request #${number}`, async () => {
        const { data } = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...input });
        return pull(data);
      }),
    findOpenIssue: (label, marker) =>
      call(`list issues labelled ${label}`, async () => {
        const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
          owner,
          repo,
          state: 'open',
          labels: label,
          per_page: 100,
        });
        const found = issues.find((shape) => !shape.pull_request && (shape.body ?? '').includes(marker));
        return found ? issue(found) : null;
      }),
    createIssue: (input) =>
      call('open an issue', async () => issue((await octokit.rest.issues.create({ owner, repo, ...input })).data)),
    commentOnIssue: (number, body) =>
      call(
        `comment on issue #${number}`,
        async () =>
          (await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })).data.html_url,
      ),
    closeIssue: (number) =>
      call(`close issue #${number}`, async () => {
        await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: number,
          state: 'closed',
          state_reason: 'completed',
        });
      }),
    ensureLabel: (label) =>
      call(`create label ${label.name}`, async () => {
        try {
          await octokit.rest.issues.getLabel({ owner, repo, name: label.name });
          return;
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
        try {
          await octokit.rest.issues.createLabel({ owner, repo, ...label });
        } catch (error) {
          // Created meanwhile by a concurrent run: fine.
          if (statusOf(error) !== 422) throw error;
        }
      }),
    sendDispatch: (eventType, clientPayload) =>
      call(`send repository_dispatch ${eventType}`, async () => {
        await octokit.rest.repos.createDispatchEvent({
          owner,
          repo,
          event_type: eventType,
          client_payload: clientPayload,
        });
      }),
  };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Maps an Octokit failure to a SyncError: 401/403 unauthorized, other statuses api_error; never the token. */
function gitHubError(what: string, apiUrl: string, timeoutMs: number, error: unknown): Error {
  const status = statusOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403) {
    return new UnauthorizedError(`GitHub refused to ${what} (${status}): ${detail}; check the token's permissions`, {
      data: { status },
    });
  }
  // Octokit reports a host it cannot reach as status 500 without a response (the fetch error as cause).
  const response = (error as { response?: unknown } | null)?.response;
  if (status === undefined || (status === 500 && response === undefined)) {
    const root = rootCause(error);
    const reason = root.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : root.message;
    return new ApiError(0, `cannot reach GitHub at ${apiUrl} to ${what}: ${reason}; it may work on a retry`, {
      cause: error,
    });
  }
  return new ApiError(status, `GitHub could not ${what} (${status}): ${detail}`, { cause: error });
}

/** The innermost error of a cause chain: `connect ECONNREFUSED …` rather than fetch's `fetch failed`. */
function rootCause(error: unknown): { name: string; message: string } {
  let current = error;
  for (let depth = 0; depth < 10; depth += 1) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (!(cause instanceof Error)) break;
    current = cause;
  }
  return current instanceof Error ? current : { name: 'Error', message: String(current) };
}
