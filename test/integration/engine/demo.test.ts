import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gitCli, tempDir } from '../../support/git.js';
import { runCliAsync } from './support.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir('engine-demo-');
});
afterAll(async () => {
  await dir.cleanup();
});

it('syncagent demo runs the loop offline and leaves a store to explore', async () => {
  const store = join(dir.path, 'demo-store');
  const result = await runCliAsync(['demo', '--store', store], {
    env: { PIPEDREAM_CLIENT_ID: '', DROPBOX_APP_SECRET: '' },
  });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain('2. connect dropbox: 1224 changes');
  expect(result.stdout).toMatch(/3\. .*webhook: \d+ changes/);
  expect(result.stdout).toContain('mirrors/dropbox/recent.ndjson');
  expect(result.stdout).toMatch(
    /mirrors\/dropbox\/files\/(?:[0-9a-f]\/)*[0-9a-f](?:-[0-9a-f])?\.ndjson:\d+: .*"name":"budget-final\.xlsx"/,
  );
  expect(result.stdout).toContain(`syncagent status --store ${store}`);
  expect(result.stderr).toContain('backfill [');
  expect(gitCli(store, 'log', '-1', '--format=%s')).toMatch(/^sync\(dropbox\): webhook \d+ changes/);
  expect(gitCli(store, 'ls-files', 'skills')).toContain('skills/dropbox/SKILL.md');
});
