import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { connectWithAgent, resolveModel, runSyncAgent } from '../src/agent/index.js';
import { AgentSession } from '../src/agent/session.js';
import { renderSkillFile } from '../src/agent/skill-file.js';
import { agentTools } from '../src/agent/tools/index.js';
import { defineRecipe, type Recipe } from '../src/catalog/index.js';
import { connect, type EngineDeps, silentLogger } from '../src/engine/index.js';
import { createTokenCache } from '../src/gateway/index.js';
import { initStore, type Store } from '../src/store/index.js';
import {
  type FakeAgentApps,
  populateTickets,
  type ScriptTurn,
  scriptedLanguageModel,
  startFakeAgentApps,
  startScriptedModelServer,
  ticketTrackerHandlerSource,
  ticketTrackerScript,
  ticketTrackerSkillBody,
} from '../src/testkit/index.js';
import { benchDir, formatMs, type Report } from './harness.js';

// The sync agent:
//  1. the agent runtime's own cost per step: a 40-step run whose model answers instantly (MockLanguageModelV3), so
//     what is measured is the loop (AI SDK step handling, tool dispatch, input validation, trace, secret scrub), the
//     tools' work (sandbox validation and runs, mirror reads over the run's layer) and the one store transaction; the
//     reference does the same 40 tool calls directly, in one transaction, without the loop;
//  2. a scripted sync-engine run end to end (the scripted chat-completions server over HTTP, the real
//     openai-compatible provider, the Pipedream Connect fake, 3,000 tickets) against the catalog path installing the
//     very same handler, sync.json and SKILL.md with the same backfill: what the agent adds beyond the work itself.

const host = 'api.ticketdesk.example';
const connection = { app: 'ticketdesk', slug: 'ticketdesk', accountId: 'apn_tickets', externalUserId: 'user-42' };
const runs = 5;

/** The 40 tool calls of part 1: install, backfill, 36 checks and re-installs, skill, finish. */
function fortySteps(): ScriptTurn[] {
  const probe = 'export default async function (ctx) { return (await ctx.mirror.list()).length; }';
  const cycle: ScriptTurn[] = [
    { toolCalls: [{ name: 'list_mirror', input: {} }] },
    { toolCalls: [{ name: 'read_mirror', input: { path: 'index.json' } }] },
    { toolCalls: [{ name: 'grep_mirror', input: { pattern: '"status":"open"', max_matches: 20 } }] },
    { toolCalls: [{ name: 'skill_exists', input: {} }] },
    { toolCalls: [{ name: 'run_in_sync', input: { code: probe } }] },
    {
      toolCalls: [
        {
          name: 'create_sync_engine',
          input: { handler: ticketTrackerHandlerSource, hosts: [host], pollEveryMinutes: 15 },
        },
      ],
    },
  ];
  const tracker = ticketTrackerScript();
  const turns: ScriptTurn[] = [
    { toolCalls: [{ name: 'get_connection', input: {} }] },
    tracker[3] as ScriptTurn, // create_sync_engine
    tracker[4] as ScriptTurn, // run_in_sync backfill
  ];
  for (let index = 0; turns.length < 38; index += 1) turns.push(cycle[index % cycle.length] as ScriptTurn);
  // The last cycle re-installed the handler: run it again so finish accepts it, then skill and finish.
  turns[37] = tracker[4] as ScriptTurn;
  turns.push(tracker[8] as ScriptTurn, tracker[9] as ScriptTurn, { text: 'done' });
  return turns;
}

async function freshStore(base: string, name: string): Promise<Store> {
  const root = join(base, name);
  await rm(root, { recursive: true, force: true });
  return (await initStore({ root })).store;
}

function deps(store: Store, apps: FakeAgentApps, env: NodeJS.ProcessEnv = apps.env): EngineDeps {
  return { store, env, clock: () => new Date(), logger: silentLogger, tokenCache: createTokenCache() };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Part 1, reference: the same tool calls, executed directly in one transaction (no model loop). */
async function directCalls(store: Store, apps: FakeAgentApps, turns: ScriptTurn[]): Promise<void> {
  const byName = new Map(agentTools.map((spec) => [spec.name, spec]));
  await store.transact(
    async (tx) => {
      const session = new AgentSession(tx, {
        deps: deps(store, apps),
        connection,
        createdBy: 'agent:bench:direct',
        signal: new AbortController().signal,
        deadline: Date.now() + 600_000,
      });
      await session.load();
      for (const turn of turns) {
        for (const call of turn.toolCalls ?? []) {
          const spec = byName.get(call.name);
          if (!spec) throw new Error(`no tool ${call.name}`);
          const input = spec.inputSchema.parse(call.input);
          const result = (await spec.execute(session, input as never)) as { ok?: boolean };
          if (result?.ok === false) throw new Error(`${call.name} failed: ${JSON.stringify(result)}`);
        }
      }
      if (!session.finished) throw new Error('direct calls did not finish');
      session.layer.applyTo(tx);
    },
    { message: 'bench: direct tool calls' },
  );
}

/** The tracker as a catalog recipe: the same handler, sync.json and SKILL.md the scripted agent run installs. */
const trackerRecipe: Recipe = defineRecipe({
  app: 'ticketdesk',
  version: 1,
  hosts: [host],
  signals: { poll: { everyMinutes: 15 } },
  exports: ['backfill', 'pollOnce'],
  handler: ticketTrackerHandlerSource,
  skill: (input) =>
    renderSkillFile({
      slug: input.slug,
      app: input.app,
      accountId: input.accountId,
      flavor: 'sync-engine',
      createdBy: input.createdBy,
      updatedAt: input.updatedAt,
      description: 'Every ticket of the Ticketdesk workspace.',
      body: ticketTrackerSkillBody(input.slug),
    }),
});

/** Runs the agent bench. */
export default async function agentBench(report: Report): Promise<void> {
  const base = await benchDir('agent');
  const apps = await startFakeAgentApps();
  try {
    populateTickets(apps.tracker, 200);
    const turns = fortySteps();
    const ours: number[] = [];
    const reference: number[] = [];
    let steps = 0;
    for (let run = 0; run <= runs; run += 1) {
      // Alternate, after one warm-up pair, so load on the machine hits both alike.
      const agentStore = await freshStore(base, 'forty-agent');
      let started = performance.now();
      const result = await runSyncAgent({
        deps: deps(agentStore, apps),
        connection,
        model: {
          model: scriptedLanguageModel(turns),
          provider: 'openai-compatible',
          modelId: 'instant',
          id: 'openai-compatible:instant',
          createdBy: 'agent:openai-compatible:instant',
          secrets: [],
        },
      });
      const agentMs = performance.now() - started;
      const directStore = await freshStore(base, 'forty-direct');
      started = performance.now();
      await directCalls(directStore, apps, turns);
      const directMs = performance.now() - started;
      if (run === 0) continue;
      steps = result.steps;
      ours.push(agentMs);
      reference.push(directMs);
    }
    report.add({
      name: `agent run, ${steps} steps, instant scripted model`,
      oursMs: median(ours),
      referenceName: 'same tool calls direct',
      referenceMs: median(reference),
      note: `median of ${runs}; 200 tickets`,
    });
    report.figure(
      'agent runtime per step (loop + tools + transaction)',
      `${formatMs(median(ours) / steps)} per step; loop alone ${formatMs((median(ours) - median(reference)) / steps)} per step`,
    );

    // Part 2: a scripted sync-engine run end to end against the catalog path doing the same work.
    populateTickets(apps.tracker, 2800);
    const server = await startScriptedModelServer({ script: ticketTrackerScript() });
    const env = {
      ...apps.env,
      SYNCAGENT_MODEL: `openai-compatible:${server.model}`,
      SYNCAGENT_MODEL_BASE_URL: server.baseUrl,
    };
    try {
      const agentTimes: number[] = [];
      const catalogTimes: number[] = [];
      let tokens = 0;
      for (let run = 0; run <= runs; run += 1) {
        const agentStore = await freshStore(base, 'tracker-agent');
        let started = performance.now();
        const outcome = await connectWithAgent(deps(agentStore, apps, env), {
          ...connection,
          allowedDomains: [host],
          model: resolveModel(env),
        });
        const agentMs = performance.now() - started;
        const catalogStore = await freshStore(base, 'tracker-catalog');
        started = performance.now();
        await connect(deps(catalogStore, apps), { ...connection, recipe: trackerRecipe });
        const catalogMs = performance.now() - started;
        if (run === 0) continue;
        tokens = outcome.agent?.usage.totalTokens ?? 0;
        agentTimes.push(agentMs);
        catalogTimes.push(catalogMs);
      }
      report.add({
        name: 'scripted sync-engine run end to end (3,000 tickets)',
        oursMs: median(agentTimes),
        referenceName: 'catalog path, same work',
        referenceMs: median(catalogTimes),
        note: `median of ${runs}; scripted server over HTTP, 10 steps, ~${tokens.toLocaleString('en-US')} tokens`,
      });
    } finally {
      await server.close();
    }
  } finally {
    await apps.close();
  }
}
