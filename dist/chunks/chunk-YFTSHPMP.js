import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  Octokit
} from "./chunk-AUSXD26T.js";
import {
  version
} from "./chunk-LKFTHDQR.js";
import {
  formatIssues
} from "./chunk-QRR2AGRQ.js";
import {
  external_exports
} from "./chunk-OLBI5X7L.js";
import {
  isSlug
} from "./chunk-GDF2W7QV.js";
import {
  ApiError,
  CommandFailedError,
  InvalidInputError,
  UnauthorizedError
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

// src/github/event-payloads.ts
var dispatchLimits = {
  /** Top-level keys of `client_payload`. */
  maxClientPayloadKeys: 10,
  /** The whole dispatch request body must be under this many bytes (64 KB). */
  maxPayloadBytes: 65536,
  maxEventTypeLength: 100
};
var dispatchEventTypes = ["syncagent.connect", "syncagent.webhook", "syncagent.delete"];
var text = () => external_exports.string({ error: (issue) => issue.input === void 0 ? "required" : "expected a string" });
var slug = text().refine(isSlug, "expected a sync slug: 1-64 characters of a-z, 0-9 and single inner hyphens");
var app = text().regex(
  /^[a-z0-9][a-z0-9_-]{0,63}$/,
  "expected an app slug (a-z, 0-9, _ and -, at most 64 characters)"
);
var accountId = text().regex(/^[A-Za-z0-9_-]{1,100}$/, "expected a Pipedream account id such as apn_abc123");
var externalUserId = text().min(1).max(250);
var deliveryId = text().regex(/^\S{1,200}$/, "expected at most 200 characters without spaces");
var isoTime = external_exports.iso.datetime({ offset: true });
var headerName = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
var connectPayloadSchema = external_exports.object({
  app,
  account_id: accountId,
  external_user_id: externalUserId.optional(),
  slug: slug.optional(),
  force: external_exports.boolean().optional()
}).strict();
var webhookPayloadSchema = external_exports.object({
  slug: slug.optional(),
  app: app.optional(),
  account_id: accountId.optional(),
  delivery_id: deliveryId,
  headers: external_exports.record(external_exports.string(), external_exports.string()).superRefine((headers, context) => {
    for (const name of Object.keys(headers)) {
      if (!headerName.test(name))
        context.addIssue({ code: "custom", message: "expected an HTTP header name", path: [name] });
    }
  }).optional().default({}),
  body: external_exports.string().optional(),
  received_at: isoTime.optional(),
  truncated: external_exports.boolean().optional(),
  /** Size in bytes of the body the relay left out (with `truncated`). */
  size: external_exports.number().int().nonnegative().optional()
}).strict().superRefine((payload, context) => {
  const byAccount = payload.app !== void 0 || payload.account_id !== void 0;
  if (payload.slug !== void 0 && byAccount) {
    context.addIssue({ code: "custom", message: "give either slug or app + account_id, not both", path: ["slug"] });
  } else if (payload.slug === void 0 && (payload.app === void 0 || payload.account_id === void 0)) {
    context.addIssue({ code: "custom", message: "give slug, or app and account_id", path: ["slug"] });
  }
  if (payload.truncated !== true && payload.body === void 0) {
    context.addIssue({ code: "custom", message: "required (the raw request body as a string)", path: ["body"] });
  }
});
var deletePayloadSchema = external_exports.object({ slug }).strict();
var booleanInput = external_exports.union([external_exports.boolean(), external_exports.enum(["true", "false", ""])]).transform((value) => value === true || value === "true");
var optionalText = (schema) => external_exports.preprocess((value) => value === "" ? void 0 : value, schema.optional());
var workflowInputsSchema = external_exports.object({
  command: optionalText(external_exports.enum(["tick", "poll", "renew", "connect", "delete"])),
  slug: optionalText(slug),
  app: optionalText(app),
  account_id: optionalText(accountId),
  external_user_id: optionalText(externalUserId),
  force: booleanInput.optional()
}).strict();
var eventNames = ["repository_dispatch", "schedule", "workflow_dispatch"];
function parseGitHubEvent(name, text3, source) {
  let payload;
  try {
    payload = JSON.parse(text3);
  } catch (error) {
    throw new InvalidInputError(`${source}: not valid JSON: ${error.message}`);
  }
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
    throw new InvalidInputError(`${source}: expected a JSON object (a GitHub event payload)`);
  }
  const record = payload;
  const eventName = name?.trim() || inferEventName(record, source);
  if (!eventNames.includes(eventName)) {
    throw new InvalidInputError(
      `GITHUB_EVENT_NAME: syncagent handles ${eventNames.join(", ")}; got ${JSON.stringify(eventName)}`
    );
  }
  if (eventName === "schedule") return { name: eventName, request: { kind: "tick" } };
  if (eventName === "workflow_dispatch") return { name: eventName, request: parseWorkflowInputs(record, source) };
  return parseRepositoryDispatch(record, source);
}
function inferEventName(payload, source) {
  if ("client_payload" in payload) return "repository_dispatch";
  if ("schedule" in payload) return "schedule";
  if ("inputs" in payload) return "workflow_dispatch";
  throw new InvalidInputError(
    `${source}: cannot tell which GitHub event this is: set GITHUB_EVENT_NAME or pass --event-name`
  );
}
function parseRepositoryDispatch(payload, source) {
  const type = payload.action ?? payload.event_type;
  if (typeof type !== "string" || type === "") {
    throw new InvalidInputError(`${source}: action: expected the repository_dispatch event_type`);
  }
  if (type.length > dispatchLimits.maxEventTypeLength) {
    throw new InvalidInputError(
      `${source}: event_type is ${type.length} characters; GitHub allows ${dispatchLimits.maxEventTypeLength}`
    );
  }
  if (!dispatchEventTypes.includes(type)) {
    throw new InvalidInputError(
      `${source}: event_type ${JSON.stringify(type)} is not one syncagent handles (${dispatchEventTypes.join(", ")})`
    );
  }
  const clientPayload = payload.client_payload ?? {};
  checkClientPayloadLimits(type, clientPayload, source);
  const where = `${source}: client_payload`;
  const name = "repository_dispatch";
  if (type === "syncagent.connect") {
    const parsed2 = parseWith(connectPayloadSchema, clientPayload, where);
    return {
      name,
      type,
      request: {
        kind: "connect",
        app: parsed2.app,
        accountId: parsed2.account_id,
        externalUserId: parsed2.external_user_id,
        slug: parsed2.slug,
        force: parsed2.force ?? false
      }
    };
  }
  if (type === "syncagent.delete") {
    return { name, type, request: { kind: "delete", slug: parseWith(deletePayloadSchema, clientPayload, where).slug } };
  }
  const parsed = parseWith(webhookPayloadSchema, clientPayload, where);
  const target = parsed.slug !== void 0 ? { slug: parsed.slug } : { app: parsed.app, accountId: parsed.account_id };
  if (parsed.truncated === true) {
    return {
      name,
      type,
      request: {
        kind: "webhook-signal",
        target,
        deliveryId: parsed.delivery_id,
        size: parsed.size,
        receivedAt: parsed.received_at
      }
    };
  }
  return {
    name,
    type,
    request: {
      kind: "webhook",
      target,
      deliveryId: parsed.delivery_id,
      headers: parsed.headers,
      body: parsed.body ?? "",
      receivedAt: parsed.received_at
    }
  };
}
function checkClientPayloadLimits(type, clientPayload, source) {
  if (clientPayload === null || typeof clientPayload !== "object" || Array.isArray(clientPayload)) {
    throw new InvalidInputError(`${source}: client_payload: expected a JSON object`);
  }
  const keys = Object.keys(clientPayload).length;
  if (keys > dispatchLimits.maxClientPayloadKeys) {
    throw new InvalidInputError(
      `${source}: client_payload has ${keys} top-level keys; GitHub allows ${dispatchLimits.maxClientPayloadKeys}`
    );
  }
  const bytes = Buffer.byteLength(JSON.stringify({ event_type: type, client_payload: clientPayload }));
  if (bytes >= dispatchLimits.maxPayloadBytes) {
    throw new InvalidInputError(
      `${source}: the dispatch payload is ${bytes} bytes; GitHub allows less than ${dispatchLimits.maxPayloadBytes} (64 KB): relay an oversize body as { truncated: true }`
    );
  }
}
function parseWorkflowInputs(payload, source) {
  const inputs = parseWith(workflowInputsSchema, payload.inputs ?? {}, `${source}: inputs`);
  const command = inputs.command ?? "tick";
  const need = (value, input) => {
    if (value === void 0) throw new InvalidInputError(`${source}: inputs: ${input}: required for ${command}`);
    return value;
  };
  switch (command) {
    case "tick":
      return { kind: "tick" };
    case "poll":
    case "renew":
      return { kind: command, slug: need(inputs.slug, "slug") };
    case "delete":
      return { kind: "delete", slug: need(inputs.slug, "slug") };
    case "connect":
      return {
        kind: "connect",
        app: need(inputs.app, "app"),
        accountId: need(inputs.account_id, "account_id"),
        externalUserId: inputs.external_user_id,
        slug: inputs.slug,
        force: inputs.force ?? false
      };
  }
}
function parseWith(schema, value, where) {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError(formatIssues(where, parsed.error));
  return parsed.data;
}

// src/github/github-settings.ts
var blankToUndefined = (value) => typeof value === "string" && value.trim() === "" ? void 0 : value;
var text2 = external_exports.preprocess(blankToUndefined, external_exports.string().optional());
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
  GITHUB_TOKEN: text2,
  GITHUB_RUN_ID: text2,
  GITHUB_STEP_SUMMARY: text2,
  GITHUB_EVENT_NAME: text2,
  GITHUB_EVENT_PATH: text2,
  GITHUB_ACTIONS: text2
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

// src/github/octokit-github.ts
var defaultGitHubRequestTimeoutMs = 3e4;
function createOctokitGitHub(options) {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.requestTimeoutMs ?? defaultGitHubRequestTimeoutMs;
  const fetchWithDeadline = (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return send(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: `syncagent/${version}`,
    request: { fetch: fetchWithDeadline },
    // Octokit's default logger prints deprecation notes and request failures on the console; errors are ours to report.
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } }
  });
  const { owner, repo } = options.repository;
  const fullName = `${owner}/${repo}`.toLowerCase();
  const call = async (what, body) => {
    try {
      return await body();
    } catch (error) {
      throw gitHubError(what, options.apiUrl, timeoutMs, error);
    }
  };
  const pull = (shape) => ({
    number: shape.number,
    url: shape.html_url,
    head: shape.head.ref,
    base: shape.base.ref,
    title: shape.title,
    body: shape.body ?? ""
  });
  const issue = (shape) => ({
    number: shape.number,
    url: shape.html_url,
    title: shape.title,
    body: shape.body ?? ""
  });
  const ownPulls = async () => (await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "open", per_page: 100 })).filter(
    (shape) => (shape.head.repo?.full_name ?? "").toLowerCase() === fullName
  );
  return {
    repository: options.repository,
    findOpenPullRequest: (branch) => call(`list pull requests from ${branch}`, async () => {
      const { data } = await octokit.rest.pulls.list({
        owner,
        repo,
        state: "open",
        head: `${owner}:${branch}`,
        per_page: 10
      });
      const found = data.find((shape) => shape.head.ref === branch);
      return found ? pull(found) : null;
    }),
    listOpenPullRequests: (prefix) => call(
      "list pull requests",
      async () => (await ownPulls()).filter((shape) => shape.head.ref.startsWith(prefix)).map(pull)
    ),
    createPullRequest: (input) => call(`open a pull request from ${input.head}`, async () => {
      const { data } = await octokit.rest.pulls.create({ owner, repo, ...input, maintainer_can_modify: true });
      return pull(data);
    }),
    updatePullRequest: (number, input) => call(`update pull request #${number}`, async () => {
      const { data } = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...input });
      return pull(data);
    }),
    findOpenIssue: (label, marker) => call(`list issues labelled ${label}`, async () => {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: "open",
        labels: label,
        per_page: 100
      });
      const found = issues.find((shape) => !shape.pull_request && (shape.body ?? "").includes(marker));
      return found ? issue(found) : null;
    }),
    createIssue: (input) => call("open an issue", async () => issue((await octokit.rest.issues.create({ owner, repo, ...input })).data)),
    commentOnIssue: (number, body) => call(
      `comment on issue #${number}`,
      async () => (await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })).data.html_url
    ),
    closeIssue: (number) => call(`close issue #${number}`, async () => {
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: number,
        state: "closed",
        state_reason: "completed"
      });
    }),
    ensureLabel: (label) => call(`create label ${label.name}`, async () => {
      try {
        await octokit.rest.issues.getLabel({ owner, repo, name: label.name });
        return;
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
      try {
        await octokit.rest.issues.createLabel({ owner, repo, ...label });
      } catch (error) {
        if (statusOf(error) !== 422) throw error;
      }
    }),
    sendDispatch: (eventType, clientPayload) => call(`send repository_dispatch ${eventType}`, async () => {
      await octokit.rest.repos.createDispatchEvent({
        owner,
        repo,
        event_type: eventType,
        client_payload: clientPayload
      });
    })
  };
}
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function gitHubError(what, apiUrl, timeoutMs, error) {
  const status = statusOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403) {
    return new UnauthorizedError(`GitHub refused to ${what} (${status}): ${detail}; check the token's permissions`, {
      data: { status }
    });
  }
  const response = error?.response;
  if (status === void 0 || status === 500 && response === void 0) {
    const root = rootCause(error);
    const reason = root.name === "TimeoutError" ? `no answer within ${timeoutMs / 1e3} s` : root.message;
    return new ApiError(0, `cannot reach GitHub at ${apiUrl} to ${what}: ${reason}; it may work on a retry`, {
      cause: error
    });
  }
  return new ApiError(status, `GitHub could not ${what} (${status}): ${detail}`, { cause: error });
}
function rootCause(error) {
  let current = error;
  for (let depth = 0; depth < 10; depth += 1) {
    const cause = current?.cause;
    if (!(cause instanceof Error)) break;
    current = cause;
  }
  return current instanceof Error ? current : { name: "Error", message: String(current) };
}

export {
  maxFilesPerCommit,
  describeCommits,
  failedReport,
  dispatchLimits,
  dispatchEventTypes,
  connectPayloadSchema,
  webhookPayloadSchema,
  deletePayloadSchema,
  workflowInputsSchema,
  parseGitHubEvent,
  checkClientPayloadLimits,
  readGitHubSettings,
  repositoryLinks,
  createOctokitGitHub
};
