import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliNodeArgs, repoRoot } from '../../support/cli.js';
import { clean, listening, playLines, type Served, serve, shell } from '../../support/demo.js';
import { gitCli, tempDir } from '../../support/git.js';
import { runCliAsync } from '../engine/support.js';

// Issue 11 item 4: after `demo --serve`, the store is a playground: the lines the demo prints (settings to export,
// then `npx syncagent …` commands) run as printed, offline, and a signal stops the sample APIs cleanly.

let dir: Awaited<ReturnType<typeof tempDir>>;
let store: string;
let served: Served | undefined;
beforeAll(async () => {
  dir = await tempDir('demo-serve-');
  store = join(dir.path, 'demo-store');
});
/** The demo store: the first test leaves it; a test run alone (`-t`) makes it with a plain demo first. */
async function demoStore(): Promise<string> {
  if (existsSync(join(store, 'handlers', 'dropbox', 'sync.json'))) return store;
  const demo = await runCliAsync(['demo', '--store', store], { env: clean });
  expect(demo.status, demo.stderr).toBe(0);
  return store;
}
afterAll(async () => {
  if (served && served.child.exitCode === null && served.child.signalCode === null) {
    served.child.kill('SIGKILL');
    await served.exit;
  }
  await dir?.cleanup();
});

describe('demo --serve', () => {
  it('prints settings and commands that run as printed against the store, offline; SIGTERM stops it cleanly', {
    timeout: 300_000,
  }, async () => {
    served = await serve(store);
    const { settings, lines } = playLines(served.stdout());
    expect(settings).toMatchObject({
      SYNCAGENT_GATEWAY: 'pipedream',
      PIPEDREAM_API_URL: /^http:\/\/127\.0\.0\.1:\d+$/,
    });
    const url = settings.PIPEDREAM_API_URL!;
    expect(url).not.toBe('http://127.0.0.1:0');
    for (const verb of ['poll', 'tick', 'renew', 'exec', 'connect', 'webhook', 'status', 'read', 'grep'])
      expect(lines.some((line) => line.startsWith(`npx syncagent ${verb} `))).toBe(true);

    const results = new Map<string, Awaited<ReturnType<typeof shell>>>();
    for (const line of lines) {
      const result = await shell(line, dir.path, settings);
      expect(result.status, `${line}\n${result.stderr}`).toBe(0);
      results.set(line, result);
    }
    const output = (prefix: string) => [...results].find(([line]) => line.startsWith(prefix))?.[1].stdout ?? '';
    // The first poll picks up what the playground changed after the demo (step 7): real work, not a no-op.
    expect(output('npx syncagent poll dropbox ')).toMatch(/^dropbox: poll 4 changes/m);
    expect(output('npx syncagent poll ticketdesk ')).toMatch(/^ticketdesk: poll 2 changes/m);
    expect(output('npx syncagent exec dropbox ')).toContain('sample.user@example.com');
    expect(output('npx syncagent connect dropbox ')).toMatch(/^dropbox-2: would install /m);
    expect(output('npx syncagent grep ')).toContain('Budget export shows wrong totals');

    // tick, once polls are due: both syncs poll through the playground and nothing fails.
    const tick = await runCliAsync(['tick', '--now', '2099-01-01T00:00:00Z', '--store', store, '--json'], {
      env: { ...clean, ...settings },
    });
    expect(tick.status, tick.stderr).toBe(0);
    const ticked = JSON.parse(tick.stdout) as { actions: Array<{ slug: string; action: string; result?: string }> };
    expect(ticked.actions.map((action) => `${action.slug}:${action.action}`).sort()).toEqual([
      'dropbox:poll',
      'ticketdesk:poll',
    ]);
    const status = JSON.parse((await runCliAsync(['status', '--store', store, '--json'], { env: clean })).stdout);
    for (const row of status.syncs) expect(row).toMatchObject({ consecutiveFailures: 0, lastError: null });

    served.child.kill('SIGTERM');
    expect(await served.exit).toEqual({ code: 0, signal: null });
    expect(served.stderr()).toContain('syncagent demo: sample APIs stopped');
    expect(await listening(url)).toBe(false);
  });

  it('renew on a handler without renewWebhook succeeds without a commit or a recorded failure, and needs no settings', async () => {
    await demoStore();
    const head = gitCli(store, 'rev-parse', 'HEAD');
    const before = JSON.parse(
      (await runCliAsync(['status', 'dropbox', '--store', store, '--json'], { env: clean })).stdout,
    );
    const text = await runCliAsync(['renew', 'dropbox', '--store', store], { env: clean });
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toBe('dropbox: renew skipped (the handler has no renewWebhook)\n');
    const json = await runCliAsync(['renew', 'dropbox', '--store', store, '--json'], { env: clean });
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ slug: 'dropbox', skipped: 'no-renewWebhook' });
    expect(gitCli(store, 'rev-parse', 'HEAD')).toBe(head);
    expect(gitCli(store, 'status', '--porcelain')).toBe('');
    const after = JSON.parse(
      (await runCliAsync(['status', 'dropbox', '--store', store, '--json'], { env: clean })).stdout,
    );
    expect(after).toEqual(before);
    expect(after.syncs[0]).toMatchObject({ consecutiveFailures: 0, lastError: null });
  });

  it('a second --serve on the same store replays the sample history (polls still work) and SIGINT stops it', async () => {
    await demoStore();
    served = await serve(store);
    expect(served.stdout()).toContain('2. connect dropbox: skipped');
    const { settings } = playLines(served.stdout());
    const poll = await runCliAsync(['poll', 'dropbox', '--store', store], { env: { ...clean, ...settings } });
    expect(poll.status, poll.stderr).toBe(0);
    expect(poll.stdout).toMatch(/^dropbox: poll /m);
    served.child.kill('SIGINT');
    expect(await served.exit).toEqual({ code: 0, signal: null });
    expect(await listening(settings.PIPEDREAM_API_URL!)).toBe(false);
  });

  it('Ctrl-C while the demo still runs ends it at once, as without --serve', async () => {
    const child = spawn(
      process.execPath,
      [...cliNodeArgs, 'demo', '--serve', '--port', '0', '--store', join(dir.path, 'interrupted')],
      { cwd: repoRoot, env: { ...process.env, DEBUG: '', ...clean }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    let stdout = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('1. ')) resolve();
      }),
    );
    child.kill('SIGINT');
    expect(await exit).toEqual({ code: null, signal: 'SIGINT' });
    expect(stdout).not.toContain('Play with the store');
  });
});
