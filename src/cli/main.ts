import { runCli } from './program.js';

// Thin entry point: the real work is in runCli, which tests also call in-process.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
