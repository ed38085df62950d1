import { AISDKError, generateText, type ModelMessage, type StepResult, stepCountIs, type Tool } from 'ai';
import type { EngineDeps } from '../engine/index.js';
import { AgentError, ConflictError, InvalidInputError, SyncError, toSyncError } from '../errors.js';
import { scrubSecrets } from '../gateway/index.js';
import type { StoreReader, Transaction, TransactResult } from '../store/index.js';
import type { ResolvedModel } from './model.js';
import { knownSecrets } from './secrets.js';
import { type AgentConnection, AgentSession, type FinishDecision } from './session.js';
import { buildSystemPrompt } from './system-prompt.js';
import { createAgentToolSet, type ToolCallRecord } from './tools/index.js';
import { digest, type TraceCall, type TraceStep } from './trace.js';

/** Default budget (DESIGN section 7). */
export const defaultMaxSteps = 60;
export const defaultMaxMinutes = 20;
/** How often a model that answers without a tool call is told to go on before the run gives up. */
const maxNudges = 2;

/** Options of one agent run. */
export interface AgentRunOptions {
  deps: EngineDeps;
  connection: AgentConnection;
  model: ResolvedModel;
  /** Most model steps (default 60). */
  maxSteps?: number;
  /** Most minutes of wall time (default 20). */
  maxMinutes?: number;
  /** Start from a clean slate: this slug's skill, handler and mirror at HEAD are replaced. */
  force?: boolean;
  /** Called after every step (the CLI writes the progress line and the --trace file). */
  onStep?: (step: TraceStep) => void | Promise<void>;
  /** Aborts the run from outside (it then ends like a spent budget: nothing lands). */
  signal?: AbortSignal;
}

/** Tokens the run used, over all steps. */
export interface AgentUsage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  cachedInputTokens: number;
}

/** What a finished run installed, and how it got there (what `--review pr` and the job summary render). */
export interface AgentRunResult extends FinishDecision {
  slug: string;
  createdBy: string;
  /** `<provider>:<model>`. */
  model: string;
  steps: number;
  usage: AgentUsage;
  trace: TraceStep[];
  /** The commits the run made (one). */
  commits: string[];
  /** The commit message. */
  message: string;
  /** One line for humans: flavor, reason, steps, tokens. */
  summary: string;
  ms: number;
}

/** The anthropic prompt-cache mark (other providers ignore it). */
const cacheMark = { anthropic: { cacheControl: { type: 'ephemeral' } } } as const;

/** What a won run wrote, kept to land it again on a newer HEAD if the compare-and-swap is lost. */
interface Landing {
  /** The slug's folders at the HEAD the run started from (tree ids). */
  base: string;
  changes: Array<[string, Uint8Array | null]>;
  decision: FinishDecision;
  message: string;
}

/**
 * Runs the sync agent for one connection (DESIGN section 7): a plain AI SDK loop (`generateText` with the tools of
 * tools/ and a step limit) inside ONE store transaction. The model's writes live in the session's layer and reach
 * the transaction only when `finish` succeeded; anything else — steps or minutes spent, no finish, a model error —
 * throws an `agent` error and HEAD does not move. If another commit wins the compare-and-swap meanwhile, the run's
 * files land on the new HEAD without asking the model again, unless that commit touched this slug (then `conflict`).
 */
export async function runSyncAgent(options: AgentRunOptions): Promise<AgentRunResult> {
  const { deps, connection, model } = options;
  const maxSteps = options.maxSteps ?? defaultMaxSteps;
  const maxMinutes = options.maxMinutes ?? defaultMaxMinutes;
  if (!Number.isInteger(maxSteps) || maxSteps < 1)
    throw new InvalidInputError(`--max-steps: expected an integer ≥ 1, got ${maxSteps}`);
  if (!(maxMinutes > 0)) throw new InvalidInputError(`--max-minutes: expected a number > 0, got ${maxMinutes}`);
  const { slug } = connection;
  const secrets = knownSecrets(deps.env, model.secrets);
  const started = Date.now();
  const deadline = started + maxMinutes * 60_000;
  const budget = new AbortController();
  const timer = setTimeout(
    () => budget.abort(new Error(`time budget of ${maxMinutes} minutes spent`)),
    deadline - started,
  );
  timer.unref?.();
  const signal = options.signal ? AbortSignal.any([budget.signal, options.signal]) : budget.signal;
  const trace: TraceStep[] = [];
  const usage: AgentUsage = { inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedInputTokens: 0 };
  let landing: Landing | null = null;
  deps.logger.info('agent-start', { slug, app: connection.app, model: model.id, maxSteps, maxMinutes });

  const body = async (tx: Transaction): Promise<FinishDecision> => {
    if (landing) return land(tx, slug, landing);
    const base = await slugTrees(tx, slug);
    if (options.force) for (const dir of slugFolders(slug)) await tx.deleteTree(dir);
    const session = new AgentSession(tx, { deps, connection, createdBy: model.createdBy, signal, deadline });
    await session.load();
    const calls = new Map<string, ToolCallRecord>();
    const tools = createAgentToolSet(session, {
      secrets,
      onCall: (id, record) => calls.set(id, record),
      lastToolProviderOptions: cacheMark,
    });
    let messages: ModelMessage[] = [{ role: 'user', content: taskPrompt(connection, maxSteps, maxMinutes) }];
    let stepStarted = Date.now();
    let nudges = 0;
    const onStepFinish = async (step: StepResult<Record<string, Tool>>): Promise<void> => {
      const record = traceStep(trace.length + 1, step, calls, Date.now() - stepStarted, deps.clock(), secrets);
      trace.push(record);
      usage.inputTokens += record.inputTokens;
      usage.outputTokens += record.outputTokens;
      usage.totalTokens += record.inputTokens + record.outputTokens;
      usage.cachedInputTokens += record.cachedInputTokens ?? 0;
      deps.logger.info('agent-step', {
        slug,
        step: record.step,
        of: maxSteps,
        tools: record.calls.map((call) => `${call.tool}${call.ok ? '' : ' ✗'} ${call.summary}`).join('; ') || undefined,
        text: record.calls.length === 0 ? record.text : undefined,
        // As the trace file has them: what each call was given and answered, as digests.
        digests: record.calls.map((call) => `${call.inputDigest}→${call.resultDigest}`).join('; ') || undefined,
        ms: record.ms,
        inputTokens: record.inputTokens,
        outputTokens: record.outputTokens,
      });
      await options.onStep?.(record);
      stepStarted = Date.now();
    };
    while (!session.finished && trace.length < maxSteps) {
      const response = await generateText({
        model: model.model,
        system: { role: 'system', content: buildSystemPrompt(), providerOptions: cacheMark },
        messages,
        tools,
        stopWhen: [stepCountIs(maxSteps - trace.length), () => session.finished !== null],
        abortSignal: signal,
        // The conversation so far is a stable prefix too: mark its end for the provider's cache.
        prepareStep: ({ messages: stepMessages }) =>
          model.provider === 'anthropic' ? { messages: markLast(stepMessages) } : undefined,
        onStepFinish,
      });
      messages = [...messages, ...response.response.messages];
      if (session.finished || trace.length >= maxSteps) break;
      if (nudges >= maxNudges) break;
      nudges += 1;
      messages.push({
        role: 'user',
        content:
          'You answered without calling a tool. Nothing lands unless finish succeeds: continue with the tools ' +
          '(probe, create_sync_engine, run_in_sync, write_skill) and call finish when the sync is ready.',
      });
    }
    const decision = session.finished as FinishDecision | null;
    if (!decision) {
      const spent = trace.length >= maxSteps;
      throw new AgentError(
        spent
          ? `the agent spent its budget of ${maxSteps} steps without a successful finish; nothing was committed`
          : `the model stopped without calling finish (after ${trace.length} steps); nothing was committed`,
        { data: { reason: spent ? 'budget-steps' : 'no-finish', steps: trace.length } },
      );
    }
    session.layer.applyTo(tx);
    const message = commitMessage(slug, decision, model.id, trace.length, usage);
    tx.setMessage(message);
    const changes: Array<[string, Uint8Array | null]> = [];
    for (const path of tx.changedPaths()) changes.push([path, await tx.read(path)]);
    landing = { base, changes, decision, message };
    return decision;
  };

  let outcome: TransactResult<FinishDecision>;
  try {
    outcome = await deps.store.transact(body, { message: `sync(${slug}): connect by agent` });
  } catch (caught) {
    const error = asRunError(caught, {
      budget: budget.signal,
      external: options.signal,
      maxMinutes,
      secrets,
      steps: trace.length,
    });
    Object.assign(error.data, { model: model.id, steps: trace.length, usage: { ...usage }, trace });
    deps.logger.error('agent-fail', {
      slug,
      code: error.code,
      message: error.message,
      steps: trace.length,
      ms: Date.now() - started,
    });
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const decision = outcome.value;
  const message = (landing as Landing | null)?.message ?? commitMessage(slug, decision, model.id, trace.length, usage);
  const summary = `${decision.flavor}: ${decision.reason} (${model.id}, ${trace.length} steps, ${usage.totalTokens.toLocaleString('en-US')} tokens)`;
  deps.logger.info('agent-end', {
    slug,
    flavor: decision.flavor,
    steps: trace.length,
    tokens: usage.totalTokens,
    commits: outcome.commits.length,
    ms: Date.now() - started,
  });
  return {
    ...decision,
    slug,
    createdBy: model.createdBy,
    model: model.id,
    steps: trace.length,
    usage,
    trace,
    commits: outcome.commits.map((commit) => commit.oid),
    message,
    summary,
    ms: Date.now() - started,
  };
}

/** The first user message: the task and its budget. */
function taskPrompt(connection: AgentConnection, maxSteps: number, maxMinutes: number): string {
  return [
    'A new connection needs its sync.',
    `app: ${connection.app}${connection.appName ? ` (${connection.appName})` : ''}`,
    `slug: ${connection.slug}`,
    `account: ${connection.accountId} (external user ${connection.externalUserId})`,
    `budget: ${maxSteps} steps and ${maxMinutes} minutes for the whole run.`,
    'Start with get_connection; then triage, probe, build and check; write the skill; finish.',
  ].join('\n');
}

/** `sync(<slug>): connect by agent, <flavor>: <reason>` and the model, steps and tokens below. */
function commitMessage(
  slug: string,
  decision: FinishDecision,
  model: string,
  steps: number,
  usage: AgentUsage,
): string {
  const cached = usage.cachedInputTokens > 0 ? ` (${usage.cachedInputTokens.toLocaleString('en-US')} cached)` : '';
  return [
    `sync(${slug}): connect by agent, ${decision.flavor}: ${decision.reason}`,
    '',
    `model: ${model}`,
    `steps: ${steps}`,
    `tokens: ${usage.inputTokens.toLocaleString('en-US')} input${cached}, ${usage.outputTokens.toLocaleString('en-US')} output`,
    `hosts: ${decision.hosts.join(', ') || '-'}`,
    ...(decision.exports.length > 0 ? [`exports: ${decision.exports.join(', ')}`] : []),
  ].join('\n');
}

/** The trace record of one step: per tool call the one-line summary and digests, never the data itself. */
function traceStep(
  number: number,
  step: StepResult<Record<string, Tool>>,
  calls: Map<string, ToolCallRecord>,
  ms: number,
  now: Date,
  secrets: string[],
): TraceStep {
  const traced: TraceCall[] = step.toolCalls.map((call) => {
    const record = calls.get(call.toolCallId);
    const error = step.content.find((part) => part.type === 'tool-error' && part.toolCallId === call.toolCallId);
    const output = record?.output ?? (error && 'error' in error ? { error: String(error.error) } : null);
    const input = digest(call.input);
    const result = digest(output);
    return {
      tool: call.toolName,
      ok: record?.ok ?? false,
      summary:
        record?.line ??
        scrubSecrets(`invalid call: ${error && 'error' in error ? String(error.error) : 'no answer'}`, secrets).slice(
          0,
          200,
        ),
      inputDigest: input.digest,
      inputBytes: input.bytes,
      resultDigest: result.digest,
      resultBytes: result.bytes,
      ms: record?.ms ?? 0,
    };
  });
  const text = step.text.trim();
  const cached = step.usage.inputTokenDetails?.cacheReadTokens ?? step.usage.cachedInputTokens;
  return {
    step: number,
    at: now.toISOString(),
    ms,
    inputTokens: step.usage.inputTokens ?? 0,
    outputTokens: step.usage.outputTokens ?? 0,
    ...(cached ? { cachedInputTokens: cached } : {}),
    finishReason: step.finishReason,
    calls: traced,
    ...(text ? { text: scrubSecrets(text, secrets).slice(0, 300) } : {}),
  };
}

/** The messages with the last one marked for the provider's prompt cache. */
function markLast(messages: ModelMessage[]): ModelMessage[] {
  const last = messages.at(-1);
  if (!last) return messages;
  return [
    ...messages.slice(0, -1),
    { ...last, providerOptions: { ...last.providerOptions, ...cacheMark } } as ModelMessage,
  ];
}

/** The store folders of one sync. */
function slugFolders(slug: string): string[] {
  return [`skills/${slug}`, `handlers/${slug}`, `mirrors/${slug}`];
}

/** The tree ids of the slug's folders: equal ids mean nothing of this sync changed. */
async function slugTrees(reader: StoreReader, slug: string): Promise<string> {
  const ids: string[] = [];
  for (const folder of slugFolders(slug)) {
    const parent = folder.slice(0, folder.indexOf('/'));
    const entry = (await reader.list(parent)).find((candidate) => candidate.path === folder);
    ids.push(entry?.oid ?? '-');
  }
  return ids.join(' ');
}

/** Lands a finished run's files on a newer HEAD, unless that HEAD changed this sync meanwhile. */
async function land(tx: Transaction, slug: string, landing: Landing): Promise<FinishDecision> {
  if ((await slugTrees(tx, slug)) !== landing.base) {
    throw new ConflictError(
      `sync "${slug}" changed in the store while the agent ran (another connect or event committed to it); nothing was committed: run connect again`,
    );
  }
  for (const [path, content] of landing.changes) {
    if (content === null) tx.delete(path);
    else tx.write(path, content);
  }
  tx.setMessage(landing.message);
  return landing.decision;
}

/** Maps what ended a run to the error the caller sees: budget and model failures are `agent` errors. */
function asRunError(
  caught: unknown,
  context: { budget: AbortSignal; external?: AbortSignal; maxMinutes: number; secrets: string[]; steps: number },
): SyncError {
  if (context.budget.aborted) {
    return new AgentError(
      `the agent spent its budget of ${context.maxMinutes} minutes without a successful finish (${context.steps} steps); nothing was committed`,
      { data: { reason: 'budget-minutes' }, cause: caught },
    );
  }
  if (context.external?.aborted) {
    return new AgentError(`the agent run was cancelled after ${context.steps} steps; nothing was committed`, {
      data: { reason: 'cancelled' },
      cause: caught,
    });
  }
  if (SyncError.isInstance(caught)) return caught;
  if (AISDKError.isInstance(caught)) {
    return new AgentError(
      `model error: ${scrubSecrets(caught.message, context.secrets).slice(0, 500)}; nothing was committed`,
      {
        data: { reason: 'model-error', error: caught.name },
      },
    );
  }
  if (caught instanceof Error && caught.name === 'AbortError') {
    return new AgentError(`the agent run was aborted after ${context.steps} steps; nothing was committed`, {
      data: { reason: 'cancelled' },
    });
  }
  return toSyncError(caught);
}
