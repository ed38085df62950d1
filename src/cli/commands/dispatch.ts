import { basename } from 'node:path';
import type { Command } from 'commander';
import { maskSecrets, renderJobSummary, secretValues, writeJobSummary } from '../../action/index.js';
import { findRecipe } from '../../catalog/index.js';
import { connect, type EngineDeps, listSyncSlugs, loadSync } from '../../engine/index.js';
import { InvalidInputError, MissingConfigError, toSyncError } from '../../errors.js';
import { getAccount } from '../../gateway/index.js';
import { gatewayMode } from '../../gateway/settings.js';
import {
  type ConnectRequest,
  createOctokitGitHub,
  type DispatchConnectOutcome,
  type DispatchReport,
  defaultFailureThreshold,
  describeCommits,
  failedReport,
  type GitHubSettings,
  parseGitHubEvent,
  readGitHubSettings,
  repositoryLinks,
  reviewBranch,
  runDispatch,
} from '../../github/index.js';
import { type GitStore, openStore, type StoreReader, startBranch } from '../../store/index.js';
import type { ActionRunner } from '../command-types.js';
import { type CliContext, withCommonOptions } from '../context.js';
import { cliLogger } from '../engine-deps.js';
import { parseChoice, parseCount, readFlagFile } from '../flags.js';
import { storeOptions } from '../store-options.js';

interface DispatchOptions {
  store?: string;
  json?: boolean;
  event?: string;
  eventName?: string;
  review: string;
  agent: string;
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
      .option('--review <mode>', 'direct | pr: a connect lands on the default branch or as a pull request', 'direct')
      .option('--agent <mode>', 'auto | catalog | llm: who installs a connect', 'auto')
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
        const review = parseChoice(options.review, ['direct', 'pr'] as const, '--review') ?? 'direct';
        const agent = parseChoice(options.agent, ['auto', 'catalog', 'llm'] as const, '--agent') ?? 'auto';
        const failureThreshold = parseCount(options.failureThreshold, '--failure-threshold', { min: 1 });
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
            { settings, env, review, agent, failureThreshold, secrets },
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
  settings: GitHubSettings;
  env: NodeJS.ProcessEnv;
  review: 'direct' | 'pr';
  agent: 'auto' | 'catalog' | 'llm';
  failureThreshold: number;
  secrets: string[];
}

async function dispatchEvent(
  context: CliContext,
  options: DispatchOptions,
  resolved: Resolved,
  event: Parameters<typeof runDispatch>[1],
): Promise<DispatchReport> {
  const { settings, env } = resolved;
  const openOptions = { ...storeOptions(context, options), env };
  const store = (await openStore(openOptions)) as GitStore;
  // The webhook secrets sync.json files name are masked too, whatever they are called.
  const named = await webhookSecretNames(store);
  const extra = secretValues(env, named).filter((value) => !resolved.secrets.includes(value));
  maskSecrets(extra, settings.inActions);
  resolved.secrets.push(...extra);
  const logger = cliLogger(context, Boolean(options.json));
  const engineDeps = (storeForDeps: GitStore): EngineDeps => ({
    store: storeForDeps,
    env,
    clock: () => new Date(),
    logger,
  });
  const github =
    settings.token && settings.repository
      ? createOctokitGitHub({ token: settings.token, repository: settings.repository, apiUrl: settings.apiUrl })
      : null;
  const links = repositoryLinks(settings);
  return runDispatch(
    {
      engine: engineDeps(store),
      baseBranch: store.branch,
      openReviewBranch: async (slug, mode) => {
        const branch = reviewBranch(slug);
        await startBranch({ root: store.root, branch, mode, env });
        return engineDeps((await openStore({ ...openOptions, branch })) as GitStore);
      },
      github,
      connect: (deps, request, slug) => connectForDispatch(deps, request, slug, resolved.agent),
      describeCommits: (before, after) => describeCommits(store.root, before, after, env),
      links,
    },
    event,
    { review: resolved.review, failureThreshold: resolved.failureThreshold },
  );
}

/** The env names of the webhook secrets the installed syncs declare. */
async function webhookSecretNames(reader: StoreReader): Promise<string[]> {
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

/** A connect request on the engine: the catalog recipe, the external user from Pipedream when not given. */
async function connectForDispatch(
  deps: EngineDeps,
  request: ConnectRequest,
  slug: string,
  agent: 'auto' | 'catalog' | 'llm',
): Promise<DispatchConnectOutcome> {
  const recipe = agent === 'llm' ? undefined : findRecipe(request.app);
  if (!recipe) {
    if (agent === 'catalog')
      throw new InvalidInputError(`the catalog has no recipe for "${request.app}" (--agent catalog)`);
    throw new InvalidInputError(
      `the LLM sync agent is not available yet; only catalog recipes can be installed (no recipe for "${request.app}")`,
    );
  }
  let externalUserId = request.externalUserId;
  if (gatewayMode(deps.env) === 'pipedream') {
    const account = await getAccount(deps.env, request.accountId);
    if (account.app.name_slug !== request.app) {
      throw new InvalidInputError(
        `account ${request.accountId} belongs to app "${account.app.name_slug}", not "${request.app}"`,
      );
    }
    externalUserId = externalUserId ?? account.external_user_id;
  }
  if (!externalUserId)
    throw new InvalidInputError('external_user_id: required (Pipedream did not name the external user)');
  return connect(deps, {
    app: request.app,
    accountId: request.accountId,
    externalUserId,
    slug,
    force: request.force,
    recipe,
  });
}
