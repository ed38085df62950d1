#!/usr/bin/env node
// The `syncagent` executable (dist/cli.cjs; dist/cli.js runs it too): it only runs the command line. Code that wants
// the CLI in-process calls runCli from ./program.js.
import module from 'node:module';
import { version } from '../version.js';
import { loadProgram } from './program-loader.js';

// Node 22.1+ keeps compiled code of the modules loaded after this line in a cache: later starts skip compiling.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

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
  // Thin entry point: the parser and the commands load on first use, and do the real work.
  void loadProgram()
    .then((program) =>
      program.runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }),
    )
    .then((code) => {
      process.exitCode = code;
    });
}
