import { spawn } from 'node:child_process';
import { CommandFailedError, MissingConfigError } from '../errors.js';
import type { PlannedCommand } from './plan.js';
import { formatCommand } from './plan.js';

/** How much of a failed command's output the error carries. */
const tailBytes = 4000;

/**
 * Runs one planned command with the environment plus its settings, streaming its output to
 * `onOutput` (progress for the user) and keeping the tail. A non-zero exit (or a command that
 * cannot start) is `command_failed` with the command, its exit code and the output's tail.
 */
export function runPlannedCommand(
  planned: PlannedCommand,
  baseEnv: NodeJS.ProcessEnv,
  onOutput: (chunk: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let tail = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      onOutput(text);
      tail = (tail + text).slice(-tailBytes);
    };
    const masked = formatCommand({ ...planned, env: {} });
    const child = spawn(planned.command, planned.args, {
      cwd: planned.cwd,
      env: { ...baseEnv, ...planned.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new MissingConfigError(
            planned.command,
            `missing configuration: ${planned.command} is not on PATH (install it${planned.command === 'flyctl' ? ': https://fly.io/docs/flyctl/install/' : ''})`,
          ),
        );
        return;
      }
      reject(new CommandFailedError(masked, null, error.message));
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      // Secret values never leave in an error, even if the command printed them.
      let cleaned = tail;
      for (const value of Object.values(planned.env)) if (value.length >= 8) cleaned = cleaned.split(value).join('***');
      reject(new CommandFailedError(masked, code ?? null, cleaned || `killed by ${signal}`));
    });
  });
}
