import { describe, expect, it } from 'vitest';
import { resolveModel, runSyncAgent } from '../../../src/agent/index.js';
import type { SyncError } from '../../../src/errors.js';
import { agentFixture } from './support.js';

const fixture = agentFixture();

describe('resolveModel (SYNCAGENT_MODEL)', () => {
  it('names each provider and its model, and the createdBy of sync.json', () => {
    expect(
      resolveModel({ SYNCAGENT_MODEL: 'anthropic:claude-sonnet-4-5', ANTHROPIC_API_KEY: 'sk-ant-1234567890' }),
    ).toMatchObject({
      provider: 'anthropic',
      modelId: 'claude-sonnet-4-5',
      id: 'anthropic:claude-sonnet-4-5',
      createdBy: 'agent:anthropic:claude-sonnet-4-5',
      secrets: ['sk-ant-1234567890'],
    });
    const openai = resolveModel({ SYNCAGENT_MODEL: 'openai:gpt-5-mini', OPENAI_API_KEY: 'sk-openai-123456' });
    expect(openai.model).toMatchObject({ provider: 'openai.responses', modelId: 'gpt-5-mini' });
    const local = resolveModel({
      SYNCAGENT_MODEL: 'openai-compatible:llama3.1',
      SYNCAGENT_MODEL_BASE_URL: 'http://127.0.0.1:11434/v1/',
    });
    expect(local.model).toMatchObject({ provider: 'openai-compatible.chat', modelId: 'llama3.1' });
    expect(local.secrets).toEqual([]);
    // SYNCAGENT_MODEL_API_KEY serves any provider.
    expect(
      resolveModel({ SYNCAGENT_MODEL: 'openai:gpt-5', SYNCAGENT_MODEL_API_KEY: 'sk-shared-123456' }).secrets,
    ).toEqual(['sk-shared-123456']);
  });

  it('a missing model, key or base URL is missing_config naming the variable; a bad value is invalid_input', () => {
    const failure = (env: NodeJS.ProcessEnv) => {
      try {
        resolveModel(env);
      } catch (error) {
        return error as SyncError;
      }
      throw new Error('expected a failure');
    };
    expect(failure({})).toMatchObject({ code: 'missing_config', data: { variable: 'SYNCAGENT_MODEL' } });
    expect(failure({ SYNCAGENT_MODEL: 'anthropic:claude-x' })).toMatchObject({
      code: 'missing_config',
      data: { variable: 'ANTHROPIC_API_KEY' },
    });
    expect(failure({ SYNCAGENT_MODEL: 'openai:gpt-5' }).data.variable).toBe('OPENAI_API_KEY');
    expect(failure({ SYNCAGENT_MODEL: 'openai-compatible:x' }).data.variable).toBe('SYNCAGENT_MODEL_BASE_URL');
    expect(failure({ SYNCAGENT_MODEL: 'gemini:pro' })).toMatchObject({ code: 'invalid_input' });
    expect(failure({ SYNCAGENT_MODEL: 'anthropic:' }).message).toContain('SYNCAGENT_MODEL');
    expect(failure({ SYNCAGENT_MODEL: 'openai-compatible:x', SYNCAGENT_MODEL_BASE_URL: 'localhost:1' }).code).toBe(
      'invalid_input',
    );
  });
});

describe('Anthropic prompt caching', () => {
  it('marks the system prompt, the tools and the conversation so far as cache breakpoints, and the key stays out', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const headers: Array<Record<string, string>> = [];
    const key = 'sk-ant-api03-secret-key-0123456789';
    const fakeFetch = (async (_url: string | URL | Request, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      headers.push(Object.fromEntries(new Headers(init?.headers).entries()));
      return new Response(
        JSON.stringify({
          id: `msg_${bodies.length}`,
          type: 'message',
          role: 'assistant',
          model: 'claude-test',
          content: [{ type: 'text', text: 'Nothing to do.' }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: {
            input_tokens: 1200,
            output_tokens: 5,
            cache_read_input_tokens: 1000,
            cache_creation_input_tokens: 0,
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    }) as typeof fetch;
    const model = resolveModel(
      { SYNCAGENT_MODEL: 'anthropic:claude-test', ANTHROPIC_API_KEY: key },
      { fetch: fakeFetch },
    );
    const error = (await runSyncAgent({
      deps: fixture.deps({ env: { ...fixture.apps.env, ANTHROPIC_API_KEY: key } }),
      connection: { app: 'ticketdesk', slug: 'ticketdesk', accountId: 'apn_tickets', externalUserId: 'user-42' },
      model,
    }).catch((caught) => caught)) as SyncError;
    expect(error.code).toBe('agent');
    expect(bodies).toHaveLength(3);
    const [first, second] = bodies as [Record<string, unknown>, Record<string, unknown>];
    const system = first.system as Array<{ type: string; text: string; cache_control?: unknown }>;
    expect(system.at(-1)?.cache_control).toEqual({ type: 'ephemeral' });
    expect(system[0]?.text).toContain('The prime directive');
    const tools = first.tools as Array<{ name: string; cache_control?: unknown }>;
    expect(tools.map((tool) => tool.name)).toEqual([
      'get_connection',
      'http_request',
      'skill_exists',
      'create_sync_engine',
      'run_in_sync',
      'read_mirror',
      'list_mirror',
      'grep_mirror',
      'write_skill',
      'delete_sync',
      'finish',
    ]);
    expect(tools.at(-1)?.cache_control).toEqual({ type: 'ephemeral' });
    // The conversation's last message carries the rolling breakpoint.
    const messages = second.messages as Array<{ content: Array<{ cache_control?: unknown }> }>;
    expect(messages.at(-1)?.content.at(-1)?.cache_control).toEqual({ type: 'ephemeral' });
    expect(headers[0]?.['x-api-key']).toBe(key);
    // The key never reaches the prompt, the trace or the error.
    expect(JSON.stringify(bodies)).not.toContain(key);
    expect(JSON.stringify(error.toJSON())).not.toContain(key);
    expect((error.data.usage as { cachedInputTokens: number }).cachedInputTokens).toBe(3000);
  });
});
