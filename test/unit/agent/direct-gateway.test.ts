import { describe, expect, it } from 'vitest';
import { runSyncAgent } from '../../../src/agent/index.js';
import {
  createHostMappingFetch,
  populateTickets,
  type ScriptTurn,
  ticketTrackerScript,
  toolResultValue,
} from '../../../src/testkit/index.js';
import { agentFixture, scriptedModel } from './support.js';

const fixture = agentFixture();

describe('the agent with SYNCAGENT_GATEWAY=direct', () => {
  it('reaches only declared hosts: a probe before create_sync_engine is refused, after it goes through', async () => {
    const { apps } = fixture;
    populateTickets(apps.tracker, 12);
    const env = { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_TICKETDESK: apps.tokens.tracker };
    const fetch = createHostMappingFetch({ [apps.tracker.host]: apps.tracker.url });
    const tracker = ticketTrackerScript();
    const answers: unknown[] = [];
    const turns: ScriptTurn[] = [
      tracker[1] as ScriptTurn, // probe: refused, no host declared
      tracker[3] as ScriptTurn, // create_sync_engine with its hosts
      tracker[1] as ScriptTurn, // the same probe, now allowed
      ...tracker.slice(4),
    ];
    const run = await runSyncAgent({
      deps: fixture.deps({ env, fetch }),
      connection: { app: 'ticketdesk', slug: 'ticketdesk', accountId: 'apn_tickets', externalUserId: 'user-42' },
      model: scriptedModel((request) => {
        answers.push(...request.toolResults.map(toolResultValue));
        return turns[request.turn] ?? { text: 'done' };
      }),
    });
    expect(answers[0]).toMatchObject({
      error: { code: 'invalid_input', message: expect.stringContaining('SYNCAGENT_GATEWAY=direct') },
    });
    expect(answers[2]).toMatchObject({ status: 200 });
    expect(run.flavor).toBe('sync-engine');
    // Only the declared host was ever called, with the direct token.
    expect(
      apps.tracker.requests.every((request) => request.headers.authorization === `Bearer ${apps.tokens.tracker}`),
    ).toBe(true);
    expect(apps.pipedream.requests).toHaveLength(0);
  });
});
