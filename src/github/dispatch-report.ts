import type { TickAction } from '../engine/index.js';

/** One tool call of the sync agent's trace (DESIGN 7, `--trace`), as the PR body and the job summary show it. */
export interface TraceStep {
  step: number;
  tool: string;
  inputDigest: string;
  resultDigest: string;
  /** The step's tokens (on its first call). */
  tokens?: number;
  ms: number;
  /** One line: what was asked and what came back. */
  summary?: string;
  /** False when the tool answered with an error. */
  ok?: boolean;
}

/** A file a commit changed: git's name-status letter (A, M, D) and the path. */
export interface ChangedFile {
  status: string;
  path: string;
}

/** A commit an event pushed, with the files it changed (capped; `moreFiles` counts the rest). */
export interface CommitDetail {
  oid: string;
  subject: string;
  files: ChangedFile[];
  moreFiles: number;
}

/** What happened to the failure issue of a sync. */
export interface IssueReport {
  slug: string;
  action: 'opened' | 'commented' | 'closed';
  number: number;
  url: string;
}

/** Everything one `dispatch` did: what the job summary, `--json` and the exit code are made of. */
export interface DispatchReport {
  event: { name: string; type?: string; deliveryId?: string };
  /** What the event asked for (connect, webhook, tick...), once the payload was valid. */
  request?: string;
  slug?: string;
  /** ok: done; skipped: nothing to do (duplicate delivery, already connected); failed: see `error`. */
  outcome: 'ok' | 'skipped' | 'failed';
  /** One line per thing done, for people. */
  lines: string[];
  /** The branch the commits went to. */
  branch?: string;
  commits: CommitDetail[];
  pullRequest?: { number: number; url: string; created: boolean };
  issues: IssueReport[];
  tick?: { now: string; actions: TickAction[]; skipped: string[] };
  /** The sync agent's triage reason and tool trace, when the connect was done by the LLM. */
  reason?: string;
  trace?: TraceStep[];
  /** Problems that did not fail the event (a failure issue that could not be updated). */
  warnings: string[];
  error?: { code: string; message: string; exitCode: number };
}

/** A report for an event that failed before anything ran (a malformed payload, a missing setting). */
export function failedReport(
  event: DispatchReport['event'],
  error: { code: string; message: string; exitCode: number },
): DispatchReport {
  return { event, outcome: 'failed', lines: [], commits: [], issues: [], warnings: [], error };
}
