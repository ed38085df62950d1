import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  formatIssues
} from "./chunk-UAPUYYY3.js";
import {
  external_exports
} from "./chunk-OLBI5X7L.js";
import {
  InvalidInputError
} from "./chunk-IMJX6225.js";

// src/testkit/http-server.ts
import { createServer } from "node:http";
async function startLoopbackServer(handler, options = {}) {
  const sockets = /* @__PURE__ */ new Set();
  const server = createServer((raw, response) => {
    readRequest(raw).then((request) => handler(request, response, raw)).catch((error) => {
      if (!response.headersSent) {
        sendText(response, 500, `fake server error: ${error instanceof Error ? error.message : String(error)}`);
      } else {
        response.destroy();
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address();
  let closing;
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      closing ??= new Promise((resolve) => {
        options.onClose?.();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    }
  };
}
async function readRequest(raw) {
  const chunks = [];
  for await (const chunk of raw) chunks.push(chunk);
  const url = new URL(raw.url ?? "/", "http://127.0.0.1");
  const headers = {};
  for (const [name, value] of Object.entries(raw.headers)) {
    if (value !== void 0) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return {
    method: (raw.method ?? "GET").toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: Buffer.concat(chunks).toString("utf8")
  };
}
function sendJson(response, status, value, headers = {}) {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers
  });
  response.end(body);
}
function sendText(response, status, text, headers = {}) {
  response.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers
  });
  response.end(text);
}

// src/testkit/messaging-api.ts
var messagingHost = "api.pingpost.example";
var e164 = /^\+[1-9]\d{6,14}$/;
async function startMessagingApi(options) {
  const senderId = options.senderId ?? "SYNCAGENT";
  const requests = [];
  const sent = [];
  const fail = (response, status, code, message) => sendJson(response, status, { error: { code, message } });
  async function handle(request, response) {
    requests.push(request);
    if (request.headers.authorization !== `Bearer ${options.accessToken}`) {
      return fail(response, 401, "unauthorized", "missing or invalid access token");
    }
    if (request.path === "/v1/account" && request.method === "GET") {
      return sendJson(response, 200, {
        id: "acc_1",
        name: "Sample Sender",
        balance: { amount: "42.50", currency: "EUR" },
        sender_ids: [senderId]
      });
    }
    if (request.path === "/v1/messages" && request.method === "POST") {
      if (!(request.headers["content-type"] ?? "").startsWith("application/json")) {
        return fail(response, 415, "unsupported_media_type", "send application/json");
      }
      let body;
      try {
        body = JSON.parse(request.body);
      } catch {
        return fail(response, 400, "invalid_json", "the body is not valid JSON");
      }
      if (typeof body.to !== "string" || !e164.test(body.to)) {
        return fail(response, 422, "invalid_number", "to must be a phone number in E.164 format, e.g. +4915112345678");
      }
      if (typeof body.text !== "string" || body.text === "" || body.text.length > 1600) {
        return fail(response, 422, "invalid_text", "text must be 1 to 1600 characters");
      }
      const message = {
        id: `msg_${String(sent.length + 1).padStart(6, "0")}`,
        to: body.to,
        from: typeof body.from === "string" ? body.from : senderId,
        text: body.text,
        status: "queued",
        segments: Math.ceil(body.text.length / 160),
        created_at: (/* @__PURE__ */ new Date()).toISOString()
      };
      sent.push(message);
      return sendJson(response, 201, message);
    }
    const one = /^\/v1\/messages\/([A-Za-z0-9_]+)$/.exec(request.path);
    if (one && request.method === "GET") {
      const message = sent.find((candidate) => candidate.id === one[1]);
      if (!message) return fail(response, 404, "not_found", `message ${one[1]} not found`);
      message.status = message.status === "queued" ? "sent" : "delivered";
      return sendJson(response, 200, message);
    }
    return fail(response, 404, "not_found", `no route ${request.method} ${request.path}`);
  }
  const server = await startLoopbackServer(handle);
  return { url: server.url, host: messagingHost, close: server.close, requests, sent };
}

// src/testkit/pipedream-connect.ts
import { randomBytes } from "node:crypto";
var hopByHop = /* @__PURE__ */ new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "host",
  "upgrade",
  "proxy-authorization",
  "te",
  "trailer"
]);
async function startPipedreamConnect(options) {
  const clock = options.clock ?? Date.now;
  const ttlSeconds = options.tokenTtlSeconds ?? 3600;
  const tokens = /* @__PURE__ */ new Map();
  const requests = [];
  const proxied = [];
  const issuedTokens = [];
  let tokenRequests = 0;
  const hosts = new Map(
    Object.entries(options.hosts).map(([host, url]) => [host.toLowerCase(), url.replace(/\/+$/, "")])
  );
  function error(response, status, message) {
    sendJson(response, status, { error: message });
  }
  function authorize(request, response) {
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? "");
    const expiresAt = match ? tokens.get(match[1]) : void 0;
    if (expiresAt === void 0 || clock() >= expiresAt) {
      error(response, 401, "invalid or expired access token");
      return void 0;
    }
    const environment = request.headers["x-pd-environment"];
    if (environment !== "development" && environment !== "production") {
      error(response, 400, "x-pd-environment header must be development or production");
      return void 0;
    }
    return environment;
  }
  function findAccount(id, environment) {
    return options.accounts.find(
      (account) => account.id === id && (account.environment ?? "development") === environment
    );
  }
  async function handle(request, response) {
    requests.push(request);
    if (request.path === "/v1/oauth/token") {
      if (request.method !== "POST") return error(response, 405, "method not allowed");
      let body2 = {};
      try {
        body2 = (request.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded") ? Object.fromEntries(new URLSearchParams(request.body)) : JSON.parse(request.body);
      } catch {
        return error(response, 400, "invalid JSON body");
      }
      if (body2.grant_type !== "client_credentials") return sendJson(response, 400, { error: "unsupported_grant_type" });
      if (body2.client_id !== options.clientId || body2.client_secret !== options.clientSecret) {
        return sendJson(response, 401, { error: "invalid_client", error_description: "client authentication failed" });
      }
      tokenRequests += 1;
      const token = `pd_fake_${randomBytes(16).toString("hex")}`;
      tokens.set(token, clock() + ttlSeconds * 1e3);
      issuedTokens.push(token);
      return sendJson(response, 200, {
        access_token: token,
        token_type: "Bearer",
        expires_in: ttlSeconds,
        created_at: Math.floor(clock() / 1e3)
      });
    }
    const connect = /^\/v1\/connect\/([^/]+)\/(accounts|proxy)(?:\/([^/]+))?\/?$/.exec(request.path);
    if (!connect) return error(response, 404, `not found: ${request.path}`);
    const [, projectId, resource, rest] = connect;
    const environment = authorize(request, response);
    if (!environment) return;
    if (decodeURIComponent(projectId) !== options.projectId) return error(response, 404, "project not found");
    if (resource === "accounts") {
      if (request.method !== "GET") return error(response, 405, "method not allowed");
      if (rest === void 0) {
        const data = options.accounts.filter((account3) => (account3.environment ?? "development") === environment).filter(
          (account3) => request.query.external_user_id === void 0 || account3.externalUserId === request.query.external_user_id
        ).filter((account3) => request.query.app === void 0 || account3.app === request.query.app).map(accountJson);
        return sendJson(response, 200, {
          data,
          page_info: { count: data.length, total_count: data.length, start_cursor: null, end_cursor: null }
        });
      }
      const account2 = findAccount(decodeURIComponent(rest), environment);
      if (!account2) return error(response, 404, "account not found");
      return sendJson(response, 200, accountJson(account2));
    }
    if (rest === void 0) return error(response, 400, "missing encoded target URL");
    let target;
    try {
      target = new URL(Buffer.from(rest, "base64url").toString("utf8"));
    } catch {
      return error(response, 400, "the target URL is not valid url-safe base64 of an absolute URL");
    }
    const accountId = request.query.account_id;
    const externalUserId = request.query.external_user_id;
    if (!accountId || !externalUserId) return error(response, 400, "external_user_id and account_id are required");
    const account = findAccount(accountId, environment);
    if (!account || account.externalUserId !== externalUserId)
      return error(response, 404, "account not found for this external user");
    const base = hosts.get(target.hostname.toLowerCase());
    if (!base) return error(response, 502, `fake proxy has no upstream for host ${target.hostname}`);
    const forwarded = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!name.startsWith("x-pd-proxy-")) continue;
      const upstreamName = name.slice("x-pd-proxy-".length);
      if (!hopByHop.has(upstreamName)) forwarded[upstreamName] = value;
    }
    if (forwarded["content-type"] === void 0 && request.headers["content-type"] !== void 0 && request.body !== "") {
      forwarded["content-type"] = request.headers["content-type"];
    }
    forwarded.authorization = forwarded.authorization === void 0 ? `Bearer ${account.accessToken}` : forwarded.authorization.replaceAll("{{oauth_access_token}}", account.accessToken);
    const upstreamUrl = `${base}${target.pathname}${target.search}`;
    const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== "";
    const upstream = await fetch(upstreamUrl, {
      method: request.method,
      headers: forwarded,
      redirect: "manual",
      ...hasBody ? { body: request.body } : {}
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    proxied.push({
      method: request.method,
      targetUrl: target.href,
      upstreamUrl,
      headers: forwarded,
      body: request.body,
      accountId: account.id,
      status: upstream.status
    });
    const headers = {};
    upstream.headers.forEach((value, name) => {
      if (!hopByHop.has(name)) headers[name] = value;
    });
    headers["content-length"] = String(body.length);
    response.writeHead(upstream.status, headers);
    response.end(body);
  }
  const server = await startLoopbackServer(handle, { port: options.port });
  return {
    url: server.url,
    close: server.close,
    requests,
    proxied,
    get tokenRequests() {
      return tokenRequests;
    },
    issuedTokens,
    revokeTokens: () => tokens.clear()
  };
}
function accountJson(account) {
  const now = "2025-01-01T00:00:00.000Z";
  return {
    id: account.id,
    name: account.name ?? `${account.app} account`,
    external_id: account.externalUserId,
    healthy: account.healthy ?? true,
    dead: false,
    app: {
      id: `app_${account.app}`,
      name_slug: account.app,
      name: account.appName ?? account.app,
      auth_type: "oauth",
      ...account.allowedDomains || account.baseProxyTargetUrl ? {
        connect: {
          proxy_enabled: true,
          allowed_domains: account.allowedDomains ?? [],
          base_proxy_target_url: account.baseProxyTargetUrl ?? null
        }
      } : {}
    },
    created_at: now,
    updated_at: now
  };
}

// src/testkit/ticket-tracker-api.ts
var ticketTrackerHost = "api.ticketdesk.example";
var maxLimit = 100;
var defaultLimit = 50;
async function startTicketTrackerApi(options) {
  const tickets = /* @__PURE__ */ new Map();
  const projects = options.projects ?? [
    { id: "prj_ops", key: "OPS", name: "Operations" },
    { id: "prj_web", key: "WEB", name: "Website" }
  ];
  const numbers = /* @__PURE__ */ new Map();
  const requests = [];
  let clock = Date.parse(options.start ?? "2025-01-01T00:00:00Z");
  let nextId = 1001;
  let limited = { times: 0, retryAfterSeconds: 1 };
  const tick = () => {
    clock += 1e3;
    return new Date(clock).toISOString().replace(".000Z", "Z");
  };
  const addTicket = (input) => {
    const project = projects.find((candidate) => candidate.id === input.project_id) ?? projects[0];
    const number = (numbers.get(project.key) ?? 0) + 1;
    numbers.set(project.key, number);
    const at = tick();
    const ticket = {
      id: nextId++,
      key: `${project.key}-${number}`,
      title: input.title,
      status: input.status ?? "open",
      priority: input.priority ?? "normal",
      project_id: project.id,
      assignee: input.assignee ?? null,
      labels: input.labels ?? [],
      description: input.description ?? `Details of: ${input.title}`,
      created_at: at,
      updated_at: at
    };
    tickets.set(ticket.id, ticket);
    return structuredClone(ticket);
  };
  function live(id) {
    const ticket = tickets.get(id);
    if (!ticket || ticket.status === "deleted") throw new Error(`no ticket ${id}`);
    return ticket;
  }
  function fail(response, status, type, message, headers = {}) {
    sendJson(response, status, { error: { type, message } }, headers);
  }
  function list(request, response) {
    const { limit: limitText, cursor, updated_since: since } = request.query;
    const limit = limitText === void 0 ? defaultLimit : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
      fail(response, 400, "invalid_request", `limit must be an integer from 1 to ${maxLimit}`);
      return;
    }
    if (since !== void 0 && Number.isNaN(Date.parse(since))) {
      fail(response, 400, "invalid_request", "updated_since must be an ISO 8601 time");
      return;
    }
    let after = null;
    if (cursor !== void 0) {
      try {
        const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
        if ((decoded.since ?? null) !== (since ?? null) || typeof decoded.id !== "number") throw new Error("mismatch");
        after = { updated: String(decoded.updated ?? ""), id: decoded.id };
      } catch {
        fail(response, 400, "invalid_cursor", "cursor is invalid or belongs to another query");
        return;
      }
    }
    let rows = [...tickets.values()];
    if (since === void 0) {
      rows = rows.filter((ticket) => ticket.status !== "deleted").sort((a, b) => a.id - b.id);
      if (after) rows = rows.filter((ticket) => ticket.id > after.id);
    } else {
      const from = Date.parse(since);
      rows = rows.filter((ticket) => Date.parse(ticket.updated_at) >= from).sort((a, b) => a.updated_at < b.updated_at ? -1 : a.updated_at > b.updated_at ? 1 : a.id - b.id);
      if (after) {
        const { updated, id } = after;
        rows = rows.filter(
          (ticket) => ticket.updated_at > updated || ticket.updated_at === updated && ticket.id > id
        );
      }
    }
    const page = rows.slice(0, limit);
    const hasMore = rows.length > limit;
    const last = page.at(-1);
    const nextCursor = hasMore && last ? Buffer.from(JSON.stringify({ since: since ?? null, updated: last.updated_at, id: last.id })).toString(
      "base64url"
    ) : null;
    sendJson(response, 200, { tickets: page, meta: { next_cursor: nextCursor, has_more: hasMore } });
  }
  async function handle(request, response) {
    requests.push(request);
    if (limited.times > 0) {
      limited.times -= 1;
      return fail(response, 429, "rate_limited", "Too many requests", {
        "retry-after": String(limited.retryAfterSeconds)
      });
    }
    if (request.headers.authorization !== `Bearer ${options.accessToken}`) {
      return fail(response, 401, "unauthorized", "missing or invalid access token");
    }
    if (request.method !== "GET")
      return fail(response, 405, "method_not_allowed", `${request.method} is not supported`);
    if (request.path === "/v2/tickets") return list(request, response);
    const one = /^\/v2\/tickets\/(\d+)$/.exec(request.path);
    if (one) {
      const ticket = tickets.get(Number(one[1]));
      if (!ticket || ticket.status === "deleted") return fail(response, 404, "not_found", `ticket ${one[1]} not found`);
      return sendJson(response, 200, { ticket });
    }
    if (request.path === "/v2/projects") return sendJson(response, 200, { projects });
    if (request.path === "/v2/me") {
      return sendJson(response, 200, {
        user: { id: "usr_1", name: "Sample Agent", email: "agent@example.com" },
        workspace: { id: "ws_1", name: "Sample Workspace" }
      });
    }
    return fail(response, 404, "not_found", `no route ${request.method} ${request.path}`);
  }
  const server = await startLoopbackServer(handle);
  return {
    url: server.url,
    host: ticketTrackerHost,
    close: server.close,
    requests,
    projects,
    addTicket,
    updateTicket(id, changes) {
      const ticket = live(id);
      Object.assign(ticket, structuredClone(changes), { updated_at: tick() });
      return structuredClone(ticket);
    },
    deleteTicket(id) {
      const ticket = live(id);
      const at = tick();
      Object.assign(ticket, { status: "deleted", deleted_at: at, updated_at: at });
    },
    snapshot: () => [...tickets.values()].filter((ticket) => ticket.status !== "deleted").sort((a, b) => a.id - b.id).map((ticket) => structuredClone(ticket)),
    rateLimit({ times, retryAfterSeconds = 1 }) {
      limited = { times, retryAfterSeconds };
    }
  };
}
function populateTickets(tracker, count) {
  const people = [null, { id: "usr_1", name: "Ada Park" }, { id: "usr_2", name: "Ravi Menon" }];
  const states = ["open", "pending", "solved", "closed"];
  const priorities = ["normal", "high", "low", "urgent"];
  const topics = ["Login fails", "Invoice PDF", "Slow dashboard", "Export to CSV", "Password reset", "Webhook retries"];
  for (let index = 0; index < count; index += 1) {
    tracker.addTicket({
      title: `${topics[index % topics.length]} #${index + 1}`,
      status: states[index % states.length],
      priority: priorities[index * 7 % priorities.length],
      project_id: tracker.projects[index % tracker.projects.length]?.id,
      assignee: people[index % people.length] ?? null,
      labels: index % 3 === 0 ? ["customer"] : index % 3 === 1 ? ["bug", "backend"] : [],
      description: `Customer report ${index + 1}: long body text that must never reach the mirror.`
    });
  }
}

// src/testkit/agent-apps-behind-pipedream.ts
async function startFakeAgentApps(options = {}) {
  const externalUserId = options.externalUserId ?? "user-42";
  const tokens = { tracker: "ticketdesk-upstream-token-1", messaging: "pingpost-upstream-token-1" };
  const tracker = await startTicketTrackerApi({ accessToken: tokens.tracker });
  const messaging = await startMessagingApi({ accessToken: tokens.messaging });
  const clientId = "agent-client-id";
  const clientSecret = options.clientSecret ?? "agent-client-secret-0123456789";
  const projectId = options.projectId ?? "proj_agent";
  const accounts = {
    tracker: { id: "apn_tickets", app: "ticketdesk", externalUserId },
    messaging: { id: "apn_sms", app: "pingpost", externalUserId }
  };
  const pipedream = await startPipedreamConnect({
    clientId,
    clientSecret,
    projectId,
    accounts: [
      {
        ...accounts.tracker,
        appName: "Ticketdesk",
        accessToken: tokens.tracker,
        allowedDomains: [ticketTrackerHost],
        baseProxyTargetUrl: `https://${ticketTrackerHost}`
      },
      {
        ...accounts.messaging,
        appName: "Pingpost",
        accessToken: tokens.messaging,
        allowedDomains: [messagingHost],
        baseProxyTargetUrl: `https://${messagingHost}`
      }
    ],
    hosts: { [ticketTrackerHost]: tracker.url, [messagingHost]: messaging.url }
  });
  const env = {
    SYNCAGENT_GATEWAY: "pipedream",
    PIPEDREAM_CLIENT_ID: clientId,
    PIPEDREAM_CLIENT_SECRET: clientSecret,
    PIPEDREAM_PROJECT_ID: projectId,
    PIPEDREAM_ENVIRONMENT: "development",
    PIPEDREAM_API_URL: pipedream.url
  };
  return {
    tracker,
    messaging,
    pipedream,
    env,
    accounts,
    tokens,
    close: async () => {
      await pipedream.close();
      await tracker.close();
      await messaging.close();
    }
  };
}

// src/testkit/agent-scripts/messaging-script.ts
var messagingApp = "pingpost";
function messagingSkillBody(slug) {
  return `# Pingpost SMS (${slug})

Send-only: Pingpost delivers text messages; there is nothing to list, so nothing is mirrored. Act only when the user
explicitly asks to send a message, and confirm the recipient and the text first.

## Send a message
\`call_api { "slug": "${slug}", "method": "POST", "url": "https://${messagingHost}/v1/messages",
  "headers": { "content-type": "application/json" }, "body": "{\\"to\\":\\"+4915112345678\\",\\"text\\":\\"Hello\\"}" }\`
answers 201 \`{ "id": "msg_000001", "status": "queued", "segments": 1, ... }\`. \`to\` is E.164; \`text\` 1-1600
characters (160 per segment). A bad number is 422 \`{ "error": { "code": "invalid_number", "message" } }\`.

## Check delivery
\`call_api { "slug": "${slug}", "method": "GET", "url": "https://${messagingHost}/v1/messages/msg_000001" }\` \u2014
\`status\` moves \`queued\` \u2192 \`sent\` \u2192 \`delivered\`.

## Account
\`GET https://${messagingHost}/v1/account\`: balance and the sender ids messages may come from.

Credentials are the gateway's: never add an Authorization header.
`;
}
function messagingScript(slug = messagingApp) {
  return [
    { toolCalls: [{ name: "get_connection", input: {} }] },
    { toolCalls: [{ name: "http_request", input: { url: `https://${messagingHost}/v1/account` } }] },
    {
      text: "Triage: a send-only SMS API has nothing to list: api-only.",
      toolCalls: [
        {
          name: "write_skill",
          input: {
            description: "Send SMS through the user's Pingpost account and check delivery, on demand through call_api. Nothing is mirrored: use it when the user asks to text someone or to check a sent message.",
            body: messagingSkillBody(slug)
          }
        }
      ]
    },
    {
      toolCalls: [
        {
          name: "finish",
          input: {
            flavor: "api-only",
            reason: "send-only SMS API: nothing to list; the agent sends messages and checks delivery on demand",
            hosts: [messagingHost]
          }
        }
      ]
    },
    { text: "Installed the api-only skill." }
  ];
}

// src/testkit/agent-scripts/texts.generated.ts
var ticketTrackerHandlerSource = "// The handler a sync agent writes for the Ticketdesk fake (src/testkit/ticket-tracker-api.ts): what the scripted\n// model answers in tests, the demo and the bench. An ES module run in the sandbox with only ctx.\n//\n// Mirror layout (structure only: never a ticket's description):\n//   tickets/<h>.ndjson   one record per ticket {id, key, title, status, priority, project, assignee, labels, created,\n//                        updated}, sharded by id % 16 (h = hex digit), so every file stays well under 64 KiB\n//   index.json           counts by status and project, the high-water mark, the layout\n//   recent.ndjson        the last 200 changes, newest last: {at, op: \"changed\"|\"deleted\", id, key, title, status}\n// Cursors: state.backfill (page cursor while a backfill runs), state.highWater (the newest updated_at applied).\n\nconst API = 'https://api.ticketdesk.example/v2/';\nconst SHARDS = 16;\nconst PAGE = 100;\nconst CHECKPOINT_PAGES = 5;\nconst RECENT_MAX = 200;\nconst LAYOUT = {\n  tickets: 'tickets/<hex(id % 16)>.ndjson',\n  record: ['id', 'key', 'title', 'status', 'priority', 'project', 'assignee', 'labels', 'created', 'updated'],\n  recent: 'recent.ndjson',\n};\n\nfunction shardOf(id) {\n  return `tickets/${(id % SHARDS).toString(16)}.ndjson`;\n}\n\nfunction toRecord(ticket) {\n  return {\n    id: ticket.id,\n    key: ticket.key,\n    title: ticket.title,\n    status: ticket.status,\n    priority: ticket.priority,\n    project: ticket.project_id,\n    assignee: ticket.assignee ? ticket.assignee.name : null,\n    labels: ticket.labels,\n    created: ticket.created_at,\n    updated: ticket.updated_at,\n  };\n}\n\nasync function listPage(ctx, query) {\n  const response = await ctx.http.request({ url: `${API}tickets?${query}` });\n  if (!response.data || !Array.isArray(response.data.tickets)) throw new Error('Ticketdesk answered without tickets');\n  return response.data;\n}\n\nfunction byShard(tickets) {\n  const groups = new Map();\n  for (const ticket of tickets) {\n    const path = shardOf(ticket.id);\n    if (!groups.has(path)) groups.set(path, []);\n    groups.get(path).push(ticket);\n  }\n  return groups;\n}\n\nasync function writeIndex(ctx, highWater) {\n  const index = { tickets: 0, byStatus: {}, byProject: {}, highWater, updatedAt: ctx.now(), layout: LAYOUT };\n  for (let shard = 0; shard < SHARDS; shard += 1) {\n    const text = await ctx.mirror.read(shardOf(shard));\n    if (!text) continue;\n    for (const line of text.split('\\n')) {\n      if (line === '') continue;\n      const record = JSON.parse(line);\n      index.tickets += 1;\n      index.byStatus[record.status] = (index.byStatus[record.status] || 0) + 1;\n      index.byProject[record.project] = (index.byProject[record.project] || 0) + 1;\n    }\n  }\n  await ctx.mirror.write('index.json', `${JSON.stringify(index, null, 1)}\\n`);\n  return index;\n}\n\nasync function appendRecent(ctx, changes) {\n  if (changes.length === 0) return;\n  const current = (await ctx.mirror.read('recent.ndjson')) || '';\n  const lines = current.split('\\n').filter((line) => line !== '');\n  for (const change of changes) lines.push(JSON.stringify(change));\n  await ctx.mirror.write('recent.ndjson', `${lines.slice(-RECENT_MAX).join('\\n')}\\n`);\n}\n\nexport async function backfill(ctx) {\n  let run = await ctx.state.get('backfill');\n  if (!run) {\n    for (const file of await ctx.mirror.list('tickets')) await ctx.mirror.delete(file.path);\n    run = { cursor: null, pages: 0, count: 0, highWater: null };\n    await ctx.state.set('backfill', run);\n  }\n  for (;;) {\n    const cursor = run.cursor ? `&cursor=${encodeURIComponent(run.cursor)}` : '';\n    const page = await listPage(ctx, `limit=${PAGE}${cursor}`);\n    for (const [path, tickets] of byShard(page.tickets)) {\n      await ctx.mirror.upsertLines(path, tickets.map(toRecord), 'id');\n    }\n    for (const ticket of page.tickets) {\n      if (!run.highWater || ticket.updated_at > run.highWater) run.highWater = ticket.updated_at;\n    }\n    run.count += page.tickets.length;\n    run.pages += 1;\n    run.cursor = page.meta.next_cursor;\n    await ctx.state.set('backfill', run);\n    if (!page.meta.has_more) break;\n    if (run.pages % CHECKPOINT_PAGES === 0) await ctx.checkpoint(`backfill page ${run.pages}`);\n  }\n  await ctx.state.set('highWater', run.highWater);\n  await ctx.state.delete('backfill');\n  await writeIndex(ctx, run.highWater);\n  if ((await ctx.mirror.read('recent.ndjson')) === null) await ctx.mirror.write('recent.ndjson', '');\n  return { added: run.count, note: `backfill: ${run.count} tickets in ${run.pages} pages` };\n}\n\nexport async function pollOnce(ctx) {\n  const since = await ctx.state.get('highWater');\n  if ((await ctx.state.get('backfill')) || !since) return backfill(ctx);\n  const summary = { added: 0, updated: 0, deleted: 0 };\n  const recent = [];\n  let highWater = since;\n  let cursor = null;\n  for (;;) {\n    const next = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';\n    const page = await listPage(ctx, `limit=${PAGE}&updated_since=${encodeURIComponent(since)}${next}`);\n    // updated_since is inclusive: what sits exactly at the mark was applied by the previous poll.\n    const fresh = page.tickets.filter((ticket) => ticket.updated_at > since);\n    for (const [path, tickets] of byShard(fresh)) {\n      const gone = tickets.filter((ticket) => ticket.status === 'deleted');\n      const kept = tickets.filter((ticket) => ticket.status !== 'deleted');\n      if (gone.length > 0) {\n        summary.deleted += await ctx.mirror.deleteLines(\n          path,\n          gone.map((ticket) => ticket.id),\n          'id',\n        );\n      }\n      if (kept.length > 0) {\n        const result = await ctx.mirror.upsertLines(path, kept.map(toRecord), 'id');\n        summary.added += result.added;\n        summary.updated += result.updated;\n      }\n    }\n    for (const ticket of fresh) {\n      if (ticket.updated_at > highWater) highWater = ticket.updated_at;\n      recent.push({\n        at: ticket.updated_at,\n        op: ticket.status === 'deleted' ? 'deleted' : 'changed',\n        id: ticket.id,\n        key: ticket.key,\n        title: ticket.title,\n        status: ticket.status,\n      });\n    }\n    if (!page.meta.has_more) break;\n    cursor = page.meta.next_cursor;\n  }\n  await appendRecent(ctx, recent);\n  await ctx.state.set('highWater', highWater);\n  if (recent.length > 0) await writeIndex(ctx, highWater);\n  return summary;\n}\n";

// src/testkit/agent-scripts/ticket-tracker-script.ts
var ticketTrackerApp = "ticketdesk";
function ticketTrackerSkillBody(slug) {
  const prefix = `mirrors/${slug}/`;
  return `# Ticketdesk (${slug})

The mirror under \`${prefix}\` lists every live ticket of the workspace: keys, titles, states, priorities,
projects, assignees, labels and times. Descriptions and comments stay in Ticketdesk.

## Layout
- \`${prefix}index.json\` \u2014 \`tickets\` (count), \`byStatus\`, \`byProject\`, \`highWater\` (newest change applied).
- \`${prefix}tickets/<h>.ndjson\` \u2014 one ticket per line, sharded by id % 16 (h = 0-f):
  \`{"id":1001,"key":"OPS-1","title":"Login fails #1","status":"open","priority":"normal","project":"prj_ops","assignee":null,"labels":["customer"],"created":"2025-01-01T00:00:01Z","updated":"2025-01-01T00:00:01Z"}\`
- \`${prefix}recent.ndjson\` \u2014 the last 200 changes, newest last: \`{"at","op":"changed|deleted","id","key","title","status"}\`.

## How to answer
- **Where is ticket X?** \`grep_file\` with \`prefix: "${prefix}tickets/"\`, pattern \`"title":"[^"]*X\` and flag \`i\`,
  or \`"key":"OPS-12"\` for a key.
- **Which tickets are open / pending?** grep \`"status":"open"\` over \`${prefix}tickets/\` (max_matches 1000).
- **Assigned to someone?** grep \`"assignee":"Ada Park"\`; unassigned: \`"assignee":null\`.
- **What changed lately?** \`read_file ${prefix}recent.ndjson\` (newest at the bottom).
- **How many?** \`read_file ${prefix}index.json\`: totals by status and project.

## Freshness
Polled every 15 minutes (\`updated_since\` the high-water mark); deletions arrive as tombstones.

## Content on demand
A ticket's description: \`call_api { "slug": "${slug}", "method": "GET", "url": "https://${ticketTrackerHost}/v2/tickets/1001" }\`
answers \`{ "ticket": { ..., "description": "..." } }\`. Projects: \`GET https://${ticketTrackerHost}/v2/projects\`.
`;
}
function ticketTrackerScript(slug = ticketTrackerApp) {
  const base = `https://${ticketTrackerHost}/v2`;
  return [
    { toolCalls: [{ name: "get_connection", input: {} }] },
    {
      text: "Triage: a ticket tracker holds a changing collection users ask about, so it gets a sync engine. Probing.",
      toolCalls: [{ name: "http_request", input: { url: `${base}/tickets?limit=2` } }]
    },
    {
      toolCalls: [
        { name: "http_request", input: { url: `${base}/tickets?limit=2&updated_since=2025-01-01T00:00:00Z` } }
      ]
    },
    {
      toolCalls: [
        {
          name: "create_sync_engine",
          input: { handler: ticketTrackerHandlerSource, hosts: [ticketTrackerHost], pollEveryMinutes: 15 }
        }
      ]
    },
    { toolCalls: [{ name: "run_in_sync", input: { export: "backfill" } }] },
    {
      toolCalls: [
        { name: "list_mirror", input: {} },
        { name: "read_mirror", input: { path: "index.json" } }
      ]
    },
    {
      toolCalls: [
        { name: "grep_mirror", input: { pattern: '"status":"open"', glob: "tickets/*.ndjson", max_matches: 5 } }
      ]
    },
    { toolCalls: [{ name: "run_in_sync", input: { export: "pollOnce" } }] },
    {
      toolCalls: [
        {
          name: "write_skill",
          input: {
            description: "Every ticket of the user's Ticketdesk workspace: key, title, status, priority, project, assignee, labels and times, refreshed every 15 minutes. Use it to find a ticket, list open or assigned tickets, count by status or project, or see what changed lately; descriptions are fetched on demand.",
            body: ticketTrackerSkillBody(slug)
          }
        }
      ]
    },
    {
      toolCalls: [
        {
          name: "finish",
          input: {
            flavor: "sync-engine",
            reason: "ticket tracker: users ask which tickets are open, assigned to whom, and what changed"
          }
        }
      ]
    },
    { text: "Installed: the tracker mirror is backfilled and its skill is written." }
  ];
}

// src/testkit/dropbox-tree.ts
import { createHash, hash } from "node:crypto";
var CursorResetError = class extends Error {
  name = "CursorResetError";
};
var BadArgumentError = class extends Error {
  name = "BadArgumentError";
};
var LookupError = class extends Error {
  constructor(reason, path) {
    super(`${reason}: ${path}`);
    this.reason = reason;
  }
  reason;
  name = "LookupError";
};
var DROPBOX_MAX_LIMIT = 2e3;
var DropboxTree = class {
  constructor(clock = Date.now) {
    this.clock = clock;
  }
  clock;
  nodes = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Set()]]);
  tombstones = /* @__PURE__ */ new Map();
  log = [];
  listeners = /* @__PURE__ */ new Set();
  epoch = 0;
  nextId = 1;
  nextRev = 1;
  /** Number of live files and folders. */
  get size() {
    return this.nodes.size;
  }
  /** Number of records in the change log (every mutation appends at least one). */
  get logLength() {
    return this.log.length;
  }
  /** Adds a file (creating missing parent folders); an existing file at the path gets a new revision. */
  addFile(path, options = {}) {
    const { lower, display } = this.normalize(path);
    const existing = this.nodes.get(lower);
    if (existing?.kind === "file") return this.modifyFile(path, options);
    if (existing?.kind === "folder") this.removeSubtree(existing);
    const parent = this.ensureParents(lower, display);
    const content = options.content === void 0 ? void 0 : Buffer.from(options.content);
    const node = this.newFile(
      this.childDisplay(parent, display),
      this.newId(),
      content?.length ?? options.size ?? 0,
      content,
      options.clientModified
    );
    this.insert(node);
    this.changed();
    return toMetadata(node);
  }
  /** Adds a folder (and missing parents); adding an existing folder changes nothing. */
  addFolder(path) {
    const { lower, display } = this.normalize(path);
    const existing = this.nodes.get(lower);
    if (existing?.kind === "folder") return toMetadata(existing);
    if (existing?.kind === "file") throw new Error(`addFolder: a file exists at ${existing.pathDisplay}`);
    const parent = this.ensureParents(lower, display);
    const node = {
      kind: "folder",
      id: this.newId(),
      pathLower: lower,
      pathDisplay: this.childDisplay(parent, display)
    };
    this.insert(node);
    this.changed();
    return toMetadata(node);
  }
  /** Gives an existing file a new revision (new rev, server_modified and content hash; size changes unless given). */
  modifyFile(path, options = {}) {
    const { lower } = this.normalize(path);
    const existing = this.nodes.get(lower);
    if (existing?.kind !== "file") throw new Error(`modifyFile: no file at ${path}`);
    const content = options.content === void 0 ? void 0 : Buffer.from(options.content);
    const size = content?.length ?? options.size ?? existing.size + 1;
    const node = this.newFile(existing.pathDisplay, existing.id, size, content, options.clientModified);
    this.insert(node);
    this.changed();
    return toMetadata(node);
  }
  /**
   * Moves a file or a folder subtree; ids are kept. A move shows up in list_folder/continue as a deleted entry for the
   * old path followed by the entries at the new path (parents first). A case-only rename keeps path_lower and re-emits
   * the entries with their new path_display.
   */
  move(from, to) {
    const source = this.normalize(from);
    const target = this.normalize(to);
    const root = this.nodes.get(source.lower);
    if (!root) throw new Error(`move: nothing at ${from}`);
    const subtree = this.collectSubtree(root);
    if (source.lower === target.lower) {
      const parentDisplay = this.parentDisplayOf(root);
      const newRootDisplay2 = `${parentDisplay}/${lastSegment(target.display)}`;
      for (const node of subtree) {
        const renamed = { ...node, pathDisplay: newRootDisplay2 + node.pathDisplay.slice(root.pathDisplay.length) };
        this.nodes.set(renamed.pathLower, renamed);
        this.log.push(renamed);
      }
      this.changed();
      return toMetadata(this.nodes.get(source.lower));
    }
    if (target.lower.startsWith(`${source.lower}/`)) throw new Error(`move: cannot move ${from} into itself`);
    if (this.nodes.has(target.lower)) throw new Error(`move: something exists at ${to}`);
    this.removeSubtree(root, subtree);
    const parent = this.ensureParents(target.lower, target.display);
    const newRootDisplay = this.childDisplay(parent, target.display);
    for (const node of subtree) {
      const pathDisplay = newRootDisplay + node.pathDisplay.slice(root.pathDisplay.length);
      this.insert({ ...node, pathDisplay, pathLower: pathDisplay.toLowerCase() });
    }
    this.changed();
    return toMetadata(this.nodes.get(target.lower));
  }
  /** Deletes a file or a folder subtree; list_folder/continue shows one deleted entry for the path. */
  delete(path) {
    const { lower } = this.normalize(path);
    const node = this.nodes.get(lower);
    if (!node) throw new Error(`delete: nothing at ${path}`);
    const tombstone = this.removeSubtree(node);
    this.changed();
    return toMetadata(tombstone);
  }
  /** The current metadata at a path, or undefined. */
  get(path) {
    const node = this.nodes.get(this.normalize(path).lower);
    return node ? toMetadata(node) : void 0;
  }
  /** The content of a file: what was given, or a deterministic placeholder of its size. */
  content(path) {
    const node = this.nodes.get(this.normalize(path).lower);
    if (node?.kind !== "file") return void 0;
    return node.content ?? placeholderContent(node);
  }
  /** The whole tree as Dropbox metadata entries (files and folders), sorted by path_lower. */
  snapshot() {
    const keys = [...this.nodes.keys()].sort();
    return keys.map((key) => toMetadata(this.nodes.get(key)));
  }
  /** Invalidates every cursor issued so far: the next continue/longpoll with one gets `409 reset`. */
  resetCursors() {
    this.epoch += 1;
    this.changed();
  }
  /** Registers a listener called after every mutation; returns the unsubscribe function. */
  onChange(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** files/list_folder: the first page of a listing of `path`. */
  listFolder(options) {
    const folder = this.folderKey(options.path);
    const state = {
      e: this.epoch,
      p: 0,
      u: this.log.length,
      f: folder,
      r: options.recursive ?? false,
      d: options.includeDeleted ?? false,
      l: checkLimit(options.limit)
    };
    return this.page(state);
  }
  /** files/list_folder/continue: the next page (or the changes) after `cursor`. */
  continue(cursor) {
    return this.page(this.decode(cursor));
  }
  /** files/list_folder/get_latest_cursor: a cursor at the current end of the log (no listing). */
  latestCursor(options) {
    const folder = this.folderKey(options.path);
    return encode({
      e: this.epoch,
      p: this.log.length,
      u: this.log.length,
      f: folder,
      r: options.recursive ?? false,
      d: options.includeDeleted ?? false,
      l: checkLimit(options.limit)
    });
  }
  /** Whether list_folder/continue with `cursor` would return entries now (files/list_folder/longpoll). */
  hasChanges(cursor) {
    const state = this.decode(cursor);
    for (let position = state.p; position < this.log.length; position++) {
      if (this.emittable(state, position)) return true;
    }
    return false;
  }
  page(state) {
    const entries = [];
    let position = state.p;
    while (position < this.log.length && entries.length < state.l) {
      if (this.emittable(state, position)) entries.push(toMetadata(this.log[position]));
      position += 1;
    }
    while (position < this.log.length && !this.emittable(state, position)) position += 1;
    return { entries, cursor: encode({ ...state, p: position }), has_more: position < this.log.length };
  }
  emittable(state, position) {
    const record = this.log[position];
    if (!inScope(record.pathLower, state.f, state.r)) return false;
    if (position >= state.u) return true;
    if (record.kind === "deleted") return state.d && this.tombstones.get(record.pathLower) === record;
    return this.nodes.get(record.pathLower) === record;
  }
  decode(cursor) {
    let state;
    try {
      state = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    } catch {
      throw new BadArgumentError("invalid cursor");
    }
    if (typeof state !== "object" || state === null || typeof state.p !== "number" || typeof state.f !== "string") {
      throw new BadArgumentError("invalid cursor");
    }
    if (state.e !== this.epoch) throw new CursorResetError("cursor was reset");
    if (state.p > this.log.length || state.p < 0) throw new BadArgumentError("invalid cursor");
    return state;
  }
  folderKey(path) {
    if (path === "" || path === "/") return "";
    const { lower } = this.normalize(path);
    const node = this.nodes.get(lower);
    if (!node) throw new LookupError("not_found", path);
    if (node.kind !== "folder") throw new LookupError("not_folder", path);
    return lower;
  }
  normalize(path) {
    if (!path.startsWith("/") || path.length < 2 || path.endsWith("/") || path.includes("//") || dotSegment.test(path)) {
      throw new Error(
        `invalid Dropbox path ${JSON.stringify(path)}: expected "/a/b" without empty, "." or ".." segments`
      );
    }
    return { lower: path.toLowerCase(), display: path };
  }
  ensureParents(lower, display) {
    const parentLower = parentOf(lower);
    if (parentLower === "") return void 0;
    const direct = this.nodes.get(parentLower);
    if (direct?.kind === "folder") return direct;
    const lowerParts = lower.split("/");
    const displayParts = display.split("/");
    let parent;
    for (let index = 2; index < lowerParts.length; index++) {
      const ancestorLower = lowerParts.slice(0, index).join("/");
      const existing = this.nodes.get(ancestorLower);
      if (existing?.kind === "file") throw new Error(`a file exists at ${existing.pathDisplay}`);
      if (existing) {
        parent = existing;
        continue;
      }
      const folder = {
        kind: "folder",
        id: this.newId(),
        pathLower: ancestorLower,
        pathDisplay: `${parent?.pathDisplay ?? ""}/${displayParts[index - 1]}`
      };
      this.insert(folder);
      parent = folder;
    }
    return parent;
  }
  childDisplay(parent, display) {
    return `${parent?.pathDisplay ?? ""}/${lastSegment(display)}`;
  }
  parentDisplayOf(node) {
    const parentLower = parentOf(node.pathLower);
    return parentLower === "" ? "" : this.nodes.get(parentLower).pathDisplay;
  }
  newFile(pathDisplay, id, size, content, clientModified) {
    const now = this.timestamp();
    return {
      kind: "file",
      id,
      pathLower: pathDisplay.toLowerCase(),
      pathDisplay,
      size,
      rev: (this.nextRev++).toString(16).padStart(12, "0"),
      serverModified: now,
      clientModified: clientModified ?? now,
      content,
      contentHash: content ? dropboxContentHash(content) : void 0
    };
  }
  lastSecond = Number.NaN;
  lastStamp = "";
  /** server_modified for now, formatted once per second of clock time. */
  timestamp() {
    const second = Math.floor(this.clock() / 1e3);
    if (second !== this.lastSecond) {
      this.lastSecond = second;
      this.lastStamp = isoSeconds(second * 1e3);
    }
    return this.lastStamp;
  }
  newId() {
    return `id:fake${(this.nextId++).toString(36).padStart(16, "0")}`;
  }
  insert(node) {
    this.nodes.set(node.pathLower, node);
    this.tombstones.delete(node.pathLower);
    const parentLower = parentOf(node.pathLower);
    let siblings = this.children.get(parentLower);
    if (!siblings) this.children.set(parentLower, siblings = /* @__PURE__ */ new Set());
    siblings.add(node.pathLower);
    if (node.kind === "folder" && !this.children.has(node.pathLower)) this.children.set(node.pathLower, /* @__PURE__ */ new Set());
    this.log.push(node);
  }
  /** The node and its descendants, parents before children. */
  collectSubtree(root) {
    const result = [];
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      result.push(node);
      if (node.kind !== "folder") continue;
      const childKeys = this.children.get(node.pathLower);
      if (!childKeys) continue;
      for (const key of childKeys) stack.push(this.nodes.get(key));
    }
    return result;
  }
  removeSubtree(root, subtree = this.collectSubtree(root)) {
    for (const node of subtree) {
      this.nodes.delete(node.pathLower);
      if (node.kind === "folder") this.children.delete(node.pathLower);
    }
    this.children.get(parentOf(root.pathLower))?.delete(root.pathLower);
    const tombstone = { kind: "deleted", pathLower: root.pathLower, pathDisplay: root.pathDisplay };
    this.tombstones.set(root.pathLower, tombstone);
    this.log.push(tombstone);
    return tombstone;
  }
  changed() {
    for (const listener of [...this.listeners]) listener();
  }
};
var dotSegment = /(^|\/)\.{1,2}(\/|$)/;
function inScope(pathLower, folder, recursive) {
  if (recursive) return folder === "" || pathLower === folder || pathLower.startsWith(`${folder}/`);
  return parentOf(pathLower) === folder;
}
function parentOf(pathLower) {
  return pathLower.slice(0, pathLower.lastIndexOf("/"));
}
function lastSegment(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function checkLimit(limit) {
  if (limit === void 0) return DROPBOX_MAX_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > DROPBOX_MAX_LIMIT) {
    throw new BadArgumentError(`limit: expected an integer in 1..${DROPBOX_MAX_LIMIT}, got ${limit}`);
  }
  return limit;
}
function encode(state) {
  return Buffer.from(JSON.stringify(state)).toString("base64url");
}
function isoSeconds(ms) {
  return `${new Date(Math.floor(ms / 1e3) * 1e3).toISOString().slice(0, 19)}Z`;
}
function placeholderContent(node) {
  return Buffer.from(`${node.id} ${node.rev}
`);
}
var blockSize = 4 * 1024 * 1024;
function dropboxContentHash(content) {
  if (content.length <= blockSize) return hash("sha256", hash("sha256", content, "buffer"), "hex");
  const outer = createHash("sha256");
  for (let offset = 0; offset < content.length; offset += blockSize) {
    outer.update(hash("sha256", content.subarray(offset, offset + blockSize), "buffer"));
  }
  return outer.digest("hex");
}
function toMetadata(record) {
  const name = lastSegment(record.pathDisplay);
  switch (record.kind) {
    case "deleted":
      return { ".tag": "deleted", name, path_lower: record.pathLower, path_display: record.pathDisplay };
    case "folder":
      return { ".tag": "folder", name, path_lower: record.pathLower, path_display: record.pathDisplay, id: record.id };
    case "file":
      record.contentHash ??= dropboxContentHash(placeholderContent(record));
      return {
        ".tag": "file",
        name,
        path_lower: record.pathLower,
        path_display: record.pathDisplay,
        id: record.id,
        client_modified: record.clientModified,
        server_modified: record.serverModified,
        rev: record.rev,
        size: record.size,
        is_downloadable: true,
        content_hash: record.contentHash
      };
  }
}

// src/testkit/dropbox-api.ts
async function startDropboxApi(options) {
  const tree = options.tree ?? new DropboxTree(options.clock);
  const requests = [];
  const longpollMaxWaitMs = options.longpollMaxWaitMs ?? 3e4;
  const accountId = options.accountId ?? "dbid:fake-account";
  const waiters = /* @__PURE__ */ new Set();
  let rateLimitRemaining = 0;
  let retryAfterSeconds = 1;
  let revoked = false;
  const endpoints = {
    "files/list_folder": { auth: true, args: true, run: (args) => tree.listFolder(listFolderOptions(args)) },
    "files/list_folder/continue": {
      auth: true,
      args: true,
      run: (args) => tree.continue(requireString(args, "cursor"))
    },
    "files/list_folder/get_latest_cursor": {
      auth: true,
      args: true,
      run: (args) => ({ cursor: tree.latestCursor(listFolderOptions(args)) })
    },
    "files/list_folder/longpoll": { auth: false, args: true, run: (args) => longpoll(args) },
    "users/get_current_account": {
      auth: true,
      args: false,
      run: () => ({
        account_id: accountId,
        name: {
          given_name: "Sample",
          surname: "User",
          familiar_name: "Sample",
          display_name: "Sample User",
          abbreviated_name: "SU"
        },
        email: "sample.user@example.com",
        email_verified: true,
        disabled: false,
        locale: "en",
        account_type: { ".tag": "basic" }
      })
    }
  };
  async function longpoll(args) {
    const cursor = requireString(args, "cursor");
    const timeout = args.timeout ?? 30;
    if (typeof timeout !== "number" || !Number.isInteger(timeout) || timeout < 30 || timeout > 480) {
      throw new BadArgumentError("timeout: expected an integer in 30..480");
    }
    if (tree.hasChanges(cursor)) return { changes: true };
    const waitMs = Math.min(timeout * 1e3, longpollMaxWaitMs);
    await new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      const unsubscribe = tree.onChange(done);
      waiters.add(done);
    });
    try {
      return { changes: tree.hasChanges(cursor) };
    } catch (error) {
      if (error instanceof CursorResetError) throw error;
      return { changes: false };
    }
  }
  function download(request, response) {
    if (request.method !== "POST") {
      sendText(response, 405, 'Error in call to API function "files/download": expected POST');
      return;
    }
    if (revoked || request.headers.authorization !== `Bearer ${options.accessToken}`) {
      sendJson(response, 401, { error_summary: "invalid_access_token/...", error: { ".tag": "invalid_access_token" } });
      return;
    }
    let path;
    try {
      path = JSON.parse(request.headers["dropbox-api-arg"] ?? "").path;
    } catch {
      path = void 0;
    }
    if (typeof path !== "string") {
      sendText(
        response,
        400,
        'Error in call to API function "files/download": Must provide HTTP header "Dropbox-API-Arg" with a path.'
      );
      return;
    }
    const metadata = tree.get(path);
    const content = tree.content(path);
    if (!metadata || content === void 0) {
      sendJson(response, 409, {
        error_summary: `path/${metadata ? "not_file" : "not_found"}/...`,
        error: { ".tag": "path", path: { ".tag": metadata ? "not_file" : "not_found" } }
      });
      return;
    }
    response.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-length": content.length,
      "dropbox-api-result": JSON.stringify(metadata).replace(
        /[\u007f-\uffff]/g,
        (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
      )
    });
    response.end(content);
  }
  async function handle(request, response) {
    requests.push(request);
    const name = request.path.startsWith("/2/") ? request.path.slice(3) : void 0;
    const endpoint = name === void 0 ? void 0 : endpoints[name];
    if (name === "files/download") return download(request, response);
    if (!endpoint || name === void 0) {
      sendText(response, 404, `Unknown API function: ${JSON.stringify(request.path)}`);
      return;
    }
    if (request.method !== "POST") {
      sendText(response, 405, `Error in call to API function "${name}": expected POST`);
      return;
    }
    if (rateLimitRemaining > 0) {
      rateLimitRemaining -= 1;
      sendJson(
        response,
        429,
        {
          error_summary: "too_many_requests/...",
          error: { reason: { ".tag": "too_many_requests" }, retry_after: retryAfterSeconds }
        },
        { "retry-after": String(retryAfterSeconds) }
      );
      return;
    }
    if (endpoint.auth) {
      const authorization = request.headers.authorization;
      if (authorization === void 0) {
        sendText(
          response,
          400,
          `Error in call to API function "${name}": Must provide HTTP header "Authorization" or URL parameter "authorization".`
        );
        return;
      }
      if (revoked || authorization !== `Bearer ${options.accessToken}`) {
        sendJson(response, 401, {
          error_summary: "invalid_access_token/...",
          error: { ".tag": "invalid_access_token" }
        });
        return;
      }
    }
    let args = {};
    if (endpoint.args) {
      const contentType = (request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (contentType !== "application/json") {
        sendText(
          response,
          400,
          `Error in call to API function "${name}": Bad HTTP "Content-Type" header: ${JSON.stringify(request.headers["content-type"] ?? "")}. Expecting one of "application/json", "application/json; charset=utf-8".`
        );
        return;
      }
      try {
        const parsed = JSON.parse(request.body);
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
          throw new Error("expected an object");
        args = parsed;
      } catch {
        sendText(
          response,
          400,
          `Error in call to API function "${name}": request body: could not decode input as JSON`
        );
        return;
      }
    } else if (request.body.trim() !== "" && request.body.trim() !== "null") {
      sendText(response, 400, `Error in call to API function "${name}": request body: expected null or no body`);
      return;
    }
    try {
      sendJson(response, 200, await endpoint.run(args));
    } catch (error) {
      if (error instanceof CursorResetError) {
        sendJson(response, 409, { error_summary: "reset/...", error: { ".tag": "reset" } });
      } else if (error instanceof LookupError) {
        sendJson(response, 409, {
          error_summary: `path/${error.reason}/...`,
          error: { ".tag": "path", path: { ".tag": error.reason } }
        });
      } else if (error instanceof BadArgumentError || error instanceof Error && error.message.startsWith("invalid Dropbox path")) {
        sendText(response, 400, `Error in call to API function "${name}": ${error.message}`);
      } else {
        throw error;
      }
    }
  }
  const server = await startLoopbackServer(handle, {
    onClose: () => {
      for (const wake of [...waiters]) wake();
    }
  });
  return {
    url: server.url,
    close: server.close,
    tree,
    requests,
    addFile: (path, fileOptions) => tree.addFile(path, fileOptions),
    addFolder: (path) => tree.addFolder(path),
    modifyFile: (path, fileOptions) => tree.modifyFile(path, fileOptions),
    move: (from, to) => tree.move(from, to),
    delete: (path) => tree.delete(path),
    renameCase: (path, newDisplay) => {
      if (path.toLowerCase() !== newDisplay.toLowerCase()) throw new Error("renameCase: only the case may change");
      return tree.move(path, newDisplay);
    },
    snapshot: () => tree.snapshot(),
    resetCursors: () => tree.resetCursors(),
    rateLimit: ({ times, retryAfterSeconds: seconds = 1 }) => {
      rateLimitRemaining = times;
      retryAfterSeconds = seconds;
    },
    revokeToken: () => {
      revoked = true;
    },
    restoreToken: () => {
      revoked = false;
    }
  };
}
function listFolderOptions(args) {
  const path = args.path;
  if (typeof path !== "string") throw new BadArgumentError('path: expected a string ("" for the root)');
  const result = { path };
  if (args.recursive !== void 0) result.recursive = requireBoolean(args, "recursive");
  if (args.include_deleted !== void 0) result.includeDeleted = requireBoolean(args, "include_deleted");
  if (args.limit !== void 0) {
    if (typeof args.limit !== "number") throw new BadArgumentError("limit: expected a number");
    result.limit = args.limit;
  }
  return result;
}
function requireString(args, key) {
  const value = args[key];
  if (typeof value !== "string" || value === "") throw new BadArgumentError(`${key}: expected a string`);
  return value;
}
function requireBoolean(args, key) {
  const value = args[key];
  if (typeof value !== "boolean") throw new BadArgumentError(`${key}: expected a boolean`);
  return value;
}

// src/testkit/dropbox-behind-pipedream.ts
async function startFakeDropboxConnection(options = {}) {
  const accountId = options.accountId ?? "apn_test";
  const externalUserId = options.externalUserId ?? "user-42";
  const clientId = options.clientId ?? "client-id";
  const clientSecret = options.clientSecret ?? "client-secret";
  const projectId = options.projectId ?? "proj_1";
  const dropboxToken = options.dropboxToken ?? "dropbox-token";
  const dropbox = await startDropboxApi({ ...options.dropbox, accessToken: dropboxToken });
  const pipedream = await startPipedreamConnect({
    clientId,
    clientSecret,
    projectId,
    accounts: [{ id: accountId, app: "dropbox", externalUserId, accessToken: dropboxToken }],
    hosts: {
      "api.dropboxapi.com": dropbox.url,
      "notify.dropboxapi.com": dropbox.url,
      "content.dropboxapi.com": dropbox.url
    }
  });
  const env = {
    SYNCAGENT_GATEWAY: "pipedream",
    PIPEDREAM_CLIENT_ID: clientId,
    PIPEDREAM_CLIENT_SECRET: clientSecret,
    PIPEDREAM_PROJECT_ID: projectId,
    PIPEDREAM_ENVIRONMENT: "development",
    PIPEDREAM_API_URL: pipedream.url,
    DROPBOX_APP_SECRET: options.appSecret ?? "app-secret"
  };
  return {
    dropbox,
    pipedream,
    env,
    accountId,
    externalUserId,
    close: async () => {
      await pipedream.close();
      await dropbox.close();
    }
  };
}

// src/testkit/dropbox-webhook.ts
import { createHmac } from "node:crypto";
function signDropboxWebhook(body, secret) {
  return createHmac("sha256", secret).update(body).digest("hex");
}
function dropboxWebhookBody(accountIds, options = {}) {
  const users = options.users ?? accountIds.map(numericUserId);
  return JSON.stringify({ list_folder: { accounts: accountIds }, delta: { users } });
}
async function sendWebhook(url, options) {
  const headers = { "content-type": "application/json" };
  if (options.secret !== void 0) headers["x-dropbox-signature"] = signDropboxWebhook(options.body, options.secret);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  const response = await (options.fetch ?? fetch)(url, { method: "POST", headers, body: options.body });
  const replyHeaders = {};
  response.headers.forEach((value, name) => {
    replyHeaders[name] = value;
  });
  return { status: response.status, headers: replyHeaders, text: await response.text() };
}
function numericUserId(accountId) {
  let hash2 = 0;
  for (const char of accountId) hash2 = hash2 * 31 + char.charCodeAt(0) >>> 0;
  return hash2 % 1e9;
}

// src/testkit/github-api.ts
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var docs = "https://docs.github.com/rest";
async function startGitHubApi(options) {
  const { owner, repo } = options;
  const defaultBranch = options.defaultBranch ?? "main";
  const serverUrl = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const requests = [];
  const issues = [];
  const labels = /* @__PURE__ */ new Map();
  const dispatches = [];
  const refs = /* @__PURE__ */ new Map();
  let available = true;
  let nextNumber = 1;
  let nextCommentId = 9e3;
  let baseUrl = "";
  const now = () => (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const repoPath = `/repos/${owner}/${repo}`;
  const repoApi = () => `${baseUrl}${repoPath}`;
  const webBase = `${serverUrl}/${owner}/${repo}`;
  const botUser = { login: "github-actions[bot]", id: 41898282, type: "Bot", site_admin: false };
  const repoJson = () => ({
    id: 123456,
    node_id: "R_fake",
    name: repo,
    full_name: `${owner}/${repo}`,
    private: true,
    owner: { login: owner, id: 1, type: "Organization" },
    html_url: webBase,
    url: repoApi(),
    default_branch: defaultBranch
  });
  const git = async (...args) => (await run("git", ["--git-dir", options.gitDir, ...args], { env: { ...process.env, LC_ALL: "C" } })).stdout.trim();
  const readRef = async (ref) => {
    if (!options.gitDir) return refs.get(ref) ?? null;
    return git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).catch(() => null);
  };
  const writeRef = async (ref, sha) => {
    if (!options.gitDir) {
      if (sha === null) refs.delete(ref);
      else refs.set(ref, sha);
      return;
    }
    if (sha === null) await git("update-ref", "-d", ref);
    else await git("update-ref", ref, sha);
  };
  const isAncestor = async (ancestor, descendant) => {
    if (!options.gitDir) return true;
    return git("merge-base", "--is-ancestor", ancestor, descendant).then(
      () => true,
      () => false
    );
  };
  const fail = (response, status, message, extra = {}) => {
    sendJson(response, status, { message, ...extra, documentation_url: docs, status: String(status) });
  };
  const validation = (response, errors) => fail(response, 422, "Validation Failed", { errors });
  const labelJson = (name) => {
    const label = labels.get(name) ?? { name, color: "ededed", description: "" };
    return {
      id: 5e3 + [...labels.keys()].indexOf(name),
      node_id: `LA_${name}`,
      url: `${repoApi()}/labels/${encodeURIComponent(name)}`,
      name,
      color: label.color,
      default: false,
      description: label.description || null
    };
  };
  const commentJson = (issue, comment) => ({
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${repoApi()}/issues/comments/${comment.id}`,
    html_url: `${webBase}/${issue.pull ? "pull" : "issues"}/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${repoApi()}/issues/${issue.number}`,
    body: comment.body,
    user: botUser,
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
    author_association: "NONE"
  });
  const issueJson = (issue) => ({
    url: `${repoApi()}/issues/${issue.number}`,
    repository_url: repoApi(),
    labels_url: `${repoApi()}/issues/${issue.number}/labels{/name}`,
    comments_url: `${repoApi()}/issues/${issue.number}/comments`,
    html_url: `${webBase}/${issue.pull ? "pull" : "issues"}/${issue.number}`,
    id: 1e5 + issue.number,
    node_id: `I_${issue.number}`,
    number: issue.number,
    title: issue.title,
    user: botUser,
    labels: issue.labels.map(labelJson),
    state: issue.state,
    state_reason: issue.stateReason,
    locked: false,
    assignee: null,
    assignees: [],
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: "NONE",
    body: issue.body,
    ...issue.pull ? {
      pull_request: {
        url: `${repoApi()}/pulls/${issue.number}`,
        html_url: `${webBase}/pull/${issue.number}`,
        diff_url: `${webBase}/pull/${issue.number}.diff`,
        patch_url: `${webBase}/pull/${issue.number}.patch`,
        merged_at: issue.pull.mergedAt
      }
    } : {}
  });
  const branchJson = async (ref) => ({
    label: `${owner}:${ref}`,
    ref,
    sha: await readRef(`refs/heads/${ref}`) ?? "0000000000000000000000000000000000000000",
    user: { login: owner, id: 1, type: "Organization" },
    repo: repoJson()
  });
  const pullJson = async (issue) => {
    const pull = issue.pull;
    return {
      url: `${repoApi()}/pulls/${issue.number}`,
      id: 2e5 + issue.number,
      node_id: `PR_${issue.number}`,
      html_url: `${webBase}/pull/${issue.number}`,
      diff_url: `${webBase}/pull/${issue.number}.diff`,
      patch_url: `${webBase}/pull/${issue.number}.patch`,
      issue_url: `${repoApi()}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      locked: false,
      title: issue.title,
      user: botUser,
      body: issue.body,
      labels: issue.labels.map(labelJson),
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeSha,
      draft: false,
      head: await branchJson(pull.head),
      base: await branchJson(pull.base),
      author_association: "NONE",
      merged: pull.merged,
      mergeable: issue.state === "open" ? true : null,
      comments: issue.comments.length,
      maintainer_can_modify: true
    };
  };
  const sendPage = (response, request, items) => {
    const perPage = Math.min(100, Math.max(1, Number(request.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(request.query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links = [];
    const pageUrl = (number) => {
      const query = new URLSearchParams({ ...request.query, page: String(number) });
      return `<${baseUrl}${request.path}?${query}>`;
    };
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
    sendJson(
      response,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(", ") } : {}
    );
  };
  const parseBody = (request) => {
    if (request.body.trim() === "") return {};
    try {
      const value = JSON.parse(request.body);
      return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
    } catch {
      return null;
    }
  };
  const findIssue = (number) => issues.find((issue) => issue.number === number);
  const mergePull = async (issue) => {
    const pull = issue.pull;
    const head = await readRef(`refs/heads/${pull.head}`);
    const base = await readRef(`refs/heads/${pull.base}`);
    if (!head || !base) throw new Error("branch missing");
    let sha;
    if (options.gitDir) {
      const work = await mkdtemp(join(tmpdir(), "github-fake-merge-"));
      try {
        const inWork = (...args) => run("git", ["-C", work, ...args], {
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: "GitHub",
            GIT_AUTHOR_EMAIL: "noreply@github.com",
            GIT_COMMITTER_NAME: "GitHub",
            GIT_COMMITTER_EMAIL: "noreply@github.com"
          }
        });
        await inWork("clone", "--quiet", "--branch", pull.base, options.gitDir, ".");
        await inWork("fetch", "--quiet", "origin", `refs/heads/${pull.head}:refs/remotes/origin/review-head`);
        await inWork(
          "merge",
          "--no-ff",
          "--quiet",
          "-m",
          `Merge pull request #${issue.number} from ${owner}/${pull.head}`,
          "refs/remotes/origin/review-head"
        );
        await inWork("push", "--quiet", "origin", `HEAD:refs/heads/${pull.base}`);
        sha = (await inWork("rev-parse", "HEAD")).stdout.trim();
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    } else {
      sha = head;
      refs.set(`refs/heads/${pull.base}`, head);
    }
    pull.merged = true;
    pull.mergedAt = now();
    pull.mergeSha = sha;
    issue.state = "closed";
    issue.closedAt = pull.mergedAt;
    issue.updatedAt = pull.mergedAt;
    return sha;
  };
  async function handle(request, response) {
    requests.push(request);
    if (!available) return fail(response, 503, "Service Unavailable");
    const auth = request.headers.authorization ?? "";
    const token = /^(?:token|Bearer) (.+)$/i.exec(auth)?.[1];
    if (!auth) return fail(response, 401, "Requires authentication");
    if (token !== options.token) return fail(response, 401, "Bad credentials");
    if (request.path !== repoPath && !request.path.startsWith(`${repoPath}/`)) return fail(response, 404, "Not Found");
    const rest = request.path.slice(repoPath.length);
    const method = request.method;
    const body = parseBody(request);
    if (body === null) return fail(response, 400, "Problems parsing JSON");
    let match;
    if (rest === "" && method === "GET") return sendJson(response, 200, repoJson());
    if (rest === "/dispatches" && method === "POST") {
      const eventType = body.event_type;
      const clientPayload = body.client_payload ?? {};
      if (typeof eventType !== "string" || eventType.length < 1 || eventType.length > 100) {
        return fail(response, 422, `Invalid request.

For 'properties/event_type', "event_type" is not valid.`);
      }
      if (clientPayload === null || typeof clientPayload !== "object" || Array.isArray(clientPayload)) {
        return fail(response, 422, "Invalid request.\n\nFor 'properties/client_payload', it is not an object.");
      }
      const keys = Object.keys(clientPayload).length;
      if (keys > 10) {
        return fail(
          response,
          422,
          `Invalid request.

No more than 10 properties are allowed; ${keys} were supplied.`
        );
      }
      const bytes = Buffer.byteLength(request.body);
      if (bytes >= 65536) return fail(response, 422, "Invalid request.\n\nThe payload is too large.");
      dispatches.push({ eventType, clientPayload, bytes });
      response.writeHead(204).end();
      return;
    }
    if (rest === "/pulls" && method === "GET") {
      const state = request.query.state ?? "open";
      const head = request.query.head;
      const base = request.query.base;
      const selected = issues.filter(
        (issue) => issue.pull && (state === "all" || issue.state === state) && (head === void 0 || `${owner}:${issue.pull.head}` === head || issue.pull.head === head) && (base === void 0 || issue.pull.base === base)
      );
      return sendPage(response, request, await Promise.all(selected.map(pullJson)));
    }
    if (rest === "/pulls" && method === "POST") {
      const { title, head, base } = body;
      if (typeof title !== "string" || title === "")
        return validation(response, [{ resource: "PullRequest", field: "title", code: "missing_field" }]);
      if (typeof head !== "string" || typeof base !== "string")
        return validation(response, [{ resource: "PullRequest", field: "head", code: "missing_field" }]);
      const headRef = head.includes(":") ? head.slice(head.indexOf(":") + 1) : head;
      const headTip = await readRef(`refs/heads/${headRef}`);
      const baseTip = await readRef(`refs/heads/${base}`);
      if (!headTip) return validation(response, [{ resource: "PullRequest", field: "head", code: "invalid" }]);
      if (!baseTip) return validation(response, [{ resource: "PullRequest", field: "base", code: "invalid" }]);
      if (issues.some((issue2) => issue2.pull && issue2.state === "open" && issue2.pull.head === headRef)) {
        return validation(response, [
          {
            resource: "PullRequest",
            code: "custom",
            message: `A pull request already exists for ${owner}:${headRef}.`
          }
        ]);
      }
      if (headTip === baseTip || await isAncestor(headTip, baseTip)) {
        return validation(response, [
          { resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${headRef}` }
        ]);
      }
      const at = now();
      const issue = {
        number: nextNumber++,
        title,
        body: typeof body.body === "string" ? body.body : "",
        state: "open",
        stateReason: null,
        labels: [],
        comments: [],
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        pull: { head: headRef, base, merged: false, mergedAt: null, mergeSha: null }
      };
      issues.push(issue);
      return sendJson(response, 201, await pullJson(issue));
    }
    if (match = /^\/pulls\/(\d+)$/.exec(rest)) {
      const issue = findIssue(Number(match[1]));
      if (!issue?.pull) return fail(response, 404, "Not Found");
      if (method === "GET") return sendJson(response, 200, await pullJson(issue));
      if (method === "PATCH") {
        if (typeof body.title === "string") issue.title = body.title;
        if (typeof body.body === "string") issue.body = body.body;
        if (body.state === "closed" || body.state === "open") {
          issue.state = body.state;
          issue.closedAt = body.state === "closed" ? now() : null;
        }
        issue.updatedAt = now();
        return sendJson(response, 200, await pullJson(issue));
      }
    }
    if ((match = /^\/pulls\/(\d+)\/merge$/.exec(rest)) && method === "PUT") {
      const issue = findIssue(Number(match[1]));
      if (!issue?.pull) return fail(response, 404, "Not Found");
      if (issue.state !== "open") return fail(response, 405, "Pull Request is not mergeable");
      try {
        const sha = await mergePull(issue);
        return sendJson(response, 200, { sha, merged: true, message: "Pull Request successfully merged" });
      } catch {
        return fail(response, 405, "Merge conflict");
      }
    }
    if (rest === "/issues" && method === "GET") {
      const state = request.query.state ?? "open";
      const wanted = (request.query.labels ?? "").split(",").filter((name) => name !== "");
      const selected = issues.filter(
        (issue) => (state === "all" || issue.state === state) && wanted.every((label) => issue.labels.includes(label))
      );
      return sendPage(response, request, selected.map(issueJson).reverse());
    }
    if (rest === "/issues" && method === "POST") {
      if (typeof body.title !== "string" || body.title === "")
        return validation(response, [{ resource: "Issue", field: "title", code: "missing_field" }]);
      const names = Array.isArray(body.labels) ? body.labels.filter((name) => typeof name === "string") : [];
      for (const name of names) if (!labels.has(name)) labels.set(name, { name, color: "ededed", description: "" });
      const at = now();
      const issue = {
        number: nextNumber++,
        title: body.title,
        body: typeof body.body === "string" ? body.body : "",
        state: "open",
        stateReason: null,
        labels: names,
        comments: [],
        createdAt: at,
        updatedAt: at,
        closedAt: null
      };
      issues.push(issue);
      return sendJson(response, 201, issueJson(issue));
    }
    if (match = /^\/issues\/(\d+)$/.exec(rest)) {
      const issue = findIssue(Number(match[1]));
      if (!issue) return fail(response, 404, "Not Found");
      if (method === "GET") return sendJson(response, 200, issueJson(issue));
      if (method === "PATCH") {
        if (typeof body.title === "string") issue.title = body.title;
        if (typeof body.body === "string") issue.body = body.body;
        if (Array.isArray(body.labels)) issue.labels = body.labels.filter((name) => typeof name === "string");
        if (body.state === "closed" || body.state === "open") {
          issue.state = body.state;
          issue.closedAt = body.state === "closed" ? now() : null;
          issue.stateReason = body.state === "closed" ? typeof body.state_reason === "string" ? body.state_reason : "completed" : null;
        }
        issue.updatedAt = now();
        return sendJson(response, 200, issueJson(issue));
      }
    }
    if (match = /^\/issues\/(\d+)\/comments$/.exec(rest)) {
      const issue = findIssue(Number(match[1]));
      if (!issue) return fail(response, 404, "Not Found");
      if (method === "GET")
        return sendPage(
          response,
          request,
          issue.comments.map((comment) => commentJson(issue, comment))
        );
      if (method === "POST") {
        if (typeof body.body !== "string" || body.body === "")
          return validation(response, [{ resource: "IssueComment", field: "body", code: "missing_field" }]);
        const comment = { id: nextCommentId++, body: body.body, createdAt: now() };
        issue.comments.push(comment);
        issue.updatedAt = comment.createdAt;
        return sendJson(response, 201, commentJson(issue, comment));
      }
    }
    if (rest === "/labels" && method === "GET") return sendPage(response, request, [...labels.keys()].map(labelJson));
    if (rest === "/labels" && method === "POST") {
      if (typeof body.name !== "string" || body.name === "")
        return validation(response, [{ resource: "Label", field: "name", code: "missing_field" }]);
      if (labels.has(body.name))
        return validation(response, [{ resource: "Label", code: "already_exists", field: "name" }]);
      labels.set(body.name, {
        name: body.name,
        color: typeof body.color === "string" ? body.color : "ededed",
        description: typeof body.description === "string" ? body.description : ""
      });
      return sendJson(response, 201, labelJson(body.name));
    }
    if ((match = /^\/labels\/(.+)$/.exec(rest)) && method === "GET") {
      const name = decodeURIComponent(match[1]);
      return labels.has(name) ? sendJson(response, 200, labelJson(name)) : fail(response, 404, "Not Found");
    }
    const refJson = (ref, sha) => ({
      ref,
      node_id: `REF_${ref}`,
      url: `${repoApi()}/git/${ref}`,
      object: { sha, type: "commit", url: `${repoApi()}/git/commits/${sha}` }
    });
    if ((match = /^\/git\/ref\/(.+)$/.exec(rest)) && method === "GET") {
      const ref = `refs/${decodeURIComponent(match[1])}`;
      const sha = await readRef(ref);
      return sha ? sendJson(response, 200, refJson(ref, sha)) : fail(response, 404, "Not Found");
    }
    if (rest === "/git/refs" && method === "POST") {
      const { ref, sha } = body;
      if (typeof ref !== "string" || !ref.startsWith("refs/") || typeof sha !== "string")
        return fail(response, 422, "Reference name must start with 'refs/' and have at least two slashes.");
      if (await readRef(ref)) return fail(response, 422, "Reference already exists");
      await writeRef(ref, sha);
      return sendJson(response, 201, refJson(ref, sha));
    }
    if (match = /^\/git\/refs\/(.+)$/.exec(rest)) {
      const ref = `refs/${decodeURIComponent(match[1])}`;
      const current = await readRef(ref);
      if (method === "PATCH") {
        if (!current) return fail(response, 422, "Reference does not exist");
        if (typeof body.sha !== "string") return fail(response, 422, "Invalid request.");
        if (body.force !== true && !await isAncestor(current, body.sha))
          return fail(response, 422, "Update is not a fast forward");
        await writeRef(ref, body.sha);
        return sendJson(response, 200, refJson(ref, body.sha));
      }
      if (method === "DELETE") {
        if (!current) return fail(response, 422, "Reference does not exist");
        await writeRef(ref, null);
        response.writeHead(204).end();
        return;
      }
    }
    return fail(response, 404, "Not Found");
  }
  const server = await startLoopbackServer(handle);
  baseUrl = server.url;
  return {
    url: server.url,
    close: server.close,
    requests,
    issues,
    get pulls() {
      return issues.filter((issue) => issue.pull !== void 0);
    },
    labels,
    dispatches,
    setAvailable: (value) => {
      available = value;
    },
    merge: async (number) => {
      const issue = findIssue(number);
      if (!issue?.pull || issue.state !== "open") throw new Error(`pull request #${number} is not open`);
      return mergePull(issue);
    }
  };
}

// src/testkit/host-mapping-fetch.ts
function createHostMappingFetch(hosts, baseFetch = fetch) {
  const map = new Map(Object.entries(hosts).map(([host, url]) => [host.toLowerCase(), url.replace(/\/+$/, "")]));
  const mapped = async (input, init) => {
    const original = new URL(input instanceof Request ? input.url : input.toString());
    const base = map.get(original.host.toLowerCase()) ?? map.get(original.hostname.toLowerCase());
    if (base === void 0) throw new TypeError(`host-mapping fetch: no local server for ${original.host}`);
    const target = `${base}${original.pathname}${original.search}`;
    return input instanceof Request ? baseFetch(new Request(target, input), init) : baseFetch(target, init);
  };
  return mapped;
}

// src/testkit/model-script.ts
var exhaustedTurn = { text: "The script has no more turns." };
var turnSchema = external_exports.strictObject({
  text: external_exports.string().optional(),
  toolCalls: external_exports.array(external_exports.strictObject({ name: external_exports.string().min(1), input: external_exports.record(external_exports.string(), external_exports.unknown()) })).optional()
}).refine((turn) => turn.text !== void 0 || (turn.toolCalls?.length ?? 0) > 0, {
  message: "a turn has text or at least one tool call"
});
var modelScriptFileSchema = external_exports.strictObject({ turns: external_exports.array(turnSchema).min(1) });
function parseModelScript(text, file = "model script") {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${file}: not valid JSON (${error.message})`);
  }
  const parsed = modelScriptFileSchema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError(formatIssues(file, parsed.error));
  return parsed.data.turns;
}
function nextTurn(script, request) {
  if (typeof script === "function") return script(request);
  return script[request.turn] ?? exhaustedTurn;
}
function toolResultValue(result) {
  if (result === void 0) return void 0;
  try {
    return JSON.parse(result.content);
  } catch {
    return result.content;
  }
}

// node_modules/ai/dist/test/index.mjs
function notImplemented() {
  throw new Error("Not implemented");
}
var MockLanguageModelV3 = class {
  constructor({
    provider = "mock-provider",
    modelId = "mock-model-id",
    supportedUrls = {},
    doGenerate = notImplemented,
    doStream = notImplemented
  } = {}) {
    this.specificationVersion = "v3";
    this.doGenerateCalls = [];
    this.doStreamCalls = [];
    this.provider = provider;
    this.modelId = modelId;
    this.doGenerate = async (options) => {
      this.doGenerateCalls.push(options);
      if (typeof doGenerate === "function") {
        return doGenerate(options);
      } else if (Array.isArray(doGenerate)) {
        return doGenerate[this.doGenerateCalls.length - 1];
      } else {
        return doGenerate;
      }
    };
    this.doStream = async (options) => {
      this.doStreamCalls.push(options);
      if (typeof doStream === "function") {
        return doStream(options);
      } else if (Array.isArray(doStream)) {
        return doStream[this.doStreamCalls.length - 1];
      } else {
        return doStream;
      }
    };
    this._supportedUrls = typeof supportedUrls === "function" ? supportedUrls : async () => supportedUrls;
  }
  get supportedUrls() {
    return this._supportedUrls();
  }
};

// src/testkit/scripted-language-model.ts
function scriptedLanguageModel(script, options = {}) {
  let served = 0;
  return new MockLanguageModelV3({
    provider: options.provider ?? "scripted",
    modelId: options.modelId ?? "scripted",
    doGenerate: async (call) => {
      const turn = call.prompt.filter((message) => message.role === "assistant").length;
      const tools = (call.tools ?? []).map((tool) => tool.name);
      const scripted = nextTurn(script, { turn, tools, toolResults: trailingToolResults(call) });
      served += 1;
      const content = [];
      if (scripted.text) content.push({ type: "text", text: scripted.text });
      (scripted.toolCalls ?? []).forEach((toolCall, index) => {
        content.push({
          type: "tool-call",
          toolCallId: `call_${served}_${index}`,
          toolName: toolCall.name,
          input: JSON.stringify(toolCall.input)
        });
      });
      const promptChars = JSON.stringify(call.prompt).length;
      const outputChars = JSON.stringify(content).length;
      return {
        content,
        finishReason: {
          unified: scripted.toolCalls?.length ? "tool-calls" : "stop",
          raw: scripted.toolCalls?.length ? "tool_calls" : "stop"
        },
        usage: {
          inputTokens: {
            total: Math.ceil(promptChars / 4),
            noCache: void 0,
            cacheRead: void 0,
            cacheWrite: void 0
          },
          outputTokens: { total: Math.ceil(outputChars / 4), text: void 0, reasoning: void 0 }
        },
        warnings: []
      };
    }
  });
}
function trailingToolResults(call) {
  const results = [];
  for (let index = call.prompt.length - 1; index >= 0; index -= 1) {
    const message = call.prompt[index];
    if (message?.role !== "tool") break;
    const parts = [];
    for (const part of message.content) {
      if (part.type !== "tool-result") continue;
      const output = part.output;
      const content = output.type === "json" || output.type === "error-json" ? JSON.stringify(output.value) : output.type === "text" || output.type === "error-text" ? output.value : JSON.stringify(output);
      parts.push({ name: part.toolName, content });
    }
    results.unshift(...parts);
  }
  return results;
}

// src/testkit/scripted-model-server.ts
async function startScriptedModelServer(options) {
  const model = options.model ?? "scripted";
  const pieceChars = options.streamPieceChars ?? 24;
  const requests = [];
  let served = 0;
  const fail = (response, status, message, type, code) => sendJson(response, status, { error: { message, type, param: null, code } });
  async function handle(request, response) {
    if (options.apiKey !== void 0 && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      return fail(response, 401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
    }
    if (request.method === "GET" && request.path === "/v1/models") {
      return sendJson(response, 200, {
        object: "list",
        data: [{ id: model, object: "model", created: 0, owned_by: "syncagent-testkit" }]
      });
    }
    if (request.path !== "/v1/chat/completions") {
      return fail(
        response,
        404,
        `Unknown request URL: ${request.method} ${request.path}.`,
        "invalid_request_error",
        "unknown_url"
      );
    }
    if (request.method !== "POST") return fail(response, 405, "Use POST.", "invalid_request_error", null);
    let body;
    try {
      body = JSON.parse(request.body);
    } catch {
      return fail(response, 400, "We could not parse the JSON body of your request.", "invalid_request_error", null);
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return fail(response, 400, "'messages' must be a non-empty array.", "invalid_request_error", null);
    }
    if (body.model !== model) {
      return fail(
        response,
        404,
        `The model '${String(body.model)}' does not exist.`,
        "invalid_request_error",
        "model_not_found"
      );
    }
    const messages = body.messages;
    const tools = Array.isArray(body.tools) ? body.tools.map((entry) => entry.function?.name ?? "") : [];
    const stream = body.stream === true;
    requests.push({ model, stream, messages, tools, raw: request.body });
    const turn = messages.filter((message) => message.role === "assistant").length;
    const scripted = nextTurn(options.script, { turn, tools, toolResults: trailingToolResults2(messages) });
    served += 1;
    const id = `chatcmpl-scripted-${served}`;
    const created = Math.floor(Date.now() / 1e3);
    const calls = (scripted.toolCalls ?? []).map((call, index) => ({
      id: `call_${served}_${index}`,
      type: "function",
      function: { name: call.name, arguments: JSON.stringify(call.input) }
    }));
    const finishReason = calls.length > 0 ? "tool_calls" : "stop";
    const usage = usageOf(request.body, scripted);
    if (!stream) {
      return sendJson(response, 200, {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [
          {
            index: 0,
            message: {
              role: "assistant",
              content: scripted.text ?? null,
              ...calls.length > 0 ? { tool_calls: calls } : {}
            },
            logprobs: null,
            finish_reason: finishReason
          }
        ],
        usage
      });
    }
    response.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive"
    });
    const chunk = (delta, finish = null) => `data: ${JSON.stringify({
      id,
      object: "chat.completion.chunk",
      created,
      model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }]
    })}

`;
    const events = [chunk({ role: "assistant", content: "" })];
    if (scripted.text) {
      for (const piece of pieces(scripted.text, pieceChars)) events.push(chunk({ content: piece }));
    }
    calls.forEach((call, index) => {
      events.push(
        chunk({
          tool_calls: [{ index, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } }]
        })
      );
      for (const piece of pieces(call.function.arguments, pieceChars)) {
        events.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
      }
    });
    events.push(chunk({}, finishReason));
    const streamOptions = body.stream_options;
    if (streamOptions?.include_usage) {
      events.push(
        `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [], usage })}

`
      );
    }
    events.push("data: [DONE]\n\n");
    for (const event of events) response.write(event);
    response.end();
  }
  const server = await startLoopbackServer(handle);
  return { baseUrl: `${server.url}/v1`, model, requests, close: server.close };
}
function trailingToolResults2(messages) {
  const results = [];
  let index = messages.length - 1;
  while (index >= 0 && messages[index]?.role === "tool") index -= 1;
  const names = /* @__PURE__ */ new Map();
  for (const call of messages[index]?.role === "assistant" ? messages[index]?.tool_calls ?? [] : []) {
    if (call.id && call.function?.name) names.set(call.id, call.function.name);
  }
  for (const message of messages.slice(index + 1)) {
    const content = typeof message.content === "string" ? message.content : JSON.stringify(message.content ?? null);
    const name = message.tool_call_id ? names.get(message.tool_call_id) : void 0;
    results.push(name ? { name, content } : { content });
  }
  return results;
}
function usageOf(requestBody, turn) {
  const prompt = Math.ceil(requestBody.length / 4);
  const completion = Math.max(
    1,
    Math.ceil(((turn.text ?? "").length + JSON.stringify(turn.toolCalls ?? []).length) / 4)
  );
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}
function pieces(text, size) {
  const out = [];
  for (let start = 0; start < text.length; start += size) out.push(text.slice(start, start + size));
  return out;
}

export {
  startLoopbackServer,
  sendJson,
  sendText,
  messagingHost,
  startMessagingApi,
  startPipedreamConnect,
  ticketTrackerHost,
  startTicketTrackerApi,
  populateTickets,
  startFakeAgentApps,
  messagingApp,
  messagingSkillBody,
  messagingScript,
  ticketTrackerHandlerSource,
  ticketTrackerApp,
  ticketTrackerSkillBody,
  ticketTrackerScript,
  CursorResetError,
  BadArgumentError,
  LookupError,
  DROPBOX_MAX_LIMIT,
  DropboxTree,
  dropboxContentHash,
  startDropboxApi,
  startFakeDropboxConnection,
  signDropboxWebhook,
  dropboxWebhookBody,
  sendWebhook,
  startGitHubApi,
  createHostMappingFetch,
  exhaustedTurn,
  modelScriptFileSchema,
  parseModelScript,
  nextTurn,
  toolResultValue,
  scriptedLanguageModel,
  startScriptedModelServer
};
