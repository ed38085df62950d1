import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../../support/cli.js';
import { tempDir } from '../../support/git.js';

// Issue 16 item 6: the packed package works in a fresh project: `syncagent` and `syncagent/testkit` import and run.

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir('pack-');
}, 60_000);
afterAll(() => dir.cleanup());

it('a fresh project installs the packed tarball and uses syncagent and syncagent/testkit', () => {
  const npm = (args: string[], cwd: string) =>
    execFileSync('npm', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
    });
  // `npm pack` runs `prepare` (the build), so the tarball holds a dist/ built from these sources.
  npm(['pack', '--pack-destination', dir.path, '--silent'], repoRoot);
  const tarball = readdirSync(dir.path).find((name) => name.endsWith('.tgz'));
  expect(tarball).toBeDefined();
  const project = join(dir.path, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'uses-syncagent', private: true, type: 'module' }),
  );
  // The dependencies come from the npm cache the repository's own install filled (package metadata from the registry).
  npm(['install', '--prefer-offline', '--no-package-lock', join(dir.path, tarball as string)], project);
  writeFileSync(
    join(project, 'use.js'),
    `
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as syncagent from 'syncagent';
import { startFakeDropboxConnection } from 'syncagent/testkit';

const root = await mkdtemp(join(tmpdir(), 'pack-store-'));
const { store } = await syncagent.initStore({ root });
const fakes = await startFakeDropboxConnection({ accountId: 'apn_pack' });
fakes.dropbox.addFolder('/Reports');
fakes.dropbox.addFile('/Reports/q3-budget.pdf', { size: 1234 });
try {
  const deps = { store, env: fakes.env, clock: () => new Date(), logger: syncagent.silentLogger };
  const outcome = await syncagent.connectFromRequest(deps, { app: 'dropbox', accountId: 'apn_pack' });
  const found = await syncagent.grepFile(root, { pattern: 'q3-budget', prefix: 'mirrors/dropbox' });
  const error = await syncagent.readFile(root, { path: 'nope.txt' }).catch((caught) => caught);
  console.log(JSON.stringify({
    status: outcome.status,
    matches: found.matches.length,
    recognised: syncagent.InvalidInputError.isInstance(error),
    internals: ['GitCliRemote', 'redact', 'fnv1a32'].filter((name) => name in syncagent),
  }));
} finally {
  await fakes.close();
}
`,
  );
  const output = JSON.parse(execFileSync(process.execPath, ['use.js'], { cwd: project, encoding: 'utf8' }));
  expect(output).toEqual({ status: 'installed', matches: 1, recognised: true, internals: [] });
  // The bin works from the installed package too.
  expect(
    execFileSync(join(project, 'node_modules/.bin/syncagent'), ['--version'], { encoding: 'utf8' }).trim(),
  ).toMatch(/^\d+\.\d+\.\d+/);
});
