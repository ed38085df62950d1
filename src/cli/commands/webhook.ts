import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseHeaderLines } from '../../config.js';
import { demoWebhook } from '../../demo/settings.js';
import { InvalidInputError } from '../../errors.js';
import { validateSlug } from '../../store/paths.js';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliEngineDeps } from '../engine-deps.js';

interface WebhookOptions {
  store?: string;
  json?: boolean;
  bodyFile?: string;
  body?: string;
  header: string[];
  deliveryId?: string;
}

/** `syncagent webhook <slug>`: verify, dedupe and run onWebhook for one provider delivery. */
export function registerWebhook(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('webhook <slug>')
      .summary('verify, dedupe and handle one webhook delivery')
      .description(
        'Handle one provider webhook delivery: check the signature named in sync.json, skip a delivery id seen before, ' +
          "then run the handler's onWebhook in one commit. The body must be the raw request body (max 1 MiB).",
      )
      .option('--body-file <file>', 'read the raw body from a file')
      .option('--body <text>', 'the raw body')
      .option(
        '--header <header>',
        "a request header, 'Name: value' (repeatable)",
        (value: string, all: string[]) => [...all, value],
        [],
      )
      .option('--delivery-id <id>', 'the delivery id used for deduplication'),
  )
    .addHelpText(
      'after',
      // The demo's body and signature (DROPBOX_APP_SECRET of `demo --serve`): the examples run against the demo store.
      '\nExamples:\n' +
        `  syncagent webhook dropbox --body-file body.json --header 'X-Dropbox-Signature: ${demoWebhook.signature}' --delivery-id d-123\n` +
        `  syncagent webhook dropbox --body '${demoWebhook.body}' --header 'X-Dropbox-Signature: ${demoWebhook.signature}' --json\n` +
        `  (body.json holds the raw body: ${demoWebhook.body})`,
    )
    .action(
      run(async (context, slug: string, options: WebhookOptions) => {
        const { handleWebhook, readWebhookBodyFile } = await import('../../engine/webhook.js');
        validateSlug(slug);
        if ((options.body === undefined) === (options.bodyFile === undefined)) {
          throw new InvalidInputError('pass exactly one of --body-file and --body');
        }
        const body =
          options.bodyFile !== undefined
            ? await readWebhookBodyFile(resolve(context.cwd, options.bodyFile), '--body-file')
            : options.body;
        const headers = parseHeaderLines(options.header, '--header');
        const deps = await cliEngineDeps(context, options);
        const outcome = await handleWebhook(deps, { slug, body: body ?? '', headers, deliveryId: options.deliveryId });
        if (options.json) return context.printJson(outcome);
        context.out(
          outcome.duplicate
            ? `${slug}: delivery ${outcome.deliveryId} already handled (skipped)`
            : `${slug}: webhook ${outcome.summary}`,
        );
      }),
    );
}
