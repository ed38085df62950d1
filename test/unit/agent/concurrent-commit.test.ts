import { describe, expect, it } from 'vitest';
import { runSyncAgent } from '../../../src/agent/index.js';
import { ConflictError } from '../../../src/errors.js';
import { openStore } from '../../../src/store/index.js';
import { populateTickets, ticketTrackerScript } from '../../../src/testkit/index.js';
import { gitCli } from '../../support/git.js';
import { agentFixture, mirrorTickets, scriptedModel } from './support.js';

const fixture = agentFixture();
const connection = { app: 'ticketdesk', slug: 'ticketdesk', accountId: 'apn_tickets', externalUserId: 'user-42' };

/** Commits `path` from another store handle (another process, as far as the run can tell). */
async function commitElsewhere(root: string, path: string): Promise<void> {
  const other = await openStore({ root });
  await other.transact(
    async (tx) => {
      tx.write(path, 'meanwhile\n');
    },
    { message: `test: ${path}` },
  );
}

describe('a commit that lands while the agent runs', () => {
  it('elsewhere in the store: the run lands on top of it without asking the model again', async () => {
    populateTickets(fixture.apps.tracker, 30);
    const model = scriptedModel(ticketTrackerScript());
    const run = await runSyncAgent({
      deps: fixture.deps(),
      connection,
      model,
      onStep: async (step) => {
        if (step.step === 5) await commitElsewhere(fixture.root, 'skills/other/SKILL.md');
      },
    });
    expect(run.flavor).toBe('sync-engine');
    expect(model.mock.doGenerateCalls).toHaveLength(10);
    expect(gitCli(fixture.root, 'log', '--format=%s').split('\n').slice(0, 2)).toEqual([
      'sync(ticketdesk): connect by agent, sync-engine: ticket tracker: users ask which tickets are open, assigned to whom, and what changed',
      'test: skills/other/SKILL.md',
    ]);
    expect(gitCli(fixture.root, 'show', 'HEAD:skills/other/SKILL.md')).toBe('meanwhile');
    expect(await mirrorTickets(fixture.root, 'ticketdesk')).toHaveLength(30);
    expect(gitCli(fixture.root, 'status', '--porcelain')).toBe('');
  });

  it('in this sync: a conflict, and nothing of the run lands', async () => {
    populateTickets(fixture.apps.tracker, 5);
    const error = await runSyncAgent({
      deps: fixture.deps(),
      connection,
      model: scriptedModel(ticketTrackerScript()),
      onStep: async (step) => {
        if (step.step === 5) await commitElsewhere(fixture.root, 'mirrors/ticketdesk/notes.txt');
      },
    }).catch((caught: unknown) => caught);
    expect(ConflictError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('changed in the store while the agent ran');
    expect(gitCli(fixture.root, 'log', '-1', '--format=%s')).toBe('test: mirrors/ticketdesk/notes.txt');
    expect(gitCli(fixture.root, 'ls-files', 'handlers')).not.toContain('ticketdesk');
  });
});
