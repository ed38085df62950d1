import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncError } from '../../../src/errors.js';
import { createOctokitGitHub, type GitHub } from '../../../src/github/index.js';
import { type GitHubApiFake, startGitHubApi } from '../../../src/testkit/index.js';
import { createBareRemote, gitCli, tempDirPerTest } from '../../support/git.js';

// The GitHub port built with @octokit/rest, against the GitHub REST fake (real refs on a bare remote).

const dir = tempDirPerTest('octokit-');
const token = 'ghs_port_test';
let fake: GitHubApiFake;
let github: GitHub;
let remote: string;

beforeEach(async () => {
  remote = createBareRemote(dir.path);
  fake = await startGitHubApi({ owner: 'acme', repo: 'store', token, gitDir: remote });
  github = createOctokitGitHub({ token, repository: { owner: 'acme', repo: 'store' }, apiUrl: fake.url });
});
afterEach(async () => {
  await fake.close();
});

/** Pushes a branch with one commit more than main to the remote. */
function pushBranch(name: string): void {
  const work = `${dir.path}/work-${name.replace(/\//g, '-')}`;
  gitCli(dir.path, 'clone', '--quiet', remote, work);
  gitCli(work, 'commit', '--allow-empty', '-m', `on ${name}`);
  gitCli(work, 'push', '--quiet', 'origin', `HEAD:refs/heads/${name}`);
}

describe('the Octokit GitHub port', () => {
  it('opens, finds, lists and updates pull requests by head branch', async () => {
    pushBranch('syncagent/dropbox');
    pushBranch('feature/other');
    expect(await github.findOpenPullRequest('syncagent/dropbox')).toBeNull();
    const opened = await github.createPullRequest({ head: 'syncagent/dropbox', base: 'main', title: 'T', body: 'B' });
    await github.createPullRequest({ head: 'feature/other', base: 'main', title: 'other', body: '' });
    expect(opened).toMatchObject({ number: 1, head: 'syncagent/dropbox', base: 'main', title: 'T', body: 'B' });
    expect(opened.url).toBe('https://github.com/acme/store/pull/1');
    expect((await github.findOpenPullRequest('syncagent/dropbox'))?.number).toBe(1);
    expect((await github.listOpenPullRequests('syncagent/')).map((pull) => pull.head)).toEqual(['syncagent/dropbox']);
    const updated = await github.updatePullRequest(1, { title: 'T2', body: 'B2' });
    expect(updated).toMatchObject({ number: 1, title: 'T2', body: 'B2' });
    await fake.merge(1);
    expect(await github.findOpenPullRequest('syncagent/dropbox')).toBeNull();
    expect(gitCli(remote, 'log', '--format=%s', '-1', 'main')).toBe(
      'Merge pull request #1 from acme/syncagent/dropbox',
    );
  });

  it("maps GitHub's refusals: a second PR for a head is api_error 422, a bad token is unauthorized", async () => {
    pushBranch('syncagent/dropbox');
    await github.createPullRequest({ head: 'syncagent/dropbox', base: 'main', title: 'T', body: '' });
    const second = await github
      .createPullRequest({ head: 'syncagent/dropbox', base: 'main', title: 'T', body: '' })
      .catch((error: unknown) => error);
    expect(SyncError.is(second) && second.code).toBe('api_error');
    expect((second as Error).message).toMatch(/^GitHub could not open a pull request from syncagent\/dropbox \(422\)/);
    const wrong = createOctokitGitHub({
      token: 'nope',
      repository: { owner: 'acme', repo: 'store' },
      apiUrl: fake.url,
    });
    const refused = await wrong.findOpenPullRequest('x').catch((error: unknown) => error);
    expect(SyncError.is(refused) && refused.code).toBe('unauthorized');
    expect((refused as Error).message).not.toContain('nope');
    fake.setAvailable(false);
    const down = await github.findOpenIssue('syncagent', 'm').catch((error: unknown) => error);
    expect(SyncError.is(down) && down.code).toBe('api_error');
    expect((down as { status?: number }).status).toBe(503);
    expect(SyncError.is(down) && down.isRetryable).toBe(true);
    expect(SyncError.is(second) && second.isRetryable).toBe(false);
  });

  it('an unreachable GitHub is one clear, retryable api_error (status 0) naming the host and the network error', async () => {
    await fake.close();
    const unreachable = await github.findOpenIssue('syncagent', 'm').catch((error: unknown) => error);
    expect(SyncError.is(unreachable) && unreachable.code).toBe('api_error');
    expect(SyncError.is(unreachable) && unreachable.isRetryable).toBe(true);
    expect((unreachable as { status?: number }).status).toBe(0);
    // The network error itself (fetch's own message is only "fetch failed"), on one line, without the token.
    const port = new URL(fake.url).port;
    expect((unreachable as Error).message).toBe(
      `cannot reach GitHub at ${fake.url} to list issues labelled syncagent: connect ECONNREFUSED 127.0.0.1:${port}; it may work on a retry`,
    );
    expect((unreachable as Error).message).not.toContain(token);
  });

  it('a GitHub that takes the connection and never answers fails the request at its deadline, retryable', async () => {
    // A loopback server that reads requests and answers none.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const hung = createOctokitGitHub({
        token,
        repository: { owner: 'acme', repo: 'store' },
        apiUrl,
        requestTimeoutMs: 300,
      });
      const failed = await hung.findOpenPullRequest('syncagent/dropbox').catch((error: unknown) => error);
      expect(SyncError.is(failed) && failed.code).toBe('api_error');
      expect(SyncError.is(failed) && failed.isRetryable).toBe(true);
      expect((failed as { status?: number }).status).toBe(0);
      expect((failed as Error).message).toBe(
        `cannot reach GitHub at ${apiUrl} to list pull requests from syncagent/dropbox: no answer within 0.3 s; it may work on a retry`,
      );
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('finds the marked open issue among many pages, never a pull request; labels are created once', async () => {
    await github.ensureLabel({ name: 'syncagent', color: 'd93f0b', description: 'd' });
    await github.ensureLabel({ name: 'syncagent', color: 'd93f0b', description: 'd' });
    expect(fake.labels.size).toBe(1);
    for (let index = 0; index < 130; index += 1) {
      await github.createIssue({ title: `noise ${index}`, body: `<!-- other:${index} -->`, labels: ['syncagent'] });
    }
    const wanted = await github.createIssue({ title: 'x', body: 'a\n<!-- mark:dropbox -->', labels: ['syncagent'] });
    for (let index = 0; index < 30; index += 1) {
      await github.createIssue({ title: `later ${index}`, body: '', labels: ['syncagent'] });
    }
    expect((await github.findOpenIssue('syncagent', '<!-- mark:dropbox -->'))?.number).toBe(wanted.number);
    expect(fake.requests.filter((request) => request.path.endsWith('/issues') && request.method === 'GET').length).toBe(
      2,
    );
    const comment = await github.commentOnIssue(wanted.number, 'again');
    expect(comment).toMatch(new RegExp(`/issues/${wanted.number}#issuecomment-\\d+$`));
    await github.closeIssue(wanted.number);
    expect(await github.findOpenIssue('syncagent', '<!-- mark:dropbox -->')).toBeNull();
  });

  it('sends repository_dispatch, and GitHub refuses more than 10 top-level keys', async () => {
    await github.sendDispatch('syncagent.delete', { slug: 'dropbox' });
    expect(fake.dispatches).toEqual([
      { eventType: 'syncagent.delete', clientPayload: { slug: 'dropbox' }, bytes: expect.any(Number) },
    ]);
    const tooMany = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`k${index}`, index]));
    const refused = await github.sendDispatch('syncagent.webhook', tooMany).catch((error: unknown) => error);
    expect(SyncError.is(refused) && refused.code).toBe('api_error');
    expect(fake.dispatches).toHaveLength(1);
  });
});
