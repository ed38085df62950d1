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
  // Step 6: a second app through the LLM sync agent, driven by the scripted model server.
  expect(result.stdout).toMatch(/6\. connect ticketdesk \(no catalog recipe\) through the LLM sync agent/);
  expect(result.stdout).toMatch(/step 5: run_in_sync backfill ok: \d+ written/);
  expect(result.stdout).toMatch(
    /installed ticketdesk: sync-engine: ticket tracker: .* \(openai-compatible:scripted, 10 steps, [\d,]+ tokens\)/,
  );
  expect(gitCli(store, 'log', '--format=%s')).toMatch(
    /^sync\(ticketdesk\): connect by agent, sync-engine: ticket tracker/m,
  );
  expect(gitCli(store, 'ls-files', 'skills')).toContain('skills/ticketdesk/SKILL.md');
  expect(result.stderr).toContain('backfill [');
  expect(gitCli(store, 'log', '--format=%s')).toMatch(/^sync\(dropbox\): webhook \d+ changes/m);
  expect(gitCli(store, 'ls-files', 'skills')).toContain('skills/dropbox/SKILL.md');
});
