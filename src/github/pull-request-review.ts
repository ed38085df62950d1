import { parseMarkdown } from '../appdata/frontmatter.js';
import { handlerExports, loadSync } from '../engine/index.js';
import { InvalidInputError } from '../errors.js';
import { type StoreReader, syncPaths } from '../store/index.js';
import type { CommitDetail, TraceStep } from './dispatch-report.js';
import type { GitHub, PullRequest } from './github-port.js';
import { cell, code, escapeHtml, formatBytes, plain } from './markdown.js';

/** Review branches are `syncagent/<slug>`. */
export const reviewBranchPrefix = 'syncagent/';

/** The review branch of a sync. */
export function reviewBranch(slug: string): string {
  return `${reviewBranchPrefix}${slug}`;
}

/** Mirror files listed with their sizes in a PR body; beyond this only counts and totals. */
const maxListedMirrorFiles = 40;
/** Files whose size is read for the totals (a backfill may write many thousands). */
const maxSizedMirrorFiles = 5000;

/** What a connect installed on a branch, read back from the store: what a reviewer needs to decide. */
export interface InstallDetails {
  slug: string;
  app: string;
  accountId: string;
  externalUserId: string;
  flavor: string;
  createdBy: string;
  hosts: string[];
  signals: string[];
  exports: string[];
  skillDescription: string | null;
  mirror: { files: Array<{ path: string; size: number }>; totalFiles: number; totalBytes: number; sized: number };
}

/** Reads what `connect` installed for `slug` at `reader` (the review branch). */
export async function collectInstallDetails(reader: StoreReader, slug: string): Promise<InstallDetails> {
  const { config } = await loadSync(reader, slug);
  const exports = await handlerExports(reader, config).catch(() => [] as string[]);
  const skillText = await reader.readText(syncPaths(slug).skill);
  let skillDescription: string | null = null;
  if (skillText !== null) {
    try {
      const description = parseMarkdown(skillText, syncPaths(slug).skill).frontmatter.description;
      skillDescription = typeof description === 'string' ? description : null;
    } catch {
      skillDescription = null;
    }
  }
  const entries = (await reader.list(config.mirrorPrefix.replace(/\/$/, ''), { recursive: true }))
    .filter((entry) => entry.type === 'file')
    .sort((a, b) => a.path.localeCompare(b.path));
  const files: Array<{ path: string; size: number }> = [];
  let totalBytes = 0;
  let sized = 0;
  for (const entry of entries.slice(0, maxSizedMirrorFiles)) {
    const size = (await reader.size(entry.path)) ?? 0;
    totalBytes += size;
    sized += 1;
    if (files.length < maxListedMirrorFiles) files.push({ path: entry.path, size });
  }
  const signals: string[] = [];
  if (config.signals.webhook) {
    const signature = config.signals.webhook.signature;
    signals.push(
      signature ? `webhook (signed: ${signature.header}, secret from ${signature.secretEnv})` : 'webhook (unsigned)',
    );
  }
  if (config.signals.poll) signals.push(`poll every ${config.signals.poll.everyMinutes} min`);
  if (config.signals.renew) signals.push(`renew every ${config.signals.renew.everyHours} h`);
  return {
    slug,
    app: config.app,
    accountId: config.accountId,
    externalUserId: config.externalUserId,
    flavor: config.flavor,
    createdBy: config.createdBy,
    hosts: config.hosts,
    signals,
    exports,
    skillDescription,
    mirror: { files, totalFiles: entries.length, totalBytes, sized },
  };
}

/** The marker that ties a pull request body to its sync. */
export function reviewMarker(slug: string): string {
  return `<!-- syncagent:review:${slug} -->`;
}

/** Extra context for a review body. */
export interface ReviewContext {
  reason?: string;
  trace?: TraceStep[];
  commits: CommitDetail[];
  commitLink: (sha: string) => string | null;
  runUrl: string | null;
}

/** The pull request title for a sync under review. */
export function reviewTitle(details: InstallDetails): string {
  return `syncagent: install ${details.slug} (${details.flavor}, ${details.createdBy})`;
}

/** The body of a review pull request: what is installed, why, with which reach, and how it was made. */
export function renderReviewBody(details: InstallDetails, context: ReviewContext): string {
  const lines: string[] = [reviewMarker(details.slug), ''];
  lines.push(
    `syncagent installed the **${plain(details.slug)}** sync on branch ${code(reviewBranch(details.slug))}. ` +
      'Merging this pull request makes it live: until then, events for this sync are refused.',
    '',
    '### What is installed',
    '',
    '| | |',
    '|---|---|',
    `| app | ${code(details.app)} |`,
    `| account | ${code(details.accountId)} (external user ${code(details.externalUserId)}) |`,
    `| flavor | ${details.flavor} |`,
    `| created by | ${code(details.createdBy)} |`,
    `| signals | ${cell(details.signals.join('; ') || 'none')} |`,
    `| handler exports | ${details.exports.length ? details.exports.map(code).join(', ') : 'none (api-only)'} |`,
    '',
    '### Why',
    '',
    context.reason
      ? `Triage: ${plain(context.reason)}`
      : details.createdBy.startsWith('catalog:')
        ? `Installed from the reviewed catalog recipe ${code(details.createdBy.slice('catalog:'.length))}: no model was involved.`
        : 'The sync agent gave no triage reason.',
    '',
    '### Network reach',
    '',
    details.hosts.length
      ? `The handler may call only these hosts, through the gateway: ${details.hosts.map(code).join(', ')}.`
      : 'No hosts: the handler cannot make requests.',
    '',
  );
  if (details.skillDescription) lines.push('### Skill', '', `> ${plain(details.skillDescription)}`, '');
  const mirror = details.mirror;
  lines.push(
    '### Mirror',
    '',
    `${mirror.totalFiles} file${mirror.totalFiles === 1 ? '' : 's'}` +
      (mirror.sized === mirror.totalFiles
        ? `, ${formatBytes(mirror.totalBytes)} in all.`
        : `; the first ${mirror.sized} hold ${formatBytes(mirror.totalBytes)}.`),
    '',
  );
  if (mirror.files.length) {
    lines.push('| file | size |', '|---|---:|');
    for (const file of mirror.files) lines.push(`| ${code(file.path)} | ${formatBytes(file.size)} |`);
    if (mirror.totalFiles > mirror.files.length) lines.push(`| … ${mirror.totalFiles - mirror.files.length} more | |`);
    lines.push('');
  }
  if (context.commits.length) {
    lines.push('### Commits', '');
    for (const commit of context.commits) {
      const link = context.commitLink(commit.oid);
      const short = commit.oid.slice(0, 7);
      lines.push(`- ${link ? `[${short}](${link})` : code(short)} ${plain(commit.subject)}`);
    }
    lines.push('');
  }
  if (context.trace?.length) lines.push(...renderTrace(context.trace), '');
  lines.push(
    '### Before merging',
    '',
    `- Read ${code(`handlers/${details.slug}/handler.js`)} (it runs in the sandbox with only \`ctx\`) and ${code(`handlers/${details.slug}/sync.json`)}.`,
    `- Check the hosts above are the ones this app needs, and that ${code(`skills/${details.slug}/SKILL.md`)} describes the mirror.`,
    '- To start over, close this pull request and send the connect event again.',
  );
  if (context.runUrl) lines.push('', `Made by [this run](${context.runUrl}).`);
  return `${lines.join('\n')}\n`;
}

/** The trace as a collapsed table (PR bodies; the job summary renders its own). */
export function renderTrace(trace: TraceStep[]): string[] {
  const tokens = trace.reduce((sum, step) => sum + (step.tokens ?? 0), 0);
  const ms = trace.reduce((sum, step) => sum + step.ms, 0);
  const lines = [
    `<details><summary>Agent trace: ${trace.length} steps, ${tokens} tokens, ${(ms / 1000).toFixed(1)} s</summary>`,
    '',
    '| step | tool | call | input | result | tokens | ms |',
    '|---:|---|---|---|---|---:|---:|',
  ];
  for (const step of trace) {
    const call = `${step.ok === false ? '✗ ' : ''}${cell(escapeHtml(step.summary ?? ''))}`;
    lines.push(
      `| ${step.step} | ${code(step.tool)} | ${call} | ${code(step.inputDigest)} | ${code(step.resultDigest)} | ${step.tokens ?? ''} | ${Math.round(step.ms)} |`,
    );
  }
  lines.push('', '</details>');
  return lines;
}

/** Opens the review pull request of a sync, or updates the open one (never a second one). */
export async function openOrUpdateReview(
  github: GitHub,
  input: { slug: string; base: string; title: string; body: string },
): Promise<{ pullRequest: PullRequest; created: boolean }> {
  const head = reviewBranch(input.slug);
  const open = await github.findOpenPullRequest(head);
  if (open) {
    return {
      pullRequest: await github.updatePullRequest(open.number, { title: input.title, body: input.body }),
      created: false,
    };
  }
  const pullRequest = await github.createPullRequest({ head, base: input.base, title: input.title, body: input.body });
  return { pullRequest, created: true };
}

/** Refuses an event for a sync whose install is still waiting for review. */
export async function refuseWhileUnderReview(github: GitHub, slug: string): Promise<void> {
  const open = await github.findOpenPullRequest(reviewBranch(slug));
  if (!open) return;
  throw new InvalidInputError(
    `sync "${slug}" is waiting for review in pull request #${open.number} (${open.url}): merge it first; events for it are refused until then`,
    { data: { slug, pullRequest: open.number } },
  );
}
