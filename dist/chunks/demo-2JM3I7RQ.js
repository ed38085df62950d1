import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  connectWithAgent
} from "./chunk-V63DVEUR.js";
import "./chunk-XHRBHOYN.js";
import "./chunk-ZFW4EQ4H.js";
import {
  grepFile
} from "./chunk-VCF3OO3O.js";
import "./chunk-6TMAF5YY.js";
import "./chunk-6EE2BJYB.js";
import "./chunk-GQGRQMVN.js";
import "./chunk-JPRZCM43.js";
import "./chunk-BZ4OAV57.js";
import {
  connect,
  dropboxRecipe
} from "./chunk-HPMJRVMU.js";
import "./chunk-RR662ASG.js";
import "./chunk-24UT4OW2.js";
import "./chunk-BRVAQNWK.js";
import {
  handleWebhook
} from "./chunk-RXO6KAIR.js";
import "./chunk-OUFSQDXX.js";
import "./chunk-L2M3EPJ6.js";
import "./chunk-ABKUXN2E.js";
import "./chunk-B325YKMD.js";
import "./chunk-RJQ6WHIR.js";
import "./chunk-LKFTHDQR.js";
import {
  dropboxWebhookBody,
  populateTickets,
  signDropboxWebhook,
  startFakeAgentApps,
  startFakeDropboxConnection,
  startScriptedModelServer,
  ticketTrackerScript
} from "./chunk-JQEKG37N.js";
import "./chunk-BMREFUSN.js";
import "./chunk-D5RWULID.js";
import "./chunk-QRR2AGRQ.js";
import "./chunk-OLBI5X7L.js";
import "./chunk-E5QKV4CV.js";
import {
  initStore
} from "./chunk-ACSXKUUB.js";
import "./chunk-GDF2W7QV.js";
import "./chunk-4V3D2JW7.js";
import "./chunk-UVWUOZ5C.js";
import "./chunk-P5EA5Q7C.js";
import "./chunk-5O5R4X6N.js";

// src/demo/run-demo.ts
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
function populateSample(dropbox, files = 1200) {
  const teams = ["Finance", "Design", "Engineering", "Legal"];
  for (const team of teams) dropbox.addFolder(`/${team}`);
  for (let index = 0; index < files; index += 1) {
    const team = teams[index % teams.length];
    dropbox.addFile(`/${team}/${2020 + index % 5}/report-${index}.pdf`, { size: 1e4 + index * 37 });
  }
}
async function runDemo(options) {
  const { out } = options;
  const fakes = await startFakeDropboxConnection({
    accountId: "apn_demo",
    externalUserId: "demo-user",
    appSecret: "demo-app-secret",
    projectId: "proj_demo"
  });
  const { dropbox, pipedream } = fakes;
  try {
    populateSample(dropbox);
    const total = dropbox.snapshot().length;
    const root = options.store ? resolve(options.cwd, options.store) : await mkdtemp(join(tmpdir(), "syncagent-demo-"));
    const env = { ...options.env, ...fakes.env };
    const { store } = await initStore({ root });
    out.say(
      `1. store at ${root}; sample Dropbox with ${total} entries on ${dropbox.url} behind a Pipedream Connect fake on ${pipedream.url}`
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
      accountId: "apn_demo",
      externalUserId: "demo-user",
      recipe: dropboxRecipe
    });
    if (connected.status === "installed") out.progress(total, total);
    out.say(
      connected.status === "exists" ? `2. connect dropbox: skipped (already connected in this store: skills/${connected.slug}/SKILL.md exists)` : `2. connect dropbox: ${connected.summary ?? "installed"}`
    );
    const headBefore = (await run("git", ["rev-parse", "HEAD"], { cwd: root })).stdout.trim();
    dropbox.addFile("/Finance/2025/budget-final.xlsx", { size: 48213 });
    dropbox.modifyFile("/Design/2021/report-1.pdf", { size: 99999 });
    dropbox.move("/Legal/2023", "/Legal/Archive 2023");
    dropbox.delete("/Engineering/2020");
    const body = dropboxWebhookBody(["dbid:fake-account"]);
    const hook = await handleWebhook(deps, {
      slug: connected.slug,
      body,
      headers: {
        "x-dropbox-signature": signDropboxWebhook(body, "demo-app-secret"),
        "content-type": "application/json"
      },
      deliveryId: "demo-delivery-1"
    });
    out.say(
      hook.duplicate ? `3. changed the sample tree; the signed webhook ${hook.deliveryId} was already handled in this store: skipped` : `3. changed the sample tree (add, modify, move a folder, delete a folder) and delivered a signed webhook: ${hook.summary}`
    );
    const headAfter = (await run("git", ["rev-parse", "HEAD"], { cwd: root })).stdout.trim();
    let commit;
    if (headAfter === headBefore) {
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
    const agent = await installWithAgent(store, deps.logger, out);
    const tryNext = [
      `npx syncagent read skills/${connected.slug}/SKILL.md --store ${root}`,
      `npx syncagent read mirrors/${connected.slug}/recent.ndjson --limit 20 --store ${root}`,
      `npx syncagent grep '"lower":"/legal/' --prefix mirrors/${connected.slug}/files/ --store ${root}`,
      `npx syncagent read skills/${agent.slug}/SKILL.md --store ${root}`,
      `npx syncagent status --store ${root}`,
      `git -C ${root} log --oneline`
    ];
    out.say(["", "Try next:", ...tryNext.map((line) => `  ${line}`)].join("\n"));
    return {
      store: root,
      connect: { slug: connected.slug, status: connected.status, summary: connected.summary ?? null },
      webhook: { deliveryId: hook.deliveryId, status: hook.duplicate ? "skipped" : "handled", summary: hook.summary },
      commit,
      grep: grep.matches.map((match) => ({ file: match.file, line: match.line })),
      agent,
      tryNext
    };
  } finally {
    await fakes.close();
  }
}
async function installWithAgent(store, logger, out) {
  const apps = await startFakeAgentApps({ externalUserId: "demo-user" });
  const model = await startScriptedModelServer({ script: ticketTrackerScript() });
  try {
    populateTickets(apps.tracker, 180);
    const env = {
      ...apps.env,
      SYNCAGENT_MODEL: `openai-compatible:${model.model}`,
      SYNCAGENT_MODEL_BASE_URL: model.baseUrl
    };
    out.say(
      `6. connect ticketdesk (no catalog recipe) through the LLM sync agent, a scripted model on ${model.baseUrl} playing the LLM:`
    );
    const outcome = await connectWithAgent(
      { store, env, clock: () => /* @__PURE__ */ new Date(), logger },
      {
        app: apps.accounts.tracker.app,
        accountId: apps.accounts.tracker.id,
        externalUserId: apps.accounts.tracker.externalUserId,
        appName: "Ticketdesk",
        allowedDomains: [apps.tracker.host],
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
    await apps.close();
  }
}
export {
  populateSample,
  runDemo
};
