import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  chooseSlug,
  parseConnectRequest
} from "./chunk-IRASGJ2Y.js";
import {
  handlerExports
} from "./chunk-EEJ2RHAQ.js";
import {
  loadSync
} from "./chunk-2FJUDYZR.js";
import {
  parseMarkdown
} from "./chunk-SSEUZXBO.js";
import {
  syncPaths
} from "./chunk-TQXVWXKX.js";
import {
  InvalidInputError,
  MissingConfigError
} from "./chunk-IMJX6225.js";

// src/github/markdown.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function code(text) {
  const flat = text.replace(/[\r\n]+/g, " ");
  const fence = flat.includes("`") ? "``" : "`";
  return `${fence}${fence === "``" ? " " : ""}${flat}${fence === "``" ? " " : ""}${fence}`;
}
function cell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|");
}
function plain(text) {
  return escapeHtml(text.replace(/[\r\n]+/g, " ")).replace(/([\\`*_[\]])/g, "\\$1");
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
function redactSecrets(text, secrets) {
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) result = result.split(secret).join("***");
  }
  return result;
}

// src/github/pull-request-review.ts
var reviewBranchPrefix = "syncagent/";
function reviewBranch(slug) {
  return `${reviewBranchPrefix}${slug}`;
}
var maxListedMirrorFiles = 40;
var maxSizedMirrorFiles = 5e3;
async function collectInstallDetails(reader, slug) {
  const { config } = await loadSync(reader, slug);
  const exports = await handlerExports(reader, config).catch(() => []);
  const skillText = await reader.readText(syncPaths(slug).skill);
  let skillDescription = null;
  if (skillText !== null) {
    try {
      const description = parseMarkdown(skillText, syncPaths(slug).skill).frontmatter.description;
      skillDescription = typeof description === "string" ? description : null;
    } catch {
      skillDescription = null;
    }
  }
  const entries = (await reader.list(config.mirrorPrefix.replace(/\/$/, ""), { recursive: true })).filter((entry) => entry.type === "file").sort((a, b) => a.path.localeCompare(b.path));
  const files = [];
  let totalBytes = 0;
  let sized = 0;
  for (const entry of entries.slice(0, maxSizedMirrorFiles)) {
    const size = await reader.size(entry.path) ?? 0;
    totalBytes += size;
    sized += 1;
    if (files.length < maxListedMirrorFiles) files.push({ path: entry.path, size });
  }
  const signals = [];
  if (config.signals.webhook) {
    const signature = config.signals.webhook.signature;
    signals.push(
      signature ? `webhook (signed: ${signature.header}, secret from ${signature.secretEnv})` : "webhook (unsigned)"
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
    mirror: { files, totalFiles: entries.length, totalBytes, sized }
  };
}
function reviewMarker(slug) {
  return `<!-- syncagent:review:${slug} -->`;
}
function reviewTitle(details) {
  return `syncagent: install ${details.slug} (${details.flavor}, ${details.createdBy})`;
}
function renderReviewBody(details, context) {
  const lines = [reviewMarker(details.slug), ""];
  lines.push(
    `syncagent installed the **${plain(details.slug)}** sync on branch ${code(reviewBranch(details.slug))}. Merging this pull request makes it live: until then, events for this sync are refused.`,
    "",
    "### What is installed",
    "",
    "| | |",
    "|---|---|",
    `| app | ${code(details.app)} |`,
    `| account | ${code(details.accountId)} (external user ${code(details.externalUserId)}) |`,
    `| flavor | ${details.flavor} |`,
    `| created by | ${code(details.createdBy)} |`,
    `| signals | ${cell(details.signals.join("; ") || "none")} |`,
    `| handler exports | ${details.exports.length ? details.exports.map(code).join(", ") : "none (api-only)"} |`,
    "",
    "### Why",
    "",
    context.reason ? `Triage: ${plain(context.reason)}` : details.createdBy.startsWith("catalog:") ? `Installed from the reviewed catalog recipe ${code(details.createdBy.slice("catalog:".length))}: no model was involved.` : "The sync agent gave no triage reason.",
    "",
    "### Network reach",
    "",
    details.hosts.length ? `The handler may call only these hosts, through the gateway: ${details.hosts.map(code).join(", ")}.` : "No hosts: the handler cannot make requests.",
    ""
  );
  if (details.skillDescription) lines.push("### Skill", "", `> ${plain(details.skillDescription)}`, "");
  const mirror = details.mirror;
  lines.push(
    "### Mirror",
    "",
    `${mirror.totalFiles} file${mirror.totalFiles === 1 ? "" : "s"}` + (mirror.sized === mirror.totalFiles ? `, ${formatBytes(mirror.totalBytes)} in all.` : `; the first ${mirror.sized} hold ${formatBytes(mirror.totalBytes)}.`),
    ""
  );
  if (mirror.files.length) {
    lines.push("| file | size |", "|---|---:|");
    for (const file of mirror.files) lines.push(`| ${code(file.path)} | ${formatBytes(file.size)} |`);
    if (mirror.totalFiles > mirror.files.length) lines.push(`| \u2026 ${mirror.totalFiles - mirror.files.length} more | |`);
    lines.push("");
  }
  if (context.commits.length) {
    lines.push("### Commits", "");
    for (const commit of context.commits) {
      const link = context.commitLink(commit.oid);
      const short = commit.oid.slice(0, 7);
      lines.push(`- ${link ? `[${short}](${link})` : code(short)} ${plain(commit.subject)}`);
    }
    lines.push("");
  }
  if (context.trace?.length) lines.push(...renderTrace(context.trace), "");
  lines.push(
    "### Before merging",
    "",
    `- Read ${code(`handlers/${details.slug}/handler.js`)} (it runs in the sandbox with only \`ctx\`) and ${code(`handlers/${details.slug}/sync.json`)}.`,
    `- Check the hosts above are the ones this app needs, and that ${code(`skills/${details.slug}/SKILL.md`)} describes the mirror.`,
    "- To start over, close this pull request and send the connect event again."
  );
  if (context.runUrl) lines.push("", `Made by [this run](${context.runUrl}).`);
  return `${lines.join("\n")}
`;
}
function renderTrace(trace) {
  const tokens = trace.reduce((sum, step) => sum + (step.tokens ?? 0), 0);
  const ms = trace.reduce((sum, step) => sum + step.ms, 0);
  const lines = [
    `<details><summary>Agent trace: ${trace.length} steps, ${tokens} tokens, ${(ms / 1e3).toFixed(1)} s</summary>`,
    "",
    "| step | tool | call | input | result | tokens | ms |",
    "|---:|---|---|---|---|---:|---:|"
  ];
  for (const step of trace) {
    const call = `${step.ok === false ? "\u2717 " : ""}${cell(escapeHtml(step.summary ?? ""))}`;
    lines.push(
      `| ${step.step} | ${code(step.tool)} | ${call} | ${code(step.inputDigest)} | ${code(step.resultDigest)} | ${step.tokens ?? ""} | ${Math.round(step.ms)} |`
    );
  }
  lines.push("", "</details>");
  return lines;
}
async function openOrUpdateReview(github, input) {
  const head = reviewBranch(input.slug);
  const open = await github.findOpenPullRequest(head);
  if (open) {
    return {
      pullRequest: await github.updatePullRequest(open.number, { title: input.title, body: input.body }),
      created: false
    };
  }
  const pullRequest = await github.createPullRequest({ head, base: input.base, title: input.title, body: input.body });
  return { pullRequest, created: true };
}
async function refuseWhileUnderReview(github, slug) {
  const open = await github.findOpenPullRequest(reviewBranch(slug));
  if (!open) return;
  throw new InvalidInputError(
    `sync "${slug}" is waiting for review in pull request #${open.number} (${open.url}): merge it first; events for it are refused until then`,
    { data: { slug, pullRequest: open.number } }
  );
}

// src/github/review-connect.ts
function agentReport(outcome) {
  const run = outcome.agent;
  if (!run) return { reason: outcome.reason, trace: outcome.trace };
  const trace = [];
  for (const step of run.trace ?? []) {
    const tokens = (step.inputTokens ?? 0) + (step.outputTokens ?? 0);
    const calls = step.calls ?? [];
    if (calls.length === 0) {
      trace.push({
        step: step.step,
        tool: `(${step.finishReason ?? "text"})`,
        inputDigest: "-",
        resultDigest: "-",
        tokens,
        ms: step.ms
      });
    }
    calls.forEach((call, index) => {
      trace.push({
        step: step.step,
        tool: call.tool,
        inputDigest: call.inputDigest,
        resultDigest: call.resultDigest,
        ...index === 0 ? { tokens } : {},
        ms: call.ms,
        ...call.summary ? { summary: call.summary } : {},
        ...call.ok === false ? { ok: false } : {}
      });
    });
  }
  return { reason: run.reason ?? outcome.reason, trace: trace.length ? trace : outcome.trace };
}
async function connectUnderReview(deps, input, install) {
  const request = parseConnectRequest({ ...input, review: "pr" }, deps.engine.env);
  const github = deps.github;
  if (!github) {
    throw new MissingConfigError(
      "GITHUB_TOKEN",
      "missing configuration: --review pr needs GITHUB_TOKEN and GITHUB_REPOSITORY (the Action sets both)"
    );
  }
  const slug = await chooseSlug(deps.engine, request.app, request.accountId, request.slug, request.force);
  const branch = reviewBranch(slug);
  const open = await github.findOpenPullRequest(branch);
  const branchDeps = { ...await deps.openReviewBranch(slug, open ? "continue" : "restart"), reviewBranch: branch };
  const before = await branchDeps.store.head();
  const outcome = await install(branchDeps, { ...input, slug, review: "pr" });
  const after = await branchDeps.store.head();
  const result = { outcome, slug, branch, branchDeps, before, after, pullRequest: null };
  if (outcome.status === "dry-run" || !open && after === before) return result;
  const details = await collectInstallDetails(branchDeps.store, slug);
  const commits = await deps.describeCommits(await deps.engine.store.head(), after);
  const body = renderReviewBody(details, {
    ...agentReport(outcome),
    commits,
    commitLink: deps.links.commit,
    runUrl: deps.links.run
  });
  const { pullRequest, created } = await openOrUpdateReview(github, {
    slug,
    base: deps.baseBranch,
    title: reviewTitle(details),
    body
  });
  result.pullRequest = { number: pullRequest.number, url: pullRequest.url, created };
  return result;
}

export {
  escapeHtml,
  code,
  plain,
  formatBytes,
  redactSecrets,
  reviewBranchPrefix,
  reviewBranch,
  collectInstallDetails,
  reviewMarker,
  reviewTitle,
  renderReviewBody,
  renderTrace,
  openOrUpdateReview,
  refuseWhileUnderReview,
  agentReport,
  connectUnderReview
};
