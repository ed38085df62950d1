import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { formatTable } from '../flags.js';
import { openCliStore } from '../store-options.js';

/** `syncagent status [<slug>]`: a table (or JSON) of syncs. */
export function registerStatus(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('status [slug]')
      .summary('show every sync: flavor, status, last run, next poll, webhook expiry, last error')
      .description(
        'Show the syncs installed in the store, read at HEAD: flavor, status, last run, next poll, webhook expiry and last error.',
      ),
  )
    .addHelpText('after', '\nExamples:\n  syncagent status\n  syncagent status dropbox --json')
    .action(
      run(async (context, slug: string | undefined, options: { store?: string; json?: boolean }) => {
        const { syncStatus } = await import('../../engine/sync-status.js');
        const store = await openCliStore(context, options);
        const rows = await syncStatus(store, slug);
        if (options.json) return context.printJson({ syncs: rows });
        if (rows.length === 0)
          return context.out('no syncs installed (run `syncagent connect <app> --account <apn_id>`)');
        const header = ['SLUG', 'FLAVOR', 'STATUS', 'LAST RUN', 'NEXT POLL', 'WEBHOOK EXPIRES', 'FAILS', 'LAST ERROR'];
        const cells = rows.map((row) => [
          row.slug,
          row.flavor ?? '-',
          row.invalid ? 'invalid' : (row.status ?? '-'),
          row.lastRun ? `${row.lastRun.event} ${row.lastRun.result} ${row.lastRun.at}` : '-',
          row.nextPollAt ?? '-',
          row.webhookExpiresAt ?? '-',
          String(row.consecutiveFailures),
          row.invalid ?? (row.lastError ? `${row.lastError.code}: ${row.lastError.message}`.slice(0, 80) : '-'),
        ]);
        for (const line of formatTable(header, cells)) context.out(line);
      }),
    );
}
