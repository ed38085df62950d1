import {
  type ConnectOutcome,
  chooseSlug,
  type EngineDeps,
  parseConnectRequest,
  type UncheckedConnectRequest,
} from '../engine/index.js';
import { MissingConfigError } from '../errors.js';
import type { CommitDetail, TraceStep } from './dispatch-report.js';
import type { GitHub } from './github-port.js';
import {
  collectInstallDetails,
  openOrUpdateReview,
  renderReviewBody,
  reviewBranch,
  reviewTitle,
} from './pull-request-review.js';

/** The sync agent's run as a connect outcome carries it (`agent`: see src/agent), read structurally. */
interface AgentRunView {
  reason?: string;
  trace?: Array<{
    step: number;
    ms: number;
    inputTokens?: number;
    outputTokens?: number;
    finishReason?: string;
    calls?: Array<{
      tool: string;
      ok?: boolean;
      summary?: string;
      inputDigest: string;
      resultDigest: string;
      ms: number;
    }>;
  }>;
}

/** What a connect returned, with the sync agent's triage reason and trace when the LLM did it. */
export type ReviewedOutcome = ConnectOutcome & { reason?: string; trace?: TraceStep[]; agent?: AgentRunView };

/** The triage reason and the trace rows (one per tool call) of an agent connect; empty for a catalog install. */
export function agentReport(outcome: ReviewedOutcome): { reason?: string; trace?: TraceStep[] } {
  const run = outcome.agent;
  if (!run) return { reason: outcome.reason, trace: outcome.trace };
  const trace: TraceStep[] = [];
  for (const step of run.trace ?? []) {
    const tokens = (step.inputTokens ?? 0) + (step.outputTokens ?? 0);
    const calls = step.calls ?? [];
    if (calls.length === 0) {
      trace.push({
        step: step.step,
        tool: `(${step.finishReason ?? 'text'})`,
        inputDigest: '-',
        resultDigest: '-',
        tokens,
        ms: step.ms,
      });
    }
    calls.forEach((call, index) => {
      trace.push({
        step: step.step,
        tool: call.tool,
        inputDigest: call.inputDigest,
        resultDigest: call.resultDigest,
        ...(index === 0 ? { tokens } : {}),
        ms: call.ms,
        ...(call.summary ? { summary: call.summary } : {}),
        ...(call.ok === false ? { ok: false } : {}),
      });
    });
  }
  return { reason: run.reason ?? outcome.reason, trace: trace.length ? trace : outcome.trace };
}

/** Installs a sync from a connect request with the given engine dependencies (`connectFromRequest` or a double). */
export type InstallSync = (deps: EngineDeps, request: UncheckedConnectRequest) => Promise<ReviewedOutcome>;

/** What a review connect needs from the outside, built by the entry point. */
export interface ReviewConnectDeps {
  /** Engine dependencies whose store publishes to the checked-out (default) branch. */
  engine: EngineDeps;
  /** The checked-out branch: the base of review pull requests. */
  baseBranch: string;
  /** Starts (`restart`) or continues a review branch and returns engine dependencies whose store publishes there. */
  openReviewBranch(slug: string, mode: 'continue' | 'restart'): Promise<EngineDeps>;
  /** The GitHub port, or null when no token or repository is configured. */
  github: GitHub | null;
  /** The commits after `before` up to `after`, with the files they changed. */
  describeCommits(before: string | null, after: string | null): Promise<CommitDetail[]>;
  links: { commit: (sha: string) => string | null; run: string | null };
}

/** What a connect under review did. */
export interface ReviewedConnect {
  outcome: ReviewedOutcome;
  slug: string;
  branch: string;
  /** The branch's engine dependencies and its tip before and after the connect (this run's commits). */
  branchDeps: EngineDeps;
  before: string | null;
  after: string | null;
  /** The pull request opened or updated; null when there was nothing to review (the default branch has it all). */
  pullRequest: { number: number; url: string; created: boolean } | null;
}

/**
 * `connect --review pr` (DESIGN 10): the install lands on `syncagent/<slug>` (continued while its pull request is
 * open, else started anew from the default branch), then the pull request is opened or updated with what a reviewer
 * needs: what is installed, why, which hosts, exports and mirror files, the commits and the agent's trace.
 */
export async function connectUnderReview(
  deps: ReviewConnectDeps,
  input: UncheckedConnectRequest,
  install: InstallSync,
): Promise<ReviewedConnect> {
  const request = parseConnectRequest({ ...input, review: 'pr' }, deps.engine.env);
  const github = deps.github;
  if (!github) {
    throw new MissingConfigError(
      'GITHUB_TOKEN',
      'missing configuration: --review pr needs GITHUB_TOKEN and GITHUB_REPOSITORY (the Action sets both)',
    );
  }
  const slug = await chooseSlug(deps.engine, request.app, request.accountId, request.slug, request.force);
  const branch = reviewBranch(slug);
  const open = await github.findOpenPullRequest(branch);
  const branchDeps = { ...(await deps.openReviewBranch(slug, open ? 'continue' : 'restart')), reviewBranch: branch };
  const before = await branchDeps.store.head();
  const outcome = await install(branchDeps, { ...input, slug, review: 'pr' });
  const after = await branchDeps.store.head();
  const result: ReviewedConnect = { outcome, slug, branch, branchDeps, before, after, pullRequest: null };
  // A dry run, or nothing new on a branch started from the default branch (it has the sync already): no review.
  if (outcome.status === 'dry-run' || (!open && after === before)) return result;
  const details = await collectInstallDetails(branchDeps.store, slug);
  // The whole branch, not only this run's commits: a reviewer sees everything the merge would bring.
  const commits = await deps.describeCommits(await deps.engine.store.head(), after);
  const body = renderReviewBody(details, {
    ...agentReport(outcome),
    commits,
    commitLink: deps.links.commit,
    runUrl: deps.links.run,
  });
  const { pullRequest, created } = await openOrUpdateReview(github, {
    slug,
    base: deps.baseBranch,
    title: reviewTitle(details),
    body,
  });
  result.pullRequest = { number: pullRequest.number, url: pullRequest.url, created };
  return result;
}
