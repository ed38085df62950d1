/** The work of `syncagent dispatch`, loaded only when that command runs (Octokit, the engine, the store). */
import { basename } from 'node:path';
import { maskSecrets, renderJobSummary, secretValues, writeJobSummary } from '../../action/index.js';
import { agentModes, connectFromRequest, type EngineDeps, listSyncSlugs, loadSync } from '../../engine/index.js';
import { MissingConfigError, toSyncError } from '../../errors.js';
import {
  type ConnectRequest,
  createOctokitGitHub,
  type DispatchConnectOutcome,
  type DispatchReport,
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
import type { CliContext } from '../context.js';
import { cliLogger, lazySyncAgent } from '../engine-deps.js';
import { parseChoice, parseCount, readFlagFile } from '../flags.js';
import { storeOptions } from '../store-options.js';

/** The options of `syncagent dispatch`. */
export interface DispatchOptions {
  store?: string;
  json?: boolean;
  event?: string;
  eventName?: string;
  review: string;
  agent?: string;
  model?: string;
  failureThreshold: string;
}

/** Handles one GitHub event payload: parse, dispatch, job summary, exit code. */
export async function runDispatchCommand(context: CliContext, options: DispatchOptions): Promise<void> {
  const review = parseChoice(options.review, ['direct', 'pr'] as const, '--review') ?? 'direct';
  const agent = parseChoice(options.agent, agentModes, '--agent');
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
    const event = parseGitHubEvent(eventName, await readFlagFile(context, '--event', eventPath), basename(eventPath));
    report = await dispatchEvent(context, options, { settings, env, review, agent, failureThreshold, secrets }, event);
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
}

interface Resolved {
  settings: GitHubSettings;
  env: NodeJS.ProcessEnv;
  review: 'direct' | 'pr';
  agent: (typeof agentModes)[number] | undefined;
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
    syncAgent: lazySyncAgent,
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

/** A connect request on the engine: the one path the CLI and serve take too (agent policy, account look-up). */
function connectForDispatch(
  deps: EngineDeps,
  request: ConnectRequest,
  slug: string,
  agent: Resolved['agent'],
): Promise<DispatchConnectOutcome> {
  return connectFromRequest(deps, {
    app: request.app,
    accountId: request.accountId,
    externalUserId: request.externalUserId,
    slug,
    force: request.force,
    agent,
  });
}
