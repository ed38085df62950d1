import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliLogger } from '../engine-deps.js';

/** `syncagent demo`: the whole loop offline (sample Dropbox + Pipedream Connect fakes on loopback). */
export function registerDemo(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('demo')
      .summary('run the whole loop offline against a bundled sample Dropbox')
      .description(
        'Start a sample Dropbox API and a Pipedream Connect look-alike on loopback, create a demo store (a temp folder, or ' +
          '--store), connect dropbox through the real Pipedream proxy code path, change the sample tree, deliver a signed ' +
          'webhook, and show the mirror diff of that commit and a grep; then install a second app without a catalog recipe ' +
          '(a ticket tracker) through the LLM sync agent, with a scripted model server playing the LLM (no key needed).',
      ),
  )
    .addHelpText('after', '\nExamples:\n  syncagent demo\n  syncagent demo --store ./demo-store')
    .action(
      run(async (context, options: { store?: string; json?: boolean }) => {
        // cli-progress is CommonJS: its exports are the default export in every loader (and in the bundle).
        const { default: progress } = await import('cli-progress');
        const { runDemo } = await import('../../demo/index.js');
        const bar = new progress.SingleBar({
          stream: context.stderr,
          format: 'backfill [{bar}] {value}/{total} entries',
          hideCursor: false,
          noTTYOutput: true,
          notTTYSchedule: 500,
        });
        let started = false;
        const text = cliLogger(context, false);
        const quiet = { info: () => {}, warn: text.warn, error: text.error };
        const result = await runDemo({
          store: options.store,
          cwd: context.cwd,
          env: context.env,
          out: {
            say: (line) => {
              if (started) {
                bar.stop();
                started = false;
              }
              if (!options.json) context.out(line);
            },
            progress: (done, total) => {
              // --json prints a summary and nothing else: no progress bar.
              if (options.json) return;
              if (!started) {
                bar.start(total, 0);
                started = true;
              }
              bar.update(done);
            },
            logger: options.json ? cliLogger(context, true) : quiet,
          },
        });
        if (started) bar.stop();
        if (options.json) context.printJson(result);
      }),
    );
}
