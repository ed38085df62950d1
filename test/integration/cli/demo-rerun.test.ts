import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gitCli, tempDir } from '../../support/git.js';
import { runCliAsync } from '../engine/support.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir('demo-rerun-');
});
afterAll(() => dir.cleanup());

const env = { PIPEDREAM_CLIENT_ID: '', DROPBOX_APP_SECRET: '' };

it('demo --json prints a summary and no progress; a second run says what it skipped and shows no stale commit', async () => {
  const store = join(dir.path, 'demo-store');
  const first = await runCliAsync(['demo', '--store', store, '--json'], { env });
  expect(first.status, first.stderr).toBe(0);
  expect(first.stderr).not.toContain('backfill [');
  const summary = JSON.parse(first.stdout);
  expect(summary).toMatchObject({
    store,
    connect: { slug: 'dropbox', status: 'installed', summary: expect.stringMatching(/changes/) },
    webhook: { deliveryId: 'demo-delivery-1', status: 'handled' },
    commit: { new: true, subject: expect.stringMatching(/^sync\(dropbox\): webhook/) },
    tryNext: expect.arrayContaining([`npx syncagent status --store ${store}`]),
  });
  expect(summary.grep.length).toBeGreaterThan(0);
  const head = gitCli(store, 'rev-parse', 'HEAD');

  const again = await runCliAsync(['demo', '--store', store], { env });
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).not.toContain('null');
  expect(again.stdout).toContain('2. connect dropbox: skipped (already connected in this store');
  expect(again.stdout).toMatch(/3\. .*already handled in this store: skipped/);
  expect(again.stdout).toContain(`4. no new commit (the store is at ${head.slice(0, 7)}`);
  expect(again.stdout).not.toContain("the webhook's commit");
  expect(gitCli(store, 'rev-parse', 'HEAD')).toBe(head);
});
