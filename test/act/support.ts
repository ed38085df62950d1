import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import {
  dropboxWebhookBody,
  type FakeDropboxConnection,
  type GitHubApiFake,
  signDropboxWebhook,
  startFakeDropboxConnection,
  startGitHubApi,
} from '../../src/testkit/index.js';
import { repoRoot } from '../support/cli.js';
import { gitCli, pushPollDue, tempDir } from '../support/git.js';

/*
 * The act suites: the shipped workflows (.github/workflows) and action.yml run under act v0.2.89 in self-hosted
 * mode (steps on this machine, with its node and bash), actions/checkout mapped to a stand-in that clones a bare test
 * remote seeded with this repository as a template store (action.yml, the committed dist/, the workflows and the
 * empty skills/ handlers/ mirrors/). Pipedream Connect, Dropbox and GitHub are loopback fakes in this process.
 */

export const owner = 'acme';
export const repo = 'store';
export const secrets = {
  GITHUB_TOKEN: 'ghs_act_token_1a2b3c',
  PIPEDREAM_CLIENT_ID: 'pd-client-act',
  PIPEDREAM_CLIENT_SECRET: 'pd-client-secret-act-4d5e6f',
  DROPBOX_APP_SECRET: 'dropbox-app-secret-act-7a8b9c',
};
export const accountId = 'apn_act1';

/** The act binary: SYNCAGENT_ACT, else where .ci/run builds it. */
export function actBinary(): string {
  const path =
    process.env.SYNCAGENT_ACT ?? join(process.env.HOME ?? homedir(), '.cache', 'syncagent-ci', 'act-v0.2.89', 'act');
  if (!existsSync(path)) {
    throw new Error(
      `act not found at ${path}: build it with \`go install -tags WITHOUT_DOCKER github.com/nektos/act@v0.2.89\` (as .ci/run does) and set SYNCAGENT_ACT`,
    );
  }
  return path;
}

/** One act run: its exit status, its log, and the job summaries the Action wrote. */
export interface ActRun {
  status: number | null;
  output: string;
  summaries: string[];
}

/** The world of an act test: the template remote, the fakes, and a way to run a workflow. */
export interface ActWorld {
  root: string;
  remote: string;
  fakes: FakeDropboxConnection;
  github: GitHubApiFake;
  /** Runs `workflow` for `event` with `payload` under act. */
  act(
    event: string,
    payload: unknown,
    options?: {
      workflow?: string;
      vars?: Record<string, string>;
      env?: Record<string, string>;
      secrets?: Partial<typeof secrets>;
    },
  ): Promise<ActRun>;
  log(branch?: string): string[];
  /** Sets nextPollAt of a sync in the past on the remote, so the next tick polls it. */
  makePollDue(slug?: string): Promise<void>;
}

let runs = 0;

/** Seeds a bare remote with this repository's template store files (the committed action and its bundle). */
async function seedTemplateRemote(root: string): Promise<string> {
  const remote = join(root, 'remote.git');
  const seed = join(root, 'seed');
  gitCli(root, 'init', '--bare', '--quiet', '--initial-branch=main', remote);
  gitCli(root, 'init', '--quiet', '--initial-branch=main', seed);
  if (!existsSync(join(repoRoot, 'dist', 'cli.cjs'))) {
    throw new Error('dist/cli.cjs is missing: run `npm run build` first (the Action runs the committed dist/)');
  }
  const files = [
    'action.yml',
    // The whole bundle: cli.cjs requires program.cjs, which loads the other commands from dist/lazy/ and dist/chunks/.
    ...(await readdir(join(repoRoot, 'dist'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name))),
    ...(await readdir(join(repoRoot, '.github', 'workflows'))).map((name) => `.github/workflows/${name}`),
    'skills/.gitkeep',
    'handlers/.gitkeep',
    'mirrors/.gitkeep',
  ];
  for (const file of files) {
    const from = join(repoRoot, file);
    if (!existsSync(from))
      throw new Error(`${file} is missing: run \`npm run build\` first (the Action runs dist/cli.cjs)`);
    await mkdir(join(seed, file, '..'), { recursive: true });
    await writeFile(join(seed, file), await readFile(from));
  }
  gitCli(seed, 'add', '.');
  gitCli(seed, 'commit', '--quiet', '-m', 'template store');
  gitCli(seed, 'remote', 'add', 'origin', remote);
  gitCli(seed, 'push', '--quiet', 'origin', 'main');
  return remote;
}

/** Sets up an ActWorld before each test of the calling file and tears it down after. */
export function actWorld(): { readonly current: ActWorld } {
  let world: ActWorld | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  beforeEach(async () => {
    const act = actBinary();
    const dir = await tempDir('act-');
    const fakes = await startFakeDropboxConnection({
      accountId,
      appSecret: secrets.DROPBOX_APP_SECRET,
      clientId: secrets.PIPEDREAM_CLIENT_ID,
      clientSecret: secrets.PIPEDREAM_CLIENT_SECRET,
      projectId: 'proj_act',
      dropbox: { longpollMaxWaitMs: 100 },
    });
    fakes.dropbox.addFolder('/Docs');
    fakes.dropbox.addFile('/Docs/plan.txt', { size: 1200 });
    const remote = await seedTemplateRemote(dir.path);
    const github = await startGitHubApi({
      owner,
      repo,
      token: secrets.GITHUB_TOKEN,
      gitDir: remote,
      serverUrl: 'https://github.example',
    });
    const current: ActWorld = {
      root: dir.path,
      remote,
      fakes,
      github,
      act: async (event, payload, options = {}) => {
        const id = ++runs;
        const workdir = join(dir.path, `workdir-${id}`);
        const summaries = join(dir.path, `summaries-${id}`);
        await mkdir(workdir);
        await mkdir(summaries);
        const eventFile = join(dir.path, `event-${id}.json`);
        await writeFile(eventFile, typeof payload === 'string' ? payload : JSON.stringify(payload));
        const vars: Record<string, string> = {
          PIPEDREAM_PROJECT_ID: 'proj_act',
          PIPEDREAM_ENVIRONMENT: 'development',
          PIPEDREAM_API_URL: fakes.pipedream.url,
          SYNCAGENT_AUTHOR: 'Sync Bot <bot@example.com>',
          ...options.vars,
        };
        const env: Record<string, string> = {
          GITHUB_API_URL: github.url,
          GITHUB_SERVER_URL: 'https://github.example',
          GITHUB_REPOSITORY: `${owner}/${repo}`,
          GITHUB_RUN_ID: String(4000 + id),
          SYNCAGENT_TEST_REMOTE: remote,
          SYNCAGENT_TEST_SUMMARY_DIR: summaries,
          NODE_OPTIONS: `--import=${join(repoRoot, 'test', 'act', 'capture-summary.mjs')}`,
          ...options.env,
        };
        const args = [
          event,
          '-e',
          eventFile,
          '-W',
          join(repoRoot, '.github', 'workflows', options.workflow ?? 'syncagent-dispatch.yml'),
          '-C',
          workdir,
          '-P',
          'ubuntu-latest=-self-hosted',
          '--no-skip-checkout',
          '--local-repository',
          `actions/checkout@v4=${join(repoRoot, 'test', 'act', 'checkout-stand-in')}`,
          ...Object.entries(env).flatMap(([name, value]) => ['--env', `${name}=${value}`]),
          ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}=${value}`]),
          ...Object.entries({ ...secrets, ...options.secrets }).flatMap(([name, value]) => ['-s', `${name}=${value}`]),
        ];
        const result = await spawnAct(act, args, workdir);
        const found = (await readdir(summaries)).sort();
        return {
          ...result,
          summaries: await Promise.all(found.map((name) => readFile(join(summaries, name), 'utf8'))),
        };
      },
      log: (branch = 'main') => gitCli(remote, 'log', '--format=%s', branch).split('\n'),
      makePollDue: async (slug = 'dropbox') => {
        const clone = join(dir.path, `poll-due-${++runs}`);
        gitCli(dir.path, 'clone', '--quiet', remote, clone);
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
    get current(): ActWorld {
      if (!world) throw new Error('actWorld: only inside a test');
      return world;
    },
  };
}

/** act as an asynchronous subprocess (the fakes live in this process), with a clean environment. */
function spawnAct(act: string, args: string[], cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(act, args, {
      cwd,
      // Only what the runner needs: in self-hosted mode act hands its own environment to every step.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? homedir(), LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** A repository_dispatch event as GitHub delivers it. */
export function repositoryDispatch(eventType: string, clientPayload: unknown): Record<string, unknown> {
  return {
    action: eventType,
    branch: 'main',
    client_payload: clientPayload,
    repository: { full_name: `${owner}/${repo}`, name: repo, owner: { login: owner }, default_branch: 'main' },
    sender: { login: 'pipedream-relay' },
  };
}

/** A signed Dropbox delivery relayed as syncagent.webhook. */
export function webhookEvent(deliveryId: string): Record<string, unknown> {
  const body = dropboxWebhookBody(['dbid:fake-account']);
  return repositoryDispatch('syncagent.webhook', {
    slug: 'dropbox',
    delivery_id: deliveryId,
    headers: {
      'content-type': 'application/json',
      'x-dropbox-signature': signDropboxWebhook(body, secrets.DROPBOX_APP_SECRET),
    },
    body,
  });
}
