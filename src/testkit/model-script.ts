import { z } from 'zod';
import { formatIssues } from '../config.js';
import { InvalidInputError } from '../errors.js';

/** One tool call a scripted model makes. */
export interface ScriptToolCall {
  name: string;
  input: Record<string, unknown>;
}

/** One answer of a scripted model: tool calls (run in order), and/or text. */
export interface ScriptTurn {
  text?: string;
  toolCalls?: ScriptToolCall[];
}

/** A tool result the model received since its previous answer. */
export interface ScriptToolResult {
  /** The tool's name, when the request says it. */
  name?: string;
  /** The result as sent to the model (JSON text for syncagent's tools). */
  content: string;
}

/** What a dynamic script sees of the request it answers. */
export interface ScriptRequest {
  /** 0-based: how many answers the script gave before this one. */
  turn: number;
  /** The tool names the request offers. */
  tools: string[];
  /** The results of the previous answer's tool calls, in order. */
  toolResults: ScriptToolResult[];
}

/** A script: fixed turns replayed in order, or a function choosing each answer from the request. */
export type ModelScript = readonly ScriptTurn[] | ((request: ScriptRequest) => ScriptTurn);

/** What a script answers once its turns are used up: text without tool calls (the agent then ends without finish). */
export const exhaustedTurn: ScriptTurn = { text: 'The script has no more turns.' };

const turnSchema = z
  .strictObject({
    text: z.string().optional(),
    toolCalls: z
      .array(z.strictObject({ name: z.string().min(1), input: z.record(z.string(), z.unknown()) }))
      .optional(),
  })
  .refine((turn) => turn.text !== undefined || (turn.toolCalls?.length ?? 0) > 0, {
    message: 'a turn has text or at least one tool call',
  });

/** zod schema of a script file: `{ "turns": [{ "toolCalls": [{ "name", "input" }] }, { "text" }] }`. */
export const modelScriptFileSchema = z.strictObject({ turns: z.array(turnSchema).min(1) });

/** Parses a script file's JSON text; problems are `invalid_input` naming the file and the field. */
export function parseModelScript(text: string, file = 'model script'): ScriptTurn[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = modelScriptFileSchema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError(formatIssues(file, parsed.error));
  return parsed.data.turns;
}

/** The script's answer to a request (the exhausted turn past the end of fixed turns). */
export function nextTurn(script: ModelScript, request: ScriptRequest): ScriptTurn {
  if (typeof script === 'function') return script(request);
  return script[request.turn] ?? exhaustedTurn;
}

/** The parsed JSON of a tool result, or its text when it is not JSON. */
export function toolResultValue(result: ScriptToolResult | undefined): unknown {
  if (result === undefined) return undefined;
  try {
    return JSON.parse(result.content) as unknown;
  } catch {
    return result.content;
  }
}
