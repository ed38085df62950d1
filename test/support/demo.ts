import { type ChildProcess, spawn } from 'node:child_process';
import { connect as tcpConnect } from 'node:net';
import { expect } from 'vitest';
import { type CollectedRun, cliNodeArgs, repoRoot, spawnCollected } from './cli.js';

// `syncagent demo --serve` as a subprocess, and the shell lines it (or an example) prints, run as printed.

/** Settings of the developer's own shell that must not leak into the CLI under test. */
export const clean = {
  SYNCAGENT_GATEWAY: '',
  PIPEDREAM_API_URL: '',
  PIPEDREAM_PROJECT_ID: '',
  PIPEDREAM_ENVIRONMENT: '',
  PIPEDREAM_CLIENT_ID: '',
  PIPEDREAM_CLIENT_SECRET: '',
  DROPBOX_APP_SECRET: '',
};

/** The CLI from source as a shell command line. */
const cliCommand = `"${process.execPath}" ${cliNodeArgs.map((arg) => `'${arg}'`).join(' ')}`;

/** `sh` runs `syncagent …` and `npx syncagent …` lines as printed: both are functions that run the CLI from source. */
const cliFunctions = `syncagent() { ${cliCommand} "$@"; }\nnpx() { shift; ${cliCommand} "$@"; }`;

/** A running `syncagent demo --serve` and what it printed so far. */
export interface Served {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `demo --serve --port 0` on `store` and resolves once it printed its last play line. */
export function serve(store: string): Promise<Served> {
  const child = spawn(process.execPath, [...cliNodeArgs, 'demo', '--serve', '--port', '0', '--store', store], {
    cwd: repoRoot,
    env: { ...process.env, DEBUG: '', ...clean },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const served: Served = { child, stdout: () => stdout, stderr: () => stderr, exit };
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // The play block ends with the grep over the tracker's mirror.
      if (/^ {2}npx syncagent grep .*\n/m.test(stdout.slice(stdout.indexOf('Play with the store')))) resolve(served);
    });
    void exit.then(({ code }) => reject(new Error(`demo --serve exited (${code}) early:\n${stdout}\n${stderr}`)));
  });
}

/** The printed play lines: the `export …` line as settings, and the shell lines after it. */
export function playLines(stdout: string): { settings: Record<string, string>; lines: string[] } {
  const block = stdout.slice(stdout.indexOf('Play with the store')).split('\n').slice(1);
  const lines = block.filter((line) => line.startsWith('  ')).map((line) => line.trim());
  const exportLine = lines.shift() ?? '';
  expect(exportLine).toMatch(/^export /);
  const settings = Object.fromEntries(
    exportLine
      .slice('export '.length)
      .split(' ')
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1).replace(/^'|'$/g, '')]),
  );
  return { settings, lines };
}

/** This process's environment without syncagent's, Pipedream's, Dropbox's or GitHub's settings. */
function ownSettingsRemoved(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !(name in clean) && !/^(SYNCAGENT_|PIPEDREAM_|DROPBOX_|GITHUB_|FLY_)/.test(name),
    ),
  );
}

/** Runs printed shell lines with `sh` in `cwd`, under `settings` only (no developer settings). */
export function shell(line: string, cwd: string, settings: Record<string, string>): Promise<CollectedRun> {
  return spawnCollected('sh', ['-c', `${cliFunctions}\n${line}`], {
    cwd,
    env: { ...ownSettingsRemoved(), DEBUG: '', ...settings },
  });
}

/** Whether something accepts connections on `url`'s port. */
export function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
