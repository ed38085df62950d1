import { join } from 'node:path';
import type { Command } from 'commander';
import { InvalidInputError } from '../../errors.js';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliLogger, lazySyncAgent } from '../engine-deps.js';
import { parseChoice, parseCount } from '../flags.js';
import { storeOptions, storeRoot } from '../store-options.js';

interface ServeCommandOptions {
  store?: string;
  json?: boolean;
  port?: string;
  host: string;
  relay?: string;
  data?: string;
  clone?: string;
  tickMinutes: string;
  maxBatch: string;
  concurrency: string;
}

/** `syncagent serve`: the long-lived service of DESIGN section 9. */
export function registerServe(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('serve')
      .summary('run the webhook service: durable intake, connect, tick, file sync, /status, /metrics')
      .description(
        'Run syncagent as a long-lived HTTP service over a clone of the store. Routes: POST /hooks/pipedream ' +
          '(Pipedream Connect events, bearer SYNCAGENT_HOOK_TOKEN or ?token=) runs connect; GET|POST /hooks/<slug> takes ' +
          "a provider's webhooks (challenge from sync.json; signature checked, then written to a durable spool and " +
          'answered 200; deliveries waiting for a slug run as one event); GET /healthz, /status (JSON), /metrics ' +
          '(Prometheus); PUT|GET /api/v1/files (file sync, bearer SYNCAGENT_CLOUD_TOKEN). An internal scheduler runs ' +
          'tick. SIGTERM stops intake, finishes the event in hand and exits; what was accepted and not done is replayed ' +
          'at the next start. Delivery ids are read from x-syncagent-delivery-id, webhook-id or x-github-delivery (else one is made up). ' +
          'With --relay github every event is forwarded as a repository_dispatch (GITHUB_TOKEN, GITHUB_REPOSITORY, ' +
          'GITHUB_API_URL) instead, retried from the spool while GitHub is unreachable.',
      )
      .option('--port <n>', 'port to listen on (default: $PORT, else 8080; 0 picks a free one)')
      .option('--host <address>', 'address to listen on (0.0.0.0 in a container)', '127.0.0.1')
      .option('--relay <target>', 'forward events instead of running them: github')
      .option('--data <dir>', 'spool, dead letters and file-sync tarball (default: <store>/.git/syncagent-serve)')
      .option(
        '--clone <url>',
        'clone the store from this URL first when --store is not a repository (or SYNCAGENT_STORE_URL)',
      )
      .option('--tick-minutes <n>', 'run tick every N minutes (0: off; off with --relay)', '1')
      .option('--max-batch <n>', 'most deliveries of one slug run as one event', '100')
      .option('--concurrency <n>', 'events running at once across slugs', '2'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  SYNCAGENT_HOOK_TOKEN=... DROPBOX_APP_SECRET=... syncagent serve --store ./store --port 8080\n' +
        '  syncagent serve --store /data/store --host 0.0.0.0 --json\n' +
        '  GITHUB_TOKEN=... GITHUB_REPOSITORY=me/store syncagent serve --relay github --store ./store',
    )
    .action(
      run(async (context, options: ServeCommandOptions) => {
        const { cloneStoreIfMissing, createGitHubDispatcher, gitAuthEnv, relaySettings, startService, storeRefresher } =
          await import('../../serve/index.js');
        const { openStore } = await import('../../store/index.js');
        const relay = parseChoice(options.relay, ['github'] as const, '--relay');
        const portText = options.port ?? context.env.PORT ?? '8080';
        const port = parseCount(portText, options.port === undefined ? 'PORT' : '--port');
        if (port > 65_535) throw new InvalidInputError(`--port: expected 0-65535, got ${port}`);
        const tickMinutes = Number(options.tickMinutes);
        if (!Number.isFinite(tickMinutes) || tickMinutes < 0) {
          throw new InvalidInputError(
            `--tick-minutes: expected a number ≥ 0, got ${JSON.stringify(options.tickMinutes)}`,
          );
        }
        const maxBatch = parseCount(options.maxBatch, '--max-batch', { min: 1 });
        const concurrency = parseCount(options.concurrency, '--concurrency', { min: 1 });
        const dispatcher = relay ? createGitHubDispatcher(relaySettings(context.env)) : null;
        const root = storeRoot(context, options, { mustExist: false });
        const cloneUrl = options.clone ?? context.env.SYNCAGENT_STORE_URL;
        if (cloneUrl && (await cloneStoreIfMissing(cloneUrl, root, context.env)))
          context.log(`cloned the store into ${root}`);
        // The token reaches git as environment only: pushes authenticate without it being written to disk.
        const gitEnv = { ...context.env, ...(cloneUrl ? gitAuthEnv(context.env, cloneUrl) : {}) };
        const logger = cliLogger(context, Boolean(options.json));
        const store = await openStore({ ...storeOptions(context, options, { mustExist: false }), env: gitEnv, logger });
        // Listening for the signals before anyone is told the port: a SIGTERM sent right away still drains.
        const stopRequested = new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGTERM', stop);
            process.off('SIGINT', stop);
            resolve();
          };
          process.on('SIGTERM', stop);
          process.on('SIGINT', stop);
          context.signal?.addEventListener('abort', stop, { once: true });
          if (context.signal?.aborted) stop();
        });
        const service = await startService({
          store,
          env: context.env,
          logger,
          dataDir: options.data ? join(context.cwd, options.data) : join(root, '.git', 'syncagent-serve'),
          host: options.host,
          port,
          dispatcher,
          refreshStore: relay ? storeRefresher(root, gitEnv) : undefined,
          tickEveryMs: tickMinutes * 60_000,
          // Connect events for apps without a recipe run the sync agent, loaded only then.
          engine: { syncAgent: lazySyncAgent },
          maxBatch,
          concurrency,
        });
        if (options.json)
          context.printJson({ listening: service.url, mode: relay ? 'relay' : 'process', replayed: service.replayed });
        else
          context.out(
            `syncagent serve: listening on ${service.url}${relay ? ' (relay to GitHub)' : ''}; ${service.replayed} replayed from the spool`,
          );
        // Runs until SIGTERM/SIGINT (or the caller's abort signal), then drains.
        await stopRequested;
        await service.close();
        context.log('syncagent serve: stopped');
      }),
    );
}
