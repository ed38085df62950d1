import type { SyncStatus } from '../engine/index.js';
import type { IssueReport } from './dispatch-report.js';
import type { GitHub } from './github-port.js';
import { code, plain } from './markdown.js';

/** Failures in a row after which a sync gets an issue (DESIGN 10). */
export const defaultFailureThreshold = 3;

/** The label of failure issues. */
export const failureLabel = { name: 'syncagent', color: 'd93f0b', description: 'A syncagent sync needs attention' };

/** The marker that ties an issue to its sync: one open issue per slug, found again by it. */
export function failureMarker(slug: string): string {
  return `<!-- syncagent:failing-sync:${slug} -->`;
}

/** Where a failure happened, for the issue text. */
export interface FailureContext {
  slug: string;
  /** The sync's status after the event. */
  status: SyncStatus;
  /** Its failures in a row before the event: only a sync that had reached the threshold can have an issue to close. */
  failuresBefore: number;
  threshold: number;
  runUrl: string | null;
}

/**
 * Keeps the failure issue of a sync in step with its status: at `threshold` failures in a row or more, an issue
 * labelled `syncagent` is opened (one per slug, found again by its marker), and commented on at each later failure;
 * when the sync succeeds again after that, the open issue is commented on and closed. A healthy sync costs no API
 * call. Returns what it did, or null.
 */
export async function reconcileFailureIssue(github: GitHub, context: FailureContext): Promise<IssueReport | null> {
  const { slug, status, threshold } = context;
  const failing = status.consecutiveFailures >= threshold;
  const recovered =
    context.failuresBefore >= threshold && status.consecutiveFailures === 0 && status.lastRun?.result === 'ok';
  if (!failing && !recovered) return null;
  const open = await github.findOpenIssue(failureLabel.name, failureMarker(slug));
  if (recovered) {
    if (!open) return null;
    const at = status.lastSuccessAt ?? status.lastRun?.at ?? 'now';
    await github.commentOnIssue(
      open.number,
      `Recovered: ${code(status.lastRun?.event ?? 'event')} succeeded at ${at}${context.runUrl ? ` ([run](${context.runUrl}))` : ''}. Closing.`,
    );
    await github.closeIssue(open.number);
    return { slug, action: 'closed', number: open.number, url: open.url };
  }
  if (open) {
    const url = await github.commentOnIssue(open.number, failureComment(context));
    return { slug, action: 'commented', number: open.number, url };
  }
  await github.ensureLabel(failureLabel);
  const issue = await github.createIssue({
    title: `syncagent: sync "${slug}" is failing`,
    body: failureBody(context),
    labels: [failureLabel.name],
  });
  return { slug, action: 'opened', number: issue.number, url: issue.url };
}

function lastError(status: SyncStatus): string {
  const error = status.lastError;
  if (!error) return 'no error recorded';
  return `${code(error.event)} at ${error.at}: ${code(error.code)} ${plain(error.message)}`;
}

function failureBody(context: FailureContext): string {
  const { slug, status } = context;
  return [
    failureMarker(slug),
    '',
    `The sync **${plain(slug)}** failed ${status.consecutiveFailures} times in a row (the threshold is ${context.threshold}).`,
    '',
    `Last error: ${lastError(status)}`,
    '',
    context.runUrl ? `See [the run](${context.runUrl}) for the log.` : '',
    '',
    'What to check:',
    `- ${code(`mirrors/${slug}/.sync/errors.ndjson`)} holds the recent errors, newest last; ${code(`syncagent status ${slug}`)} shows them too.`,
    '- `unauthorized`: the connection may have been revoked or the Pipedream credentials rotated.',
    '- `missing_config`: a setting or webhook secret is missing from the workflow secrets.',
    '- `sandbox`: the handler failed or hit a limit; `syncagent exec` can probe it.',
    '',
    'This issue gets a comment at each further failure and is closed when the sync succeeds again.',
  ].join('\n');
}

function failureComment(context: FailureContext): string {
  return `Failed again (${context.status.consecutiveFailures} in a row). Last error: ${lastError(context.status)}${context.runUrl ? ` ([run](${context.runUrl}))` : ''}`;
}
