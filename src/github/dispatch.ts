import {
  chooseSlug,
  deleteSync,
  type EngineDeps,
  handleWebhook,
  listSyncSlugs,
  loadSync,
  poll,
  readStatus,
  renew,
  tick,
} from '../engine/index.js';
import { ExitCode, InvalidInputError, toSyncError } from '../errors.js';
import type { DispatchReport } from './dispatch-report.js';
import type { DispatchRequest, GitHubEvent, SyncTarget } from './event-payloads.js';
import { reconcileFailureIssue } from './failure-issues.js';
import type { GitHub } from './github-port.js';
import { refuseWhileUnderReview, reviewBranchPrefix } from './pull-request-review.js';
import {
  agentReport,
  connectUnderReview,
  type InstallSync,
  type ReviewConnectDeps,
  type ReviewedOutcome,
} from './review-connect.js';

/** A connect request as a GitHub event carries it. */
export type ConnectRequest = Extract<DispatchRequest, { kind: 'connect' }>;

/** How a dispatch runs. */
export interface DispatchOptions {
  /** `pr`: a connect lands on branch `syncagent/<slug>` as a pull request instead of the default branch. */
  review: 'direct' | 'pr';
  /** Failures in a row after which a sync gets an issue. */
  failureThreshold: number;
  /** Who installs a connect: `auto` (default: a catalog recipe, else the sync agent), `catalog` or `llm`. */
  agent?: 'auto' | 'catalog' | 'llm';
}

/** Everything a dispatch needs from the outside, built by the entry point. */
export interface DispatchDeps extends ReviewConnectDeps {
  /** Installs a sync for a connect request (`connectFromRequest`, with the sync agent where the entry point has one). */
  install: InstallSync;
}

/**
 * Handles one GitHub event (DESIGN 4.1 and 10): connect, webhook, delete, or a tick, on the engine; a connect with
 * `review: pr` lands on `syncagent/<slug>` and opens or updates its pull request; events for a sync waiting for
 * review are refused; after a webhook, poll or renew the sync's failure issue is opened, commented on or closed.
 * Never throws for a failed event: the report carries the error (and the exit code), so the job summary shows it.
 */
export async function runDispatch(
  deps: DispatchDeps,
  event: GitHubEvent,
  options: DispatchOptions,
): Promise<DispatchReport> {
  const request = event.request;
  const report: DispatchReport = {
    event: {
      name: event.name,
      ...(event.type ? { type: event.type } : {}),
      ...('deliveryId' in request ? { deliveryId: request.deliveryId } : {}),
    },
    request: request.kind,
    outcome: 'ok',
    lines: [],
    commits: [],
    issues: [],
    warnings: [],
  };
  let commitsFrom: { deps: EngineDeps; before: string | null } = {
    deps: deps.engine,
    before: await deps.engine.store.head(),
  };
  report.branch = deps.baseBranch;
  // The default branch before the event: the statuses failure issues compare against.
  const startedAt = commitsFrom.before;
  const touched = new Set<string>();
  try {
    switch (request.kind) {
      case 'connect': {
        const install = {
          app: request.app,
          accountId: request.accountId,
          externalUserId: request.externalUserId,
          slug: request.slug,
          force: request.force,
          agent: options.agent,
        };
        if (options.review === 'pr') {
          const reviewed = await connectUnderReview(deps, install, deps.install);
          report.slug = reviewed.slug;
          report.branch = reviewed.branch;
          commitsFrom = { deps: reviewed.branchDeps, before: reviewed.before };
          recordConnect(report, reviewed.outcome);
          const pull = reviewed.pullRequest;
          if (pull) {
            report.pullRequest = pull;
            report.lines.push(
              `${reviewed.slug}: ${pull.created ? 'opened' : 'updated'} pull request #${pull.number} ${pull.url}`,
            );
          } else report.lines.push(`${reviewed.slug}: nothing to review (${deps.baseBranch} already has it)`);
        } else {
          const slug = await chooseSlug(deps.engine, request.app, request.accountId, request.slug, request.force);
          report.slug = slug;
          if (deps.github) await refuseWhileUnderReview(deps.github, slug);
          recordConnect(report, await deps.install(deps.engine, { ...install, slug, review: 'direct' }));
        }
        break;
      }
      case 'webhook': {
        const slug = await resolveTarget(deps, request.target);
        report.slug = slug;
        touched.add(slug);
        const outcome = await handleWebhook(deps.engine, {
          slug,
          body: request.body,
          headers: request.headers,
          deliveryId: request.deliveryId,
          receivedAt: request.receivedAt,
        });
        if (outcome.duplicate) {
          report.outcome = 'skipped';
          report.lines.push(`${slug}: delivery ${outcome.deliveryId} already handled (skipped)`);
        } else report.lines.push(`${slug}: webhook ${outcome.summary}`);
        break;
      }
      case 'webhook-signal': {
        const slug = await resolveTarget(deps, request.target);
        report.slug = slug;
        touched.add(slug);
        const size = request.size === undefined ? '' : ` (${request.size} bytes)`;
        report.lines.push(
          `${slug}: delivery ${request.deliveryId} was too big for repository_dispatch${size}: polling instead`,
        );
        const outcome = await poll(deps.engine, slug);
        report.lines.push(`${slug}: poll ${outcome.ran ? outcome.summary : 'skipped'}`);
        break;
      }
      case 'poll':
      case 'renew': {
        report.slug = request.slug;
        await resolveTarget(deps, { slug: request.slug });
        touched.add(request.slug);
        const outcome =
          request.kind === 'poll' ? await poll(deps.engine, request.slug) : await renew(deps.engine, request.slug);
        report.lines.push(`${request.slug}: ${request.kind} ${outcome.ran ? outcome.summary : 'skipped'}`);
        break;
      }
      case 'delete': {
        report.slug = request.slug;
        await resolveTarget(deps, { slug: request.slug });
        const outcome = await deleteSync(deps.engine, request.slug);
        report.lines.push(`${request.slug}: deleted (${outcome.removed} files)`);
        break;
      }
      case 'tick': {
        const underReview = deps.github
          ? (await deps.github.listOpenPullRequests(reviewBranchPrefix)).map((pull) =>
              pull.head.slice(reviewBranchPrefix.length),
            )
          : [];
        const result = await tick(deps.engine, { exclude: new Set(underReview) });
        report.tick = result;
        for (const action of result.actions) {
          touched.add(action.slug);
          report.lines.push(
            `${action.slug}: ${action.action} ${action.result === 'ok' ? (action.summary ?? 'ok') : `failed: ${action.error?.code}: ${action.error?.message}`}`,
          );
        }
        for (const slug of underReview) report.lines.push(`${slug}: waiting for review (skipped)`);
        if (result.actions.length === 0) report.lines.push(`nothing due at ${result.now}`);
        const failed = result.actions.filter((action) => action.result === 'error');
        if (failed.length) {
          report.outcome = 'failed';
          report.error = {
            code: failed[0]?.error?.code ?? 'internal',
            message: `${failed.length} of ${result.actions.length} tick actions failed: ${failed
              .map((action) => `${action.slug} ${action.action}: ${action.error?.code}: ${action.error?.message}`)
              .join('; ')}`,
            exitCode: ExitCode.failure,
          };
        }
        break;
      }
    }
  } catch (caught) {
    const error = toSyncError(caught);
    report.outcome = 'failed';
    report.error = { code: error.code, message: error.message, exitCode: error.exitCode };
  }
  try {
    report.commits = await deps.describeCommits(commitsFrom.before, await commitsFrom.deps.store.head());
  } catch (error) {
    report.warnings.push(`cannot list the commits: ${toSyncError(error).message}`);
  }
  if (deps.github) {
    await reconcileIssues(deps, deps.github, [...touched], options.failureThreshold, report, startedAt);
  }
  return report;
}

function recordConnect(report: DispatchReport, outcome: ReviewedOutcome): void {
  const { reason, trace } = agentReport(outcome);
  if (reason) report.reason = reason;
  if (trace?.length) report.trace = trace;
  if (outcome.status === 'exists') {
    report.outcome = 'skipped';
    report.lines.push(`${outcome.slug}: already connected (skills/${outcome.slug}/SKILL.md exists; force reinstalls)`);
  } else report.lines.push(`${outcome.slug}: connected (${outcome.createdBy}): ${outcome.summary ?? 'done'}`);
}

/**
 * The installed sync an event is for (given by slug, or the sync of that app account), refused while its install
 * waits for review: checked first, as a sync under review is not on the default branch yet.
 */
async function resolveTarget(deps: DispatchDeps, target: SyncTarget): Promise<string> {
  if ('slug' in target) {
    if (deps.github) await refuseWhileUnderReview(deps.github, target.slug);
    await loadSync(deps.engine.store, target.slug);
    return target.slug;
  }
  for (const slug of await listSyncSlugs(deps.engine.store)) {
    try {
      const { config } = await loadSync(deps.engine.store, slug);
      if (config.app === target.app && config.accountId === target.accountId) {
        if (deps.github) await refuseWhileUnderReview(deps.github, slug);
        return slug;
      }
    } catch {
      // An invalid sync.json belongs to no account here; `status` reports it.
    }
  }
  throw new InvalidInputError(`no sync for app "${target.app}" account ${target.accountId}: connect it first`, {
    data: { app: target.app, accountId: target.accountId },
  });
}

async function reconcileIssues(
  deps: DispatchDeps,
  github: GitHub,
  slugs: string[],
  threshold: number,
  report: DispatchReport,
  startedAt: string | null,
): Promise<void> {
  for (const slug of slugs) {
    try {
      const status = await readStatus(deps.engine.store, slug);
      const failuresBefore = (await readStatus(deps.engine.store.at(startedAt), slug)).consecutiveFailures;
      const issue = await reconcileFailureIssue(github, {
        slug,
        status,
        failuresBefore,
        threshold,
        runUrl: deps.links.run,
      });
      if (issue) {
        report.issues.push(issue);
        report.lines.push(`${slug}: ${issue.action} issue #${issue.number} ${issue.url}`);
      }
    } catch (error) {
      report.warnings.push(`${slug}: cannot update its failure issue: ${toSyncError(error).message}`);
    }
  }
}
