import { describe, expect, it } from 'vitest';
import {
  populateTickets,
  startFakeAgentApps,
  startScriptedModelServer,
  ticketTrackerScript,
} from '../../../src/testkit/index.js';
import { gitCli } from '../../support/git.js';
import { runCliAsync } from '../engine/support.js';
import {
  accountId,
  clientSecret,
  connectEvent,
  dispatchWorld,
  leakedSecrets,
  repositoryDispatch,
  webhookEvent,
} from './support.js';

// Review as a pull request and failures as issues, through `syncagent dispatch` against the GitHub REST fake (whose
// refs and merges are real git on the bare remote).

const world = dispatchWorld();

describe('--review pr', { timeout: 300_000 }, () => {
  it('opens exactly one pull request from syncagent/<slug>, refuses events until merged, updates it on a rerun', async () => {
    const { dispatch, github, remote, log, fakes, secrets } = world.current;
    const mainBefore = gitCli(remote, 'rev-parse', 'main');
    const first = await dispatch('repository_dispatch', connectEvent(), { args: ['--review', 'pr'] });
    expect(first.stderr).not.toMatch(/^syncagent: /m);
    expect(first.status).toBe(0);
    // main untouched; the install is on the review branch.
    expect(gitCli(remote, 'rev-parse', 'main')).toBe(mainBefore);
    expect(log('syncagent/dropbox')[0]).toMatch(/^sync\(dropbox\): connect/);
    expect(github.pulls).toHaveLength(1);
    const pull = github.pulls[0]!;
    expect(pull.pull).toMatchObject({ head: 'syncagent/dropbox', base: 'main', merged: false });
    expect(pull.title).toBe('syncagent: install dropbox (sync-engine, catalog:dropbox@1)');
    for (const section of ['### What is installed', '### Why', '### Network reach', '### Mirror', '### Commits']) {
      expect(pull.body).toContain(section);
    }
    expect(pull.body).toContain('`api.dropboxapi.com`');
    expect(pull.body).toMatch(/handler exports \| `backfill`, `onWebhook`, `pollOnce`/);
    expect(pull.body).toContain('reviewed catalog recipe `dropbox@1`');
    expect(pull.body).toMatch(/`mirrors\/dropbox\/[^`]+` \| \d/);
    expect(first.stdout).toContain(
      `dropbox: opened pull request #${pull.number} https://github.example/acme/store/pull/`,
    );
    expect(first.summary).toContain('Opened <a href="https://github.example/acme/store/pull/1">#1</a>');
    expect(leakedSecrets(secrets, pull.body, first.summary, first.stdout, first.stderr)).toEqual([]);

    // Events for the sync are refused while its pull request is open; nothing is pushed.
    const refs = gitCli(remote, 'for-each-ref');
    const refused = await dispatch('repository_dispatch', webhookEvent('while-review'));
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(
      'syncagent: invalid_input: sync "dropbox" is waiting for review in pull request #1 (https://github.example/acme/store/pull/1): merge it first; events for it are refused until then',
    );
    expect(gitCli(remote, 'for-each-ref')).toBe(refs);

    // Connect again with force: the same pull request is updated, with the new commits on the same branch.
    const branchBefore = gitCli(remote, 'rev-parse', 'syncagent/dropbox');
    const again = await dispatch('repository_dispatch', connectEvent({ force: true }), { args: ['--review', 'pr'] });
    expect(again.status).toBe(0);
    expect(github.pulls).toHaveLength(1);
    expect(again.stdout).toContain('dropbox: updated pull request #1');
    expect(gitCli(remote, 'merge-base', '--is-ancestor', branchBefore, 'syncagent/dropbox')).toBe('');
    expect(gitCli(remote, 'rev-parse', 'syncagent/dropbox')).not.toBe(branchBefore);
    expect(
      github.requests.filter((request) => request.method === 'PATCH' && /\/pulls\/1$/.test(request.path)),
    ).toHaveLength(1);
    expect(
      github.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/pulls')),
    ).toHaveLength(1);

    // Merged: the sync is live on main and its webhooks run.
    await github.merge(1);
    expect(gitCli(remote, 'ls-tree', '--name-only', 'main', 'handlers/dropbox/')).toContain(
      'handlers/dropbox/sync.json',
    );
    fakes.dropbox.addFile('/Docs/after-merge.txt', { size: 7 });
    const live = await dispatch('repository_dispatch', webhookEvent('after-merge'));
    expect(live.status).toBe(0);
    expect(log()[0]).toMatch(/^sync\(dropbox\): webhook 1 change/);
  });

  it('an install by the sync agent shows its triage reason and tool trace in the pull request and the summary', async () => {
    const { dispatch, github } = world.current;
    const apps = await startFakeAgentApps();
    const model = await startScriptedModelServer({ script: ticketTrackerScript() });
    try {
      populateTickets(apps.tracker, 12);
      const run = await dispatch(
        'repository_dispatch',
        repositoryDispatch('syncagent.connect', { app: 'ticketdesk', account_id: apps.accounts.tracker.id }),
        {
          args: ['--review', 'pr', '--model', `openai-compatible:${model.model}`],
          env: { ...apps.env, SYNCAGENT_MODEL_BASE_URL: model.baseUrl },
        },
      );
      expect(run.stderr).not.toMatch(/^syncagent: /m);
      expect(run.status).toBe(0);
      expect(github.pulls).toHaveLength(1);
      const body = github.pulls[0]!.body;
      expect(github.pulls[0]!.title).toMatch(/^syncagent: install ticketdesk \(sync-engine, agent:openai-compatible:/);
      expect(body).toMatch(/^Triage: .*ticket/m);
      expect(body).toMatch(/<details><summary>Agent trace: \d+ steps/);
      expect(body).toMatch(/\| 1 \| `get_connection` \|/);
      expect(body).toMatch(/\| `http_request` \| GET https:\/\//);
      expect(run.summary).toContain('<strong>Triage</strong>: ');
      expect(run.summary).toMatch(/<details><summary>Agent trace: \d+ steps/);
      expect(run.summary).toContain('<td><code>finish</code></td>');
      expect(
        leakedSecrets([apps.env.PIPEDREAM_CLIENT_SECRET as string, ...apps.pipedream.issuedTokens], body, run.summary),
      ).toEqual([]);
    } finally {
      await model.close();
      await apps.close();
    }
  });

  it('syncagent connect --review pr (the CLI, outside the Action) takes the same path', async () => {
    const { checkout, env, github, remote } = world.current;
    const mainBefore = gitCli(remote, 'rev-parse', 'main');
    const clone = checkout();
    const run = await runCliAsync(['connect', 'dropbox', '--account', accountId, '--review', 'pr', '--store', clone], {
      env,
    });
    expect(run.stderr).not.toMatch(/^syncagent: /m);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      'dropbox: opened pull request #1 https://github.example/acme/store/pull/1 (branch syncagent/dropbox)',
    );
    expect(github.pulls).toHaveLength(1);
    expect(gitCli(remote, 'rev-parse', 'main')).toBe(mainBefore);
    // The user's checkout stays on main, clean.
    expect(gitCli(clone, 'branch', '--show-current')).toBe('main');
    expect(gitCli(clone, 'status', '--porcelain')).toBe('');
  });

  it('without a GitHub token, --review pr is missing_config and changes nothing', async () => {
    const { dispatch, remote } = world.current;
    const refs = gitCli(remote, 'for-each-ref');
    const run = await dispatch('repository_dispatch', connectEvent(), {
      args: ['--review', 'pr'],
      env: { GITHUB_TOKEN: '' },
    });
    expect(run.status).toBe(3);
    expect(run.stderr.trim()).toBe(
      'syncagent: missing_config: missing configuration: --review pr needs GITHUB_TOKEN and GITHUB_REPOSITORY (the Action sets both)',
    );
    expect(gitCli(remote, 'for-each-ref')).toBe(refs);
  });
});

describe('failures as issues', { timeout: 300_000 }, () => {
  it('3 failing ticks open one issue, a 4th comments on it, a success closes it', async () => {
    const { dispatch, github, makePollDue, secrets } = world.current;
    expect((await dispatch('repository_dispatch', connectEvent())).status).toBe(0);
    await makePollDue();
    // Rotated Pipedream credentials: every poll fails with unauthorized (and stays due).
    const broken = { env: { PIPEDREAM_CLIENT_SECRET: 'rotated-secret-0000' } };
    const tick = () => dispatch('schedule', { schedule: '*/15 * * * *' }, broken);
    const failureIssues = () => github.issues.filter((issue) => !issue.pull);

    for (const attempt of [1, 2]) {
      const run = await tick();
      expect(run.status, `tick ${attempt}`).toBe(1);
      // The handler reports the gateway's refusal (the engine classifies it; the status is what counts here).
      expect(run.stdout).toMatch(/^dropbox: poll failed: \w+: .*HTTP 401/m);
      expect(failureIssues()).toHaveLength(0);
      // Below the threshold, and for a healthy sync, failure issues cost no API call.
      expect(github.requests.filter((request) => request.path.includes('/issues'))).toEqual([]);
    }
    const third = await tick();
    expect(third.status).toBe(1);
    expect(failureIssues()).toHaveLength(1);
    const issue = failureIssues()[0]!;
    expect(issue).toMatchObject({
      title: 'syncagent: sync "dropbox" is failing',
      state: 'open',
      labels: ['syncagent'],
    });
    expect(issue.body).toContain('failed 3 times in a row');
    expect(issue.body).toMatch(/Last error: `poll` at \S+: `\w+` .*HTTP 401/);
    expect(issue.body).toContain('https://github.example/acme/store/actions/runs/4242');
    expect(github.labels.get('syncagent')?.color).toBe('d93f0b');
    expect(third.summary).toContain('opened <a href="https://github.example/acme/store/issues/1">#1</a>');

    const fourth = await tick();
    expect(fourth.status).toBe(1);
    expect(failureIssues()).toHaveLength(1);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.body).toMatch(/^Failed again \(4 in a row\)/);

    const recovered = await dispatch('schedule', { schedule: '*/15 * * * *' });
    expect(recovered.status).toBe(0);
    expect(recovered.stdout).toMatch(/^dropbox: poll /m);
    expect(issue.state).toBe('closed');
    expect(issue.stateReason).toBe('completed');
    expect(issue.comments.at(-1)!.body).toMatch(/^Recovered: `poll` succeeded/);
    expect(failureIssues()).toHaveLength(1);
    const texts = github.issues.flatMap((entry) => [entry.body, ...entry.comments.map((comment) => comment.body)]);
    expect(leakedSecrets([...secrets, 'rotated-secret-0000', clientSecret], ...texts)).toEqual([]);
  });
});
