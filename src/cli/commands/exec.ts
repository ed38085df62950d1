import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliEngineDeps } from '../engine-deps.js';
import { readFlagFile } from '../flags.js';

/** `syncagent exec <slug> --file F`: run one-shot code with the sync's ctx (run_in_sync). */
export function registerExec(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('exec <slug>')
      .summary("run one-shot code with a sync's ctx")
      .description(
        'Run `export default async function (ctx)` from a file in the sandbox with the same ctx as the handler ' +
          '(mirror, state, http through the gateway, log, checkpoint). Its writes are one commit; its return value is printed.',
      )
      .requiredOption('--file <file>', 'the ES module to run'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent exec dropbox --file probe.js\n  syncagent exec dropbox --file repair.js --json',
    )
    .action(
      run(async (context, slug: string, options: { store?: string; json?: boolean; file: string }) => {
        const { exec } = await import('../../engine/events.js');
        const text = await readFlagFile(context, '--file', options.file);
        const outcome = await exec(await cliEngineDeps(context, options), slug, { text, filename: options.file });
        const result = outcome.ran ? outcome.result : undefined;
        if (options.json)
          return context.printJson({ slug, result: result ?? null, commits: outcome.ran ? outcome.commits : [] });
        context.out(
          result === undefined
            ? `${slug}: exec done`
            : typeof result === 'string'
              ? result
              : JSON.stringify(result, null, 2),
        );
      }),
    );
}
