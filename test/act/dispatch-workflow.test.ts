import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitCli } from '../support/git.js';
import { accountId, actWorld, repositoryDispatch, secrets, webhookEvent } from './support.js';

// The shipped syncagent-dispatch.yml and syncagent-tick.yml, run by act against the loopback fakes.

const world = actWorld();
const connect = repositoryDispatch('syncagent.connect', { app: 'dropbox', account_id: 'apn_act1' });
const secretValues = Object.values(secrets);

/** The lines of an act log that carry syncagent's one-line errors. */
function errorLines(output: string): string[] {
  // act echoes the job summary as "⚙  Summary - ..." lines: those are the summary, not the log.
  return output.split('\n').filter((line) => /syncagent: [a-z_]+: /.test(line) && !line.includes('⚙  Summary'));
}

describe('syncagent-dispatch.yml', () => {
  it('connect installs Dropbox; a signed webhook lands as one commit; the summary has its sections and no secret', async () => {
    const { act, log, fakes, remote } = world.current;
    const installed = await act('repository_dispatch', connect);
    expect(installed.output).toContain('Job succeeded');
    expect(installed.status).toBe(0);
    const afterConnect = log();
    expect(afterConnect.at(-1)).toBe('template store');
    const connectCommits = afterConnect.slice(0, -1);
    expect(connectCommits.length).toBeGreaterThan(0);
    for (const subject of connectCommits) expect(subject).toMatch(/^sync\(dropbox\): connect /);
    expect(gitCli(remote, 'ls-tree', '-r', '--name-only', 'main')).toContain('skills/dropbox/SKILL.md');

    fakes.dropbox.addFile('/Docs/from-act.txt', { size: 99 });
    const hooked = await act('repository_dispatch', webhookEvent('act-delivery-1'));
    expect(hooked.status).toBe(0);
    expect(log()).toHaveLength(afterConnect.length + 1);
    expect(log()[0]).toMatch(/^sync\(dropbox\): webhook 1 change/);
    expect(gitCli(remote, 'grep', '-l', 'from-act.txt', 'main', '--', 'mirrors/dropbox')).not.toBe('');

    // The job summary the Action wrote (one step writes it).
    expect(hooked.summaries).toHaveLength(1);
    const summary = hooked.summaries[0]!;
    expect(summary).toContain('<h2>syncagent: repository_dispatch syncagent.webhook: ✅ done</h2>');
    expect(summary).toContain('<th>delivery</th><td><code>act-delivery-1</code></td>');
    expect(summary).toContain('<th>slug</th><td><code>dropbox</code></td>');
    const head = gitCli(remote, 'rev-parse', 'main');
    expect(summary).toContain(`<a href="https://github.example/acme/store/commit/${head}">${head.slice(0, 7)}</a>`);
    expect(summary).toContain('Files changed');
    expect(summary).toMatch(/<code>mirrors\/dropbox\/[^<]+<\/code>/);
    for (const text of [...installed.summaries, summary]) {
      expect(secretValues.filter((secret) => text.includes(secret))).toEqual([]);
    }
    expect(
      secretValues.filter((secret) => installed.output.includes(secret) || hooked.output.includes(secret)),
    ).toEqual([]);
  });

  it('a malformed payload fails the job with one clear line and pushes nothing', async () => {
    const { act, remote } = world.current;
    const refs = gitCli(remote, 'for-each-ref');
    const run = await act(
      'repository_dispatch',
      repositoryDispatch('syncagent.webhook', { slug: 'dropbox', body: '{}', headers: { 'x-a': 'b' } }),
    );
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('Job failed');
    expect(errorLines(run.output)).toEqual([
      expect.stringMatching(/\| syncagent: invalid_input: event\.json: client_payload: delivery_id: required$/),
    ]);
    expect(gitCli(remote, 'for-each-ref')).toBe(refs);
    expect(run.summaries).toHaveLength(1);
    expect(run.summaries[0]).toContain('❌ failed');
    expect(run.summaries[0]).toContain('<strong>invalid_input</strong>');
  });

  it('two webhook dispatches for one slug at the same moment (two act processes, two clones) both land, linear', async () => {
    const { act, log, fakes, remote } = world.current;
    expect((await act('repository_dispatch', connect)).status).toBe(0);
    const before = log().length;
    fakes.dropbox.addFile('/Docs/race-a.txt', { size: 1 });
    fakes.dropbox.addFile('/Docs/race-b.txt', { size: 2 });
    const runs = await Promise.all([
      act('repository_dispatch', webhookEvent('race-a')),
      act('repository_dispatch', webhookEvent('race-b')),
    ]);
    for (const run of runs) expect(run.status, run.output.slice(-2000)).toBe(0);
    // Both deliveries are recorded; the second to commit may find the first already applied both changes.
    const status = JSON.parse(gitCli(remote, 'show', 'main:mirrors/dropbox/.sync/status.json')) as {
      recentDeliveries: string[];
    };
    expect(status.recentDeliveries).toEqual(expect.arrayContaining(['race-a', 'race-b']));
    expect(log().length).toBe(before + 2);
    expect(gitCli(remote, 'rev-list', '--merges', '--count', 'main')).toBe('0');
    for (const name of ['race-a.txt', 'race-b.txt']) {
      expect(gitCli(remote, 'grep', '-l', name, 'main', '--', 'mirrors/dropbox')).not.toBe('');
    }
    gitCli(remote, 'fsck', '--strict', '--no-progress');
  });

  it('review: pr opens one pull request from syncagent/dropbox and leaves main alone; connecting again by hand updates it', async () => {
    const { act, github, remote, log } = world.current;
    const mainBefore = gitCli(remote, 'rev-parse', 'main');
    const run = await act('repository_dispatch', connect, { vars: { SYNCAGENT_REVIEW: 'pr' } });
    expect(run.status, run.output.slice(-3000)).toBe(0);
    expect(gitCli(remote, 'rev-parse', 'main')).toBe(mainBefore);
    expect(log('syncagent/dropbox')[0]).toMatch(/^sync\(dropbox\): connect /);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]!.pull).toMatchObject({ head: 'syncagent/dropbox', base: 'main' });
    for (const section of ['### What is installed', '### Why', '### Network reach', '### Mirror', '### Commits']) {
      expect(github.pulls[0]!.body).toContain(section);
    }
    expect(run.summaries[0]).toContain('Opened <a href="https://github.example/acme/store/pull/1">#1</a>');

    // The README's "Try it" path: syncagent-tick.yml run by hand with command connect (force) updates that PR.
    const branchBefore = gitCli(remote, 'rev-parse', 'syncagent/dropbox');
    const again = await act(
      'workflow_dispatch',
      { inputs: { command: 'connect', app: 'dropbox', account_id: accountId, force: true } },
      { workflow: 'syncagent-tick.yml', vars: { SYNCAGENT_REVIEW: 'pr' } },
    );
    expect(again.status, again.output.slice(-3000)).toBe(0);
    expect(github.pulls).toHaveLength(1);
    expect(gitCli(remote, 'rev-parse', 'syncagent/dropbox')).not.toBe(branchBefore);
    expect(gitCli(remote, 'merge-base', '--is-ancestor', branchBefore, 'syncagent/dropbox')).toBe('');
    expect(gitCli(remote, 'rev-parse', 'main')).toBe(mainBefore);
    expect(
      github.requests.filter((request) => request.method === 'PATCH' && /\/pulls\/1$/.test(request.path)),
    ).toHaveLength(1);
    expect(again.summaries[0]).toContain('Updated <a href="https://github.example/acme/store/pull/1">#1</a>');
  });

  it('refuses a Node.js older than 20 with a clear message, before anything runs', async () => {
    const { act, remote, root } = world.current;
    const oldNode = join(root, 'old-node');
    await mkdir(oldNode);
    // A node that reports itself as 18 (the check asks the runner's node for its major version).
    await writeFile(
      join(oldNode, 'node'),
      '#!/bin/sh\ncase "$1" in -p) echo 18 ;; --version) echo v18.20.4 ;; *) echo "node 18 cannot run this" >&2; exit 1 ;; esac\n',
    );
    await chmod(join(oldNode, 'node'), 0o755);
    const refs = gitCli(remote, 'for-each-ref');
    const run = await act('repository_dispatch', connect, { env: { PATH: `${oldNode}:${process.env.PATH}` } });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'syncagent needs Node.js 20 or newer on the runner (found v18.20.4); add actions/setup-node with node-version 20 or later before this step',
    );
    expect(run.output).not.toContain('node 18 cannot run this');
    expect(gitCli(remote, 'for-each-ref')).toBe(refs);
  });
});

describe('syncagent-tick.yml', () => {
  it('a schedule event ticks: a due poll lands; workflow_dispatch runs its command input', async () => {
    const { act, log, fakes, makePollDue } = world.current;
    expect((await act('repository_dispatch', connect)).status).toBe(0);
    await makePollDue();
    fakes.dropbox.addFile('/Docs/polled-by-cron.txt', { size: 3 });
    const ticked = await act('schedule', { schedule: '*/15 * * * *' }, { workflow: 'syncagent-tick.yml' });
    expect(ticked.status, ticked.output.slice(-3000)).toBe(0);
    expect(log()[0]).toMatch(/^sync\(dropbox\): poll 1 change/);
    expect(ticked.summaries[0]).toContain('<h2>syncagent: schedule: ✅ done</h2>');

    fakes.dropbox.addFile('/Docs/polled-by-hand.txt', { size: 4 });
    const manual = await act(
      'workflow_dispatch',
      { inputs: { command: 'poll', slug: 'dropbox' } },
      { workflow: 'syncagent-tick.yml' },
    );
    expect(manual.status, manual.output.slice(-3000)).toBe(0);
    expect(log()[0]).toMatch(/^sync\(dropbox\): poll 1 change/);
  });

  it('failing ticks open one failure issue at the third, comment at the fourth, and a success closes it', async () => {
    const { act, github, makePollDue } = world.current;
    expect((await act('repository_dispatch', connect)).status).toBe(0);
    await makePollDue();
    const tick = (rotated: boolean) =>
      act(
        'schedule',
        { schedule: '*/15 * * * *' },
        {
          workflow: 'syncagent-tick.yml',
          ...(rotated ? { secrets: { PIPEDREAM_CLIENT_SECRET: 'rotated-secret-act-000' } } : {}),
        },
      );
    const issues = () => github.issues.filter((issue) => !issue.pull);
    for (const attempt of [1, 2, 3, 4]) {
      const run = await tick(true);
      expect(run.status, `tick ${attempt}`).not.toBe(0);
      expect(issues()).toHaveLength(attempt < 3 ? 0 : 1);
    }
    const issue = issues()[0]!;
    expect(issue).toMatchObject({
      title: 'syncagent: sync "dropbox" is failing',
      state: 'open',
      labels: ['syncagent'],
    });
    expect(issue.comments.map((comment) => comment.body)).toEqual([
      expect.stringMatching(/^Failed again \(4 in a row\)/),
    ]);
    const recovered = await tick(false);
    expect(recovered.status, recovered.output.slice(-3000)).toBe(0);
    expect(issue.state).toBe('closed');
    expect(recovered.summaries[0]).toContain('closed <a href="https://github.example/acme/store/issues/1">#1</a>');
  });
});
