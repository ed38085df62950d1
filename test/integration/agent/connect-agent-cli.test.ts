import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TraceStep } from '../../../src/agent/index.js';
import {
  type FakeAgentApps,
  messagingScript,
  populateTickets,
  type ScriptedModelServer,
  startFakeAgentApps,
  startScriptedModelServer,
  ticketTrackerScript,
} from '../../../src/testkit/index.js';
import { gitCli, tempDir } from '../../support/git.js';
import { runCliAsync } from '../engine/support.js';

const modelKey = 'local-model-key-0123456789';
let dir: Awaited<ReturnType<typeof tempDir>>;
let apps: FakeAgentApps;
let model: ScriptedModelServer | undefined;

beforeEach(async () => {
  dir = await tempDir('agent-cli-');
  apps = await startFakeAgentApps();
});
afterEach(async () => {
  await model?.close();
  model = undefined;
  await apps.close();
  await dir.cleanup();
});

function agentEnv(server: ScriptedModelServer): NodeJS.ProcessEnv {
  return {
    ...apps.env,
    SYNCAGENT_MODEL: `openai-compatible:${server.model}`,
    SYNCAGENT_MODEL_BASE_URL: server.baseUrl,
    SYNCAGENT_MODEL_API_KEY: modelKey,
  };
}

describe('syncagent connect with the LLM sync agent (CLI subprocess, scripted model server, Pipedream Connect fake)', () => {
  it('installs a ticket tracker as a sync engine: one commit, trace file, progress on stderr; poll and a second connect after', async () => {
    populateTickets(apps.tracker, 120);
    model = await startScriptedModelServer({ script: ticketTrackerScript(), apiKey: modelKey });
    const store = join(dir.path, 'store');
    const env = agentEnv(model);
    expect((await runCliAsync(['init', '--store', store], { env })).status).toBe(0);
    const trace = join(dir.path, 'trace.ndjson');
    const result = await runCliAsync(
      ['connect', 'ticketdesk', '--account', 'apn_tickets', '--store', store, '--trace', trace, '--json'],
      { env },
    );
    expect(result.status, result.stderr).toBe(0);
    const outcome = JSON.parse(result.stdout);
    expect(outcome).toMatchObject({
      slug: 'ticketdesk',
      status: 'installed',
      createdBy: 'agent:openai-compatible:scripted',
      agent: {
        flavor: 'sync-engine',
        steps: 10,
        exports: ['backfill', 'pollOnce'],
        model: 'openai-compatible:scripted',
      },
    });
    expect(outcome.agent.reason).toContain('ticket tracker');
    // What a pull request body or job summary renders: the reason and one row per tool call.
    expect(outcome.reason).toBe(outcome.agent.reason);
    expect(outcome.trace).toHaveLength(11); // step 6 made two calls
    expect(outcome.trace[5]).toMatchObject({ step: 6, tool: 'list_mirror', ok: true, tokens: expect.any(Number) });
    expect(outcome.trace[6]).toMatchObject({ step: 6, tool: 'read_mirror' });
    expect(outcome.trace[6].tokens).toBeUndefined();
    expect(outcome.agent.usage.totalTokens).toBeGreaterThan(1000);
    // The model was asked through the real wire format, with every tool of the contract.
    expect(model.requests).toHaveLength(10);
    expect(model.requests[0]?.tools).toContain('run_in_sync');
    // One NDJSON line per step on disk, and a progress line per step on stderr.
    const lines = (await readFile(trace, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as TraceStep);
    expect(lines.map((line) => line.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lines[4]?.calls[0]).toMatchObject({
      tool: 'run_in_sync',
      ok: true,
      inputDigest: expect.stringMatching(/^sha256:[0-9a-f]{16}$/),
    });
    expect(lines[4]?.calls[0]?.summary).toMatch(/^backfill ok: \d+ written/);
    expect(result.stderr.match(/"event":"agent-step"/g)).toHaveLength(10);
    // The log line of a step carries the digests the trace has.
    const logged = result.stderr
      .split('\n')
      .filter((line) => line.includes('"event":"agent-step"'))
      .map((line) => JSON.parse(line) as { step: number; digests: string });
    expect(logged[4]).toMatchObject({
      step: 5,
      digests: `${lines[4]?.calls[0]?.inputDigest}→${lines[4]?.calls[0]?.resultDigest}`,
    });
    // The store: one commit naming flavor, reason, model, steps and tokens.
    expect(gitCli(store, 'log', '-1', '--format=%s')).toMatch(
      /^sync\(ticketdesk\): connect by agent, sync-engine: ticket tracker/,
    );
    expect(gitCli(store, 'log', '-1', '--format=%b')).toMatch(
      /model: openai-compatible:scripted\nsteps: 10\ntokens: [\d,]+ input/,
    );
    expect(gitCli(store, 'ls-files', 'handlers/ticketdesk', 'skills/ticketdesk').split('\n')).toEqual([
      'handlers/ticketdesk/handler.js',
      'handlers/ticketdesk/sync.json',
      'skills/ticketdesk/SKILL.md',
    ]);
    expect(gitCli(store, 'ls-files', 'mirrors/ticketdesk/tickets').split('\n')).toHaveLength(16);
    expect(gitCli(store, 'status', '--porcelain')).toBe('');
    // No secret anywhere a user or a reviewer would look.
    const everything = [
      result.stdout,
      result.stderr,
      await readFile(trace, 'utf8'),
      ...model.requests.map((request) => request.raw),
      gitCli(store, 'log', '-p', '--all'),
    ].join('\n');
    expect(apps.pipedream.issuedTokens.length).toBeGreaterThan(0);
    const secrets = [
      apps.env.PIPEDREAM_CLIENT_SECRET as string,
      modelKey,
      apps.tokens.tracker,
      ...apps.pipedream.issuedTokens,
    ];
    for (const secret of secrets) {
      expect(everything.includes(secret)).toBe(false);
    }

    // The engine runs it without a model from now on.
    apps.tracker.updateTicket(1001, { status: 'closed' });
    const polled = await runCliAsync(['poll', 'ticketdesk', '--store', store], { env });
    expect(polled.status, polled.stderr).toBe(0);
    expect(gitCli(store, 'log', '-1', '--format=%s')).toBe('sync(ticketdesk): poll 1 change (+0 ~1 -0)');
    // Idempotent: SKILL.md exists, so no model call.
    const again = await runCliAsync(['connect', 'ticketdesk', '--account', 'apn_tickets', '--store', store], { env });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already connected');
    expect(model.requests).toHaveLength(10);
  });

  it('--agent auto installs a send-only API as api-only; status shows it', async () => {
    model = await startScriptedModelServer({ script: messagingScript() });
    const store = join(dir.path, 'store');
    const env = { ...agentEnv(model), SYNCAGENT_MODEL_API_KEY: '' };
    await runCliAsync(['init', '--store', store], { env });
    const result = await runCliAsync(['connect', 'pingpost', '--account', 'apn_sms', '--store', store], { env });
    expect(result.status, result.stderr).toBe(0);
    // The final summary names the model and the tokens; stderr has one progress line per step.
    expect(result.stdout).toMatch(
      /^pingpost: connected \(agent:openai-compatible:scripted\): api-only: send-only SMS API.* \(openai-compatible:scripted, 4 steps, [\d,]+ tokens\)\n$/,
    );
    const progress = result.stderr.split('\n').filter((line) => line.startsWith('agent-step '));
    expect(progress.map((line) => line.match(/ step=(\d+) of=60 /)?.[1])).toEqual(['1', '2', '3', '4']);
    expect(progress[1]).toMatch(/tools="http_request GET https:\/\/api\.pingpost\.example\/v1\/account → 200/);
    expect(model.requests).toHaveLength(4);
    expect(gitCli(store, 'log', '-1', '--format=%b')).toMatch(/^model: openai-compatible:scripted\nsteps: 4\ntokens: /);
    const status = await runCliAsync(['status', '--store', store, '--json'], { env });
    expect(JSON.parse(status.stdout).syncs).toEqual([
      expect.objectContaining({ slug: 'pingpost', flavor: 'api-only', status: 'active', nextPollAt: null }),
    ]);
    const tick = await runCliAsync(['tick', '--store', store, '--json'], { env });
    expect(JSON.parse(tick.stdout)).toMatchObject({ actions: [], skipped: ['pingpost'] });
  });

  it('a spent budget exits 1 with an agent error and leaves HEAD where it was', async () => {
    model = await startScriptedModelServer({ script: ticketTrackerScript() });
    const store = join(dir.path, 'store');
    const env = { ...agentEnv(model), SYNCAGENT_MODEL_API_KEY: '' };
    await runCliAsync(['init', '--store', store], { env });
    const head = gitCli(store, 'rev-parse', 'HEAD');
    const result = await runCliAsync(
      ['connect', 'ticketdesk', '--account', 'apn_tickets', '--agent', 'llm', '--max-steps', '3', '--store', store],
      { env },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'syncagent: agent: the agent spent its budget of 3 steps without a successful finish',
    );
    expect(gitCli(store, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('--agent llm takes the agent even for an app with a catalog recipe; auto takes the recipe (dry runs)', async () => {
    model = await startScriptedModelServer({ script: ticketTrackerScript() });
    const store = join(dir.path, 'store');
    const env = { ...agentEnv(model), SYNCAGENT_MODEL_API_KEY: '' };
    await runCliAsync(['init', '--store', store], { env });
    const args = ['connect', 'dropbox', '--account', 'apn_box', '--external-user', 'user-42', '--dry-run'];
    const forced = await runCliAsync([...args, '--agent', 'llm', '--store', store], { env });
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/^dropbox: would install .* \(agent:openai-compatible:scripted\) and backfill\n$/);
    const auto = await runCliAsync([...args, '--store', store], { env });
    expect(auto.status, auto.stderr).toBe(0);
    expect(auto.stdout).toMatch(/^dropbox: would install .* \(catalog:dropbox@\d+\) and backfill\n$/);
    // A dry run asks no model.
    expect(model.requests).toHaveLength(0);
  });

  it('without SYNCAGENT_MODEL the agent path is missing_config (exit 3) naming the variable', async () => {
    const store = join(dir.path, 'store');
    await runCliAsync(['init', '--store', store], { env: apps.env });
    const result = await runCliAsync(['connect', 'ticketdesk', '--account', 'apn_tickets', '--store', store], {
      env: { ...apps.env, SYNCAGENT_MODEL: '' },
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('missing_config: missing configuration: set SYNCAGENT_MODEL');
  });
});
