import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWebhook } from '../../../src/demo/settings.js';
import { repoRoot } from '../../support/cli.js';
import { playLines, type Served, serve, shell } from '../../support/demo.js';
import { commandLine, type Example, helpExamples, needsDatabase } from '../../support/examples.js';
import { tempDir } from '../../support/git.js';

// Issue 11 item 3: every example of every command's --help and of the README runs as printed against the demo store
// (`demo --serve` keeps the sample APIs up; its printed settings are exported) and exits 0. The examples are
// extracted mechanically; the only ones not run are listed in `notRun` with the reason.

/**
 * The command lines of the README's code blocks (a line ending in `\` continues on the next), each with the `export`
 * lines and the here-documents that write files above it in its block.
 */
function readmeExamples(): Example[] {
  const examples: Example[] = [];
  let inBlock = false;
  let pending = '';
  let setup: string[] = [];
  let heredoc: { end: string; lines: string[] } | undefined;
  for (const raw of readFileSync(join(repoRoot, 'README.md'), 'utf8').split('\n')) {
    if (raw.startsWith('```')) {
      inBlock = !inBlock;
      setup = [];
      continue;
    }
    if (!inBlock) continue;
    if (heredoc) {
      heredoc.lines.push(raw);
      if (raw === heredoc.end) {
        setup.push(heredoc.lines.join('\n'));
        heredoc = undefined;
      }
      continue;
    }
    const opened = /^cat > \S+ <<'(\w+)'$/.exec(raw.trim());
    if (opened) {
      heredoc = { end: opened[1] as string, lines: [raw.trim()] };
      continue;
    }
    const line = pending + raw.trim();
    if (line.endsWith('\\')) {
      pending = `${line.slice(0, -1).trimEnd()} `;
      continue;
    }
    pending = '';
    if (/^export [A-Z_]+=/.test(line)) setup.push(line);
    if (commandLine.test(line)) examples.push({ source: 'README.md', line, setup: [...setup] });
  }
  return examples;
}

/** Examples not run, each with its reason: they need real credentials, a network service, or run until stopped. */
const notRun: Record<string, string> = {
  'npx syncagent init --workflows --action-ref <owner>/syncagent@<ref>   # in a clone of your repository':
    'placeholders for the reader’s own fork of the action (the --help example with the default ref runs)',
  'syncagent dispatch --event connect.json --review pr   # needs GITHUB_TOKEN and GITHUB_REPOSITORY':
    'opens a pull request on GitHub: needs a GitHub token and repository',
  'SYNCAGENT_MODEL=anthropic:claude-sonnet-4-5 ANTHROPIC_API_KEY=... syncagent connect zendesk --account apn_abc123 --max-steps 40 --trace agent.ndjson':
    'a real LLM: needs an Anthropic API key (the demo runs the agent offline with a scripted model)',
  'syncagent demo --serve --store ./demo-store': 'runs until Ctrl-C: demo-serve.test.ts runs it and what it prints',
  'syncagent serve --store ./store --port 8080          # add --host 0.0.0.0 to listen beyond loopback':
    'a service that runs until stopped: test/integration/serve covers it',
  'SYNCAGENT_HOOK_TOKEN=... DROPBOX_APP_SECRET=... syncagent serve --store ./store --port 8080':
    'a service that runs until stopped: test/integration/serve covers it',
  'syncagent serve --store /data/store --host 0.0.0.0 --json':
    'a service that runs until stopped, listening beyond loopback: test/integration/serve covers it',
  'GITHUB_TOKEN=... GITHUB_REPOSITORY=me/store syncagent serve --relay github --store ./store':
    'a service relaying to GitHub: needs a GitHub token and the network',
  'syncagent deploy             # flyctl deploy --remote-only (Fly builds the image: no local Docker needed)':
    'deploys to Fly.io: needs a Fly token, flyctl and the network',
  'FLY_API_TOKEN=... FLY_APP=my-syncagent syncagent deploy':
    'deploys to Fly.io: needs a Fly token, flyctl and the network',
  'syncagent deploy --local-only --json':
    'deploys to Fly.io: needs a Fly token, flyctl, a Docker engine and the network',
  'SYNCAGENT_CLOUD_URL=https://my-syncagent.fly.dev SYNCAGENT_CLOUD_TOKEN=... syncagent files push':
    'file sync with a cloud service: needs its URL and token',
  'syncagent files pull --dry-run --store ./workspace': 'file sync with a cloud service: needs its URL and token',
  'syncagent files pull --json': 'file sync with a cloud service: needs its URL and token',
  'syncagent files push --dry-run': 'file sync with a cloud service: needs its URL and token',
  'syncagent files push --store ./workspace --json': 'file sync with a cloud service: needs its URL and token',
  'syncagent files pull --dry-run': 'file sync with a cloud service: needs its URL and token',
  'syncagent files pull --store ./workspace --json': 'file sync with a cloud service: needs its URL and token',
};

/** Files that examples name as the reader's own (a handler snippet, a webhook body, a GitHub event file). */
const readerFiles: Record<string, string> = {
  'probe.js': 'export default async (ctx) => (await ctx.mirror.list()).length;\n',
  'repair.js': "export default async (ctx) => { await ctx.mirror.write('notes.txt', 'checked\\n'); return 'ok'; };\n",
  'body.json': demoWebhook.body,
  'event.json': `${JSON.stringify({
    action: 'syncagent.webhook',
    client_payload: {
      slug: 'dropbox',
      delivery_id: 'd-1',
      headers: { 'x-dropbox-signature': demoWebhook.signature },
      body: demoWebhook.body,
    },
  })}\n`,
};

const examples = [...helpExamples(), ...readmeExamples()];
const toRun = examples.filter(
  ({ line }, index) =>
    !(line in notRun) && !needsDatabase.test(line) && examples.findIndex((other) => other.line === line) === index,
);

let dir: Awaited<ReturnType<typeof tempDir>>;
let store: string;
let served: Served;
let settings: Record<string, string>;
beforeAll(async () => {
  dir = await tempDir('examples-');
  store = join(dir.path, 'demo-store');
  served = await serve(store);
  settings = playLines(served.stdout()).settings;
}, 300_000);
afterAll(async () => {
  if (served && served.child.exitCode === null) {
    served.child.kill('SIGTERM');
    await served.exit;
  }
  await dir?.cleanup();
});

let copies = 0;
/** A fresh copy of the demo store with the reader's files in it (ignored by git), so examples never see each other. */
function storeCopy(): string {
  copies += 1;
  const copy = join(dir.path, `copy-${copies}`);
  cpSync(store, copy, { recursive: true });
  for (const [name, text] of Object.entries(readerFiles)) writeFileSync(join(copy, name), text);
  writeFileSync(join(copy, '.git', 'info', 'exclude'), `${Object.keys(readerFiles).join('\n')}\n`);
  return copy;
}

describe('examples', () => {
  it('are found in every command’s --help and in the README; every one not run is named with its reason', () => {
    expect(examples.filter(({ source }) => source !== 'README.md').length).toBeGreaterThanOrEqual(40);
    expect(examples.filter(({ source }) => source === 'README.md').length).toBeGreaterThanOrEqual(8);
    const lines = new Set(examples.map(({ line }) => line));
    for (const line of Object.keys(notRun))
      expect(lines, `notRun names a line no longer printed: ${line}`).toContain(line);
    expect(toRun.length).toBeGreaterThanOrEqual(30);
  });

  it.each(toRun)('$source: $line', async ({ line, setup = [] }) => {
    const copy = storeCopy();
    const command = [...setup, line.replace(/--store\s+\S+/, `--store '${copy}'`)].join('\n');
    // deploy builds the image of a syncagent checkout (README: "From a checkout"), not of a store.
    const cwd = /^(?:[A-Z_]+=\S*\s+)*syncagent deploy /.test(line) ? repoRoot : copy;
    // `syncagent demo` without --store makes its store in the temp folder: this test's own, removed afterwards.
    const temp = join(dir.path, 'tmp');
    mkdirSync(temp, { recursive: true });
    const result = await shell(command, cwd, { ...settings, TMPDIR: temp });
    expect(result.status, `${command}\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`).toBe(0);
  });

  it('the MCP client configuration that `mcp --help` prints (built CLI) works from any folder', async () => {
    // The shipped bundle, built fresh (not whatever dist/ holds), asked for its help from an unrelated folder.
    const dist = join(dir.path, 'dist');
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', dist], { cwd: repoRoot });
    const elsewhere = join(dir.path, 'elsewhere');
    mkdirSync(elsewhere);
    const help = spawnSync(process.execPath, [join(dist, 'cli.cjs'), 'mcp', '--help'], {
      cwd: elsewhere,
      encoding: 'utf8',
    });
    expect(help.status, help.stderr).toBe(0);
    const lines = help.stdout.split('\n');
    const configLine = lines[lines.indexOf('Example client configuration (Claude Desktop, Cursor, ...):') + 1] ?? '';
    const config = JSON.parse(configLine) as { command: string; args: string[] };
    expect(config.command).toBe(process.execPath);
    expect(config.args.slice(0, 2)).toEqual([join(dist, 'cli.cjs'), 'mcp']);
    const client = new Client({ name: 'examples', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: config.command,
        args: config.args.map((arg) => (arg === '/path/to/store' ? store : arg)),
        cwd: join(dir.path, 'elsewhere'),
        stderr: 'pipe',
      }),
    );
    try {
      const read = await client.callTool({ name: 'read_file', arguments: { path: 'skills/dropbox/SKILL.md' } });
      expect((read.content as Array<{ text: string }>)[0]?.text).toMatch(/^ {5}1\t---/);
    } finally {
      await client.close();
    }
  });
});
