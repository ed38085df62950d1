import { appendFile } from 'node:fs/promises';
import { summary } from '@actions/core';
import { IoError } from '../errors.js';
import { type CommitDetail, type DispatchReport, escapeHtml, redactSecrets, type TraceStep } from '../github/index.js';

/** GitHub keeps at most 1 MiB of summary per step; stay well below it. */
const maxSummaryBytes = 900 * 1024;
/** Rows of the files-changed table. */
const maxFileRows = 300;

/** Links the summary makes. */
export interface SummaryLinks {
  commit: (sha: string) => string | null;
  run: string | null;
}

const outcomeTitle: Record<DispatchReport['outcome'], string> = {
  ok: '✅ done',
  skipped: '⏭️ nothing to do',
  failed: '❌ failed',
};

const html = (text: string) => escapeHtml(text);
const codeHtml = (text: string) => `<code>${escapeHtml(text)}</code>`;

/**
 * Renders a dispatch report as the job summary, with `@actions/core`'s summary builder: the event, the slug, what
 * happened, the commits with links, the files they changed, the pull request and issues, the agent's tool trace in
 * a `<details>`, and the error. Every secret value is replaced by `***` before the text leaves.
 */
export function renderJobSummary(report: DispatchReport, links: SummaryLinks, secrets: readonly string[]): string {
  summary.emptyBuffer();
  const eventName = report.event.type ? `${report.event.name} ${report.event.type}` : report.event.name;
  summary.addHeading(`syncagent: ${html(eventName)}: ${outcomeTitle[report.outcome]}`, 2);
  const facts: Array<[string, string]> = [['event', codeHtml(eventName)]];
  if (report.event.deliveryId) facts.push(['delivery', codeHtml(report.event.deliveryId)]);
  if (report.slug) facts.push(['slug', codeHtml(report.slug)]);
  if (report.branch) facts.push(['branch', codeHtml(report.branch)]);
  if (links.run) facts.push(['run', `<a href="${html(links.run)}">${html(links.run)}</a>`]);
  summary.addTable(facts.map(([name, value]) => [{ data: name, header: true }, value]));
  if (report.lines.length) {
    summary.addHeading('What happened', 3);
    summary.addList(report.lines.map(html));
  }
  if (report.error) {
    summary.addHeading('Error', 3);
    summary.addRaw(
      `<p><strong>${html(report.error.code)}</strong>: ${html(report.error.message)} (exit ${report.error.exitCode})</p>`,
      true,
    );
  }
  summary.addHeading(`Commits (${report.commits.length})`, 3);
  if (report.commits.length === 0) summary.addRaw('<p>No commit was pushed.</p>', true);
  else summary.addList(report.commits.map((commit) => commitItem(commit, links)));
  renderFiles(report.commits);
  if (report.pullRequest) {
    summary.addHeading('Pull request', 3);
    summary.addRaw(
      `<p>${report.pullRequest.created ? 'Opened' : 'Updated'} <a href="${html(report.pullRequest.url)}">#${report.pullRequest.number}</a>: merge it to make the sync live.</p>`,
      true,
    );
  }
  if (report.issues.length) {
    summary.addHeading('Failure issues', 3);
    summary.addList(
      report.issues.map(
        (issue) => `${codeHtml(issue.slug)}: ${issue.action} <a href="${html(issue.url)}">#${issue.number}</a>`,
      ),
    );
  }
  if (report.reason) summary.addRaw(`<p><strong>Triage</strong>: ${html(report.reason)}</p>`, true);
  if (report.trace?.length) renderTrace(report.trace);
  if (report.tick?.skipped.length) {
    summary.addRaw(`<p>Not due or not active: ${report.tick.skipped.map(codeHtml).join(', ')}</p>`, true);
  }
  if (report.warnings.length) {
    summary.addHeading('Warnings', 3);
    summary.addList(report.warnings.map(html));
  }
  let text = redactSecrets(summary.stringify(), secrets);
  summary.emptyBuffer();
  if (Buffer.byteLength(text) > maxSummaryBytes) {
    text = `${Buffer.from(text).subarray(0, maxSummaryBytes).toString('utf8')}\n\n<p>(summary truncated at ${maxSummaryBytes} bytes)</p>\n`;
  }
  return text;
}

function commitItem(commit: CommitDetail, links: SummaryLinks): string {
  const short = commit.oid.slice(0, 7);
  const link = links.commit(commit.oid);
  const id = link ? `<a href="${html(link)}">${short}</a>` : codeHtml(short);
  const files = commit.files.length + commit.moreFiles;
  return `${id} ${html(commit.subject)} (${files} file${files === 1 ? '' : 's'})`;
}

function renderFiles(commits: CommitDetail[]): void {
  // The last change of each path across the commits (a checkpointed backfill rewrites the same files).
  const latest = new Map<string, string>();
  let more = 0;
  for (const commit of commits) {
    for (const file of commit.files) latest.set(file.path, file.status);
    more += commit.moreFiles;
  }
  if (latest.size === 0) return;
  const rows = [...latest].sort(([a], [b]) => a.localeCompare(b));
  const table = [
    [
      { data: 'change', header: true },
      { data: 'file', header: true },
    ],
    ...rows.slice(0, maxFileRows).map(([path, status]) => [statusName(status), codeHtml(path)]),
  ];
  const hidden = Math.max(0, rows.length - maxFileRows) + more;
  summary.addHeading(`Files changed (${rows.length}${more ? `+${more}` : ''})`, 3);
  summary.addTable(table);
  if (hidden) summary.addRaw(`<p>… and ${hidden} more (see the commits).</p>`, true);
}

function statusName(status: string): string {
  if (status.startsWith('A')) return 'added';
  if (status.startsWith('D')) return 'deleted';
  if (status.startsWith('M')) return 'modified';
  return html(status);
}

function renderTrace(trace: TraceStep[]): void {
  const tokens = trace.reduce((sum, step) => sum + (step.tokens ?? 0), 0);
  const ms = trace.reduce((sum, step) => sum + step.ms, 0);
  const rows = trace
    .map(
      (step) =>
        `<tr><td>${step.step}</td><td>${codeHtml(step.tool)}</td><td>${step.ok === false ? '✗ ' : ''}${html(step.summary ?? '-')}</td><td>${codeHtml(step.inputDigest)}</td><td>${codeHtml(step.resultDigest)}</td><td>${step.tokens ?? '-'}</td><td>${Math.round(step.ms)}</td></tr>`,
    )
    .join('');
  summary.addDetails(
    `Agent trace: ${trace.length} steps, ${tokens} tokens, ${(ms / 1000).toFixed(1)} s`,
    `<table><tr><th>step</th><th>tool</th><th>call</th><th>input</th><th>result</th><th>tokens</th><th>ms</th></tr>${rows}</table>`,
  );
}

/** Appends the summary to the step's summary file (GITHUB_STEP_SUMMARY). */
export async function writeJobSummary(path: string, text: string): Promise<void> {
  try {
    await appendFile(path, text, 'utf8');
  } catch (error) {
    throw new IoError(`GITHUB_STEP_SUMMARY: cannot write ${path}: ${(error as Error).message}`);
  }
}
