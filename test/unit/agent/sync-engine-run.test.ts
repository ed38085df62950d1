import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runSyncAgent } from '../../../src/agent/index.js';
import { loadSync, poll, readStatus } from '../../../src/engine/index.js';
import { populateTickets, type Ticket, ticketTrackerScript } from '../../../src/testkit/index.js';
import { gitCli } from '../../support/git.js';
import { agentFixture, mirrorTickets, scriptedModel } from './support.js';

const fixture = agentFixture();

/** What the tracker handler keeps of a ticket: structure only. */
function structural(ticket: Ticket): Record<string, unknown> {
  const assignee = ticket.assignee;
  return {
    id: ticket.id,
    key: ticket.key,
    title: ticket.title,
    status: ticket.status,
    priority: ticket.priority,
    project: ticket.project_id,
    assignee: assignee ? assignee.name : null,
    labels: ticket.labels,
    created: ticket.created_at,
    updated: ticket.updated_at,
  };
}

const connection = { app: 'ticketdesk', slug: 'ticketdesk', accountId: 'apn_tickets', externalUserId: 'user-42' };

describe('the sync agent, driven by MockLanguageModelV3', () => {
  it('(a) installs a sync engine for a ticket tracker: the handler backfills, poll picks up changes, the mirror matches the fake', async () => {
    const { apps } = fixture;
    populateTickets(apps.tracker, 230);
    const model = scriptedModel(ticketTrackerScript());
    const run = await runSyncAgent({
      deps: fixture.deps(),
      connection: { ...connection, allowedDomains: ['api.ticketdesk.example'] },
      model,
    });
    expect(run.flavor).toBe('sync-engine');
    expect(run.exports).toEqual(['backfill', 'pollOnce']);
    expect(run.steps).toBe(10);
    expect(run.commits).toHaveLength(1);
    expect(run.usage.totalTokens).toBeGreaterThan(0);
    // Every tool answered without an error along the way.
    expect(run.trace.flatMap((step) => step.calls).filter((call) => !call.ok)).toEqual([]);

    const root = fixture.root;
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe(
      'sync(ticketdesk): connect by agent, sync-engine: ticket tracker: users ask which tickets are open, assigned to whom, and what changed',
    );
    const body = gitCli(root, 'log', '-1', '--format=%b');
    expect(body).toContain('model: openai-compatible:scripted-1');
    expect(body).toMatch(/tokens: [\d,]+ input, [\d,]+ output/);
    const { config } = await loadSync(fixture.store, 'ticketdesk');
    expect(config).toMatchObject({
      flavor: 'sync-engine',
      hosts: ['api.ticketdesk.example'],
      signals: { poll: { everyMinutes: 15 } },
      createdBy: 'agent:openai-compatible:scripted-1',
    });
    const skill = await readFile(join(root, 'skills/ticketdesk/SKILL.md'), 'utf8');
    const frontmatter = parse(skill.slice(4, skill.indexOf('\n---\n')));
    expect(frontmatter).toMatchObject({
      name: 'ticketdesk',
      description: expect.stringMatching(/^Every ticket of the user's Ticketdesk workspace/),
      metadata: {
        app: 'ticketdesk',
        account_id: 'apn_tickets',
        flavor: 'sync-engine',
        mirror_prefix: 'mirrors/ticketdesk/',
        created_by: 'agent:openai-compatible:scripted-1',
        updated_at: '2025-06-01T12:00:00.000Z',
      },
    });
    expect(skill).toContain('## How to answer');

    // The backfilled mirror is the fake's tickets, structure only, each shard under 64 KiB.
    expect(await mirrorTickets(root, 'ticketdesk')).toEqual(apps.tracker.snapshot().map(structural));
    const files = gitCli(root, 'ls-files', '-s', 'mirrors/ticketdesk/tickets').split('\n');
    expect(files).toHaveLength(16);
    expect(await readFile(join(root, 'mirrors/ticketdesk/tickets/0.ndjson'), 'utf8')).not.toContain('description');
    const status = await readStatus(fixture.store, 'ticketdesk');
    expect(status.lastRun).toMatchObject({ event: 'connect', result: 'ok' });
    expect(status.nextPollAt).toBe('2025-06-01T12:15:00.000Z');

    // Changes at the source: poll (the engine, no model) brings the mirror in step.
    apps.tracker.updateTicket(1003, { status: 'solved', title: 'Slow dashboard #3 (fixed)' });
    apps.tracker.deleteTicket(1010);
    apps.tracker.addTicket({ title: 'New: SSO for Okta', priority: 'high' });
    const polled = await poll(fixture.deps(), 'ticketdesk');
    expect(polled.ran && polled.summary).toBe('3 changes (+1 ~1 -1)');
    expect(await mirrorTickets(root, 'ticketdesk')).toEqual(apps.tracker.snapshot().map(structural));
    const recent = await readFile(join(root, 'mirrors/ticketdesk/recent.ndjson'), 'utf8');
    expect(
      recent
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).op),
    ).toEqual(['changed', 'deleted', 'changed']);
    const index = JSON.parse(await readFile(join(root, 'mirrors/ticketdesk/index.json'), 'utf8'));
    expect(index.tickets).toBe(230);
  });
});
