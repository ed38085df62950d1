import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  formatIssues
} from "./chunk-QRR2AGRQ.js";
import {
  external_exports
} from "./chunk-OLBI5X7L.js";
import {
  CommandFailedError,
  InvalidInputError
} from "./chunk-4V3D2JW7.js";

// src/github/commit-details.ts
import { execFile } from "node:child_process";
var maxFilesPerCommit = 100;
async function describeCommits(root, before, after, env = process.env) {
  if (!after || after === before) return [];
  const range = before ? `${before}..${after}` : after;
  const output = await git(
    root,
    ["log", "--reverse", "--first-parent", "--no-renames", "--name-status", "--format=%x1e%H%x1f%s", range, "--"],
    env
  );
  const commits = [];
  for (const record of output.split("").slice(1)) {
    const [header = "", ...lines] = record.split("\n");
    const [oid = "", subject = ""] = header.split("");
    const detail = { oid, subject, files: [], moreFiles: 0 };
    for (const line of lines) {
      if (line === "") continue;
      const tab = line.indexOf("	");
      if (tab < 0) continue;
      if (detail.files.length < maxFilesPerCommit)
        detail.files.push({ status: line.slice(0, tab), path: line.slice(tab + 1) });
      else detail.moreFiles += 1;
    }
    commits.push(detail);
  }
  return commits;
}
function git(root, args, env) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["-c", "core.quotePath=false", ...args],
      { cwd: root, env: { ...env, LC_ALL: "C" }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const code2 = typeof error.code === "number" ? error.code : null;
          reject(new CommandFailedError(`git ${args[0]}`, code2, stderr || error.message));
        } else resolve(stdout);
      }
    );
  });
}

// src/github/dispatch-report.ts
function failedReport(event, error) {
  return { event, outcome: "failed", lines: [], commits: [], issues: [], warnings: [], error };
}

// src/github/github-settings.ts
var blankToUndefined = (value) => typeof value === "string" && value.trim() === "" ? void 0 : value;
var text = external_exports.preprocess(blankToUndefined, external_exports.string().optional());
var url = external_exports.preprocess(
  blankToUndefined,
  external_exports.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).transform((value) => value.replace(/\/+$/, "")).optional()
);
var settingsSchema = external_exports.object({
  GITHUB_API_URL: url,
  GITHUB_SERVER_URL: url,
  GITHUB_REPOSITORY: external_exports.preprocess(
    blankToUndefined,
    external_exports.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "expected owner/repo").optional()
  ),
  GITHUB_TOKEN: text,
  GITHUB_RUN_ID: text,
  GITHUB_STEP_SUMMARY: text,
  GITHUB_EVENT_NAME: text,
  GITHUB_EVENT_PATH: text,
  GITHUB_ACTIONS: text
});
function readGitHubSettings(env) {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) throw new InvalidInputError(formatIssues("environment", parsed.error));
  const values = parsed.data;
  const [owner, repo] = values.GITHUB_REPOSITORY?.split("/") ?? [];
  return {
    apiUrl: values.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl: values.GITHUB_SERVER_URL ?? "https://github.com",
    repository: owner && repo ? { owner, repo } : null,
    token: values.GITHUB_TOKEN ?? null,
    runId: values.GITHUB_RUN_ID ?? null,
    stepSummary: values.GITHUB_STEP_SUMMARY ?? null,
    eventName: values.GITHUB_EVENT_NAME ?? null,
    eventPath: values.GITHUB_EVENT_PATH ?? null,
    inActions: values.GITHUB_ACTIONS === "true"
  };
}
function repositoryLinks(settings) {
  const base = settings.repository ? `${settings.serverUrl}/${settings.repository.owner}/${settings.repository.repo}` : null;
  return {
    commit: (sha) => base ? `${base}/commit/${sha}` : null,
    run: base && settings.runId ? `${base}/actions/runs/${settings.runId}` : null
  };
}

export {
  maxFilesPerCommit,
  describeCommits,
  failedReport,
  readGitHubSettings,
  repositoryLinks
};
