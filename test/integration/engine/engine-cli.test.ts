import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../../src/engine/index.js';
import { initStore, openStore } from '../../../src/store/index.js';
import { gitCli, tempDirPerTest } from '../../support/git.js';
import {
  accountId,
  expectedRecords,
  installPlain,
  mirrorRecords,
  plainEnv,
  populate,
  runCliAsync,
  startFakes,
  testRecipe,
} from './support.js';

// The CLI as a user runs it, one subprocess per command, on real stores: connect --dry-run and --force against the
// Dropbox recipe behind the Pipedream fake; renew, status <slug> and delete on a sync whose handler registers webhooks.
const dir = tempDirPerTest('engine-cli-');

describe('connect on the CLI', () => {
  let fakes: Awaited<ReturnType<typeof startFakes>>;
  beforeAll(async () => {
    fakes = await startFakes();
    populate(fakes.dropbox, 300);
  });
  afterAll(() => fakes.close());

  it('--dry-run says what it would install and writes nothing', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root });
    const head = await store.head();
    const args = ['connect', 'dropbox', '--account', accountId, '--store', root, '--dry-run'];
    const json = await runCliAsync([...args, '--json'], { env: fakes.env });
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      slug: 'dropbox',
      status: 'dry-run',
      createdBy: 'catalog:dropbox@1',
      files: ['skills/dropbox/SKILL.md', 'handlers/dropbox/sync.json', 'handlers/dropbox/handler.js'],
      commits: [],
    });
    const text = await runCliAsync(args, { env: fakes.env });
    expect(text.stdout).toBe(
      'dropbox: would install skills/dropbox/SKILL.md, handlers/dropbox/sync.json, handlers/dropbox/handler.js (catalog:dropbox@1) and backfill\n',
    );
    expect(await store.head()).toBe(head);
    expect(existsSync(join(root, 'handlers/dropbox'))).toBe(false);
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('--force reinstalls over an existing sync and backfills from scratch', async () => {
    const root = join(dir.path, 'store');
    await initStore({ root });
    const first = await runCliAsync(['connect', 'dropbox', '--account', accountId, '--store', root], {
      env: fakes.env,
    });
    expect(first.status, first.stderr).toBe(0);
    // Something the old install left in its mirror, and a change at the source since.
    const store = await openStore({ root });
    await store.transact(async (tx) => tx.write('mirrors/dropbox/stale.ndjson', '{"old":true}\n'), {
      message: 'test: a stale mirror file',
    });
    fakes.dropbox.addFile('/Top0/after the first install.txt', { size: 5 });
    const plain = await runCliAsync(['connect', 'dropbox', '--account', accountId, '--store', root], {
      env: fakes.env,
    });
    expect(plain.stdout).toContain('already connected');
    const beforeForce = gitCli(root, 'rev-parse', 'HEAD');

    const forced = await runCliAsync(
      ['connect', 'dropbox', '--account', accountId, '--store', root, '--force', '--json'],
      {
        env: fakes.env,
      },
    );
    expect(forced.status, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ slug: 'dropbox', status: 'installed' });
    expect(existsSync(join(root, 'mirrors/dropbox/stale.ndjson'))).toBe(false);
    expect(await mirrorRecords(root)).toEqual(expectedRecords(fakes.dropbox));
    expect(gitCli(root, 'log', '-1', '--format=%s')).toMatch(/^sync\(dropbox\): connect \d+ changes /);
    expect(gitCli(root, 'diff', '--name-status', beforeForce, 'HEAD').split('\n')).toContain(
      'D\tmirrors/dropbox/stale.ndjson',
    );
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});

const hooks = testRecipe(`export async function backfill(ctx) {
  await ctx.mirror.write('items.ndjson', '{"id":1}\\n');
  await ctx.state.set('hook', 'hook-1');
  return { added: 1 };
}
export async function registerWebhook(ctx) {
  return { expiresAt: '2025-03-08T10:00:00.000Z' };
}
export async function renewWebhook(ctx) {
  if (await ctx.state.get('broken')) throw new Error('the provider refused the renewal');
  return { expiresAt: '2031-01-01T00:00:00.000Z' };
}
export async function unregisterWebhook(ctx) {
  ctx.log.info('unregistering ' + (await ctx.state.get('hook')));
}`);

describe('renew, status <slug> and delete on the CLI', () => {
  it('renew records the new expiry; status <slug> shows it, and the last error once a renewal failed', async () => {
    const root = join(dir.path, 'store');
    const deps = await installPlain(root, hooks);
    const renewed = await runCliAsync(['renew', 'plain', '--store', root], { env: plainEnv });
    expect(renewed.status, renewed.stderr).toBe(0);
    expect(renewed.stdout).toBe('plain: renew webhook until 2031-01-01T00:00:00.000Z\n');
    const status = async () => {
      const result = await runCliAsync(['status', 'plain', '--store', root, '--json'], { env: plainEnv });
      expect(result.status, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { syncs: Array<Record<string, unknown>> }).syncs;
    };
    expect(await status()).toEqual([
      expect.objectContaining({
        slug: 'plain',
        flavor: 'sync-engine',
        status: 'active',
        lastRun: expect.objectContaining({ event: 'renew', result: 'ok' }),
        webhookExpiresAt: '2031-01-01T00:00:00.000Z',
        consecutiveFailures: 0,
        lastError: null,
      }),
    ]);

    // The provider starts refusing: the renewal fails with one line, and status says so.
    await exec(deps, 'plain', {
      text: "export default async function (ctx) { await ctx.state.set('broken', true); }",
      filename: 'break.js',
    });
    const failed = await runCliAsync(['renew', 'plain', '--store', root], { env: plainEnv });
    expect(failed.status).toBe(1);
    expect(failed.stderr.split('\n').filter((line) => line.startsWith('syncagent:'))).toEqual([
      expect.stringMatching(/^syncagent: sandbox: .*renewWebhook: .*the provider refused the renewal/),
    ]);
    const [row] = await status();
    expect(row).toMatchObject({
      webhookExpiresAt: '2031-01-01T00:00:00.000Z',
      consecutiveFailures: 1,
      lastRun: { event: 'renew', result: 'error' },
      lastError: {
        event: 'renew',
        code: 'sandbox',
        message: expect.stringContaining('the provider refused the renewal'),
      },
    });
    const table = await runCliAsync(['status', 'plain', '--store', root], { env: plainEnv });
    const [header, line] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^SLUG\s+FLAVOR\s+STATUS\s+LAST RUN\s+NEXT POLL\s+WEBHOOK EXPIRES\s+FAILS\s+LAST ERROR$/);
    expect(line).toMatch(
      /^plain\s+sync-engine\s+active\s+renew error \S+\s+-\s+2031-01-01T00:00:00\.000Z\s+1\s+sandbox: .*the provider refused/,
    );
  });

  it('delete runs unregisterWebhook with the sync’s state, then removes everything in one commit', async () => {
    const root = join(dir.path, 'store');
    await installPlain(root, hooks);
    const tracked = gitCli(root, 'ls-files', 'skills/plain', 'handlers/plain', 'mirrors/plain').split('\n');
    const before = gitCli(root, 'rev-parse', 'HEAD');
    const result = await runCliAsync(['delete', 'plain', '--store', root], { env: plainEnv });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^handler-log .*message="?unregistering hook-1/m);
    expect(result.stdout).toBe(`plain: deleted (${tracked.length} files removed)\n`);
    expect(gitCli(root, 'rev-list', '--count', `${before}..HEAD`)).toBe('1');
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe('sync(plain): delete removed skill, handler and mirror');
    expect(gitCli(root, 'diff', '--name-status', before, 'HEAD').split('\n')).toEqual(
      tracked.map((path) => `D\t${path}`),
    );
    expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(await readFile(join(root, 'skills/.gitkeep'), 'utf8')).toBe('');
  });
});
