import type { EngineDeps, Logger, SyncAgent } from '../engine/index.js';
import { createJsonLogger } from '../engine/logger.js';
import type { CliContext } from './context.js';
import { storeOptions } from './store-options.js';

/** A stderr logger: JSON lines with --json, `event key=value` lines otherwise. */
export function cliLogger(context: CliContext, json: boolean): Logger {
  if (json) return createJsonLogger((line) => context.log(line));
  const emit =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      const parts = Object.entries(fields)
        .filter(([, value]) => value !== undefined)
        .map(
          ([key, value]) => `${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`,
        );
      context.log(`${level === 'info' ? '' : `${level}: `}${event} ${parts.join(' ')}`.trimEnd());
    };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** The LLM sync agent, loaded only when a connect needs it: the AI SDK stays out of every other command's start. */
export const lazySyncAgent: SyncAgent = {
  install: async (deps, request) => (await import('../agent/sync-agent.js')).llmSyncAgent.install(deps, request),
};

/** Engine dependencies for a CLI run: the store from --store, settings from the CLI's env, the wall clock (or `now`). */
export async function cliEngineDeps(
  context: CliContext,
  options: { store?: string; json?: boolean },
  extra: Partial<EngineDeps> = {},
): Promise<EngineDeps> {
  const logger = cliLogger(context, Boolean(options.json));
  // The store logs its own repairs (a killed run's leftovers, a stale ref lock) to the same place.
  const { openStore } = await import('../store/index.js');
  const store = await openStore({ ...storeOptions(context, options), logger });
  return {
    store,
    env: context.env,
    clock: () => new Date(),
    logger,
    syncAgent: lazySyncAgent,
    ...extra,
  };
}
