import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runSyncAgent } from '../../../src/agent/index.js';
import { deleteSync, loadSync, syncStatus, tick } from '../../../src/engine/index.js';
import { messagingScript, type ScriptRequest, type ScriptTurn, toolResultValue } from '../../../src/testkit/index.js';
import { gitCli } from '../../support/git.js';
import { agentFixture, scriptedModel } from './support.js';

const fixture = agentFixture();
const connection = {
  app: 'pingpost',
  slug: 'pingpost',
  accountId: 'apn_sms',
  externalUserId: 'user-42',
  appName: 'Pingpost',
  allowedDomains: ['api.pingpost.example'],
};

describe('an api-only run', () => {
  it('(b) a send-only messaging API: SKILL.md and sync.json with its hosts, no handler, no mirror; tick and status treat it right', async () => {
    const seen: unknown[] = [];
    const turns = messagingScript();
    const script = (request: ScriptRequest): ScriptTurn => {
      seen.push(...request.toolResults.map(toolResultValue));
      return turns[request.turn] ?? { text: 'done' };
    };
    const run = await runSyncAgent({ deps: fixture.deps(), connection, model: scriptedModel(script) });
    expect(run).toMatchObject({
      flavor: 'api-only',
      hosts: ['api.pingpost.example'],
      exports: [],
      files: ['skills/pingpost/SKILL.md', 'handlers/pingpost/sync.json'],
    });
    // get_connection answered what Pipedream knows; the probe went through the gateway.
    expect(seen[0]).toMatchObject({ app: 'pingpost', appName: 'Pingpost', allowedDomains: ['api.pingpost.example'] });
    expect(seen[1]).toMatchObject({ status: 200, truncated: false });
    expect(JSON.parse((seen[1] as { text: string }).text)).toMatchObject({ sender_ids: ['SYNCAGENT'] });
    expect(fixture.apps.messaging.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /v1/account',
    ]);

    const root = fixture.root;
    expect(gitCli(root, 'ls-files', 'skills/pingpost', 'handlers/pingpost', 'mirrors/pingpost').split('\n')).toEqual([
      'handlers/pingpost/sync.json',
      'skills/pingpost/SKILL.md',
    ]);
    const { config } = await loadSync(fixture.store, 'pingpost');
    expect(config).toEqual({
      version: 1,
      slug: 'pingpost',
      app: 'pingpost',
      accountId: 'apn_sms',
      externalUserId: 'user-42',
      flavor: 'api-only',
      status: 'active',
      mirrorPrefix: 'mirrors/pingpost/',
      hosts: ['api.pingpost.example'],
      signals: {},
      createdBy: 'agent:openai-compatible:scripted-1',
    });
    const skill = await readFile(join(root, 'skills/pingpost/SKILL.md'), 'utf8');
    const frontmatter = parse(skill.slice(4, skill.indexOf('\n---\n')));
    expect(frontmatter.metadata).toMatchObject({ flavor: 'api-only', app: 'pingpost' });
    expect(frontmatter.metadata.mirror_prefix).toBeUndefined();
    expect(skill).toContain('call_api');
    expect(gitCli(root, 'log', '-1', '--format=%s')).toBe(
      'sync(pingpost): connect by agent, api-only: send-only SMS API: nothing to list; the agent sends messages and checks delivery on demand',
    );

    // tick has nothing to do for it; status shows it as api-only with nothing scheduled.
    const ticked = await tick(fixture.deps());
    expect(ticked.actions).toEqual([]);
    expect(ticked.skipped).toEqual(['pingpost']);
    const [row] = await syncStatus(fixture.store);
    expect(row).toMatchObject({ slug: 'pingpost', flavor: 'api-only', status: 'active', nextPollAt: null });
    expect(row?.invalid).toBeUndefined();
    // delete removes it in one commit.
    const removed = await deleteSync(fixture.deps(), 'pingpost');
    expect(removed.removed).toBe(2);
  });

  it('finish as api-only drops a handler and mirror the run had written, and needs hosts', async () => {
    const handler = 'export async function backfill(ctx) { await ctx.mirror.write("x.json", "{}\\n"); }';
    const skill = (messagingScript()[2] as ScriptTurn).toolCalls?.[0] as {
      name: string;
      input: Record<string, unknown>;
    };
    const seen: unknown[] = [];
    const turns: ScriptTurn[] = [
      { toolCalls: [{ name: 'create_sync_engine', input: { handler, hosts: ['api.pingpost.example'] } }] },
      { toolCalls: [{ name: 'run_in_sync', input: { export: 'backfill' } }] },
      { toolCalls: [skill] },
      { toolCalls: [{ name: 'finish', input: { flavor: 'api-only', reason: 'send-only', hosts: [] } }] },
      { toolCalls: [{ name: 'finish', input: { flavor: 'api-only', reason: 'send-only' } }] },
      { text: 'done' },
    ];
    const run = await runSyncAgent({
      deps: fixture.deps(),
      connection,
      model: scriptedModel((request) => {
        seen.push(...request.toolResults.map(toolResultValue));
        return turns[request.turn] ?? { text: 'done' };
      }),
    });
    expect((seen[3] as { error: { message: string } }).error.message).toContain('hosts');
    // Without hosts in the input, the run's sync.json hosts are used.
    expect(run).toMatchObject({ flavor: 'api-only', hosts: ['api.pingpost.example'] });
    expect(gitCli(fixture.root, 'ls-files', 'handlers/pingpost', 'mirrors/pingpost')).toBe(
      'handlers/pingpost/sync.json',
    );
  });
});
