import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  agentReport,
  code,
  connectUnderReview,
  plain,
  refuseWhileUnderReview,
  reviewBranchPrefix
} from "./chunk-55REYIYV.js";
import {
  handleWebhook
} from "./chunk-YXF6CNDQ.js";
import {
  chooseSlug
} from "./chunk-IRASGJ2Y.js";
import {
  deleteSync,
  poll,
  renew,
  tick
} from "./chunk-EEJ2RHAQ.js";
import {
  readStatus
} from "./chunk-NSBACWOB.js";
import {
  listSyncSlugs,
  loadSync
} from "./chunk-2FJUDYZR.js";
import {
  ExitCode,
  InvalidInputError,
  toSyncError
} from "./chunk-IMJX6225.js";

// src/github/failure-issues.ts
var defaultFailureThreshold = 3;
var failureLabel = { name: "syncagent", color: "d93f0b", description: "A syncagent sync needs attention" };
function failureMarker(slug) {
  return `<!-- syncagent:failing-sync:${slug} -->`;
}
async function reconcileFailureIssue(github, context) {
  const { slug, status, threshold } = context;
  const failing = status.consecutiveFailures >= threshold;
  const recovered = context.failuresBefore >= threshold && status.consecutiveFailures === 0 && status.lastRun?.result === "ok";
  if (!failing && !recovered) return null;
  const open = await github.findOpenIssue(failureLabel.name, failureMarker(slug));
  if (recovered) {
    if (!open) return null;
    const at = status.lastSuccessAt ?? status.lastRun?.at ?? "now";
    await github.commentOnIssue(
      open.number,
      `Recovered: ${code(status.lastRun?.event ?? "event")} succeeded at ${at}${context.runUrl ? ` ([run](${context.runUrl}))` : ""}. Closing.`
    );
    await github.closeIssue(open.number);
    return { slug, action: "closed", number: open.number, url: open.url };
  }
  if (open) {
    const url = await github.commentOnIssue(open.number, failureComment(context));
    return { slug, action: "commented", number: open.number, url };
  }
  await github.ensureLabel(failureLabel);
  const issue = await github.createIssue({
    title: `syncagent: sync "${slug}" is failing`,
    body: failureBody(context),
    labels: [failureLabel.name]
  });
  return { slug, action: "opened", number: issue.number, url: issue.url };
}
function lastError(status) {
  const error = status.lastError;
  if (!error) return "no error recorded";
  return `${code(error.event)} at ${error.at}: ${code(error.code)} ${plain(error.message)}`;
}
function failureBody(context) {
  const { slug, status } = context;
  return [
    failureMarker(slug),
    "",
    `The sync **${plain(slug)}** failed ${status.consecutiveFailures} times in a row (the threshold is ${context.threshold}).`,
    "",
    `Last error: ${lastError(status)}`,
    "",
    context.runUrl ? `See [the run](${context.runUrl}) for the log.` : "",
    "",
    "What to check:",
    `- ${code(`mirrors/${slug}/.sync/errors.ndjson`)} holds the recent errors, newest last; ${code(`syncagent status ${slug}`)} shows them too.`,
    "- `unauthorized`: the connection may have been revoked or the Pipedream credentials rotated.",
    "- `missing_config`: a setting or webhook secret is missing from the workflow secrets.",
    "- `sandbox`: the handler failed or hit a limit; `syncagent exec` can probe it.",
    "",
    "This issue gets a comment at each further failure and is closed when the sync succeeds again."
  ].join("\n");
}
function failureComment(context) {
  return `Failed again (${context.status.consecutiveFailures} in a row). Last error: ${lastError(context.status)}${context.runUrl ? ` ([run](${context.runUrl}))` : ""}`;
}

// src/github/dispatch.ts
async function runDispatch(deps, event, options) {
  const request = event.request;
  const report = {
    event: {
      name: event.name,
      ...event.type ? { type: event.type } : {},
      ..."deliveryId" in request ? { deliveryId: request.deliveryId } : {}
    },
    request: request.kind,
    outcome: "ok",
    lines: [],
    commits: [],
    issues: [],
    warnings: []
  };
  let commitsFrom = {
    deps: deps.engine,
    before: await deps.engine.store.head()
  };
  report.branch = deps.baseBranch;
  const startedAt = commitsFrom.before;
  const touched = /* @__PURE__ */ new Set();
  try {
    switch (request.kind) {
      case "connect": {
        const install = {
          app: request.app,
          accountId: request.accountId,
          externalUserId: request.externalUserId,
          slug: request.slug,
          force: request.force,
          agent: options.agent
        };
        if (options.review === "pr") {
          const reviewed = await connectUnderReview(deps, install, deps.install);
          report.slug = reviewed.slug;
          report.branch = reviewed.branch;
          commitsFrom = { deps: reviewed.branchDeps, before: reviewed.before };
          recordConnect(report, reviewed.outcome);
          const pull = reviewed.pullRequest;
          if (pull) {
            report.pullRequest = pull;
            report.lines.push(
              `${reviewed.slug}: ${pull.created ? "opened" : "updated"} pull request #${pull.number} ${pull.url}`
            );
          } else report.lines.push(`${reviewed.slug}: nothing to review (${deps.baseBranch} already has it)`);
        } else {
          const slug = await chooseSlug(deps.engine, request.app, request.accountId, request.slug, request.force);
          report.slug = slug;
          if (deps.github) await refuseWhileUnderReview(deps.github, slug);
          recordConnect(report, await deps.install(deps.engine, { ...install, slug, review: "direct" }));
        }
        break;
      }
      case "webhook": {
        const slug = await resolveTarget(deps, request.target);
        report.slug = slug;
        touched.add(slug);
        const outcome = await handleWebhook(deps.engine, {
          slug,
          body: request.body,
          headers: request.headers,
          deliveryId: request.deliveryId,
          receivedAt: request.receivedAt
        });
        if (outcome.duplicate) {
          report.outcome = "skipped";
          report.lines.push(`${slug}: delivery ${outcome.deliveryId} already handled (skipped)`);
        } else report.lines.push(`${slug}: webhook ${outcome.summary}`);
        break;
      }
      case "webhook-signal": {
        const slug = await resolveTarget(deps, request.target);
        report.slug = slug;
        touched.add(slug);
        const size = request.size === void 0 ? "" : ` (${request.size} bytes)`;
        report.lines.push(
          `${slug}: delivery ${request.deliveryId} was too big for repository_dispatch${size}: polling instead`
        );
        const outcome = await poll(deps.engine, slug);
        report.lines.push(`${slug}: poll ${outcome.ran ? outcome.summary : "skipped"}`);
        break;
      }
      case "poll":
      case "renew": {
        report.slug = request.slug;
        await resolveTarget(deps, { slug: request.slug });
        touched.add(request.slug);
        const outcome = request.kind === "poll" ? await poll(deps.engine, request.slug) : await renew(deps.engine, request.slug);
        report.lines.push(`${request.slug}: ${request.kind} ${outcome.ran ? outcome.summary : "skipped"}`);
        break;
      }
      case "delete": {
        report.slug = request.slug;
        await resolveTarget(deps, { slug: request.slug });
        const outcome = await deleteSync(deps.engine, request.slug);
        report.lines.push(`${request.slug}: deleted (${outcome.removed} files)`);
        break;
      }
      case "tick": {
        const underReview = deps.github ? (await deps.github.listOpenPullRequests(reviewBranchPrefix)).map(
          (pull) => pull.head.slice(reviewBranchPrefix.length)
        ) : [];
        const result = await tick(deps.engine, { exclude: new Set(underReview) });
        report.tick = result;
        for (const action of result.actions) {
          touched.add(action.slug);
          report.lines.push(
            `${action.slug}: ${action.action} ${action.result === "ok" ? action.summary ?? "ok" : `failed: ${action.error?.code}: ${action.error?.message}`}`
          );
        }
        for (const slug of underReview) report.lines.push(`${slug}: waiting for review (skipped)`);
        if (result.actions.length === 0) report.lines.push(`nothing due at ${result.now}`);
        const failed = result.actions.filter((action) => action.result === "error");
        if (failed.length) {
          report.outcome = "failed";
          report.error = {
            code: failed[0]?.error?.code ?? "internal",
            message: `${failed.length} of ${result.actions.length} tick actions failed: ${failed.map((action) => `${action.slug} ${action.action}: ${action.error?.code}: ${action.error?.message}`).join("; ")}`,
            exitCode: ExitCode.failure
          };
        }
        break;
      }
    }
  } catch (caught) {
    const error = toSyncError(caught);
    report.outcome = "failed";
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
function recordConnect(report, outcome) {
  const { reason, trace } = agentReport(outcome);
  if (reason) report.reason = reason;
  if (trace?.length) report.trace = trace;
  if (outcome.status === "exists") {
    report.outcome = "skipped";
    report.lines.push(`${outcome.slug}: already connected (skills/${outcome.slug}/SKILL.md exists; force reinstalls)`);
  } else report.lines.push(`${outcome.slug}: connected (${outcome.createdBy}): ${outcome.summary ?? "done"}`);
}
async function resolveTarget(deps, target) {
  if ("slug" in target) {
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
    }
  }
  throw new InvalidInputError(`no sync for app "${target.app}" account ${target.accountId}: connect it first`, {
    data: { app: target.app, accountId: target.accountId }
  });
}
async function reconcileIssues(deps, github, slugs, threshold, report, startedAt) {
  for (const slug of slugs) {
    try {
      const status = await readStatus(deps.engine.store, slug);
      const failuresBefore = (await readStatus(deps.engine.store.at(startedAt), slug)).consecutiveFailures;
      const issue = await reconcileFailureIssue(github, {
        slug,
        status,
        failuresBefore,
        threshold,
        runUrl: deps.links.run
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

export {
  defaultFailureThreshold,
  failureLabel,
  failureMarker,
  reconcileFailureIssue,
  runDispatch
};
