import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliEngineDeps } from '../engine-deps.js';

/** `syncagent poll <slug>`: run one pollOnce (incremental sync and reconciliation). */
export function registerPoll(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('poll <slug>')
      .summary('run one pollOnce for a sync')
      .description("Run the handler's pollOnce once, in one commit: incremental changes and reconciliation."),
  )
    .addHelpText('after', '\nExamples:\n  syncagent poll dropbox\n  syncagent poll dropbox --store ./store --json')
    .action(
      run(async (context, slug: string, options: { store?: string; json?: boolean }) => {
        const { poll } = await import('../../engine/events.js');
        const outcome = await poll(await cliEngineDeps(context, options), slug);
        if (options.json)
          return context.printJson({
            slug,
            ...(outcome.ran ? { summary: outcome.summary, commits: outcome.commits } : {}),
          });
        context.out(`${slug}: poll ${outcome.ran ? outcome.summary : 'skipped'}`);
      }),
    );
}
