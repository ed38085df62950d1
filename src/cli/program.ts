import { Command, CommanderError } from 'commander';
import { ExitCode } from '../errors.js';
import { version } from '../version.js';
import type { ActionRunner } from './command-types.js';
import { commands } from './commands/index.js';
import { type CliContext, type CliIo, type CommonOptions, createContext, reportError } from './context.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const state = { exitCode: ExitCode.ok as number };
  const context = createContext(io, state);
  const program = new Command('syncagent')
    .description('Turn Pipedream Connect connections into sync engines, NDJSON mirrors and skill files in a git store.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride();

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
  // A command line that names a command only needs that command defined; help and errors need them all.
  const named = argv[0] !== undefined && Object.hasOwn(commands, argv[0]) ? commands[argv[0]] : undefined;
  for (const register of named ? [named] : Object.values(commands)) register(program, run);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are successes; usage errors (and bare `syncagent`) are bad usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
      return ExitCode.badInput;
    }
    return reportError(context, error, false);
  }
  return state.exitCode;
}
