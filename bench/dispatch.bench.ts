import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dropboxRecipe } from '../src/catalog/index.js';
import { populateSample } from '../src/demo/index.js';
import { connect, silentLogger } from '../src/engine/index.js';
import { openStore } from '../src/store/index.js';
import {
  dropboxWebhookBody,
  signDropboxWebhook,
  startFakeDropboxConnection,
  startGitHubApi,
} from '../src/testkit/index.js';
import { benchDir, formatMs, type Report, runCommand } from './harness.js';

// The Action's hot path: `syncagent dispatch` of a signed syncagent.webhook event on the demo store (the demo's
// 1,200-file sample Dropbox behind the Pipedream Connect fake, a GitHub fake for the review and issue checks), timed
// from process start (`node dist/cli.cjs`, the bundle the Action runs) to its commit pushed to a bare remote. The
// reference is `git add -A && git commit && git push` of the same change (the files that commit changed, with the
// same contents) from a second clone at the commit before it, to a scratch branch of the same bare remote. Runs
// alternate; medians are reported.

const runs = 7;
const secret = 'bench-app-secret';
const accountId = 'apn_demo';

/** Runs a command asynchronously (the fakes live in this process) and returns its wall time. */
function timed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export default async function dispatchBench(report: Report): Promise<void> {
  const cli = join(process.cwd(), 'dist', 'cli.cjs');
  if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
  const dir = await benchDir('dispatch');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const fakes = await startFakeDropboxConnection({
    accountId,
    externalUserId: 'demo-user',
    appSecret: secret,
    projectId: 'proj_demo',
  });
  const remote = join(dir, 'remote.git');
  runCommand('git', ['init', '--bare', '--quiet', '--initial-branch=main', remote]);
  const github = await startGitHubApi({ owner: 'acme', repo: 'store', token: 'ghs_bench', gitDir: remote });
  try {
    populateSample(fakes.dropbox);
    const store = join(dir, 'store');
    const reference = join(dir, 'reference');
    const gitEnv = {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    };
    runCommand('git', ['clone', '--quiet', remote, store]);
    runCommand('git', ['-C', store, 'commit', '--quiet', '--allow-empty', '-m', 'seed']);
    runCommand('git', ['-C', store, 'push', '--quiet', 'origin', 'HEAD:main']);
    // The demo's connect (in-process, untimed): the 1,200-file sample mirrored and pushed.
    const opened = await openStore({ root: store });
    await connect(
      { store: opened, env: { ...process.env, ...fakes.env }, clock: () => new Date(), logger: silentLogger },
      { app: 'dropbox', accountId, externalUserId: 'demo-user', recipe: dropboxRecipe },
    );
    runCommand('git', ['clone', '--quiet', remote, reference]);

    const env = {
      ...process.env,
      ...fakes.env,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/store',
      GITHUB_TOKEN: 'ghs_bench',
      GITHUB_EVENT_NAME: 'repository_dispatch',
      GITHUB_ACTIONS: '',
    };
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      fakes.dropbox.addFile(`/Finance/2025/bench-${run}.pdf`, { size: 1000 + run });
      fakes.dropbox.modifyFile('/Design/2021/report-1.pdf', { size: 2000 + run });
      const body = dropboxWebhookBody(['dbid:fake-account']);
      const event = join(dir, `event-${run}.json`);
      await writeFile(
        event,
        JSON.stringify({
          action: 'syncagent.webhook',
          client_payload: {
            slug: 'dropbox',
            delivery_id: `bench-${run}`,
            headers: { 'content-type': 'application/json', 'x-dropbox-signature': signDropboxWebhook(body, secret) },
            body,
          },
        }),
      );
      const before = runCommand('git', ['-C', store, 'rev-parse', 'HEAD']).trim();
      const oursMs = await timed(process.execPath, [cli, 'dispatch', '--event', event, '--store', store], {
        env,
      });
      const after = runCommand('git', ['-C', remote, 'rev-parse', 'main']).trim();
      if (after === before) throw new Error('the dispatch pushed no commit');

      // The same change from the reference clone: the files of that commit, at the commit before it.
      runCommand('git', ['-C', reference, 'fetch', '--quiet', 'origin', 'main']);
      runCommand('git', ['-C', reference, 'reset', '--quiet', '--hard', before]);
      const changed = runCommand('git', ['-C', reference, 'diff', '--name-status', before, after])
        .trim()
        .split('\n')
        .map((line) => line.split('\t') as [string, string]);
      for (const [status, path] of changed) {
        const target = join(reference, path);
        if (status.startsWith('D')) await rm(target, { force: true });
        else {
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, runCommand('git', ['-C', reference, 'show', `${after}:${path}`]));
        }
      }
      const theirsMs = await timed(
        'sh',
        [
          '-c',
          'git add -A && git commit --quiet -m "sync(dropbox): webhook" && git push --quiet --force origin HEAD:refs/heads/bench-reference',
        ],
        { cwd: reference, env: gitEnv },
      );
      if (run === 0) continue; // warm-up
      ours.push(oursMs);
      theirs.push(theirsMs);
    }
    report.add({
      name: 'dispatch: webhook event on the demo store, start to pushed commit',
      oursMs: median(ours),
      referenceName: 'git commit && git push',
      referenceMs: median(theirs),
      note: `median of ${runs}; ours ${ours.map(formatMs).join(' ')}`,
    });
  } finally {
    await github.close();
    await fakes.close();
  }
}
