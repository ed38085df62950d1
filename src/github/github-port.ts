import type { Repository } from './github-settings.js';

/** An open (or updated) pull request, as syncagent uses it. */
export interface PullRequest {
  number: number;
  /** The web page of the pull request. */
  url: string;
  /** Head and base branch names. */
  head: string;
  base: string;
  title: string;
  body: string;
}

/** An issue, as syncagent uses it. */
export interface Issue {
  number: number;
  url: string;
  title: string;
  body: string;
}

/**
 * The GitHub port: what syncagent asks of GitHub's REST API for one repository. Core code depends on this interface
 * only; `createOctokitGitHub` builds it with `@octokit/rest` at the entry point.
 */
export interface GitHub {
  readonly repository: Repository;
  /** The open pull request whose head is `branch` of this repository, or null. */
  findOpenPullRequest(branch: string): Promise<PullRequest | null>;
  /** Every open pull request whose head branch of this repository starts with `prefix`. */
  listOpenPullRequests(prefix: string): Promise<PullRequest[]>;
  createPullRequest(input: { head: string; base: string; title: string; body: string }): Promise<PullRequest>;
  updatePullRequest(number: number, input: { title: string; body: string }): Promise<PullRequest>;
  /** The open issue labelled `label` whose body holds `marker`, or null (pull requests are not issues here). */
  findOpenIssue(label: string, marker: string): Promise<Issue | null>;
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<Issue>;
  /** Adds a comment and returns its web link. */
  commentOnIssue(number: number, body: string): Promise<string>;
  closeIssue(number: number): Promise<void>;
  /** Creates the label when the repository does not have it yet. */
  ensureLabel(label: { name: string; color: string; description: string }): Promise<void>;
  /** Sends a `repository_dispatch` event. */
  sendDispatch(eventType: string, clientPayload: Record<string, unknown>): Promise<void>;
}
