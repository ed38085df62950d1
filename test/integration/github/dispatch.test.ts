import { describe, expect, it } from 'vitest';
import { gitCli } from '../../support/git.js';
import { connectEvent, dispatchWorld, leakedSecrets, repositoryDispatch, webhookEvent } from './support.js';

// `syncagent dispatch` as the Action runs it: a subprocess on a fresh clone of a bare remote, with the GitHub
// variables of a run, against loopback Pipedream Connect + Dropbox and GitHub fakes.

const world = dispatchWorld();

describe('dispatch of repository_dispatch events', { timeout: 300_000 }, () => {
  it('syncagent.connect installs Dropbox, pushes its commits and writes a job summary without secrets', async () => {
    const { dispatch, log, secrets } = world.current;
    const run = await dispatch('repository_dispatch', connectEvent());
    expect(run.stderr).not.toMatch(/syncagent: \w+:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^dropbox: connected \(catalog:dropbox@1\)/m);
    const subjects = log();
    expect(subjects.at(-1)).toBe('template store');
    expect(subjects.filter((subject) => subject.startsWith('sync(dropbox): connect'))).not.toHaveLength(0);
    // The summary: event, slug, commits linked on the server, files changed.
    expect(run.summary).toContain('syncagent: repository_dispatch syncagent.connect: ✅ done');
    expect(run.summary).toContain('<code>dropbox</code>');
    const head = gitCli(world.current.remote, 'rev-parse', 'main');
    expect(run.summary).toContain(`https://github.example/acme/store/commit/${head}`);
    expect(run.summary).toContain('https://github.example/acme/store/actions/runs/4242');
    expect(run.summary).toMatch(/Files changed \(\d+\)/);
    expect(run.summary).toContain('<code>skills/dropbox/SKILL.md</code>');
    expect(leakedSecrets(secrets, run.summary, run.stdout, run.stderr)).toEqual([]);
    // The checkout the Action ran in is clean and at the pushed tip.
    expect(gitCli(run.clone, 'status', '--porcelain')).toBe('');
    expect(gitCli(run.clone, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('a signed webhook lands in one commit; the same delivery is skipped; app + account_id finds the sync; a forged one is refused', async () => {
    const { dispatch, log, fakes, remote } = world.current;
    expect((await dispatch('repository_dispatch', connectEvent())).status).toBe(0);
    fakes.dropbox.addFile('/Docs/new-report.pdf', { size: 3000 });
    const before = log().length;
    const run = await dispatch('repository_dispatch', webhookEvent('delivery-1'));
    expect(run.stderr).not.toMatch(/^syncagent: /m);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^dropbox: webhook 1 change \(\+1 ~0 -0\)/m);
    expect(log().length).toBe(before + 1);
    expect(log()[0]).toMatch(/^sync\(dropbox\): webhook 1 change/);
    expect(gitCli(remote, 'grep', '-l', 'new-report.pdf', 'main', '--', 'mirrors/dropbox')).not.toBe('');
    expect(run.summary).toContain('<code>delivery-1</code>');
    expect(run.summary).toContain('Commits (1)');

    const again = await dispatch('repository_dispatch', webhookEvent('delivery-1'));
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('delivery delivery-1 already handled (skipped)');
    expect(again.summary).toContain('nothing to do');
    expect(log().length).toBe(before + 1);

    fakes.dropbox.addFile('/Docs/by-account.txt', { size: 10 });
    const byAccount = await dispatch(
      'repository_dispatch',
      webhookEvent('d-acc', { app: 'dropbox', account_id: 'apn_gh1' }),
    );
    expect(byAccount.status).toBe(0);
    expect(log()[0]).toMatch(/^sync\(dropbox\): webhook 1 change/);
    const unknown = await dispatch(
      'repository_dispatch',
      webhookEvent('d-x', { app: 'dropbox', account_id: 'apn_nope' }),
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      'syncagent: invalid_input: no sync for app "dropbox" account apn_nope: connect it first',
    );

    const refs = gitCli(remote, 'for-each-ref');
    const forged = webhookEvent('forged') as { client_payload: { headers: Record<string, string> } };
    forged.client_payload.headers['x-dropbox-signature'] = '0'.repeat(64);
    const refused = await dispatch('repository_dispatch', forged);
    expect(refused.status).toBe(4);
    expect(refused.stderr.trim()).toBe(
      'syncagent: unauthorized: webhook for "dropbox" has an invalid x-dropbox-signature signature: rejected',
    );
    expect(gitCli(remote, 'for-each-ref')).toBe(refs);
  });

  it('an oversize delivery relayed as a truncated signal polls instead; syncagent.delete removes the sync', async () => {
    const { dispatch, fakes, log, remote } = world.current;
    expect((await dispatch('repository_dispatch', connectEvent())).status).toBe(0);
    fakes.dropbox.addFile('/Docs/big-change.bin', { size: 10 });
    const run = await dispatch(
      'repository_dispatch',
      repositoryDispatch('syncagent.webhook', {
        slug: 'dropbox',
        delivery_id: 'big-1',
        truncated: true,
        size: 200_000,
      }),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('delivery big-1 was too big for repository_dispatch (200000 bytes): polling instead');
    expect(log()[0]).toMatch(/^sync\(dropbox\): poll /);
    expect(gitCli(remote, 'grep', '-l', 'big-change.bin', 'main', '--', 'mirrors/dropbox')).not.toBe('');

    const deleted = await dispatch('repository_dispatch', repositoryDispatch('syncagent.delete', { slug: 'dropbox' }));
    expect(deleted.status).toBe(0);
    expect(log()[0]).toBe('sync(dropbox): delete removed skill, handler and mirror');
    expect(gitCli(remote, 'ls-tree', '-r', '--name-only', 'main')).not.toMatch(/dropbox/);
  });
});

describe('dispatch of schedule and workflow_dispatch', { timeout: 300_000 }, () => {
  it('workflow_dispatch runs its command input; schedule runs tick: nothing due says so, a due poll is committed', async () => {
    const { dispatch, log, makePollDue, fakes } = world.current;
    const connect = await dispatch('workflow_dispatch', {
      inputs: { command: 'connect', app: 'dropbox', account_id: 'apn_gh1', slug: '', force: 'false' },
    });
    expect(connect.status).toBe(0);
    expect(log()[0]).toMatch(/^sync\(dropbox\): connect/);
    const idle = await dispatch('schedule', { schedule: '*/15 * * * *' });
    expect(idle.status).toBe(0);
    expect(idle.stdout).toMatch(/^nothing due at /m);
    await makePollDue();
    fakes.dropbox.addFile('/Docs/polled.txt', { size: 5 });
    const run = await dispatch('schedule', { schedule: '*/15 * * * *' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^dropbox: poll 1 change/m);
    expect(log()[0]).toMatch(/^sync\(dropbox\): poll 1 change/);
    expect(run.summary).toContain('syncagent: schedule: ✅ done');
    const poll = await dispatch('workflow_dispatch', { inputs: { command: 'poll', slug: 'dropbox' } });
    expect(poll.status).toBe(0);
    expect(log()[0]).toMatch(/^sync\(dropbox\): poll/);
    const bad = await dispatch('workflow_dispatch', { inputs: { command: 'poll' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^syncagent: invalid_input: event-\d+\.json: inputs: slug: required for poll$/);
  });
});

describe('malformed payloads', () => {
  const bigBody = 'x'.repeat(70_000);
  // Every rule has a unit test (test/unit/github/event-payloads.test.ts); these check the command's contract.
  const cases: Array<[string, string, unknown, RegExp]> = [
    ['not JSON', 'repository_dispatch', '{"action":', /not valid JSON/],
    [
      'too many top-level keys',
      'repository_dispatch',
      repositoryDispatch(
        'syncagent.webhook',
        Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`k${index}`, index])),
      ),
      /client_payload has 11 top-level keys; GitHub allows 10/,
    ],
    [
      'a payload of 64 KB or more',
      'repository_dispatch',
      repositoryDispatch('syncagent.webhook', { slug: 'dropbox', delivery_id: 'd', body: bigBody }),
      /the dispatch payload is \d+ bytes; GitHub allows less than 65536/,
    ],
    [
      'an event_type over 100 characters',
      'repository_dispatch',
      repositoryDispatch(`syncagent.${'x'.repeat(91)}`, { slug: 'dropbox' }),
      /event_type is 101 characters; GitHub allows 100/,
    ],
    ['an unknown event', 'push', { ref: 'refs/heads/main' }, /GITHUB_EVENT_NAME: syncagent handles/],
  ];
  it.each(cases)('%s: one clear line, exit 2, nothing pushed', async (_name, eventName, payload, message) => {
    const { dispatch, remote } = world.current;
    const refsBefore = gitCli(remote, 'for-each-ref');
    const run = await dispatch(eventName, payload);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^syncagent: invalid_input: /);
    expect(lines[0]).toMatch(message);
    expect(run.stdout).toBe('');
    expect(gitCli(remote, 'for-each-ref')).toBe(refsBefore);
    expect(gitCli(run.clone, 'status', '--porcelain')).toBe('');
    expect(run.summary).toContain('❌ failed');
    expect(run.summary).toContain('invalid_input');
    expect(world.current.github.requests).toHaveLength(0);
  });
});
