import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { initStore } from '../../../src/store/index.js';
import { cliNodeArgs, repoRoot } from '../../support/cli.js';
import { gitCli, tempDir } from '../../support/git.js';
import { accountId, expectedRecords, mirrorRecords, populate, runCliAsync, startFakes } from './support.js';

let fakes: Awaited<ReturnType<typeof startFakes>>;
let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  fakes = await startFakes();
  dir = await tempDir('engine-resume-');
  populate(fakes.dropbox, 20_000);
});
afterAll(async () => {
  await fakes.close();
  await dir.cleanup();
});

async function waitFor(condition: () => boolean, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it('kill -9 in the middle of a backfill, then connect again: resumes from the last checkpoint and converges', async () => {
  const store = join(dir.path, 'store');
  await initStore({ root: store });
  const child = spawn(
    process.execPath,
    [...cliNodeArgs, 'connect', 'dropbox', '--account', accountId, '--store', store],
    {
      cwd: repoRoot,
      env: { ...process.env, ...fakes.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const pageCommits = () =>
    gitCli(store, 'log', '--format=%s')
      .split('\n')
      .filter((subject) => subject.includes('checkpoint - backfill page')).length;
  // The checkpoint log line is printed after the commit is published; then check git itself.
  await waitFor(() => stderr.includes('checkpoint-commit'), 60_000);
  expect(pageCommits()).toBeGreaterThanOrEqual(1);
  child.kill('SIGKILL');
  await exited;
  const pagesBefore = pageCommits();
  // Killed between the checkpoint after page 5 and the one after page 10 (the last).
  expect(pagesBefore).toBe(1);
  expect(gitCli(store, 'ls-files', 'skills/dropbox')).toBe('');

  const listCallsBefore = fakes.pipedream.proxied.filter((call) =>
    call.targetUrl.endsWith('/2/files/list_folder'),
  ).length;
  const rerun = await runCliAsync(['connect', 'dropbox', '--account', accountId, '--store', store], { env: fakes.env });
  expect(rerun.status, rerun.stderr).toBe(0);
  expect(rerun.stderr).toContain('backfill-resume');
  // Resumed by cursor: no second initial listing.
  expect(fakes.pipedream.proxied.filter((call) => call.targetUrl.endsWith('/2/files/list_folder')).length).toBe(
    listCallsBefore,
  );
  expect(pageCommits()).toBe(2);
  expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
  expect(gitCli(store, 'ls-files', 'skills/dropbox')).toBe('skills/dropbox/SKILL.md');
});
