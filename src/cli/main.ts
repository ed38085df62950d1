#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { version } from '../version.js';
import type { CliIo } from './context.js';
import { loadProgram } from './program-loader.js';

// Node 22.1+ keeps compiled code of the modules loaded after this line in a cache: later starts skip compiling.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/** Runs the CLI in-process (tests and other bundles call it); the parser and the commands load on first use. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = await loadProgram();
  return program.runCli(argv, io);
}

/** True when this module is the script node was started with (directly, or through npm's bin link). */
function startedAsScript(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** Runs this process's command line: what the bin (dist/cli.cjs) does, and dist/cli.js for configs that name it. */
export function main(): void {
  // A reader that stops early (`syncagent grep ... | head`) is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    // Answered before the parser loads: a version check should cost no more than starting node.
    process.stdout.write(`${version}\n`);
  } else {
    // Thin entry point: the real work is in runCli.
    void runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
      (code) => {
        process.exitCode = code;
      },
    );
  }
}

if (startedAsScript()) main();
