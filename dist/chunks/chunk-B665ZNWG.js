import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  CommandFailedError
} from "./chunk-IMJX6225.js";

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

export {
  maxFilesPerCommit,
  describeCommits,
  failedReport
};
