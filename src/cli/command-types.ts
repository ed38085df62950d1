import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Wraps a command body: builds the context, runs it, maps errors to exit codes. */
export type ActionRunner = <Args extends unknown[]>(
  body: (context: CliContext, ...args: Args) => Promise<void>,
) => (...args: unknown[]) => Promise<void>;

/** A command module: adds one command (with its --help) to the program. */
export type RegisterCommand = (program: Command, run: ActionRunner) => void;
