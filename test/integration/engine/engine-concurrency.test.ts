import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { initStore } from '../../../src/store/index.js';
import { cloneRemote, createBareRemote, gitCli, tempDir } from '../../support/git.js';
import {
  accountId,
  expectedRecords,
  mirrorRecords,
  populate,
  runCliAsync,
  startFakes,
  webhookArgs,
} from './support.js';

let fakes: Awaited<ReturnType<typeof startFakes>>;
let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  fakes = await startFakes();
  dir = await tempDir('engine-race-');
  populate(fakes.dropbox, 2_000);
});
afterAll(async () => {
  await fakes.close();
  await dir.cleanup();
});

it('8 concurrent webhook runs from 8 clones of one remote converge and lose nothing', async () => {
  const remote = createBareRemote(dir.path);
  const first = cloneRemote(remote, dir.path, 'clone-0');
  await initStore({ root: first });
  const connect = await runCliAsync(['connect', 'dropbox', '--account', accountId, '--store', first], {
    env: fakes.env,
  });
  expect(connect.status, connect.stderr).toBe(0);
  const clones = [first];
  for (let index = 1; index < 8; index += 1) clones.push(cloneRemote(remote, dir.path, `clone-${index}`));

  // Changes keep arriving while the runs race: each delivery signals some of them.
  const runs = clones.map(async (clone, index) => {
    fakes.dropbox.addFile(`/Race/file-${index}.txt`, { size: index + 1 });
    fakes.dropbox.modifyFile(`/Top0/Folder ${index}/file-${index}.txt`, { size: 5000 + index });
    return runCliAsync(webhookArgs(clone, `race-${index}`), { env: fakes.env });
  });
  const results = await Promise.all(runs);
  for (const result of results) expect(result.status, result.stderr).toBe(0);

  const check = cloneRemote(remote, dir.path, 'check');
  expect(await mirrorRecords(check)).toEqual(expectedRecords(fakes.dropbox));
  const status = JSON.parse(await readFile(join(check, 'mirrors/dropbox/.sync/status.json'), 'utf8')) as {
    recentDeliveries: string[];
  };
  expect([...status.recentDeliveries].sort()).toEqual(clones.map((_, index) => `race-${index}`).sort());
  const subjects = gitCli(check, 'log', '--format=%s').split('\n');
  expect(subjects.filter((subject) => subject.startsWith('sync(dropbox): webhook')).length).toBe(8);
});
