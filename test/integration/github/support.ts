import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import {
  dropboxWebhookBody,
  type FakeDropboxConnection,
  type GitHubApiFake,
  signDropboxWebhook,
  startFakeDropboxConnection,
  startGitHubApi,
} from '../../../src/testkit/index.js';
import { cloneRemote, gitCli, pushPollDue, tempDir } from '../../support/git.js';
import { runCliAsync } from '../engine/support.js';

export const owner = 'acme';
export const repo = 'store';
export const githubToken = 'ghs_fake_token_1234';
export const appSecret = 'dropbox-app-secret-5678';
export const clientSecret = 'pd-client-secret-9012';
export const accountId = 'apn_gh1';

/** Everything a dispatch test needs: a bare remote holding a store, the fakes, the env of a run. */
export interface DispatchWorld {
  root: string;
  remote: string;
  fakes: FakeDropboxConnection;
  github: GitHubApiFake;
  /** The env an Actions run would have (GITHUB_* and the Pipedream settings as secrets). */
  env: NodeJS.ProcessEnv;
  /** Every secret value the run was given: none may appear in any output. */
  secrets: string[];
  /** A fresh clone of the remote, as `actions/checkout` leaves it. */
  checkout(): string;
  /** Writes an event payload and runs `syncagent dispatch` on a fresh checkout. */
  dispatch(
    eventName: string,
    payload: unknown,
    options?: { args?: string[]; env?: NodeJS.ProcessEnv },
  ): Promise<DispatchRun>;
  /** The remote's commit subjects on a branch, newest first. */
  log(branch?: string): string[];
  /** Sets mirrors/<slug>/.sync/status.json nextPollAt in the past on the remote, so a tick polls. */
  makePollDue(slug?: string): Promise<void>;
}

/** One `dispatch` run: exit status, output and the job summary it wrote. */
export interface DispatchRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  clone: string;
}

/** Sets up a DispatchWorld before each test of the calling file and tears it down after. */
export function dispatchWorld(): { readonly current: DispatchWorld } {
  let world: DispatchWorld | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  beforeEach(async () => {
    const dir = await tempDir('dispatch-');
    const fakes = await startFakeDropboxConnection({
      accountId,
      appSecret,
      clientSecret,
      dropbox: { longpollMaxWaitMs: 100 },
    });
    fakes.dropbox.addFolder('/Docs');
    fakes.dropbox.addFile('/Docs/plan.txt', { size: 1200 });
    fakes.dropbox.addFile('/Docs/budget.xlsx', { size: 48_000 });
    const remote = join(dir.path, 'remote.git');
    gitCli(dir.path, 'init', '--bare', '--quiet', '--initial-branch=main', remote);
    const seed = join(dir.path, 'seed');
    gitCli(dir.path, 'init', '--quiet', '--initial-branch=main', seed);
    for (const folder of ['skills', 'handlers', 'mirrors']) {
      await mkdir(join(seed, folder));
      await writeFile(join(seed, folder, '.gitkeep'), '');
    }
    gitCli(seed, 'add', '.');
    gitCli(seed, 'commit', '--quiet', '-m', 'template store');
    gitCli(seed, 'remote', 'add', 'origin', remote);
    gitCli(seed, 'push', '--quiet', 'origin', 'main');
    const github = await startGitHubApi({
      owner,
      repo,
      token: githubToken,
      gitDir: remote,
      serverUrl: 'https://github.example',
    });
    let clones = 0;
    const env: NodeJS.ProcessEnv = {
      ...fakes.env,
      GITHUB_ACTIONS: '',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_TOKEN: githubToken,
      GITHUB_RUN_ID: '4242',
      SYNCAGENT_AUTHOR: 'Sync Bot <bot@example.com>',
    };
    const current: DispatchWorld = {
      root: dir.path,
      remote,
      fakes,
      github,
      env,
      secrets: [githubToken, appSecret, clientSecret],
      checkout: () => cloneRemote(remote, dir.path, `clone-${++clones}`),
      dispatch: async (eventName, payload, options = {}) => {
        const clone = current.checkout();
        const eventFile = join(dir.path, `event-${clones}.json`);
        const summaryFile = join(dir.path, `summary-${clones}.md`);
        await writeFile(eventFile, typeof payload === 'string' ? payload : JSON.stringify(payload));
        await writeFile(summaryFile, '');
        const result = await runCliAsync(['dispatch', '--store', clone, ...(options.args ?? [])], {
          env: {
            ...env,
            GITHUB_EVENT_NAME: eventName,
            GITHUB_EVENT_PATH: eventFile,
            GITHUB_STEP_SUMMARY: summaryFile,
            ...options.env,
          },
        });
        return { ...result, summary: await readFile(summaryFile, 'utf8'), clone };
      },
      log: (branch = 'main') => gitCli(remote, 'log', '--format=%s', branch).split('\n'),
      makePollDue: async (slug = 'dropbox') => {
        const clone = current.checkout();
        await pushPollDue(clone, slug);
      },
    };
    world = current;
    cleanup = async () => {
      await github.close();
      await fakes.close();
      await dir.cleanup();
    };
  });
  afterEach(async () => {
    await cleanup?.();
    world = null;
    cleanup = null;
  });
  return {
    get current(): DispatchWorld {
      if (!world) throw new Error('dispatchWorld: only inside a test');
      return world;
    },
  };
}

/** A `repository_dispatch` event as GitHub delivers it to a workflow (event_type in `action`). */
export function repositoryDispatch(eventType: string, clientPayload: unknown): Record<string, unknown> {
  return {
    action: eventType,
    branch: 'main',
    client_payload: clientPayload,
    repository: { full_name: `${owner}/${repo}`, default_branch: 'main' },
    sender: { login: 'pipedream-relay' },
  };
}

/** A signed Dropbox webhook delivery as the relay forwards it. */
export function webhookEvent(deliveryId: string, target: Record<string, unknown> = { slug: 'dropbox' }) {
  const body = dropboxWebhookBody(['dbid:fake-account']);
  return repositoryDispatch('syncagent.webhook', {
    ...target,
    delivery_id: deliveryId,
    headers: { 'content-type': 'application/json', 'x-dropbox-signature': signDropboxWebhook(body, appSecret) },
    body,
    received_at: '2026-01-01T00:00:00Z',
  });
}

/** The connect event Pipedream's CONNECTION_SUCCESS becomes. */
export function connectEvent(extra: Record<string, unknown> = {}) {
  return repositoryDispatch('syncagent.connect', { app: 'dropbox', account_id: accountId, ...extra });
}

/** Asserts no secret value appears in any of `texts`. */
export function leakedSecrets(secrets: string[], ...texts: string[]): string[] {
  return secrets.filter((secret) => texts.some((text) => text.includes(secret)));
}
