import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { initStore } from '../../../src/store/index.js';
import { gitCli, tempDir } from '../../support/git.js';
import { accountId, expectedRecords, mirrorRecords, populate, startFakes } from '../engine/support.js';
import { connectionSuccess, send, startServe } from './support.js';

let fakes: Awaited<ReturnType<typeof startFakes>>;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  fakes = await startFakes();
  // Big enough that the backfill is still running when SIGTERM comes.
  populate(fakes.dropbox, 20_000);
  dir = await tempDir('serve-drain-');
});
afterAll(async () => {
  await fakes.close();
  await dir.cleanup();
});

it('SIGTERM during an event stops intake, finishes the event, exits 0, and leaves nothing to replay', async () => {
  const store = join(dir.path, 'store');
  await initStore({ root: store });
  const env = { ...fakes.env, SYNCAGENT_HOOK_TOKEN: 'hook' };
  const serve = await startServe(['--store', store, '--tick-minutes', '0'], env);
  const reply = await send(`${serve.url}/hooks/pipedream`, {
    headers: { authorization: 'Bearer hook' },
    body: connectionSuccess(accountId),
  });
  expect(reply.status).toBe(200);
  // The backfill has published its first checkpoint: the event is in hand. (The engine's log field
  // `event` overwrites the line's event name, so the checkpoint line is recognised by its message.)
  await serve.logged((line) => typeof line.message === 'string' && line.message.startsWith('backfill page'));
  serve.child.kill('SIGTERM');
  await serve.logged('serve-drain');
  expect(await serve.exited).toBe(0);
  // The event finished: the skill is written (last) and the mirror is whole.
  expect(gitCli(store, 'show', 'HEAD:skills/dropbox/SKILL.md')).toMatch(/^---\nname: dropbox\n/);
  expect(gitCli(store, 'log', '-1', '--format=%s')).toMatch(/^sync\(dropbox\): connect 20000 changes/);
  expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
  const drainedAt = serve.stderr.findIndex((line) => line.includes('"event":"serve-drain"'));
  const endedAt = serve.stderr.findIndex((line) => line.includes('"event":"connect-end"'));
  expect(endedAt).toBeGreaterThan(drainedAt);

  // Nothing is left in the spool: a restart replays nothing.
  const again = await startServe(['--store', store, '--tick-minutes', '0'], env);
  expect(await again.logged('serve-start')).toMatchObject({ replayed: 0 });
  again.child.kill('SIGTERM');
  expect(await again.exited).toBe(0);
});
