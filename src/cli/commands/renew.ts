import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliEngineDeps } from '../engine-deps.js';

/** `syncagent renew <slug>`: run one renewWebhook. */
export function registerRenew(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('renew <slug>')
      .summary('run one renewWebhook for a sync')
      .description(
        "Run the handler's renewWebhook once and record the new webhook expiry in status.json. A handler without " +
          "renewWebhook (webhooks that do not expire, such as Dropbox's) has nothing to renew: the command says so and " +
          'succeeds, without a commit.',
      ),
  )
    .addHelpText('after', '\nExamples:\n  syncagent renew dropbox\n  syncagent renew dropbox --json')
    .action(
      run(async (context, slug: string, options: { store?: string; json?: boolean }) => {
        const { renew } = await import('../../engine/events.js');
        const outcome = await renew(await cliEngineDeps(context, options), slug);
        if (options.json)
          return context.printJson(
            outcome.ran
              ? { slug, summary: outcome.summary, result: outcome.result, commits: outcome.commits }
              : { slug, skipped: outcome.skipped },
          );
        context.out(`${slug}: renew ${outcome.ran ? outcome.summary : 'skipped (the handler has no renewWebhook)'}`);
      }),
    );
}
