import { basename } from 'node:path';
import type { Command } from 'commander';
import { MissingConfigError, toSyncError } from '../../errors.js';
import type { DispatchReport, GitHubEvent } from '../../github/index.js';
import type { StoreReader } from '../../store/index.js';
import type { ActionRunner } from '../command-types.js';
import { type CliContext, withCommonOptions } from '../context.js';
import { parseChoice, parseCount, readFlagFile } from '../flags.js';

/** Failures in a row after which a sync gets an issue (DESIGN 10); the same as src/github's default. */
const defaultFailureThreshold = 3;

interface DispatchOptions {
  store?: string;
  json?: boolean;
  event?: string;
  eventName?: string;
  review?: string;
  agent?: string;
  model?: string;
  failureThreshold: string;
}

/** `syncagent dispatch --event FILE`: handle a GitHub event payload (what the Action runs). */
export function registerDispatch(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('dispatch')
      .summary('handle a GitHub event: repository_dispatch, schedule or workflow_dispatch (what the Action runs)')
      .description(
        'Handle one GitHub event payload as the Action does: repository_dispatch syncagent.connect, syncagent.webhook ' +
          'and syncagent.delete; schedule runs tick; workflow_dispatch runs its `command` input. The payload is checked ' +
          "against GitHub's limits and its schema first: a bad one is one clear error and changes nothing. Reads " +
          'GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, ' +
          'GITHUB_RUN_ID and GITHUB_STEP_SUMMARY (the job summary) when set.',
      )
      .option('--event <file>', 'the event payload (default: GITHUB_EVENT_PATH)')
      .option('--event-name <name>', 'the event name (default: GITHUB_EVENT_NAME, else inferred from the payload)')
      .option(
        '--review <mode>',
        'direct | pr: a connect lands on the default branch or as a pull request (default: SYNCAGENT_REVIEW, else direct)',
      )
      .option('--agent <mode>', 'auto | catalog | llm: who installs a connect (default: SYNCAGENT_AGENT, else auto)')
      .option('--model <spec>', 'the sync agent model, e.g. anthropic:<model> (default: SYNCAGENT_MODEL)')
      .option(
        '--failure-threshold <n>',
        'failures in a row after which a sync gets an issue',
        String(defaultFailureThreshold),
      ),
  )
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  syncagent dispatch --event event.json --event-name repository_dispatch',
        '  GITHUB_EVENT_PATH=event.json GITHUB_EVENT_NAME=schedule syncagent dispatch --json',
        '  syncagent dispatch --event connect.json --review pr   # needs GITHUB_TOKEN and GITHUB_REPOSITORY',
        '',
        'A webhook event file (repository_dispatch):',
        '  {"action":"syncagent.webhook","client_payload":{"slug":"dropbox","delivery_id":"d-1",',
        '   "headers":{"x-dropbox-signature":"…"},"body":"{\\"list_folder\\":{\\"accounts\\":[]}}"}}',
      ].join('\n'),
    )
    .action(
      run(async (context, options: DispatchOptions) => {
        const review =
          parseChoice(
            options.review ?? blankToUndefined(context.env.SYNCAGENT_REVIEW),
            ['direct', 'pr'] as const,
            '--review',
          ) ?? 'direct';
        const agent = parseChoice(options.agent, ['auto', 'catalog', 'llm'] as const, '--agent');
        const failureThreshold = parseCount(options.failureThreshold, '--failure-threshold', { min: 1 });
        // Loaded here, not at start: other commands never pay for Octokit and @actions/core.
        const { maskSecrets, renderJobSummary, secretValues, writeJobSummary } = await import('../../action/index.js');
        const { failedReport, parseGitHubEvent, readGitHubSettings, repositoryLinks } = await import(
          '../../github/index.js'
        );
        const settings = readGitHubSettings(context.env);
        const env = options.model ? { ...context.env, SYNCAGENT_MODEL: options.model } : context.env;
        // Masked before anything can print them.
        const secrets = secretValues(env);
        maskSecrets(secrets, settings.inActions);
        const eventPath = options.event ?? settings.eventPath;
        const eventName = options.eventName ?? settings.eventName ?? undefined;
        let report: DispatchReport;
        try {
          if (!eventPath) {
            throw new MissingConfigError(
              'GITHUB_EVENT_PATH',
              'missing configuration: pass --event FILE or set GITHUB_EVENT_PATH',
            );
          }
          const event = parseGitHubEvent(
            eventName,
            await readFlagFile(context, '--event', eventPath),
            basename(eventPath),
          );
          report = await dispatchEvent(
            context,
            options,
            { env, inActions: settings.inActions, review, agent, failureThreshold, secrets },
            event,
          );
        } catch (caught) {
          const error = toSyncError(caught);
          report = failedReport(
            { name: eventName ?? 'unknown' },
            { code: error.code, message: error.message, exitCode: error.exitCode },
          );
        }
        const links = repositoryLinks(settings);
        if (settings.stepSummary) await writeJobSummary(settings.stepSummary, renderJobSummary(report, links, secrets));
        if (options.json) context.printJson(report);
        else for (const line of report.lines) context.out(line);
        for (const warning of report.warnings) context.log(`warning: ${warning}`);
        if (report.error) {
          context.log(`syncagent: ${report.error.code}: ${report.error.message}`);
          context.setExitCode(report.error.exitCode);
        }
      }),
    );
}

interface Resolved {
  env: NodeJS.ProcessEnv;
  inActions: boolean;
  review: 'direct' | 'pr';
  agent: 'auto' | 'catalog' | 'llm' | undefined;
  failureThreshold: number;
  secrets: string[];
}

async function dispatchEvent(
  context: CliContext,
  options: DispatchOptions,
  resolved: Resolved,
  event: GitHubEvent,
): Promise<DispatchReport> {
  const { secretValues, maskSecrets } = await import('../../action/index.js');
  const { connectFromRequest } = await import('../../engine/connect-request.js');
  const { runDispatch } = await import('../../github/dispatch.js');
  const { cliGitHubDeps } = await import('../github-deps.js');
  const deps = await cliGitHubDeps(context, options, resolved.env);
  // The webhook secrets sync.json files name are masked too, whatever they are called.
  const extra = secretValues(resolved.env, await webhookSecretNames(deps.store)).filter(
    (value) => !resolved.secrets.includes(value),
  );
  maskSecrets(extra, resolved.inActions);
  resolved.secrets.push(...extra);
  return runDispatch({ ...deps, install: connectFromRequest }, event, {
    review: resolved.review,
    agent: resolved.agent,
    failureThreshold: resolved.failureThreshold,
  });
}

/** The env names of the webhook secrets the installed syncs declare. */
async function webhookSecretNames(reader: StoreReader): Promise<string[]> {
  const { listSyncSlugs, loadSync } = await import('../../engine/registry.js');
  const names: string[] = [];
  for (const slug of await listSyncSlugs(reader)) {
    try {
      const secretEnv = (await loadSync(reader, slug)).config.signals.webhook?.signature?.secretEnv;
      if (secretEnv) names.push(secretEnv);
    } catch {
      // An invalid sync.json names nothing; its own events report it.
    }
  }
  return names;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
