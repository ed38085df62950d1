import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  shellWord
} from "../chunks/chunk-F2GYQH3D.js";
import {
  dropboxWebhookBody,
  populateTickets,
  signDropboxWebhook,
  startDropboxApi,
  startPipedreamConnect,
  startScriptedModelServer,
  startTicketTrackerApi,
  ticketTrackerHost,
  ticketTrackerScript
} from "../chunks/chunk-ELL5WJVB.js";
import {
  connectWithAgent
} from "../chunks/chunk-5NFULH32.js";
import "../chunks/chunk-FKINLNG5.js";
import "../chunks/chunk-RJQ6WHIR.js";
import {
  grepFile
} from "../chunks/chunk-KBVXJHDN.js";
import "../chunks/chunk-BMREFUSN.js";
import "../chunks/chunk-D5RWULID.js";
import "../chunks/chunk-ZB2H5GVB.js";
import {
  handleWebhook
} from "../chunks/chunk-YXF6CNDQ.js";
import "../chunks/chunk-LKFTHDQR.js";
import {
  connect,
  dropboxRecipe
} from "../chunks/chunk-IRASGJ2Y.js";
import "../chunks/chunk-EEJ2RHAQ.js";
import "../chunks/chunk-STW7HOZ4.js";
import "../chunks/chunk-3AWOR4T2.js";
import "../chunks/chunk-UVWUOZ5C.js";
import "../chunks/chunk-P5EA5Q7C.js";
import "../chunks/chunk-L2M3EPJ6.js";
import "../chunks/chunk-NSBACWOB.js";
import "../chunks/chunk-2FJUDYZR.js";
import "../chunks/chunk-62ZTRIEV.js";
import {
  initStore
} from "../chunks/chunk-TTA2RZG3.js";
import "../chunks/chunk-UAPUYYY3.js";
import "../chunks/chunk-SSEUZXBO.js";
import "../chunks/chunk-RR662ASG.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import {
  InvalidInputError
} from "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";

// src/demo/settings.ts
var demoProject = {
  clientId: "demo-client-id",
  clientSecret: "demo-client-secret",
  projectId: "proj_demo",
  environment: "development"
};
var demoDropboxAppSecret = "demo-app-secret";
var demoAccounts = {
  dropbox: "apn_demo",
  ticketdesk: "apn_tickets",
  externalUserId: "demo-user"
};
function demoSettings(url) {
  return {
    SYNCAGENT_GATEWAY: "pipedream",
    PIPEDREAM_API_URL: url,
    PIPEDREAM_PROJECT_ID: demoProject.projectId,
    PIPEDREAM_ENVIRONMENT: demoProject.environment,
    PIPEDREAM_CLIENT_ID: demoProject.clientId,
    PIPEDREAM_CLIENT_SECRET: demoProject.clientSecret,
    DROPBOX_APP_SECRET: demoDropboxAppSecret
  };
}
var demoWebhook = {
  body: '{"list_folder":{"accounts":["dbid:demo"]}}',
  signature: "a3d05c8d04ebbe5880ccf642d997b60ae9c308583825df2b99fd922edaac41e5"
};

// src/demo/playground.ts
var upstreamTokens = { dropbox: "demo-dropbox-token", tracker: "demo-ticketdesk-token" };
async function startPlayground(options = {}) {
  const dropbox = await startDropboxApi({ accessToken: upstreamTokens.dropbox });
  const tracker = await startTicketTrackerApi({ accessToken: upstreamTokens.tracker });
  let pipedream;
  try {
    pipedream = await startPipedreamConnect({
      ...demoProject,
      port: options.port,
      accounts: [
        {
          id: demoAccounts.dropbox,
          app: "dropbox",
          appName: "Dropbox",
          externalUserId: demoAccounts.externalUserId,
          accessToken: upstreamTokens.dropbox
        },
        {
          id: demoAccounts.ticketdesk,
          app: "ticketdesk",
          appName: "Ticketdesk",
          externalUserId: demoAccounts.externalUserId,
          accessToken: upstreamTokens.tracker,
          allowedDomains: [ticketTrackerHost],
          baseProxyTargetUrl: `https://${ticketTrackerHost}`
        }
      ],
      hosts: {
        "api.dropboxapi.com": dropbox.url,
        "notify.dropboxapi.com": dropbox.url,
        "content.dropboxapi.com": dropbox.url,
        [ticketTrackerHost]: tracker.url
      }
    });
  } catch (error) {
    await Promise.all([dropbox.close(), tracker.close()]);
    if (error.code === "EADDRINUSE") {
      throw new InvalidInputError(
        `--port: 127.0.0.1:${options.port} is in use (another \`syncagent demo --serve\`?); pass another --port, or --port 0 for any free one`
      );
    }
    throw error;
  }
  return {
    url: pipedream.url,
    dropbox,
    tracker,
    pipedream,
    settings: demoSettings(pipedream.url),
    close: async () => {
      await pipedream.close();
      await Promise.all([dropbox.close(), tracker.close()]);
    }
  };
}
function populateSample(dropbox, files = 1200) {
  const teams = ["Finance", "Design", "Engineering", "Legal"];
  for (const team of teams) dropbox.addFolder(`/${team}`);
  for (let index = 0; index < files; index += 1) {
    const team = teams[index % teams.length];
    dropbox.addFile(`/${team}/${2020 + index % 5}/report-${index}.pdf`, { size: 1e4 + index * 37 });
  }
}
var sampleHistory = {
  /** Before the demo connects: the sample tree and 180 tickets. */
  start(playground) {
    populateSample(playground.dropbox);
    populateTickets(playground.tracker, 180);
  },
  /** Step 3 of the demo: add, modify, move a folder, delete a folder (then a signed webhook says so). */
  webhookChanges(playground) {
    const { dropbox } = playground;
    dropbox.addFile("/Finance/2025/budget-final.xlsx", { size: 48213 });
    dropbox.modifyFile("/Design/2021/report-1.pdf", { size: 99999 });
    dropbox.move("/Legal/2023", "/Legal/Archive 2023");
    dropbox.delete("/Engineering/2020");
  },
  /** After the demo, while `--serve` keeps the playground up: what the user's first `poll` or `tick` picks up. */
  laterChanges(playground) {
    const { dropbox, tracker } = playground;
    dropbox.addFolder("/Finance/2026");
    dropbox.addFile("/Finance/2026/forecast.xlsx", { size: 31337 });
    dropbox.addFile("/Finance/2026/budget-draft.xlsx", { size: 27182 });
    dropbox.delete("/Design/2024/report-9.pdf");
    const [first] = tracker.snapshot();
    tracker.addTicket({ title: "Budget export shows wrong totals", priority: "urgent", labels: ["customer"] });
    if (first) tracker.updateTicket(first.id, { status: "solved" });
    return { files: 4, tickets: 2 };
  }
};

// src/demo/run-demo.ts
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function runDemo(options) {
  const { out, playground } = options;
  const { dropbox } = playground;
  sampleHistory.start(playground);
  const total = dropbox.snapshot().length;
  const root = options.store ? resolve(options.cwd, options.store) : await mkdtemp(join(tmpdir(), "syncagent-demo-"));
  const env = { ...options.env, ...playground.settings };
  const { store } = await initStore({ root });
  out.say(
    `1. store at ${root}; sample Dropbox with ${total} entries behind a Pipedream Connect fake on ${playground.url}`
  );
  const deps = {
    store,
    env,
    clock: () => /* @__PURE__ */ new Date(),
    logger: out.logger,
    onCheckpoint: (info) => {
      const backfill = info.state.backfill;
      out.progress(Math.min(backfill?.entries ?? total, total), total);
    }
  };
  const connected = await connect(deps, {
    app: "dropbox",
    accountId: demoAccounts.dropbox,
    externalUserId: demoAccounts.externalUserId,
    recipe: dropboxRecipe
  });
  if (connected.status === "installed") out.progress(total, total);
  out.say(
    connected.status === "exists" ? `2. connect dropbox: skipped (already connected in this store: skills/${connected.slug}/SKILL.md exists)` : `2. connect dropbox: ${connected.summary ?? "installed"}`
  );
  const headBefore = await gitHead(root);
  sampleHistory.webhookChanges(playground);
  const body = dropboxWebhookBody(["dbid:fake-account"]);
  const hook = await handleWebhook(deps, {
    slug: connected.slug,
    body,
    headers: {
      "x-dropbox-signature": signDropboxWebhook(body, demoDropboxAppSecret),
      "content-type": "application/json"
    },
    deliveryId: "demo-delivery-1"
  });
  out.say(
    hook.duplicate ? `3. changed the sample tree; the signed webhook ${hook.deliveryId} was already handled in this store: skipped` : `3. changed the sample tree (add, modify, move a folder, delete a folder) and delivered a signed webhook: ${hook.summary}`
  );
  let commit;
  if (await gitHead(root) === headBefore) {
    const { stdout } = await run("git", ["log", "-1", "--format=%h %s"], { cwd: root });
    const [sha = "", ...subject] = stdout.trim().split(" ");
    commit = { sha, subject: subject.join(" "), new: false };
    out.say(`4. no new commit (the store is at ${stdout.trim()})`);
  } else {
    const { stdout: diff } = await run("git", ["show", "--stat=120", "--format=%h %s", "HEAD"], { cwd: root });
    const [first = ""] = diff.split("\n");
    const [sha = "", ...subject] = first.split(" ");
    commit = { sha, subject: subject.join(" "), new: true };
    out.say(`4. the webhook's commit:
${diff.trimEnd()}`);
  }
  const grep = await grepFile(root, {
    pattern: '"name":"budget',
    prefix: `mirrors/${connected.slug}/files/`,
    maxMatches: 5
  });
  out.say(`5. grep '"name":"budget' over mirrors/${connected.slug}/files/:`);
  for (const match of grep.matches) out.say(`   ${match.file}:${match.line}: ${match.match}`);
  const agent = await installWithAgent(store, deps.logger, out, playground);
  const storeFlag = `--store ${shellWord(root)}`;
  const summary = {
    store: root,
    connect: { slug: connected.slug, status: connected.status, summary: connected.summary ?? null },
    webhook: { deliveryId: hook.deliveryId, status: hook.duplicate ? "skipped" : "handled", summary: hook.summary },
    commit,
    grep: grep.matches.map((match) => ({ file: match.file, line: match.line })),
    agent,
    tryNext: []
  };
  if (!options.serve) {
    summary.tryNext = [
      `npx syncagent read skills/${connected.slug}/SKILL.md ${storeFlag}`,
      `npx syncagent read mirrors/${connected.slug}/recent.ndjson --limit 20 ${storeFlag}`,
      `npx syncagent grep '"lower":"/legal/' --prefix mirrors/${connected.slug}/files/ ${storeFlag}`,
      `npx syncagent read skills/${agent.slug}/SKILL.md ${storeFlag}`,
      `npx syncagent status ${storeFlag}`,
      `git -C ${shellWord(root)} log --oneline`,
      `npx syncagent demo --serve ${storeFlag}   # keep the sample APIs up: then poll, tick, exec, connect`
    ];
    out.say(["", "Try next:", ...summary.tryNext.map((line) => `  ${line}`)].join("\n"));
    return summary;
  }
  const changed = sampleHistory.laterChanges(playground);
  summary.serve = { url: playground.url, settings: playground.settings, changed };
  const exportLine = `export ${Object.entries(playground.settings).map(([name, value]) => `${name}=${shellWord(value)}`).join(" ")}`;
  const probe = 'export default async (ctx) => (await ctx.http.request({ method: "POST", url: "https://api.dropboxapi.com/2/users/get_current_account" })).data.email';
  summary.tryNext = [
    exportLine,
    `npx syncagent poll ${connected.slug} ${storeFlag}`,
    `npx syncagent poll ${agent.slug} ${storeFlag}`,
    `npx syncagent tick ${storeFlag}`,
    `npx syncagent renew ${connected.slug} ${storeFlag}`,
    `echo ${shellWord(probe)} > probe.js`,
    `npx syncagent exec ${connected.slug} --file probe.js ${storeFlag}`,
    `npx syncagent connect dropbox --account ${demoAccounts.dropbox} --slug dropbox-2 --dry-run ${storeFlag}`,
    `npx syncagent webhook ${connected.slug} --body ${shellWord(demoWebhook.body)} --header ${shellWord(
      `X-Dropbox-Signature: ${demoWebhook.signature}`
    )} ${storeFlag}`,
    `npx syncagent status ${storeFlag}`,
    `npx syncagent read mirrors/${connected.slug}/recent.ndjson --offset 1 --limit 20 ${storeFlag}`,
    `npx syncagent grep 'Budget export' --prefix mirrors/${agent.slug} ${storeFlag}`
  ];
  out.say(
    [
      `7. the sample APIs stay up on ${playground.url} until Ctrl-C; since step 6 the sample Dropbox changed ${changed.files} entries and Ticketdesk ${changed.tickets} tickets.`,
      "",
      "Play with the store from another terminal (the settings are demo values for these fakes, not real credentials):",
      ...summary.tryNext.map((line) => `  ${line}`)
    ].join("\n")
  );
  return summary;
}
async function gitHead(root) {
  return (await run("git", ["rev-parse", "HEAD"], { cwd: root })).stdout.trim();
}
async function installWithAgent(store, logger, out, playground) {
  const model = await startScriptedModelServer({ script: ticketTrackerScript() });
  try {
    const env = {
      ...playground.settings,
      SYNCAGENT_MODEL: `openai-compatible:${model.model}`,
      SYNCAGENT_MODEL_BASE_URL: model.baseUrl
    };
    out.say(
      `6. connect ticketdesk (no catalog recipe) through the LLM sync agent, a scripted model on ${model.baseUrl} playing the LLM:`
    );
    const outcome = await connectWithAgent(
      { store, env, clock: () => /* @__PURE__ */ new Date(), logger },
      {
        app: "ticketdesk",
        accountId: demoAccounts.ticketdesk,
        externalUserId: demoAccounts.externalUserId,
        appName: "Ticketdesk",
        allowedDomains: [ticketTrackerHost],
        onStep: (step) => out.say(
          `   step ${step.step}: ${step.calls.map((call) => `${call.tool} ${call.summary}`).join("; ") || step.finishReason}`
        )
      }
    );
    out.say(
      outcome.status === "exists" ? `   skipped: ${outcome.slug} is already installed in this store` : `   installed ${outcome.slug}: ${outcome.summary ?? "done"}`
    );
    return { slug: outcome.slug, status: outcome.status };
  } finally {
    await model.close();
  }
}
export {
  populateSample,
  runDemo,
  startPlayground
};
