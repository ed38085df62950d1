import type { Command } from 'commander';
import { parseIsoTime } from '../../config.js';
import { ExitCode, exitCodeOf } from '../../errors.js';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliEngineDeps } from '../engine-deps.js';

/** `syncagent tick [--now ISO]`: the alarm scheduler. */
export function registerTick(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('tick')
      .summary('renew and poll every active sync that is due')
      .description(
        'The alarm scheduler: for every active sync, renew the webhook when due (at half its remaining lifetime at the ' +
          'latest) and poll when due (signals.poll.everyMinutes). Each action is its own commit; one failure does not stop the rest. ' +
          "Then git's housekeeping (git gc --auto) packs the store once git's thresholds are passed; its result is `maintenance` in --json.",
      )
      .option('--now <iso>', 'the time to schedule against (default: now)'),
  )
    .addHelpText('after', '\nExamples:\n  syncagent tick\n  syncagent tick --now 2025-01-01T12:00:00Z --json')
    .action(
      run(async (context, options: { store?: string; json?: boolean; now?: string }) => {
        const { tick } = await import('../../engine/events.js');
        const now = options.now === undefined ? undefined : parseIsoTime(options.now, '--now');
        const clock = now ? () => new Date(now) : () => new Date();
        const result = await tick(await cliEngineDeps(context, options, { clock }));
        // The worst failure decides the exit code (3 when a sync lacks its settings, 4 when a token is refused).
        const codes = result.actions.map((action) => (action.error ? exitCodeOf(action.error.code) : ExitCode.ok));
        context.setExitCode(Math.max(ExitCode.ok, ...codes));
        if (options.json) return context.printJson(result);
        if (result.actions.length === 0) context.out(`nothing due at ${result.now}`);
        for (const action of result.actions) {
          context.out(
            `${action.slug}: ${action.action} ${action.result === 'ok' ? (action.summary ?? 'ok') : `failed: ${action.error?.code}: ${action.error?.message}`}`,
          );
        }
      }),
    );
}
