import type { Command } from 'commander';
import { toSyncError } from '../errors.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted when a long-running command (serve, mcp) should stop; tests use it. */
  signal?: AbortSignal;
}

/** Options every command accepts (DESIGN section 4). */
export interface CommonOptions {
  store?: string;
  json?: boolean;
}

/** The per-run context handed to every command action. */
export interface CliContext extends CliIo {
  /** Writes a line to stdout. */
  out(line: string): void;
  /** Writes a line to stderr (logs and progress). */
  log(line: string): void;
  /** Prints a value as JSON on stdout. */
  printJson(value: unknown): void;
  /** Sets the exit code the run ends with (0 by default). */
  setExitCode(code: number): void;
}

/** Adds `--store` and `--json` to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .option('--store <dir>', 'the store (a git work tree)', undefined)
    .option('--json', 'machine-readable output on stdout (logs stay on stderr)', false);
}

/** Builds the context for one CLI run. */
export function createContext(io: CliIo, state: { exitCode: number }): CliContext {
  return {
    ...io,
    out: (line) => io.stdout.write(`${line}\n`),
    log: (line) => io.stderr.write(`${line}\n`),
    printJson: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    setExitCode: (code) => {
      state.exitCode = code;
    },
  };
}

/** Prints a SyncError as one clear line (the stack with DEBUG=1) and, with --json, as JSON on stdout. */
export function reportError(context: CliContext, error: unknown, json: boolean): number {
  const syncError = toSyncError(error);
  context.log(`syncagent: ${syncError.code}: ${syncError.message}`);
  // Bugs always show where they happened; known errors only when asked.
  if (syncError.code === 'internal' || context.env.DEBUG === '1') {
    const origin = syncError.cause instanceof Error ? syncError.cause : syncError;
    if (origin.stack) context.log(origin.stack);
  }
  if (json) context.printJson({ error: syncError.toJSON() });
  return syncError.exitCode;
}
