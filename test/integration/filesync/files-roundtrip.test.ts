import { chmod, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { initStore } from '../../../src/store/index.js';
import { tempDir } from '../../support/git.js';
import { runCliAsync } from '../engine/support.js';
import { type ServeProcess, send, startServe } from '../serve/support.js';
import { rawTarball, treeDigest, writeTree } from './support.js';

// push → serve (PUT /api/v1/files) → pull, all through the CLI, as a user runs it.
const token = 'files-token';
let dir: Awaited<ReturnType<typeof tempDir>>;
let serve: ServeProcess;
let env: NodeJS.ProcessEnv;

const synced = ['skills', 'handlers', 'content', 'config', 'agents'];
/** The digest of the synced folders only. */
async function syncedDigest(root: string): Promise<Record<string, string>> {
  const all = await treeDigest(root);
  return Object.fromEntries(Object.entries(all).filter(([path]) => synced.includes(path.split('/')[0] as string)));
}

async function files(...args: string[]) {
  return runCliAsync(['files', ...args], { env });
}

beforeAll(async () => {
  dir = await tempDir('files-roundtrip-');
  const store = join(dir.path, 'service-store');
  await initStore({ root: store });
  serve = await startServe(['--store', store, '--tick-minutes', '0'], { SYNCAGENT_CLOUD_TOKEN: token });
  env = { SYNCAGENT_CLOUD_URL: serve.url, SYNCAGENT_CLOUD_TOKEN: token };
});
afterAll(async () => {
  serve.child.kill('SIGTERM');
  await serve.exited;
  await dir.cleanup();
});

it('push then pull into an empty folder is byte-identical; dry runs list the changes and write nothing', async () => {
  const source = join(dir.path, 'source');
  await writeTree(source, {
    'skills/dropbox/SKILL.md': '---\nname: dropbox\ndescription: files\n---\n# Dropbox\n',
    'handlers/dropbox/sync.json': '{"version":1}\n',
    'handlers/dropbox/handler.js': 'export async function backfill() {}\n',
    'content/notes/überblick ünïcode.md': 'grüße\r\nwindows line\r\n',
    'content/deep/a/b/c/d/e.md': 'deep',
    'config/settings.yaml': 'a: 1\n',
    'agents/main/prompt.md': '',
    'mirrors/dropbox/index.json': '{"not":"synced"}',
    'notes.txt': 'not synced either',
  });
  await writeFile(join(source, 'content', 'binary.bin'), Buffer.from([0, 1, 2, 255, 254, 0, 10, 13]));
  await mkdir(join(source, 'config', 'empty-folder'), { recursive: true });
  await writeFile(join(source, 'agents', 'main', 'run.sh'), '#!/bin/sh\necho hi\n');
  await chmod(join(source, 'agents', 'main', 'run.sh'), 0o755);

  // Nothing in the cloud yet: a pull says so and changes nothing.
  const empty = join(dir.path, 'empty');
  await mkdir(empty);
  const nothing = await files('pull', '--store', empty);
  expect(nothing.status, nothing.stderr).toBe(0);
  expect(nothing.stdout).toContain('the cloud has no files yet');

  // A dry push uploads nothing.
  const dryPush = await files('push', '--dry-run', '--store', source, '--json');
  expect(dryPush.status, dryPush.stderr).toBe(0);
  expect(JSON.parse(dryPush.stdout)).toMatchObject({ direction: 'push', dryRun: true, cloudHasFiles: false, files: 9 });
  expect((await send(`${serve.url}/api/v1/files`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);

  const push = await files('push', '--store', source);
  expect(push.status, push.stderr).toBe(0);
  expect(push.stdout).toMatch(
    /^pushed skills handlers content config agents: 9 files \(\d+ bytes\): 9 added, 0 changed, 0 removed/,
  );

  const pull = await files('pull', '--store', empty, '--json');
  expect(pull.status, pull.stderr).toBe(0);
  expect(JSON.parse(pull.stdout)).toMatchObject({ direction: 'pull', dryRun: false, files: 9 });
  expect(await syncedDigest(empty)).toEqual(await syncedDigest(source));
  expect(await treeDigest(join(empty))).not.toHaveProperty('mirrors/');
  expect((await stat(join(empty, 'agents', 'main', 'run.sh'))).mode & 0o111).not.toBe(0);

  // Change the source: the dry push lists exactly that, and the cloud keeps the old copy.
  await writeFile(join(source, 'config', 'settings.yaml'), 'a: 2\n');
  await writeFile(join(source, 'content', 'new.md'), 'new');
  await rm(join(source, 'handlers'), { recursive: true });
  const dryAgain = await files('push', '--dry-run', '--store', source, '--json');
  expect(JSON.parse(dryAgain.stdout)).toMatchObject({
    added: ['content/new.md'],
    changed: ['config/settings.yaml'],
    removed: ['handlers/dropbox/handler.js', 'handlers/dropbox/sync.json'],
  });
  const copy = join(dir.path, 'copy');
  await mkdir(copy);
  expect((await files('pull', '--store', copy)).status).toBe(0);
  expect(await syncedDigest(copy)).toEqual(await syncedDigest(empty));

  // Push for real; the first copy's dry pull lists the change and writes nothing; the real pull applies it.
  expect((await files('push', '--store', source)).status).toBe(0);
  const before = await treeDigest(empty);
  const dryPull = await files('pull', '--dry-run', '--store', empty);
  expect(dryPull.status).toBe(0);
  expect(dryPull.stdout).toContain('would pull skills content config agents: 8 files');
  expect(dryPull.stdout).toContain('  + content/new.md');
  expect(dryPull.stdout).toContain('  ~ config/settings.yaml');
  expect(dryPull.stdout).toContain('  - handlers/dropbox/sync.json');
  expect(await treeDigest(empty)).toEqual(before);
  expect((await files('pull', '--store', empty)).status).toBe(0);
  expect(await syncedDigest(empty)).toEqual(await syncedDigest(source));
}, 300_000);

it('the cloud side refuses a hostile upload (422), a wrong token (401) and keeps the last good copy', async () => {
  const url = `${serve.url}/api/v1/files`;
  const good = rawTarball([
    { path: 'skills/', type: 'Directory' },
    { path: 'skills/a/SKILL.md', body: 'ok' },
  ]);
  expect((await send(url, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: good })).status).toBe(
    200,
  );
  const hostile = rawTarball([{ path: 'skills/evil', type: 'SymbolicLink', linkpath: '/etc' }]);
  const refused = await send(url, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: hostile });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain('is a symbolic link');
  expect((await send(url, { method: 'PUT', headers: { authorization: 'Bearer wrong' }, body: good })).status).toBe(401);
  expect((await send(url, { method: 'PUT', body: good })).status).toBe(401);
  const current = await send(url, { headers: { authorization: `Bearer ${token}` } });
  expect(current.status).toBe(200);
  expect(current.headers['content-type']).toBe('application/gzip');
  const etag = current.headers.etag as string;
  const again = await send(url, { headers: { authorization: `Bearer ${token}`, 'if-none-match': etag } });
  expect(again.status).toBe(304);
});

it('missing settings are missing_config naming the variable (exit 3)', async () => {
  const result = await runCliAsync(['files', 'pull', '--store', dir.path], {
    env: { SYNCAGENT_CLOUD_TOKEN: token, SYNCAGENT_CLOUD_URL: '' },
  });
  expect(result.status).toBe(3);
  expect(result.stderr.trim()).toBe('syncagent: missing_config: missing configuration: set SYNCAGENT_CLOUD_URL');
  const sync = await runCliAsync(['sync', '--direction', 'push', '--parts', 'files', '--store', dir.path, '--json'], {
    env: { SYNCAGENT_CLOUD_URL: serve.url, SYNCAGENT_CLOUD_TOKEN: '' },
  });
  expect(sync.status).toBe(3);
  expect(JSON.parse(sync.stdout).parts[0]).toMatchObject({
    part: 'files',
    status: 'failed',
    error: { code: 'missing_config', data: { variable: 'SYNCAGENT_CLOUD_TOKEN' } },
  });
});
