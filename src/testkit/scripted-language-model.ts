import { MockLanguageModelV3 } from 'ai/test';
import { type ModelScript, nextTurn, type ScriptToolResult } from './model-script.js';

// The provider-spec types, named through the mock (`ai` does not re-export them).
type LanguageModelV3CallOptions = Parameters<MockLanguageModelV3['doGenerate']>[0];
type LanguageModelV3GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;
type LanguageModelV3Content = LanguageModelV3GenerateResult['content'][number];

/**
 * A scripted model in process: `MockLanguageModelV3` from `ai/test` answering each call with the script's next turn
 * (same script format as the scripted server), instantly. Its `doGenerateCalls` keep every prompt it was sent.
 */
export function scriptedLanguageModel(
  script: ModelScript,
  options: { provider?: string; modelId?: string } = {},
): MockLanguageModelV3 {
  let served = 0;
  return new MockLanguageModelV3({
    provider: options.provider ?? 'scripted',
    modelId: options.modelId ?? 'scripted',
    doGenerate: async (call: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> => {
      const turn = call.prompt.filter((message) => message.role === 'assistant').length;
      const tools = (call.tools ?? []).map((tool) => tool.name);
      const scripted = nextTurn(script, { turn, tools, toolResults: trailingToolResults(call) });
      served += 1;
      const content: LanguageModelV3Content[] = [];
      if (scripted.text) content.push({ type: 'text', text: scripted.text });
      (scripted.toolCalls ?? []).forEach((toolCall, index) => {
        content.push({
          type: 'tool-call',
          toolCallId: `call_${served}_${index}`,
          toolName: toolCall.name,
          input: JSON.stringify(toolCall.input),
        });
      });
      const promptChars = JSON.stringify(call.prompt).length;
      const outputChars = JSON.stringify(content).length;
      return {
        content,
        finishReason: {
          unified: scripted.toolCalls?.length ? 'tool-calls' : 'stop',
          raw: scripted.toolCalls?.length ? 'tool_calls' : 'stop',
        },
        usage: {
          inputTokens: {
            total: Math.ceil(promptChars / 4),
            noCache: undefined,
            cacheRead: undefined,
            cacheWrite: undefined,
          },
          outputTokens: { total: Math.ceil(outputChars / 4), text: undefined, reasoning: undefined },
        },
        warnings: [],
      };
    },
  });
}

function trailingToolResults(call: LanguageModelV3CallOptions): ScriptToolResult[] {
  const results: ScriptToolResult[] = [];
  for (let index = call.prompt.length - 1; index >= 0; index -= 1) {
    const message = call.prompt[index];
    if (message?.role !== 'tool') break;
    const parts: ScriptToolResult[] = [];
    for (const part of message.content) {
      if (part.type !== 'tool-result') continue;
      const output = part.output;
      const content =
        output.type === 'json' || output.type === 'error-json'
          ? JSON.stringify(output.value)
          : output.type === 'text' || output.type === 'error-text'
            ? output.value
            : JSON.stringify(output);
      parts.push({ name: part.toolName, content });
    }
    results.unshift(...parts);
  }
  return results;
}
