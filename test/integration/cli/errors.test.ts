import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectFromRequest, silentLogger } from '../../../src/engine/index.js';
import { initStore } from '../../../src/store/index.js';
import { type FakeDropboxConnection, startFakeDropboxConnection } from '../../../src/testkit/index.js';
import { runCli } from '../../support/cli.js';
import { tempDir } from '../../support/git.js';
import { runCliAsync } from '../engine/support.js';

// Issue 11 item 5: every error is ONE line on stderr (`syncagent: <code>: <message>`) with its exit code.

let dir: Awaited<ReturnType<typeof tempDir>>;
let store: string;
let fakes: FakeDropboxConnection;
/** Settings that are absent: the CLI must not see the developer's own. */
const noSettings = {
  PIPEDREAM_CLIENT_ID: '',
  PIPEDREAM_CLIENT_SECRET: '',
  PIPEDREAM_PROJECT_ID: '',
  SYNCAGENT_GATEWAY: '',
};

beforeAll(async () => {
  dir = await tempDir('cli-errors-');
  store = join(dir.path, 'store');
  fakes = await startFakeDropboxConnection({ accountId: 'apn_errors' });
  fakes.dropbox.addFolder('/Docs');
  fakes.dropbox.addFile('/Docs/a.txt', { size: 10 });
  const { store: opened } = await initStore({ root: store });
  await connectFromRequest(
    { store: opened, env: fakes.env, clock: () => new Date(), logger: silentLogger },
    { app: 'dropbox', accountId: 'apn_errors' },
  );
  writeFileSync(
    join(dir.path, 'no-http.js'),
    'export default async function (ctx) { return (await ctx.mirror.list()).length > 0; }\n',
  );
  writeFileSync(
    join(dir.path, 'http.js'),
    "export default async function (ctx) { return ctx.http.request({ method: 'POST', url: 'https://api.dropboxapi.com/2/users/get_current_account' }); }\n",
  );
});
afterAll(async () => {
  await fakes?.close();
  await dir?.cleanup();
});

const cli = (args: string[], env: NodeJS.ProcessEnv = noSettings) => runCli(args, { cwd: dir.path, env });

/** The one line on stderr, and the exit code. */
function expectOneLine(result: { status: number | null; stderr: string }, code: number, line: string | RegExp): void {
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  if (typeof line === 'string') expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
  expect(result.status).toBe(code);
}

describe('parser errors are one usage line, exit 2', () => {
  it('unknown command', () => {
    expectOneLine(cli(['frobnicate']), 2, "syncagent: usage: unknown command 'frobnicate' (see syncagent --help)");
  });
  it('missing argument: connect without an app says the app is missing', () => {
    expectOneLine(
      cli(['connect', '--account', 'apn_1']),
      2,
      "syncagent: usage: missing required argument 'app' (see syncagent connect --help)",
    );
  });
  it('unknown option, and the same as JSON on stdout with --json', () => {
    const result = cli(['read', 'x', '--bogus', '--json']);
    expectOneLine(result, 2, "syncagent: usage: unknown option '--bogus' (see syncagent read --help)");
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { code: 'usage', message: "unknown option '--bogus' (see syncagent read --help)" },
    });
  });
  it('`syncagent help` and `syncagent help <command>` exit 0', () => {
    const all = cli(['help']);
    expect(all.status).toBe(0);
    expect(all.stdout).toContain('Usage: syncagent');
    const one = cli(['help', 'grep']);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('Usage: syncagent grep');
  });
});

describe('input errors say what is wrong', () => {
  it('a --store that does not exist', () => {
    expectOneLine(
      cli(['status', '--store', join(dir.path, 'nope')]),
      2,
      `syncagent: invalid_input: --store: no such folder: ${join(dir.path, 'nope')} (\`syncagent init --store ${join(dir.path, 'nope')}\` creates a store)`,
    );
  });
  it('grep --prefix on a folder that does not exist', () => {
    expectOneLine(
      cli(['grep', 'x', '--prefix', 'mirrors/nope', '--store', store]),
      2,
      'syncagent: invalid_input: no such folder in the store: mirrors/nope',
    );
  });
  it('--max 0 means no limit on the CLI', () => {
    const capped = cli(['grep', '.', '--prefix', 'mirrors', '--store', store, '--max', '1', '--json']);
    expect(JSON.parse(capped.stdout)).toMatchObject({ truncated: true });
    const all = cli(['grep', '.', '--prefix', 'mirrors', '--store', store, '--max', '0', '--json']);
    expect(all.status).toBe(0);
    const result = JSON.parse(all.stdout) as { matches: unknown[]; truncated: boolean };
    expect(result.truncated).toBe(false);
    expect(result.matches.length).toBeGreaterThan(1);
  });
});

describe('gateway settings are needed only when the gateway is called', () => {
  it('exec code that makes no request runs without settings; one that does is missing_config (exit 3)', () => {
    const offline = cli(['exec', 'dropbox', '--file', 'no-http.js', '--store', store, '--json']);
    expect(offline.status, offline.stderr).toBe(0);
    expect(JSON.parse(offline.stdout)).toMatchObject({ slug: 'dropbox', result: true });
    const online = cli(['exec', 'dropbox', '--file', 'http.js', '--store', store]);
    expect(online.status).toBe(3);
    expect(online.stderr).toMatch(/^syncagent: missing_config: missing configuration: set PIPEDREAM_CLIENT_ID/m);
  });
  it('connect --dry-run with the external user given needs none', () => {
    const result = cli([
      'connect',
      'dropbox',
      '--account',
      'apn_other',
      '--external-user',
      'u-1',
      '--slug',
      'box',
      '--dry-run',
      '--store',
      store,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^box: would install skills\/box\/SKILL.md/);
  });
  it('connect --dry-run that must ask Pipedream for the external user is missing_config without settings', () => {
    expectOneLine(
      cli(['connect', 'dropbox', '--account', 'apn_other', '--slug', 'box', '--dry-run', '--store', store]),
      3,
      /^syncagent: missing_config: missing configuration: set PIPEDREAM_CLIENT_ID/,
    );
  });
});

describe('engine failures keep their own code', () => {
  it('tick exits with the worst per-sync code (3 for missing settings) and records the failure in status', () => {
    const result = cli(['tick', '--now', '2099-01-01T00:00:00Z', '--store', store]);
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/^dropbox: poll failed: missing_config: /);
    const status = JSON.parse(cli(['status', 'dropbox', '--store', store, '--json']).stdout);
    expect(status.syncs[0]).toMatchObject({
      lastRun: { event: 'poll', result: 'error' },
      lastError: { code: 'missing_config' },
      consecutiveFailures: expect.any(Number),
    });
  });
  it('a network failure is api_error (network), not sandbox', async () => {
    // A port nothing listens on: every attempt is refused, then the retries give up.
    const env = { ...fakes.env, PIPEDREAM_API_URL: 'http://127.0.0.1:9' };
    const result = await runCliAsync(['poll', 'dropbox', '--store', store], { env });
    expect(result.status).toBe(1);
    const last = result.stderr.trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^syncagent: api_error: POST http:\/\/127\.0\.0\.1:9\/v1\/oauth\/token failed: network error/);
  });
  it('a network failure inside exec (the handler code calls the gateway) is api_error too, not sandbox', async () => {
    const env = { ...fakes.env, PIPEDREAM_API_URL: 'http://127.0.0.1:9' };
    const result = await runCliAsync(['exec', 'dropbox', '--file', 'http.js', '--store', store], {
      env,
      cwd: dir.path,
    });
    expect(result.status).toBe(1);
    const last = result.stderr.trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^syncagent: api_error: .*network error/);
  });
  it('demo --port without --serve is one invalid_input line', () => {
    expectOneLine(cli(['demo', '--port', '0']), 2, 'syncagent: invalid_input: --port: only with --serve');
  });
});
