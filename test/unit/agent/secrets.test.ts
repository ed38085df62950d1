import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runSyncAgent, type TraceStep } from '../../../src/agent/index.js';
import { poll } from '../../../src/engine/index.js';
import { populateTickets, type ScriptTurn, ticketTrackerScript, toolResultValue } from '../../../src/testkit/index.js';
import { agentFixture, scriptedModel } from './support.js';

const fixture = agentFixture();
const connection = { app: 'ticketdesk', slug: 'ticketdesk', accountId: 'apn_tickets', externalUserId: 'user-42' };
const providerKey = 'sk-provider-key-that-must-stay-home-42';

/** Everything the store holds: every object of every commit, as text. */
function storeText(root: string): string {
  const run = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const objects = run('cat-file', '--batch-all-objects', '--batch-check=%(objectname)')
    .trim()
    .split('\n')
    .filter(Boolean);
  return objects.map((oid) => run('cat-file', '-p', oid)).join('\n');
}

describe('secrets', () => {
  it('never reach the trace, the log, the store or the model (Pipedream secret and tokens, provider key, upstream tokens)', async () => {
    const { apps } = fixture;
    populateTickets(apps.tracker, 40);
    const env: NodeJS.ProcessEnv = {
      ...apps.env,
      SYNCAGENT_MODEL_API_KEY: providerKey,
      DROPBOX_APP_SECRET: 'dropbox-app-secret-999',
    };
    const model = { ...scriptedModel(ticketTrackerScript()), secrets: [providerKey] };
    const trace: TraceStep[] = [];
    const run = await runSyncAgent({
      deps: fixture.deps({ env }),
      connection,
      model,
      onStep: (step) => void trace.push(step),
    });
    await poll(fixture.deps({ env }), 'ticketdesk');
    const secrets = [
      env.PIPEDREAM_CLIENT_SECRET as string,
      providerKey,
      'dropbox-app-secret-999',
      apps.tokens.tracker,
      apps.tokens.messaging,
      ...apps.pipedream.issuedTokens,
    ];
    expect(apps.pipedream.issuedTokens.length).toBeGreaterThan(0);
    const places = {
      trace: JSON.stringify(trace) + JSON.stringify(run),
      log: fixture.logger.lines.join('\n'),
      store: storeText(fixture.root),
      model: JSON.stringify(model.mock.doGenerateCalls),
    };
    // The places hold what they should (so the greps below search something real).
    expect(places.store).toContain('"key":"OPS-1"');
    expect(places.model).toContain('get_connection');
    expect(places.log).toContain('agent-step');
    for (const [place, text] of Object.entries(places)) {
      for (const secret of secrets) expect(text.includes(secret), `${place} holds ${secret.slice(0, 6)}…`).toBe(false);
    }
  });

  it('an answer that would carry a known secret reaches the model redacted', async () => {
    const planted = 'planted-secret-value-0042';
    // A mirror file at HEAD that (by some mistake of an earlier handler) holds a secret value.
    await fixture.store.transact(
      async (tx) => {
        tx.write('mirrors/ticketdesk/notes.txt', `token=${planted}\n`);
      },
      { message: 'test: plant' },
    );
    const answers: unknown[] = [];
    const turns: ScriptTurn[] = [
      { toolCalls: [{ name: 'read_mirror', input: { path: 'notes.txt' } }] },
      { text: 'stop' },
    ];
    const model = scriptedModel((request) => {
      answers.push(...request.toolResults.map(toolResultValue));
      return turns[request.turn] ?? { text: 'stop' };
    });
    await runSyncAgent({
      deps: fixture.deps({ env: { ...fixture.apps.env, PIPEDREAM_TOKEN_EXTRA: planted } }),
      connection,
      model,
      maxSteps: 3,
    }).catch(() => undefined);
    expect(JSON.stringify(answers)).toContain('token=[REDACTED]');
    expect(JSON.stringify(model.mock.doGenerateCalls)).not.toContain(planted);
  });
});
