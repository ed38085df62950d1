import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { connectWithAgent } from '../agent/index.js';
import { dropboxRecipe } from '../catalog/index.js';
import { connect, handleWebhook, type Logger } from '../engine/index.js';
import { grepFile } from '../mirror/grep-file.js';
import { shellWord } from '../shell.js';
import { initStore } from '../store/index.js';
import {
  dropboxWebhookBody,
  signDropboxWebhook,
  startScriptedModelServer,
  ticketTrackerHost,
  ticketTrackerScript,
} from '../testkit/index.js';
import { type Playground, sampleHistory } from './playground.js';
import { demoAccounts, demoDropboxAppSecret, demoWebhook } from './settings.js';

const run = promisify(execFile);

/** What the demo reports to its caller (the CLI prints it). */
export interface DemoOutput {
  /** A line for the user (stdout). */
  say(line: string): void;
  /** Backfill progress: entries staged so far of the total. */
  progress(done: number, total: number): void;
  logger: Logger;
}

/** What the demo did (`demo --json` prints it). */
export interface DemoSummary {
  store: string;
  connect: { slug: string; status: 'installed' | 'exists' | 'dry-run'; summary: string | null };
  webhook: { deliveryId: string; status: 'handled' | 'skipped'; summary: string | null };
  /** HEAD after the demo; `new` is false on a re-run that committed nothing. */
  commit: { sha: string; subject: string; new: boolean };
  grep: Array<{ file: string; line: number }>;
  /** Step 6: the sync the LLM sync agent installed (a scripted model plays the LLM). */
  agent: { slug: string; status: 'installed' | 'exists' | 'dry-run' };
  /** With --serve: where the playground listens, the settings that point syncagent at it, what changed since step 6. */
  serve?: { url: string; settings: Record<string, string>; changed: { files: number; tickets: number } };
  /** Commands to run next (with --serve: after exporting `serve.settings`). */
  tryNext: string[];
}

/**
 * The whole loop offline against `playground` (Pipedream Connect + sample Dropbox + ticket tracker on loopback): a
 * store, connect through the real Pipedream-proxy gateway, a change, a signed webhook, the commit's diff, a grep, and a
 * second app installed by the LLM sync agent. Safe to run again on the same store: what is done is skipped. With
 * `serve`, the playground then changes once more (step 7) and the summary says how to play with it.
 */
export async function runDemo(options: {
  playground: Playground;
  store?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  out: DemoOutput;
  serve?: boolean;
}): Promise<DemoSummary> {
  const { out, playground } = options;
  const { dropbox } = playground;
  sampleHistory.start(playground);
  const total = dropbox.snapshot().length;
  const root = options.store ? resolve(options.cwd, options.store) : await mkdtemp(join(tmpdir(), 'syncagent-demo-'));
  // The demo's own settings win over whatever the caller's environment holds (never a real account).
  const env: NodeJS.ProcessEnv = { ...options.env, ...playground.settings };
  const { store } = await initStore({ root });
  out.say(
    `1. store at ${root}; sample Dropbox with ${total} entries behind a Pipedream Connect fake on ${playground.url}`,
  );
  const deps = {
    store,
    env,
    clock: () => new Date(),
    logger: out.logger,
    onCheckpoint: (info: { state: Record<string, unknown> }) => {
      const backfill = info.state.backfill as { entries?: number } | undefined;
      out.progress(Math.min(backfill?.entries ?? total, total), total);
    },
  };
  const connected = await connect(deps, {
    app: 'dropbox',
    accountId: demoAccounts.dropbox,
    externalUserId: demoAccounts.externalUserId,
    recipe: dropboxRecipe,
  });
  if (connected.status === 'installed') out.progress(total, total);
  out.say(
    connected.status === 'exists'
      ? `2. connect dropbox: skipped (already connected in this store: skills/${connected.slug}/SKILL.md exists)`
      : `2. connect dropbox: ${connected.summary ?? 'installed'}`,
  );
  const headBefore = await gitHead(root);

  sampleHistory.webhookChanges(playground);
  const body = dropboxWebhookBody(['dbid:fake-account']);
  const hook = await handleWebhook(deps, {
    slug: connected.slug,
    body,
    headers: {
      'x-dropbox-signature': signDropboxWebhook(body, demoDropboxAppSecret),
      'content-type': 'application/json',
    },
    deliveryId: 'demo-delivery-1',
  });
  out.say(
    hook.duplicate
      ? `3. changed the sample tree; the signed webhook ${hook.deliveryId} was already handled in this store: skipped`
      : `3. changed the sample tree (add, modify, move a folder, delete a folder) and delivered a signed webhook: ${hook.summary}`,
  );
  let commit: { sha: string; subject: string; new: boolean };
  if ((await gitHead(root)) === headBefore) {
    // A re-run: nothing new was committed, so no old commit is shown as if it were new.
    const { stdout } = await run('git', ['log', '-1', '--format=%h %s'], { cwd: root });
    const [sha = '', ...subject] = stdout.trim().split(' ');
    commit = { sha, subject: subject.join(' '), new: false };
    out.say(`4. no new commit (the store is at ${stdout.trim()})`);
  } else {
    const { stdout: diff } = await run('git', ['show', '--stat=120', '--format=%h %s', 'HEAD'], { cwd: root });
    const [first = ''] = diff.split('\n');
    const [sha = '', ...subject] = first.split(' ');
    commit = { sha, subject: subject.join(' '), new: true };
    out.say(`4. the webhook's commit:\n${diff.trimEnd()}`);
  }
  const grep = await grepFile(root, {
    pattern: '"name":"budget',
    prefix: `mirrors/${connected.slug}/files/`,
    maxMatches: 5,
  });
  out.say(`5. grep '"name":"budget' over mirrors/${connected.slug}/files/:`);
  for (const match of grep.matches) out.say(`   ${match.file}:${match.line}: ${match.match}`);
  const agent = await installWithAgent(store, deps.logger, out, playground);
  const storeFlag = `--store ${shellWord(root)}`;
  const summary: DemoSummary = {
    store: root,
    connect: { slug: connected.slug, status: connected.status, summary: connected.summary ?? null },
    webhook: { deliveryId: hook.deliveryId, status: hook.duplicate ? 'skipped' : 'handled', summary: hook.summary },
    commit,
    grep: grep.matches.map((match) => ({ file: match.file, line: match.line })),
    agent,
    tryNext: [],
  };
  if (!options.serve) {
    summary.tryNext = [
      `npx syncagent read skills/${connected.slug}/SKILL.md ${storeFlag}`,
      `npx syncagent read mirrors/${connected.slug}/recent.ndjson --limit 20 ${storeFlag}`,
      `npx syncagent grep '"lower":"/legal/' --prefix mirrors/${connected.slug}/files/ ${storeFlag}`,
      `npx syncagent read skills/${agent.slug}/SKILL.md ${storeFlag}`,
      `npx syncagent status ${storeFlag}`,
      `git -C ${shellWord(root)} log --oneline`,
      `npx syncagent demo --serve ${storeFlag}   # keep the sample APIs up: then poll, tick, exec, connect`,
    ];
    out.say(['', 'Try next:', ...summary.tryNext.map((line) => `  ${line}`)].join('\n'));
    return summary;
  }
  const changed = sampleHistory.laterChanges(playground);
  summary.serve = { url: playground.url, settings: playground.settings, changed };
  const exportLine = `export ${Object.entries(playground.settings)
    .map(([name, value]) => `${name}=${shellWord(value)}`)
    .join(' ')}`;
  const probe =
    'export default async (ctx) => (await ctx.http.request({ method: "POST", ' +
    'url: "https://api.dropboxapi.com/2/users/get_current_account" })).data.email';
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
      `X-Dropbox-Signature: ${demoWebhook.signature}`,
    )} ${storeFlag}`,
    `npx syncagent status ${storeFlag}`,
    `npx syncagent read mirrors/${connected.slug}/recent.ndjson --offset 1 --limit 20 ${storeFlag}`,
    `npx syncagent grep 'Budget export' --prefix mirrors/${agent.slug} ${storeFlag}`,
  ];
  out.say(
    [
      `7. the sample APIs stay up on ${playground.url} until Ctrl-C; since step 6 the sample Dropbox changed ` +
        `${changed.files} entries and Ticketdesk ${changed.tickets} tickets.`,
      '',
      'Play with the store from another terminal (the settings are demo values for these fakes, not real credentials):',
      ...summary.tryNext.map((line) => `  ${line}`),
    ].join('\n'),
  );
  return summary;
}

async function gitHead(root: string): Promise<string> {
  return (await run('git', ['rev-parse', 'HEAD'], { cwd: root })).stdout.trim();
}

/**
 * Step 6: a second app with no catalog recipe (a ticket tracker) installed by the LLM sync agent, offline: the
 * scripted chat-completions server of the testkit plays the model (SYNCAGENT_MODEL=openai-compatible:scripted), the
 * tracker sits behind the playground's Pipedream Connect fake, and the agent probes, writes and backfills its handler,
 * writes its skill and finishes in one commit.
 */
async function installWithAgent(
  store: Parameters<typeof connect>[0]['store'],
  logger: Logger,
  out: DemoOutput,
  playground: Playground,
): Promise<DemoSummary['agent']> {
  const model = await startScriptedModelServer({ script: ticketTrackerScript() });
  try {
    const env = {
      ...playground.settings,
      SYNCAGENT_MODEL: `openai-compatible:${model.model}`,
      SYNCAGENT_MODEL_BASE_URL: model.baseUrl,
    };
    out.say(
      `6. connect ticketdesk (no catalog recipe) through the LLM sync agent, a scripted model on ${model.baseUrl} playing the LLM:`,
    );
    const outcome = await connectWithAgent(
      { store, env, clock: () => new Date(), logger },
      {
        app: 'ticketdesk',
        accountId: demoAccounts.ticketdesk,
        externalUserId: demoAccounts.externalUserId,
        appName: 'Ticketdesk',
        allowedDomains: [ticketTrackerHost],
        onStep: (step) =>
          out.say(
            `   step ${step.step}: ${step.calls.map((call) => `${call.tool} ${call.summary}`).join('; ') || step.finishReason}`,
          ),
      },
    );
    out.say(
      outcome.status === 'exists'
        ? `   skipped: ${outcome.slug} is already installed in this store`
        : `   installed ${outcome.slug}: ${outcome.summary ?? 'done'}`,
    );
    return { slug: outcome.slug, status: outcome.status };
  } finally {
    await model.close();
  }
}
