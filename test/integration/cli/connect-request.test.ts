import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AgentInstallRequest,
  connectFromRequest,
  type EngineDeps,
  parseConnectRequest,
  silentLogger,
} from '../../../src/engine/index.js';
import { InvalidInputError, SyncError } from '../../../src/errors.js';
import { initStore } from '../../../src/store/index.js';
import { startPipedreamConnect } from '../../../src/testkit/index.js';
import { tempDir } from '../../support/git.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir('connect-request-');
});
afterAll(() => dir.cleanup());

const invalid = (run: () => unknown): SyncError => {
  try {
    run();
  } catch (error) {
    if (SyncError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an error');
};

describe('parseConnectRequest', () => {
  it('names the flag and the payload key of a bad field', () => {
    const missing = invalid(() => parseConnectRequest({ app: 'dropbox' }, {}));
    expect(InvalidInputError.isInstance(missing)).toBe(true);
    expect(missing.message).toBe('--account (account_id): the Pipedream Connect account id is missing (apn_...)');
    expect(invalid(() => parseConnectRequest({ app: 'Drop box', accountId: 'apn_1' }, {})).message).toMatch(
      /^<app> \(app\): invalid app slug/,
    );
    expect(invalid(() => parseConnectRequest({ accountId: 'apn_1' }, {})).message).toBe(
      '<app> (app): the app is missing (e.g. dropbox)',
    );
  });

  it('takes the agent policy from the flag, else SYNCAGENT_AGENT / SYNCAGENT_REVIEW, and names both on error', () => {
    expect(parseConnectRequest({ app: 'dropbox', accountId: 'apn_1' }, {})).toMatchObject({
      agent: 'auto',
      review: 'direct',
      force: false,
      dryRun: false,
    });
    const env = { SYNCAGENT_AGENT: 'catalog', SYNCAGENT_REVIEW: 'direct' };
    expect(parseConnectRequest({ app: 'dropbox', accountId: 'apn_1' }, env).agent).toBe('catalog');
    expect(parseConnectRequest({ app: 'dropbox', accountId: 'apn_1', agent: 'llm' }, env).agent).toBe('llm');
    const bad = invalid(() => parseConnectRequest({ app: 'dropbox', accountId: 'apn_1' }, { SYNCAGENT_AGENT: 'gpt' }));
    expect(bad.message).toMatch(/^--agent \(SYNCAGENT_AGENT\): /);
    expect(bad.exitCode).toBe(2);
  });
});

describe('connectFromRequest', () => {
  let pipedream: Awaited<ReturnType<typeof startPipedreamConnect>>;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    pipedream = await startPipedreamConnect({
      clientId: 'id',
      clientSecret: 'secret',
      projectId: 'proj_1',
      accounts: [
        { id: 'apn_notion', app: 'notion', externalUserId: 'user-7', accessToken: 't' },
        { id: 'apn_box', app: 'dropbox', externalUserId: 'user-8', accessToken: 't' },
      ],
      hosts: {},
    });
    env = {
      PIPEDREAM_CLIENT_ID: 'id',
      PIPEDREAM_CLIENT_SECRET: 'secret',
      PIPEDREAM_PROJECT_ID: 'proj_1',
      PIPEDREAM_API_URL: pipedream.url,
    };
  });
  afterAll(() => pipedream.close());

  const depsFor = async (name: string, extra: Partial<EngineDeps> = {}): Promise<EngineDeps> => {
    const { store } = await initStore({ root: join(dir.path, name) });
    return { store, env, clock: () => new Date('2025-01-01T00:00:00Z'), logger: silentLogger, ...extra };
  };

  it('hands an app without a recipe to the sync agent port, with the external user Pipedream names', async () => {
    const calls: AgentInstallRequest[] = [];
    const deps = await depsFor('agent', {
      syncAgent: {
        install: async (_deps, request) => {
          calls.push(request);
          return { slug: 'notion', status: 'installed', createdBy: 'agent:test:model', files: [], commits: [] };
        },
      },
    });
    const outcome = await connectFromRequest(deps, { app: 'notion', accountId: 'apn_notion', maxSteps: 5 });
    expect(outcome.createdBy).toBe('agent:test:model');
    expect(calls).toEqual([
      expect.objectContaining({
        app: 'notion',
        accountId: 'apn_notion',
        externalUserId: 'user-7',
        reason: 'no-recipe',
        review: 'direct',
        maxSteps: 5,
      }),
    ]);
    await connectFromRequest(deps, { app: 'dropbox', accountId: 'apn_box', agent: 'llm', dryRun: true });
    expect(calls[1]).toMatchObject({ app: 'dropbox', reason: 'requested', dryRun: true, externalUserId: 'user-8' });
  });

  it('without an agent port, refuses before any network call and keeps the store untouched', async () => {
    const deps = await depsFor('no-agent', { env: {} });
    const head = await deps.store.head();
    const error = await connectFromRequest(deps, { app: 'notion', accountId: 'apn_notion' }).catch((e) => e);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      'the LLM sync agent is not available yet; only catalog recipes can be installed (no recipe for "notion")',
    );
    const catalogOnly = await connectFromRequest(deps, {
      app: 'notion',
      accountId: 'apn_notion',
      agent: 'catalog',
    }).catch((e) => e);
    expect((catalogOnly as Error).message).toBe(
      'the catalog has no recipe for "notion" (--agent catalog / SYNCAGENT_AGENT=catalog)',
    );
    expect(await deps.store.head()).toBe(head);
  });

  it('checks that the account belongs to the app', async () => {
    const deps = await depsFor('wrong-app');
    const error = await connectFromRequest(deps, { app: 'dropbox', accountId: 'apn_notion' }).catch((e) => e);
    expect((error as Error).message).toBe('account apn_notion belongs to app "notion", not "dropbox"');
  });

  it('a dry run with the external user given needs no gateway settings', async () => {
    const deps = await depsFor('dry', { env: {} });
    const outcome = await connectFromRequest(deps, {
      app: 'dropbox',
      accountId: 'apn_box',
      externalUserId: 'user-8',
      dryRun: true,
    });
    expect(outcome).toMatchObject({
      slug: 'dropbox',
      status: 'dry-run',
      createdBy: expect.stringMatching(/^catalog:/),
    });
    // Without the external user the account must be looked up, so the settings are needed.
    const missing = await connectFromRequest(deps, { app: 'dropbox', accountId: 'apn_box', dryRun: true }).catch(
      (e) => e,
    );
    expect((missing as SyncError).code).toBe('missing_config');
  });
});
