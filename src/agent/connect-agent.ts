import { webhookEvent, webhookExpiry } from '../engine/events.js';
import { type ConnectOutcome, chooseSlug, type EngineDeps, loadSync, runEvent } from '../engine/index.js';
import { syncPaths } from '../store/index.js';
import { type ResolvedModel, resolveModel } from './model.js';
import { type AgentRunResult, runSyncAgent } from './run-agent.js';
import type { AgentConnection } from './session.js';
import { type TraceRow, type TraceStep, traceRows } from './trace.js';

/** What `connect` asks of the agent path (`--agent llm`, or `auto` without a catalog recipe). */
export interface AgentConnectInput {
  app: string;
  accountId: string;
  externalUserId: string;
  slug?: string;
  force?: boolean;
  dryRun?: boolean;
  /** What Pipedream says about the account's app (name, allowed domains, base URL), when known. */
  appName?: string;
  allowedDomains?: string[];
  baseUrl?: string;
  /** The model (default: SYNCAGENT_MODEL from deps.env), resolved only when a run is needed. */
  model?: ResolvedModel;
  maxSteps?: number;
  maxMinutes?: number;
  onStep?: (step: TraceStep) => void | Promise<void>;
  signal?: AbortSignal;
}

/** What `connect` did through the agent: the catalog outcome's fields, and the run's own report. */
export interface AgentConnectOutcome extends ConnectOutcome {
  /** The run (flavor, reason, hosts, exports, steps, usage, trace by step); absent when nothing ran. */
  agent?: AgentRunResult;
  /** The one-line triage reason (for a pull request body and the job summary). */
  reason?: string;
  /** The tool trace, one row per tool call (for a pull request body and the job summary). */
  trace?: TraceRow[];
}

/**
 * `connect` through the LLM sync agent: the same slug choice and idempotency as the catalog path (an existing SKILL.md
 * means done, and no model is called), then one agent run that lands as one commit; a handler that exports
 * `registerWebhook` then registers, as a catalog install does.
 */
export async function connectWithAgent(deps: EngineDeps, input: AgentConnectInput): Promise<AgentConnectOutcome> {
  const slug = await chooseSlug(deps, input.app, input.accountId, input.slug, input.force);
  const paths = syncPaths(slug);
  if (!input.force && (await deps.store.readText(paths.skill)) !== null) {
    deps.logger.info('connect-skip', { slug, reason: `${paths.skill} exists` });
    const createdBy = await loadSync(deps.store, slug).then(
      (installed) => installed.config.createdBy,
      () => 'unknown',
    );
    return { slug, status: 'exists', createdBy, files: [paths.skill], commits: [] };
  }
  // Checked before a dry run answers, so a dry run says whether the settings would do.
  const model = input.model ?? resolveModel(deps.env, { fetch: deps.fetch });
  const files = [paths.skill, paths.syncJson, paths.handler];
  if (input.dryRun) return { slug, status: 'dry-run', createdBy: model.createdBy, files, commits: [] };
  const connection: AgentConnection = {
    app: input.app,
    slug,
    accountId: input.accountId,
    externalUserId: input.externalUserId,
    ...(input.appName ? { appName: input.appName } : {}),
    ...(input.allowedDomains?.length ? { allowedDomains: input.allowedDomains } : {}),
    ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}),
  };
  const run = await runSyncAgent({
    deps,
    connection,
    model,
    maxSteps: input.maxSteps,
    maxMinutes: input.maxMinutes,
    force: input.force,
    onStep: input.onStep,
    signal: input.signal,
  });
  const commits = [...run.commits];
  let webhookExpiresAt: string | null | undefined;
  // After the backfill, as the catalog path does: the cursor already covers what changed meanwhile.
  if (run.exports.includes('registerWebhook')) {
    const registered = await runEvent<never>(deps, webhookEvent(slug, 'register'));
    if (registered.ran) {
      commits.push(...registered.commits);
      webhookExpiresAt = webhookExpiry(registered.result) ?? null;
    }
  }
  return {
    slug,
    status: 'installed',
    createdBy: run.createdBy,
    files: run.files,
    summary: run.summary,
    commits,
    ...(webhookExpiresAt === undefined ? {} : { webhookExpiresAt }),
    agent: run,
    reason: run.reason,
    trace: traceRows(run.trace),
  };
}
