import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ResolvedModel } from '../../../src/agent/index.js';
import type { EngineDeps, Logger } from '../../../src/engine/index.js';
import { createTokenCache } from '../../../src/gateway/index.js';
import { initStore, type Store } from '../../../src/store/index.js';
import {
  type FakeAgentApps,
  type ModelScript,
  scriptedLanguageModel,
  startFakeAgentApps,
} from '../../../src/testkit/index.js';
import { tempDir } from '../../support/git.js';

/** A logger that keeps every line as JSON text (for assertions and secret greps). */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const emit =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) =>
      lines.push(JSON.stringify({ level, event, ...fields }));
  return { lines, info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** The scripted mock model as the agent's model (named like a resolved SYNCAGENT_MODEL). */
export function scriptedModel(script: ModelScript): ResolvedModel & { mock: ReturnType<typeof scriptedLanguageModel> } {
  const mock = scriptedLanguageModel(script, { provider: 'scripted', modelId: 'scripted-1' });
  return {
    model: mock,
    mock,
    provider: 'openai-compatible',
    modelId: 'scripted-1',
    id: 'openai-compatible:scripted-1',
    createdBy: 'agent:openai-compatible:scripted-1',
    secrets: [],
  };
}

/** Per test: a fresh store, the tracker and messaging fakes behind Pipedream Connect, and engine deps over them. */
export function agentFixture(): {
  readonly store: Store;
  readonly root: string;
  readonly apps: FakeAgentApps;
  readonly logger: ReturnType<typeof recordingLogger>;
  deps(extra?: Partial<EngineDeps>): EngineDeps;
} {
  let state: {
    dir: Awaited<ReturnType<typeof tempDir>>;
    store: Store;
    apps: FakeAgentApps;
    logger: ReturnType<typeof recordingLogger>;
  } | null = null;
  beforeEach(async () => {
    const dir = await tempDir('agent-');
    const { store } = await initStore({ root: join(dir.path, 'store') });
    state = { dir, store, apps: await startFakeAgentApps(), logger: recordingLogger() };
  });
  afterEach(async () => {
    await state?.apps.close();
    await state?.dir.cleanup();
    state = null;
  });
  const current = () => {
    if (!state) throw new Error('agentFixture: only inside a test');
    return state;
  };
  return {
    get store() {
      return current().store;
    },
    get root() {
      return current().store.root;
    },
    get apps() {
      return current().apps;
    },
    get logger() {
      return current().logger;
    },
    deps: (extra = {}) => ({
      store: current().store,
      env: current().apps.env,
      clock: () => new Date('2025-06-01T12:00:00Z'),
      logger: current().logger,
      tokenCache: createTokenCache(),
      sleep: async () => {},
      ...extra,
    }),
  };
}

/** Every NDJSON record under a mirror folder of the work tree, sorted by id. */
export async function mirrorTickets(root: string, slug: string): Promise<Array<Record<string, unknown>>> {
  const records: Array<Record<string, unknown>> = [];
  for (let shard = 0; shard < 16; shard += 1) {
    const text = await readFile(join(root, 'mirrors', slug, 'tickets', `${shard.toString(16)}.ndjson`), 'utf8').catch(
      () => '',
    );
    for (const line of text.split('\n')) if (line) records.push(JSON.parse(line) as Record<string, unknown>);
  }
  return records.sort((a, b) => Number(a.id) - Number(b.id));
}
