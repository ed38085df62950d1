import type { ServerResponse } from 'node:http';
import { type RecordedRequest, sendJson, startLoopbackServer } from './http-server.js';
import { type ModelScript, nextTurn, type ScriptToolResult, type ScriptTurn } from './model-script.js';

/*
 * An OpenAI-compatible chat-completions server on loopback that replays a script: what tests, the demo and users
 * without a key drive the sync agent with (`SYNCAGENT_MODEL=openai-compatible:<model>`,
 * `SYNCAGENT_MODEL_BASE_URL=<url>`). The wire format is OpenAI's
 * (https://platform.openai.com/docs/api-reference/chat): `POST {base}/chat/completions` with `{ model, messages, tools,
 * stream?, stream_options? }`; a non-streaming answer is a `chat.completion` whose `choices[0].message` carries
 * `content` and `tool_calls: [{ id, type: "function", function: { name, arguments: "<JSON text>" } }]`; a streaming
 * answer is server-sent events of `chat.completion.chunk`s (the first delta of each tool call carries its id and name,
 * the arguments follow in pieces, a chunk carries `finish_reason`, a last one `usage` when asked) ending with
 * `data: [DONE]`. Errors use OpenAI's `{ error: { message, type, code } }`. `GET {base}/models` lists the model.
 */

/** Options of the scripted server. */
export interface ScriptedModelServerOptions {
  script: ModelScript;
  /** The model name it answers as (default `scripted`); requests for another model get 404. */
  model?: string;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Characters of each streamed argument piece (default 24): tool calls arrive in several deltas, as real servers send them. */
  streamPieceChars?: number;
}

/** One chat-completions request the server answered. */
export interface ScriptedModelRequest {
  model: string;
  stream: boolean;
  messages: ChatMessage[];
  tools: string[];
  /** The body as received: what the model was sent, for tests that look for leaks. */
  raw: string;
}

/** A running scripted server. */
export interface ScriptedModelServer {
  /** The base URL to give as SYNCAGENT_MODEL_BASE_URL, ending in `/v1`. */
  baseUrl: string;
  model: string;
  /** Every chat-completions request, oldest first. */
  requests: ScriptedModelRequest[];
  close(): Promise<void>;
}

/** A chat message as the OpenAI wire format carries it (the fields the server reads). */
export interface ChatMessage {
  role: string;
  content?: unknown;
  tool_calls?: Array<{ id?: string; function?: { name?: string; arguments?: string } }>;
  tool_call_id?: string;
}

/** Starts the scripted server on 127.0.0.1 with an ephemeral port. */
export async function startScriptedModelServer(options: ScriptedModelServerOptions): Promise<ScriptedModelServer> {
  const model = options.model ?? 'scripted';
  const pieceChars = options.streamPieceChars ?? 24;
  const requests: ScriptedModelRequest[] = [];
  let served = 0;

  const fail = (response: ServerResponse, status: number, message: string, type: string, code: string | null) =>
    sendJson(response, status, { error: { message, type, param: null, code } });

  async function handle(request: RecordedRequest, response: ServerResponse): Promise<void> {
    if (options.apiKey !== undefined && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      return fail(response, 401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
    }
    if (request.method === 'GET' && request.path === '/v1/models') {
      return sendJson(response, 200, {
        object: 'list',
        data: [{ id: model, object: 'model', created: 0, owned_by: 'syncagent-testkit' }],
      });
    }
    if (request.path !== '/v1/chat/completions') {
      return fail(
        response,
        404,
        `Unknown request URL: ${request.method} ${request.path}.`,
        'invalid_request_error',
        'unknown_url',
      );
    }
    if (request.method !== 'POST') return fail(response, 405, 'Use POST.', 'invalid_request_error', null);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      return fail(response, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null);
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return fail(response, 400, "'messages' must be a non-empty array.", 'invalid_request_error', null);
    }
    if (body.model !== model) {
      return fail(
        response,
        404,
        `The model '${String(body.model)}' does not exist.`,
        'invalid_request_error',
        'model_not_found',
      );
    }
    const messages = body.messages as ChatMessage[];
    const tools = Array.isArray(body.tools)
      ? (body.tools as Array<{ function?: { name?: string } }>).map((entry) => entry.function?.name ?? '')
      : [];
    const stream = body.stream === true;
    requests.push({ model, stream, messages, tools, raw: request.body });
    // The turn is the number of answers already in the conversation: a retried request gets the same answer.
    const turn = messages.filter((message) => message.role === 'assistant').length;
    const scripted = nextTurn(options.script, { turn, tools, toolResults: trailingToolResults(messages) });
    served += 1;
    const id = `chatcmpl-scripted-${served}`;
    const created = Math.floor(Date.now() / 1000);
    const calls = (scripted.toolCalls ?? []).map((call, index) => ({
      id: `call_${served}_${index}`,
      type: 'function' as const,
      function: { name: call.name, arguments: JSON.stringify(call.input) },
    }));
    const finishReason = calls.length > 0 ? 'tool_calls' : 'stop';
    const usage = usageOf(request.body, scripted);
    if (!stream) {
      return sendJson(response, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: scripted.text ?? null,
              ...(calls.length > 0 ? { tool_calls: calls } : {}),
            },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        usage,
      });
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      })}\n\n`;
    const events: string[] = [chunk({ role: 'assistant', content: '' })];
    if (scripted.text) {
      for (const piece of pieces(scripted.text, pieceChars)) events.push(chunk({ content: piece }));
    }
    calls.forEach((call, index) => {
      events.push(
        chunk({
          tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }],
        }),
      );
      for (const piece of pieces(call.function.arguments, pieceChars)) {
        events.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
      }
    });
    events.push(chunk({}, finishReason));
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) {
      events.push(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`,
      );
    }
    events.push('data: [DONE]\n\n');
    for (const event of events) response.write(event);
    response.end();
  }

  const server = await startLoopbackServer(handle);
  return { baseUrl: `${server.url}/v1`, model, requests, close: server.close };
}

/** The tool results after the conversation's last assistant message, named from that message's tool calls. */
function trailingToolResults(messages: ChatMessage[]): ScriptToolResult[] {
  const results: ScriptToolResult[] = [];
  let index = messages.length - 1;
  while (index >= 0 && messages[index]?.role === 'tool') index -= 1;
  const names = new Map<string, string>();
  for (const call of messages[index]?.role === 'assistant' ? (messages[index]?.tool_calls ?? []) : []) {
    if (call.id && call.function?.name) names.set(call.id, call.function.name);
  }
  for (const message of messages.slice(index + 1)) {
    const content = typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? null);
    const name = message.tool_call_id ? names.get(message.tool_call_id) : undefined;
    results.push(name ? { name, content } : { content });
  }
  return results;
}

/** Token counts as a rough chars/4 estimate: enough for usage to add up in summaries. */
function usageOf(requestBody: string, turn: ScriptTurn): Record<string, number> {
  const prompt = Math.ceil(requestBody.length / 4);
  const completion = Math.max(
    1,
    Math.ceil(((turn.text ?? '').length + JSON.stringify(turn.toolCalls ?? []).length) / 4),
  );
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length; start += size) out.push(text.slice(start, start + size));
  return out;
}
