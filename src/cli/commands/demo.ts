import type { Command } from 'commander';
import { demoServePort } from '../../demo/settings.js';
import { InvalidInputError } from '../../errors.js';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliLogger } from '../engine-deps.js';
import { parseCount } from '../flags.js';

interface DemoOptions {
  store?: string;
  json?: boolean;
  serve?: boolean;
  port?: string;
}

/** `syncagent demo [--serve]`: the whole loop offline (sample Dropbox + Pipedream Connect fakes on loopback). */
export function registerDemo(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('demo')
      .summary('run the whole loop offline against a bundled sample Dropbox (--serve: then keep it up to play)')
      .description(
        'Start a sample Dropbox API and a Pipedream Connect look-alike on loopback, create a demo store (a temp folder, or ' +
          '--store), connect dropbox through the real Pipedream proxy code path, change the sample tree, deliver a signed ' +
          'webhook, and show the mirror diff of that commit and a grep; then install a second app without a catalog recipe ' +
          '(a ticket tracker) through the LLM sync agent, with a scripted model server playing the LLM (no key needed). ' +
          'Run again on the same --store, it skips what is done. With --serve the sample APIs stay up afterwards (until ' +
          'Ctrl-C) on a stable port and the demo prints the settings to export (demo values, not real credentials), so ' +
          'poll, tick, renew, exec, webhook and connect work offline against the store.',
      )
      .option('--serve', 'keep the sample APIs running after the demo and print the settings that reach them', false)
      .option(
        '--port <n>',
        `with --serve: the Pipedream Connect fake's port (0: any free one) (default: ${demoServePort})`,
      ),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent demo\n  syncagent demo --store ./demo-store\n  syncagent demo --serve --store ./demo-store',
    )
    .action(
      run(async (context, options: DemoOptions) => {
        if (options.port !== undefined && !options.serve) throw new InvalidInputError('--port: only with --serve');
        const port = options.port === undefined ? demoServePort : parseCount(options.port, '--port');
        if (port > 65_535) throw new InvalidInputError(`--port: expected 0-65535, got ${port}`);
        // cli-progress is CommonJS: its exports are the default export in every loader (and in the bundle).
        const { default: progress } = await import('cli-progress');
        const { runDemo, startPlayground } = await import('../../demo/index.js');
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
        // Listening before anything is printed: a SIGTERM sent as soon as the settings show still stops cleanly. A
        // signal while the demo still runs ends the process as it would without --serve (it is not a request to stop
        // serving what is not up yet).
        const serving = { ready: false };
        const stopped = options.serve ? stopRequested(context.signal, serving) : undefined;
        // Only --serve keeps a stable port: a plain demo must never fail because a playground is up elsewhere.
        const playground = await startPlayground({ port: options.serve ? port : 0 });
        try {
          const result = await runDemo({
            playground,
            store: options.store,
            cwd: context.cwd,
            env: context.env,
            serve: options.serve,
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
          serving.ready = true;
          if (options.json) context.printJson(result);
          if (stopped) {
            await stopped;
            context.log('syncagent demo: sample APIs stopped');
          }
        } finally {
          await playground.close();
        }
      }),
    );
}

/**
 * Resolves on SIGINT or SIGTERM (or the caller's abort signal) once `serving.ready`: `demo --serve` then stops the
 * sample APIs. Before that, the signal gets its default action again (the process ends, as a plain demo would).
 */
function stopRequested(signal: AbortSignal | undefined, serving: { ready: boolean }): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (name?: NodeJS.Signals | Event) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      if (!serving.ready && typeof name === 'string') {
        process.kill(process.pid, name);
        return;
      }
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    signal?.addEventListener('abort', stop, { once: true });
    if (signal?.aborted) stop();
  });
}
