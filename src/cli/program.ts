import { Command, CommanderError } from 'commander';
import { ExitCode, UsageError } from '../errors.js';
import { version } from '../version.js';
import type { ActionRunner } from './command-types.js';
import { commands } from './commands/index.js';
import { type CliContext, type CliIo, type CommonOptions, createContext, reportError } from './context.js';

/**
 * The command tree. With `only`, just that command is defined (a command line that names a command needs no
 * other: it starts faster); without it, every command (help, errors, the README reference).
 */
export function createProgram(io: Pick<CliIo, 'stdout' | 'stderr'>, run: ActionRunner, only?: string): Command {
  const program = new Command('syncagent')
    .description('Turn Pipedream Connect connections into sync engines, NDJSON mirrors and skill files in a git store.')
    .version(version, '-V, --version')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Parser errors are reported by runCli as one `syncagent: usage: …` line.
      outputError: () => {},
    })
    .exitOverride();
  const named = only !== undefined && Object.hasOwn(commands, only) ? commands[only] : undefined;
  for (const register of named ? [named] : Object.values(commands)) register(program, run);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const state = { exitCode: ExitCode.ok as number };
  const context = createContext(io, state);
  const run: ActionRunner =
    (body) =>
    async (...args: unknown[]) => {
      // commander passes (...positionals, options, command)
      const options = (args[args.length - 2] ?? {}) as CommonOptions;
      try {
        await (body as (context: CliContext, ...rest: unknown[]) => Promise<void>)(context, ...args.slice(0, -1));
      } catch (error) {
        state.exitCode = reportError(context, error, Boolean(options.json));
      }
    };
  const program = createProgram(io, run, argv[0]);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) return reportError(context, error, false);
    // --help, `help [command]` and --version are successes; bare `syncagent` prints help and is bad usage.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    const command = argv[0] !== undefined && Object.hasOwn(commands, argv[0]) ? `syncagent ${argv[0]}` : 'syncagent';
    const usage = new UsageError(`${error.message.replace(/^error: /, '')} (see ${command} --help)`, {
      data: { parserCode: error.code },
    });
    return reportError(context, usage, argv.includes('--json'));
  }
  return state.exitCode;
}
