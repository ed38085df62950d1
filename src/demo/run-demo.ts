import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { connectWithAgent } from '../agent/index.js';
import { dropboxRecipe } from '../catalog/index.js';
import { connect, handleWebhook, type Logger } from '../engine/index.js';
import { grepFile } from '../mirror/grep-file.js';
import { initStore } from '../store/index.js';
import {
  type DropboxApiFake,
  dropboxWebhookBody,
  populateTickets,
  signDropboxWebhook,
  startFakeAgentApps,
  startFakeDropboxConnection,
  startScriptedModelServer,
  ticketTrackerScript,
} from '../testkit/index.js';

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
  tryNext: string[];
}

/** The sample tree the demo serves: a small team Dropbox. */
export function populateSample(dropbox: DropboxApiFake, files = 1200): void {
  const teams = ['Finance', 'Design', 'Engineering', 'Legal'];
  for (const team of teams) dropbox.addFolder(`/${team}`);
  for (let index = 0; index < files; index += 1) {
    const team = teams[index % teams.length]!;
    dropbox.addFile(`/${team}/${2020 + (index % 5)}/report-${index}.pdf`, { size: 10_000 + index * 37 });
  }
}

/**
 * The whole loop offline: fake Pipedream Connect + fake Dropbox on loopback, a store, connect through the
 * real Pipedream-proxy gateway, a change, a signed webhook, the commit's diff and a grep.
 */
export async function runDemo(options: {
  store?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  out: DemoOutput;
}): Promise<DemoSummary> {
  const { out } = options;
  const fakes = await startFakeDropboxConnection({
    accountId: 'apn_demo',
    externalUserId: 'demo-user',
    appSecret: 'demo-app-secret',
    projectId: 'proj_demo',
  });
  const { dropbox, pipedream } = fakes;
  try {
    populateSample(dropbox);
    const total = dropbox.snapshot().length;
    const root = options.store ? resolve(options.cwd, options.store) : await mkdtemp(join(tmpdir(), 'syncagent-demo-'));
    const env: NodeJS.ProcessEnv = { ...options.env, ...fakes.env };
    const { store } = await initStore({ root });
    out.say(
      `1. store at ${root}; sample Dropbox with ${total} entries on ${dropbox.url} behind a Pipedream Connect fake on ${pipedream.url}`,
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
      accountId: 'apn_demo',
      externalUserId: 'demo-user',
      recipe: dropboxRecipe,
    });
    if (connected.status === 'installed') out.progress(total, total);
    out.say(
      connected.status === 'exists'
        ? `2. connect dropbox: skipped (already connected in this store: skills/${connected.slug}/SKILL.md exists)`
        : `2. connect dropbox: ${connected.summary ?? 'installed'}`,
    );
    const headBefore = (await run('git', ['rev-parse', 'HEAD'], { cwd: root })).stdout.trim();

    dropbox.addFile('/Finance/2025/budget-final.xlsx', { size: 48_213 });
    dropbox.modifyFile('/Design/2021/report-1.pdf', { size: 99_999 });
    dropbox.move('/Legal/2023', '/Legal/Archive 2023');
    dropbox.delete('/Engineering/2020');
    const body = dropboxWebhookBody(['dbid:fake-account']);
    const hook = await handleWebhook(deps, {
      slug: connected.slug,
      body,
      headers: {
        'x-dropbox-signature': signDropboxWebhook(body, 'demo-app-secret'),
        'content-type': 'application/json',
      },
      deliveryId: 'demo-delivery-1',
    });
    out.say(
      hook.duplicate
        ? `3. changed the sample tree; the signed webhook ${hook.deliveryId} was already handled in this store: skipped`
        : `3. changed the sample tree (add, modify, move a folder, delete a folder) and delivered a signed webhook: ${hook.summary}`,
    );
    const headAfter = (await run('git', ['rev-parse', 'HEAD'], { cwd: root })).stdout.trim();
    let commit: { sha: string; subject: string; new: boolean };
    if (headAfter === headBefore) {
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
    const agent = await installWithAgent(store, deps.logger, out);
    const tryNext = [
      `npx syncagent read skills/${connected.slug}/SKILL.md --store ${root}`,
      `npx syncagent read mirrors/${connected.slug}/recent.ndjson --limit 20 --store ${root}`,
      `npx syncagent grep '"lower":"/legal/' --prefix mirrors/${connected.slug}/files/ --store ${root}`,
      `npx syncagent read skills/${agent.slug}/SKILL.md --store ${root}`,
      `npx syncagent status --store ${root}`,
      `git -C ${root} log --oneline`,
    ];
    out.say(['', 'Try next:', ...tryNext.map((line) => `  ${line}`)].join('\n'));
    return {
      store: root,
      connect: { slug: connected.slug, status: connected.status, summary: connected.summary ?? null },
      webhook: { deliveryId: hook.deliveryId, status: hook.duplicate ? 'skipped' : 'handled', summary: hook.summary },
      commit,
      grep: grep.matches.map((match) => ({ file: match.file, line: match.line })),
      agent,
      tryNext,
    };
  } finally {
    await fakes.close();
  }
}

/**
 * Step 6: a second app with no catalog recipe (a ticket tracker) installed by the LLM sync agent, offline: the
 * scripted chat-completions server of the testkit plays the model (SYNCAGENT_MODEL=openai-compatible:scripted), the
 * tracker sits behind its own Pipedream Connect fake, and the agent probes, writes and backfills its handler, writes
 * its skill and finishes in one commit.
 */
async function installWithAgent(
  store: Parameters<typeof connect>[0]['store'],
  logger: Logger,
  out: DemoOutput,
): Promise<DemoSummary['agent']> {
  const apps = await startFakeAgentApps({ externalUserId: 'demo-user' });
  const model = await startScriptedModelServer({ script: ticketTrackerScript() });
  try {
    populateTickets(apps.tracker, 180);
    const env = {
      ...apps.env,
      SYNCAGENT_MODEL: `openai-compatible:${model.model}`,
      SYNCAGENT_MODEL_BASE_URL: model.baseUrl,
    };
    out.say(
      `6. connect ticketdesk (no catalog recipe) through the LLM sync agent, a scripted model on ${model.baseUrl} playing the LLM:`,
    );
    const outcome = await connectWithAgent(
      { store, env, clock: () => new Date(), logger },
      {
        app: apps.accounts.tracker.app,
        accountId: apps.accounts.tracker.id,
        externalUserId: apps.accounts.tracker.externalUserId,
        appName: 'Ticketdesk',
        allowedDomains: [apps.tracker.host],
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
    await apps.close();
  }
}
