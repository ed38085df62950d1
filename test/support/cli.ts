import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Node arguments that run the CLI from source (tsx resolved from the repo, so any cwd works). */
export const cliNodeArgs = [
  '--import',
  pathToFileURL(`${repoRoot}/node_modules/tsx/dist/loader.mjs`).href,
  `${repoRoot}/src/cli/main.ts`,
];

/** Runs `syncagent ...args` as a subprocess and returns its exit status and output. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...cliNodeArgs, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, DEBUG: '', ...options.env },
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The exit status and whole output of a finished subprocess. */
export interface CollectedRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `command args` with stdin closed and collects its output until it exits. */
export function spawnCollected(command: string, args: string[], options: SpawnOptions): Promise<CollectedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
