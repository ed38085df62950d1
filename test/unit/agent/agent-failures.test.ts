import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSyncAgent } from '../../../src/agent/index.js';
import { AgentError, type SyncError } from '../../../src/errors.js';
import {
  populateTickets,
  type ScriptRequest,
  type ScriptTurn,
  ticketTrackerHandlerSource,
  ticketTrackerScript,
  toolResultValue,
} from '../../../src/testkit/index.js';
import { gitCli } from '../../support/git.js';
import { agentFixture, mirrorTickets, scriptedModel } from './support.js';

const fixture = agentFixture();
const connection = {
  app: 'ticketdesk',
  slug: 'ticketdesk',
  accountId: 'apn_tickets',
  externalUserId: 'user-42',
  allowedDomains: ['api.ticketdesk.example'],
};
const host = 'api.ticketdesk.example';

/** A script of fixed steps that also records what every tool answered, in order. */
function recorded(turns: ScriptTurn[]): { script: (request: ScriptRequest) => ScriptTurn; answers: unknown[] } {
  const answers: unknown[] = [];
  return {
    answers,
    script: (request) => {
      answers.push(...request.toolResults.map(toolResultValue));
      return turns[request.turn] ?? { text: 'out of turns' };
    },
  };
}

const tracker = ticketTrackerScript();
/** The tracker run's turns from the skill on (write_skill, finish, closing text). */
const skillAndFinish = tracker.slice(-3);

describe('the sync agent when things go wrong', () => {
  it('(c) a handler that throws in the sandbox: the error comes back to the model, the failed run leaves nothing, the fix is accepted', async () => {
    populateTickets(fixture.apps.tracker, 20);
    // Writes a file, then throws: the write must not survive the failed run.
    const broken = `export async function backfill(ctx) {
  await ctx.mirror.write('half.ndjson', '{"partial":true}\\n');
  await ctx.state.set('cursor', 'x');
  const page = (await ctx.http.request({ url: 'https://${host}/v2/tickets?limit=5' })).data;
  return page.items.length; // the API calls them "tickets"
}
export async function pollOnce(ctx) { return backfill(ctx); }
`;
    const { script, answers } = recorded([
      { toolCalls: [{ name: 'get_connection', input: {} }] },
      { toolCalls: [{ name: 'create_sync_engine', input: { handler: broken, hosts: [host], pollEveryMinutes: 15 } }] },
      { toolCalls: [{ name: 'run_in_sync', input: { export: 'backfill' } }] },
      { toolCalls: [{ name: 'list_mirror', input: {} }] },
      // finish before the fixed handler has run is refused too
      { toolCalls: [{ name: 'finish', input: { flavor: 'sync-engine', reason: 'tracker' } }] },
      {
        toolCalls: [
          {
            name: 'create_sync_engine',
            input: { handler: ticketTrackerHandlerSource, hosts: [host], pollEveryMinutes: 15 },
          },
        ],
      },
      { toolCalls: [{ name: 'run_in_sync', input: { export: 'backfill' } }] },
      ...skillAndFinish,
    ]);
    const run = await runSyncAgent({ deps: fixture.deps(), connection, model: scriptedModel(script) });
    expect(run.flavor).toBe('sync-engine');
    const failed = answers[2] as { ok: boolean; error: { code: string; message: string }; changes: unknown };
    expect(failed.ok).toBe(false);
    expect(failed.error.code).toBe('sandbox');
    expect(failed.error.message).toMatch(/handlers\/ticketdesk\/handler\.js backfill: .*TypeError.*length/);
    expect(failed.changes).toEqual({ written: 0, deleted: 0 });
    expect(answers[3]).toEqual({ files: [] });
    const refused = answers[4] as { error: { code: string; message: string } };
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.message).toContain('write_skill');
    expect((answers[6] as { ok: boolean }).ok).toBe(true);
    expect(await mirrorTickets(fixture.root, 'ticketdesk')).toHaveLength(20);
    expect(gitCli(fixture.root, 'ls-files', 'mirrors/ticketdesk')).not.toContain('half.ndjson');
    const state = JSON.parse(gitCli(fixture.root, 'show', 'HEAD:mirrors/ticketdesk/.sync/state.json'));
    expect(state.cursor).toBeUndefined();
    expect(state.highWater).toMatch(/^2025-/);
  });

  it('create_sync_engine refuses a module that does not load, exports nothing useful, or exports unknown names', async () => {
    const { script, answers } = recorded([
      {
        toolCalls: [
          { name: 'create_sync_engine', input: { handler: 'export async function backfill(ctx) {', hosts: [host] } },
        ],
      },
      {
        toolCalls: [
          { name: 'create_sync_engine', input: { handler: 'export async function renewWebhook() {}', hosts: [host] } },
        ],
      },
      {
        toolCalls: [
          {
            name: 'create_sync_engine',
            input: { handler: 'export async function backfill() {}\nexport function helper() {}', hosts: [host] },
          },
        ],
      },
      {
        toolCalls: [
          {
            name: 'create_sync_engine',
            input: { handler: 'export async function backfill() {}', hosts: [host], poll: 5 },
          },
        ],
      },
      { toolCalls: [{ name: 'skill_exists', input: {} }] },
      { text: 'giving up' },
    ]);
    const error = await runSyncAgent({
      deps: fixture.deps(),
      connection,
      model: scriptedModel(script),
      maxSteps: 8,
    }).catch((caught: unknown) => caught);
    expect(AgentError.isInstance(error)).toBe(true);
    const codes = answers.slice(0, 4).map((answer) => (answer as { error: { code: string; message: string } }).error);
    expect(codes[0]?.code).toBe('sandbox');
    expect(codes[0]?.message).toMatch(/syntax|SyntaxError|expecting/i);
    expect(codes[1]).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('none of backfill') });
    expect(codes[2]).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('helper') });
    // Unknown keys are refused by the strict schema, as data.
    expect(codes[3]).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/poll/) });
    expect(answers[4]).toEqual({ exists: false, path: 'skills/ticketdesk/SKILL.md' });
  });

  it('(d) the step budget runs out: exit 1 with an agent error, HEAD unchanged, nothing in the work tree', async () => {
    populateTickets(fixture.apps.tracker, 10);
    const head = gitCli(fixture.root, 'rev-parse', 'HEAD');
    const error = await runSyncAgent({
      deps: fixture.deps(),
      connection,
      model: scriptedModel(ticketTrackerScript()),
      maxSteps: 5,
    }).catch((caught: unknown) => caught);
    expect(AgentError.isInstance(error)).toBe(true);
    const agentError = error as AgentError;
    expect(agentError.code).toBe('agent');
    expect(agentError.exitCode).toBe(1);
    expect(agentError.message).toContain('budget of 5 steps');
    expect(agentError.data).toMatchObject({ reason: 'budget-steps', steps: 5, model: 'openai-compatible:scripted-1' });
    expect((agentError.data.trace as unknown[]).length).toBe(5);
    expect(gitCli(fixture.root, 'rev-parse', 'HEAD')).toBe(head);
    expect(await readdir(join(fixture.root, 'mirrors'))).not.toContain('ticketdesk');
    expect(gitCli(fixture.root, 'status', '--porcelain')).toBe('');
  });

  it('(d) the time budget runs out while the model thinks: an agent error, HEAD unchanged', async () => {
    const head = gitCli(fixture.root, 'rev-parse', 'HEAD');
    const model = scriptedModel(() => ({ text: 'unused' }));
    // A model that answers only when the run gives up on it.
    model.mock.doGenerate = (options) =>
      new Promise((_resolve, reject) => {
        options.abortSignal?.addEventListener('abort', () => reject(options.abortSignal?.reason), { once: true });
      });
    const error = await runSyncAgent({ deps: fixture.deps(), connection, model, maxMinutes: 0.002 }).catch(
      (caught: unknown) => caught,
    );
    expect(AgentError.isInstance(error)).toBe(true);
    expect((error as SyncError).message).toContain('budget of 0.002 minutes');
    expect((error as SyncError).data.reason).toBe('budget-minutes');
    expect(gitCli(fixture.root, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('a model that stops without finish is told to go on, then the run fails without a commit', async () => {
    const head = gitCli(fixture.root, 'rev-parse', 'HEAD');
    const model = scriptedModel([{ text: 'Done, I think.' }, { text: 'Really done.' }, { text: 'Still done.' }]);
    const error = (await runSyncAgent({ deps: fixture.deps(), connection, model }).catch(
      (caught) => caught,
    )) as SyncError;
    expect(error.code).toBe('agent');
    expect(error.data.reason).toBe('no-finish');
    expect(model.mock.doGenerateCalls).toHaveLength(3);
    expect(JSON.stringify(model.mock.doGenerateCalls[1]?.prompt)).toContain('Nothing lands unless finish succeeds');
    expect(gitCli(fixture.root, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('(e) write_skill with a 2,000-character description is refused back to the model, which shortens it', async () => {
    populateTickets(fixture.apps.tracker, 5);
    const writeSkill = tracker.at(-3) as ScriptTurn;
    const input = writeSkill.toolCalls?.[0]?.input as { description: string; body: string };
    const { script, answers } = recorded([
      ...tracker.slice(0, -3),
      { toolCalls: [{ name: 'write_skill', input: { ...input, description: 'x'.repeat(2000) } }] },
      ...skillAndFinish,
    ]);
    const run = await runSyncAgent({ deps: fixture.deps(), connection, model: scriptedModel(script) });
    expect(run.flavor).toBe('sync-engine');
    const refused = answers.find((answer) => typeof answer === 'object' && answer !== null && 'error' in answer) as {
      error: { code: string; message: string };
    };
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.message).toContain('2000 characters');
    expect(refused.error.message).toContain('at most 1024');
    expect(run.trace.flatMap((step) => step.calls).filter((call) => !call.ok)).toHaveLength(1);
  });

  it('delete_sync drops everything the run wrote, and the run can start over', async () => {
    populateTickets(fixture.apps.tracker, 5);
    const { script, answers } = recorded([
      ...tracker.slice(0, 5), // up to the backfill
      { toolCalls: [{ name: 'delete_sync', input: {} }] },
      { toolCalls: [{ name: 'list_mirror', input: {} }] },
      ...tracker.slice(3, 5), // install and backfill again
      ...skillAndFinish,
    ]);
    const run = await runSyncAgent({ deps: fixture.deps(), connection, model: scriptedModel(script) });
    const removed = (answers[5] as { removed: string[] }).removed;
    expect(removed).toContain('handlers/ticketdesk/handler.js');
    expect(removed).toContain('handlers/ticketdesk/sync.json');
    expect(removed.some((path) => path.startsWith('mirrors/ticketdesk/tickets/'))).toBe(true);
    expect(answers[6]).toEqual({ files: [] });
    expect(run.flavor).toBe('sync-engine');
    expect(await mirrorTickets(fixture.root, 'ticketdesk')).toHaveLength(5);
  });
});
