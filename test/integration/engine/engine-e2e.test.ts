import { cp, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EngineDeps, handleWebhook, readStatus, silentLogger } from '../../../src/engine/index.js';
import { initStore, openStore } from '../../../src/store/index.js';
import { dropboxWebhookBody, signDropboxWebhook } from '../../../src/testkit/index.js';
import { gitCli, tempDir } from '../../support/git.js';
import {
  accountId,
  expectedRecords,
  mirrorRecords,
  populate,
  runCliAsync,
  secret,
  startFakes,
  webhookArgs,
} from './support.js';

let fakes: Awaited<ReturnType<typeof startFakes>>;
let dir: Awaited<ReturnType<typeof tempDir>>;
let store: string;
const commitCount = () => Number(gitCli(store, 'rev-list', '--count', 'HEAD'));
const head = () => gitCli(store, 'rev-parse', 'HEAD');
/** What the connect of the shared setup did, as it was right then (later tests move the store and the fake on). */
let connected: {
  result: { status: number | null; stdout: string; stderr: string };
  records: Array<Record<string, unknown>>;
  expected: Array<Record<string, unknown>>;
  subjects: string[];
};

// The expensive part, shared: 20,000 entries backfilled once through the CLI. Every test starts from a store with the
// sync installed and the mirror equal to the fake's tree, and leaves it so.
beforeAll(async () => {
  fakes = await startFakes();
  dir = await tempDir('engine-e2e-');
  store = join(dir.path, 'store');
  await initStore({ root: store });
  populate(fakes.dropbox, 20_000);
  const result = await runCliAsync(['connect', 'dropbox', '--account', accountId, '--store', store, '--json'], {
    env: fakes.env,
  });
  connected = {
    result,
    records: await mirrorRecords(store),
    expected: expectedRecords(fakes.dropbox),
    subjects: gitCli(store, 'log', '--format=%s').split('\n'),
  };
});
afterAll(async () => {
  await fakes.close();
  await dir.cleanup();
});

/** The commit the shared setup's connect ended with (its backfill's final commit). */
function connectCommit(): string {
  return gitCli(store, 'log', '--format=%H', '--grep=^sync(dropbox): connect [0-9]', '-1');
}

async function deliver(id: string): Promise<void> {
  const result = await runCliAsync(webhookArgs(store, id), { env: fakes.env });
  expect(result.stderr).not.toContain('syncagent: ');
  expect(result.status).toBe(0);
  expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
}

describe('dropbox through the CLI, Pipedream proxy in front of the Dropbox fake', () => {
  it('backfills 20,000 entries: the mirror equals the tree, shards stay small, the skill is written last', async () => {
    const { result, records, expected, subjects } = connected;
    expect(result.status, result.stderr).toBe(0);
    const outcome = JSON.parse(result.stdout) as { slug: string; status: string };
    expect(outcome).toMatchObject({ slug: 'dropbox', status: 'installed' });
    expect(records).toEqual(expected);
    const index = JSON.parse(gitCli(store, 'show', `${connectCommit()}:mirrors/dropbox/index.json`)) as {
      files: number;
      folders: number;
    };
    expect(index.files + index.folders).toBe(20_000);
    const shards = gitCli(store, 'ls-tree', '-r', '-l', connectCommit(), 'mirrors/dropbox/files').split('\n');
    for (const shard of shards) expect(Number(shard.split(/\s+/)[3])).toBeLessThanOrEqual(64 * 1024);
    expect(gitCli(store, 'ls-tree', '-r', '--name-only', connectCommit(), 'mirrors/dropbox/staging')).toBe('');
    const skill = gitCli(store, 'show', `${connectCommit()}:skills/dropbox/SKILL.md`);
    expect(skill).toMatch(/^---\nname: dropbox\ndescription: /);
    expect(skill).toContain('account_id: apn_test1');
    const syncJson = JSON.parse(gitCli(store, 'show', `${connectCommit()}:handlers/dropbox/sync.json`)) as Record<
      string,
      unknown
    >;
    expect(syncJson).toMatchObject({ slug: 'dropbox', externalUserId: 'user-42', createdBy: 'catalog:dropbox@1' });
    // Checkpoints every 5 pages of 2,000 (and after the last), then one final commit carrying the summary.
    expect(subjects.filter((subject) => subject.startsWith('sync(dropbox): connect checkpoint')).reverse()).toEqual([
      'sync(dropbox): connect checkpoint - backfill page 5 (10000 entries)',
      'sync(dropbox): connect checkpoint - backfill page 10 (20000 entries)',
    ]);
    const fileCount = expected.filter((record) => record.tag === 'file').length;
    expect(subjects[0]).toBe(
      `sync(dropbox): connect 20000 changes (+20000 ~0 -0) - backfill of ${fileCount} files and ${20_000 - fileCount} folders in 10 pages`,
    );
    // The final commit's body lists what it changed, by folder.
    const body = gitCli(store, 'log', '-1', '--format=%b', connectCommit());
    expect(body).toMatch(/^\d+ files changed:\n/);
    const lines = body.split('\n');
    expect(lines).toContain('skills/dropbox/: SKILL.md (new)');
    expect(lines).toContain('mirrors/dropbox/: index.json (new), recent.ndjson (new)');
    expect(lines).toContain('mirrors/dropbox/.sync/: state.json, status.json');
    expect(lines.length).toBeLessThanOrEqual(32);
    // The Pipedream proxy carried every Dropbox call.
    expect(fakes.pipedream.proxied.some((call) => call.targetUrl.endsWith('/2/files/list_folder/continue'))).toBe(true);
  });

  it('connect again is a no-op (idempotent on SKILL.md), whichever agent is asked for', async () => {
    const before = head();
    // With --agent llm and no SYNCAGENT_MODEL set: the existing SKILL.md answers before a model would be needed.
    for (const extra of [[], ['--agent', 'llm']]) {
      const again = await runCliAsync(['connect', 'dropbox', '--account', accountId, '--store', store, ...extra], {
        env: fakes.env,
      });
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toBe('dropbox: already connected (skills/dropbox/SKILL.md exists; --force reinstalls)\n');
    }
    expect(head()).toBe(before);
  });

  it('applies add, modify, move, folder-subtree delete and case-only rename, each from a signed webhook', async () => {
    fakes.dropbox.addFile('/Top0/Folder 0/brand new.pdf', { size: 4096 });
    await deliver('add-1');
    fakes.dropbox.modifyFile('/Top1/Folder 3/file-7.txt', { size: 999 });
    await deliver('modify-1');
    fakes.dropbox.move('/Top2/Folder 1', '/Top3/Moved Folder');
    fakes.dropbox.move('/Top0/Folder 2/file-1.txt', '/Top4/renamed.txt');
    await deliver('move-1');
    fakes.dropbox.delete('/Top5');
    await deliver('delete-1');
    fakes.dropbox.renameCase('/Top6/Folder 4', '/Top6/FOLDER 4');
    await deliver('case-1');
    const recent = (await readFile(join(store, 'mirrors/dropbox/recent.ndjson'), 'utf8')).trim().split('\n');
    expect(recent.some((line) => line.includes('"op":"renamed"') && line.includes('/Top6/FOLDER 4'))).toBe(true);
    expect(gitCli(store, 'log', '-1', '--format=%s')).toMatch(/^sync\(dropbox\): webhook \d+ changes? /);
  });

  it('skips a duplicate delivery without a commit', async () => {
    fakes.dropbox.addFile('/Top7/first.txt', { size: 1 });
    await deliver('dup-1');
    fakes.dropbox.addFile('/Top7/dup.txt', { size: 1 });
    const before = commitCount();
    const duplicate = await runCliAsync(webhookArgs(store, 'dup-1'), { env: fakes.env });
    expect(duplicate.status, duplicate.stderr).toBe(0);
    expect(duplicate.stdout).toBe('dropbox: delivery dup-1 already handled (skipped)\n');
    expect(commitCount()).toBe(before);
    await deliver('after-dup');
  });

  it('rejects a bad signature with exit 4 and writes nothing', async () => {
    fakes.dropbox.addFile('/Top7/unsigned.txt', { size: 1 });
    const before = head();
    const body = dropboxWebhookBody(['dbid:fake-account']);
    const result = await runCliAsync(
      [
        'webhook',
        'dropbox',
        '--store',
        store,
        '--body',
        body,
        '--header',
        `X-Dropbox-Signature: ${signDropboxWebhook(body, 'wrong')}`,
      ],
      { env: fakes.env },
    );
    expect(result.status).toBe(4);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('syncagent:')),
    ).toEqual([
      'syncagent: unauthorized: webhook for "dropbox" has an invalid x-dropbox-signature signature: rejected',
    ]);
    expect(head()).toBe(before);
    await deliver('signed-again');
  });

  it('converges by full resync after a cursor reset', async () => {
    fakes.dropbox.resetCursors();
    fakes.dropbox.addFile('/Top8/after-reset.txt', { size: 3 });
    const result = await runCliAsync(webhookArgs(store, 'reset-1'), { env: fakes.env });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('cursor reset, full resync');
    expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
  });

  it('converges through a 429 storm, waiting as long as each Retry-After asks', async () => {
    fakes.dropbox.addFile('/Top8/storm.txt', { size: 3 });
    fakes.dropbox.rateLimit({ times: 4, retryAfterSeconds: 7 });
    // The engine in process, with the gateway's sleep injected: the waits are observed, not spent.
    const waits: number[] = [];
    const deps: EngineDeps = {
      store: await openStore({ root: store }),
      env: fakes.env,
      clock: () => new Date(),
      logger: silentLogger,
      sleep: async (ms) => {
        waits.push(ms);
      },
    };
    const limitedBefore = fakes.pipedream.proxied.filter((call) => call.status === 429).length;
    const body = dropboxWebhookBody(['dbid:fake-account']);
    const outcome = await handleWebhook(deps, {
      slug: 'dropbox',
      body,
      headers: { 'X-Dropbox-Signature': signDropboxWebhook(body, secret), 'Content-Type': 'application/json' },
      deliveryId: 'storm-1',
    });
    expect(outcome).toMatchObject({ duplicate: false, summary: expect.stringMatching(/^1 change /) });
    expect(waits).toEqual([7000, 7000, 7000, 7000]);
    expect(fakes.pipedream.proxied.filter((call) => call.status === 429).length - limitedBefore).toBe(4);
    expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));
  });

  it('poll, tick, exec and status', async () => {
    fakes.dropbox.addFile('/Top9/polled.txt', { size: 7 });
    const polled = await runCliAsync(['poll', 'dropbox', '--store', store], { env: fakes.env });
    expect(polled.status, polled.stderr).toBe(0);
    expect(polled.stdout).toContain('poll 1 change');
    expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));

    const status = JSON.parse(
      (await runCliAsync(['status', '--store', store, '--json'], { env: fakes.env })).stdout,
    ) as {
      syncs: Array<{ slug: string; nextPollAt: string; lastRun: { event: string }; consecutiveFailures: number }>;
    };
    expect(status.syncs).toHaveLength(1);
    expect(status.syncs[0]).toMatchObject({ slug: 'dropbox', lastRun: { event: 'poll' }, consecutiveFailures: 0 });
    const nextPoll = Date.parse(status.syncs[0]!.nextPollAt);
    const early = await runCliAsync(
      ['tick', '--store', store, '--now', new Date(nextPoll - 60_000).toISOString(), '--json'],
      { env: fakes.env },
    );
    expect(JSON.parse(early.stdout)).toMatchObject({ actions: [], skipped: ['dropbox'] });
    fakes.dropbox.addFile('/Top9/ticked.txt', { size: 8 });
    const due = await runCliAsync(
      ['tick', '--store', store, '--now', new Date(nextPoll + 1000).toISOString(), '--json'],
      { env: fakes.env },
    );
    expect(due.status, due.stderr).toBe(0);
    expect(JSON.parse(due.stdout)).toMatchObject({ actions: [{ slug: 'dropbox', action: 'poll', result: 'ok' }] });
    expect(await mirrorRecords(store)).toEqual(expectedRecords(fakes.dropbox));

    const code = join(dir.path, 'probe.js');
    await writeFile(
      code,
      `export default async function (ctx) {
      const index = JSON.parse(await ctx.mirror.read('index.json'));
      await ctx.mirror.write('notes/probe.txt', 'files=' + index.files);
      return { files: index.files, cursor: typeof (await ctx.state.get('cursor')) };
    }`,
    );
    const exec = await runCliAsync(['exec', 'dropbox', '--store', store, '--file', code, '--json'], { env: fakes.env });
    expect(exec.status, exec.stderr).toBe(0);
    const files = expectedRecords(fakes.dropbox).filter((record) => record.tag === 'file').length;
    expect(JSON.parse(exec.stdout)).toMatchObject({ result: { files, cursor: 'string' } });
    expect(await readFile(join(store, 'mirrors/dropbox/notes/probe.txt'), 'utf8')).toBe(`files=${files}`);
    expect(gitCli(store, 'log', '-1', '--format=%s')).toBe('sync(dropbox): exec wrote 1 file');
    expect(gitCli(store, 'log', '-1', '--format=%b').split('\n')).toEqual([
      '2 files changed:',
      'mirrors/dropbox/.sync/: status.json',
      'mirrors/dropbox/notes/: probe.txt (new)',
    ]);
    // The same again changes nothing (the same bytes): no commit at all, and the result is still printed.
    const before = head();
    const again = await runCliAsync(['exec', 'dropbox', '--store', store, '--file', code, '--json'], {
      env: fakes.env,
    });
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ slug: 'dropbox', result: { files, cursor: 'string' }, commits: [] });
    expect(head()).toBe(before);
    const table = await runCliAsync(['status', '--store', store], { env: fakes.env });
    expect(table.stdout).toMatch(/^SLUG\s+FLAVOR\s+STATUS/);
    expect(table.stdout).toContain('sync-engine');
  });

  it('records a failing event in errors.ndjson and status.json, and commits nothing from the attempt', async () => {
    const failuresBefore = (await readStatus(await openStore({ root: store }), 'dropbox')).consecutiveFailures;
    const code = join(dir.path, 'broken.js');
    await writeFile(
      code,
      `export default async function (ctx) { await ctx.mirror.write('half.txt', 'x'); throw new Error('boom'); }`,
    );
    const result = await runCliAsync(['exec', 'dropbox', '--store', store, '--file', code], { env: fakes.env });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('syncagent: sandbox:');
    expect(gitCli(store, 'ls-files', 'mirrors/dropbox/half.txt')).toBe('');
    expect(gitCli(store, 'log', '-1', '--format=%s')).toBe('sync(dropbox): exec failed (sandbox)');
    const errors = (await readFile(join(store, 'mirrors/dropbox/.sync/errors.ndjson'), 'utf8')).trim().split('\n');
    expect(JSON.parse(errors.at(-1)!)).toMatchObject({ event: 'exec', code: 'sandbox' });
    const status = JSON.parse(await readFile(join(store, 'mirrors/dropbox/.sync/status.json'), 'utf8')) as {
      consecutiveFailures: number;
    };
    expect(status.consecutiveFailures).toBe(failuresBefore + 1);
  });

  describe('bad input: one clear line, the DESIGN exit code, no write', () => {
    async function expectRejected(
      args: string[],
      code: number,
      pattern: RegExp,
      env: NodeJS.ProcessEnv = fakes.env,
    ): Promise<void> {
      const before = head();
      const result = await runCliAsync(args, { env });
      expect(result.status, result.stderr).toBe(code);
      const lines = result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('syncagent:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
      expect(head()).toBe(before);
      expect(gitCli(store, 'status', '--porcelain')).toBe('');
    }

    it('unknown slug', () =>
      expectRejected(
        webhookArgs(store, 'x').map((arg) => (arg === 'dropbox' ? 'nope' : arg)),
        2,
        /unknown sync "nope"/,
      ));
    it('invalid slug', () => expectRejected(['poll', 'Bad_Slug', '--store', store], 2, /invalid slug "Bad_Slug"/));
    it('malformed body', async () => {
      const body = '{"list_folder": ';
      await expectRejected(
        [
          'webhook',
          'dropbox',
          '--store',
          store,
          '--body',
          body,
          '--header',
          `X-Dropbox-Signature: ${signDropboxWebhook(body, secret)}`,
          '--header',
          'Content-Type: application/json',
        ],
        2,
        /not valid JSON/,
      );
    });
    it('oversize body', async () => {
      const file = join(dir.path, 'big.json');
      await writeFile(file, JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }));
      await expectRejected(
        ['webhook', 'dropbox', '--store', store, '--body-file', file, '--header', 'X-Dropbox-Signature: 00'],
        2,
        /limit is 1048576 bytes/,
      );
    });
    it('a 600 MB body file: refused by its size before anything is read', async () => {
      const file = join(dir.path, 'huge.json');
      const handle = await open(file, 'w');
      await handle.truncate(600 * 1024 * 1024); // sparse: no disk, and no time to read it either
      await handle.close();
      await expectRejected(
        ['webhook', 'dropbox', '--store', store, '--body-file', file, '--header', 'X-Dropbox-Signature: 00'],
        2,
        /^syncagent: invalid_input: webhook body is 629145600 bytes; the limit is 1048576 bytes \(1 MiB\)$/,
      );
    });
    it('a body file that never ends (/dev/zero): refused after the limit, not read whole', () =>
      expectRejected(
        ['webhook', 'dropbox', '--store', store, '--body-file', '/dev/zero', '--header', 'X-Dropbox-Signature: 00'],
        2,
        /^syncagent: invalid_input: webhook body is more than 1048576 bytes; the limit is 1048576 bytes \(1 MiB\)$/,
      ));
    it('an empty --delivery-id', () =>
      expectRejected(
        webhookArgs(store, ''),
        2,
        /^syncagent: invalid_input: delivery id must not be empty \(leave it out to have one made up\)$/,
      ));
    it('control characters in --delivery-id are refused and shown escaped, never raw', async () => {
      const before = head();
      const result = await runCliAsync(webhookArgs(store, 'id-\u001b[31mred\u0007'), { env: fakes.env });
      expect(result.status).toBe(2);
      // Nothing but printable characters and line ends reached the terminal.
      expect([...result.stderr].filter((character) => character < ' ' && character !== '\n')).toEqual([]);
      expect(
        result.stderr
          .trim()
          .split('\n')
          .filter((line) => line.startsWith('syncagent:')),
      ).toEqual([
        'syncagent: invalid_input: invalid delivery id "id-\\u001b[31mred\\u0007": use 1-200 printable ASCII characters, no spaces or control characters',
      ]);
      expect(head()).toBe(before);
    });
    it('missing webhook secret', async () => {
      await expectRejected(webhookArgs(store, 'nosecret'), 3, /set DROPBOX_APP_SECRET/, {
        ...fakes.env,
        DROPBOX_APP_SECRET: '',
      });
    });
    it('missing Pipedream settings: exit 3, and the failure is recorded in status (nothing else written)', async () => {
      const before = head();
      const result = await runCliAsync(['poll', 'dropbox', '--store', store], {
        env: { ...fakes.env, PIPEDREAM_CLIENT_ID: '' },
      });
      expect(result.status, result.stderr).toBe(3);
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('syncagent:'));
      expect(lines).toEqual([expect.stringMatching(/^syncagent: missing_config: .*set PIPEDREAM_CLIENT_ID/)]);
      // The settings are read at the first API call, so the failed poll is recorded like any other failure.
      expect(gitCli(store, 'log', '--format=%s', `${before}..HEAD`)).toBe(
        'sync(dropbox): poll failed (missing_config)',
      );
      expect(gitCli(store, 'diff', '--name-only', before, 'HEAD').split('\n').sort()).toEqual([
        'mirrors/dropbox/.sync/errors.ndjson',
        'mirrors/dropbox/.sync/status.json',
      ]);
      expect(gitCli(store, 'status', '--porcelain')).toBe('');
    });
    it('invalid sync.json names the file and the field', async () => {
      const opened = await openStore({ root: store });
      await opened.transact(
        async (tx) => {
          tx.write(
            'handlers/broken/sync.json',
            JSON.stringify({
              version: 1,
              slug: 'broken',
              app: 'x',
              accountId: 'apn',
              externalUserId: 'u',
              flavor: 'sync-engine',
              status: 'active',
              handler: 'handler.js',
              mirrorPrefix: 'mirrors/broken/',
              hosts: ['api.example.com'],
              signals: { poll: { everyMinutes: -5 } },
              createdBy: 'test',
            }),
          );
        },
        { message: 'test: broken sync' },
      );
      await expectRejected(
        ['poll', 'broken', '--store', store],
        2,
        /handlers\/broken\/sync\.json: signals\.poll\.everyMinutes: /,
      );
    });
  });

  it('delete removes skill, handler and mirror in one commit', async () => {
    // On a copy of the store, so the other tests keep their sync.
    const copy = join(dir.path, `copy-${Date.now()}`);
    await cp(store, copy, { recursive: true });
    const tracked = gitCli(copy, 'ls-files', 'skills/dropbox', 'handlers/dropbox', 'mirrors/dropbox').split('\n');
    expect(tracked.length).toBeGreaterThan(100);
    const before = gitCli(copy, 'rev-parse', 'HEAD');
    const result = await runCliAsync(['delete', 'dropbox', '--store', copy], { env: fakes.env });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`dropbox: deleted (${tracked.length} files removed)\n`);
    // One commit on top of where it was, removing exactly every file of the sync.
    expect(gitCli(copy, 'rev-list', '--count', `${before}..HEAD`)).toBe('1');
    expect(gitCli(copy, 'log', '-1', '--format=%s')).toBe('sync(dropbox): delete removed skill, handler and mirror');
    const removed = gitCli(copy, 'diff', '--name-status', `${before}`, 'HEAD').split('\n');
    expect(removed).toEqual(tracked.map((path) => `D\t${path}`));
    expect(gitCli(copy, 'ls-files', 'skills/dropbox', 'handlers/dropbox', 'mirrors/dropbox')).toBe('');
    expect(gitCli(copy, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});
