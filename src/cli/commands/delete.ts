import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliEngineDeps } from '../engine-deps.js';

/** `syncagent delete <slug>`: unregister the webhook, remove skill, handler and mirror in one commit. */
export function registerDelete(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('delete <slug>')
      .summary('unregister the webhook and remove skill, handler and mirror')
      .description(
        "Run the handler's unregisterWebhook (when it has one), then remove skills/<slug>/, handlers/<slug>/ and mirrors/<slug>/ in one commit.",
      ),
  )
    .addHelpText('after', '\nExamples:\n  syncagent delete dropbox\n  syncagent delete ticketdesk --json')
    .action(
      run(async (context, slug: string, options: { store?: string; json?: boolean }) => {
        const { deleteSync } = await import('../../engine/events.js');
        const deps = await cliEngineDeps(context, options);
        const outcome = await deleteSync(deps, slug);
        if (options.json) return context.printJson(outcome);
        context.out(`${slug}: deleted (${outcome.removed} files removed)`);
      }),
    );
}
