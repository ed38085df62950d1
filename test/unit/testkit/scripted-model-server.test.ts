import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseModelScript,
  type ScriptedModelServer,
  startScriptedModelServer,
  toolResultValue,
} from '../../../src/testkit/index.js';

let server: ScriptedModelServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const echo = tool({
  description: 'echo the input back',
  inputSchema: jsonSchema<{ text: string; count: number }>({
    type: 'object',
    properties: { text: { type: 'string' }, count: { type: 'number' } },
    required: ['text', 'count'],
  }),
  execute: async (input) => ({ echoed: input.text.repeat(input.count) }),
});

function provider(baseURL: string, apiKey?: string) {
  return createOpenAICompatible({ name: 'scripted', baseURL, includeUsage: true, ...(apiKey ? { apiKey } : {}) });
}

describe('the scripted chat-completions server, through @ai-sdk/openai-compatible', () => {
  it('replays tool calls and text without streaming; the script sees the tool results', async () => {
    const seen: unknown[] = [];
    server = await startScriptedModelServer({
      model: 'replay',
      script: (request) => {
        seen.push(...request.toolResults.map(toolResultValue));
        return request.turn === 0
          ? {
              toolCalls: [
                { name: 'echo', input: { text: 'ab', count: 2 } },
                { name: 'echo', input: { text: 'c', count: 3 } },
              ],
            }
          : { text: `got ${request.toolResults.length} results` };
      },
    });
    const result = await generateText({
      model: provider(server.baseUrl).chatModel('replay'),
      prompt: 'go',
      tools: { echo },
      stopWhen: stepCountIs(5),
    });
    expect(result.text).toBe('got 2 results');
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0]?.toolCalls.map((call) => call.input)).toEqual([
      { text: 'ab', count: 2 },
      { text: 'c', count: 3 },
    ]);
    expect(seen).toEqual([{ echoed: 'abab' }, { echoed: 'ccc' }]);
    expect(result.totalUsage.inputTokens).toBeGreaterThan(0);
    expect(server.requests.map((request) => request.stream)).toEqual([false, false]);
    expect(server.requests[0]?.tools).toEqual(['echo']);
  });

  it('streams server-sent events: text deltas, tool calls in pieces, finish reason, usage, [DONE]', async () => {
    const longText = 'x'.repeat(100);
    server = await startScriptedModelServer({
      script: [
        { text: 'Calling.', toolCalls: [{ name: 'echo', input: { text: longText, count: 1 } }] },
        { text: 'Done.' },
      ],
      streamPieceChars: 10,
    });
    const result = streamText({
      model: provider(server.baseUrl).chatModel('scripted'),
      prompt: 'go',
      tools: { echo },
      stopWhen: stepCountIs(5),
    });
    const deltas: string[] = [];
    for await (const part of result.fullStream) if (part.type === 'tool-input-delta') deltas.push(part.delta);
    expect(await result.text).toBe('Done.');
    const steps = await result.steps;
    expect(steps[0]?.text).toBe('Calling.');
    expect(steps[0]?.toolResults[0]?.output).toEqual({ echoed: longText });
    expect(deltas.length).toBeGreaterThan(5);
    expect((await result.totalUsage).outputTokens).toBeGreaterThan(0);
    expect(server.requests.every((request) => request.stream)).toBe(true);
  });

  it('answers the OpenAI error shapes: a wrong key, an unknown model; and lists its model', async () => {
    server = await startScriptedModelServer({ script: [{ text: 'hi' }], apiKey: 'local-key-123', model: 'replay' });
    await expect(
      generateText({ model: provider(server.baseUrl, 'wrong').chatModel('replay'), prompt: 'x', maxRetries: 0 }),
    ).rejects.toThrow(/Incorrect API key/);
    await expect(
      generateText({ model: provider(server.baseUrl, 'local-key-123').chatModel('other'), prompt: 'x', maxRetries: 0 }),
    ).rejects.toThrow(/does not exist/);
    const ok = await generateText({
      model: provider(server.baseUrl, 'local-key-123').chatModel('replay'),
      prompt: 'x',
    });
    expect(ok.text).toBe('hi');
    const models = await fetch(`${server.baseUrl}/models`, { headers: { authorization: 'Bearer local-key-123' } });
    expect(await models.json()).toMatchObject({ object: 'list', data: [{ id: 'replay' }] });
  });

  it('a script past its turns answers text; script files are validated', async () => {
    server = await startScriptedModelServer({ script: parseModelScript('{"turns":[{"text":"only"}]}') });
    const model = provider(server.baseUrl).chatModel('scripted');
    expect((await generateText({ model, prompt: 'x' })).text).toBe('only');
    const second = await generateText({
      model,
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: 'only' },
        { role: 'user', content: 'more?' },
      ],
    });
    expect(second.text).toBe('The script has no more turns.');
    expect(() => parseModelScript('{"turns":[{}]}', 'script.json')).toThrow(/script.json: turns.0: a turn has text/);
    expect(() => parseModelScript('{"turns":[{"toolCalls":[{"name":"x"}]}]}', 'script.json')).toThrow(/input/);
    expect(() => parseModelScript('not json', 'script.json')).toThrow(/not valid JSON/);
  });
});
