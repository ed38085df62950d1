import { jsonSchema, type Tool, tool, zodSchema } from 'ai';
import { scrubSecrets } from '../../gateway/index.js';
import type { AgentSession } from '../session.js';
import { type AnyAgentTool, parseToolInput, type ToolFailure, toToolFailure } from './agent-tool.js';
import { createSyncEngineTool } from './create-sync-engine.js';
import { deleteSyncTool } from './delete-sync.js';
import { finishTool } from './finish.js';
import { getConnectionTool } from './get-connection.js';
import { grepMirrorTool } from './grep-mirror.js';
import { httpRequestTool } from './http-request.js';
import { listMirrorTool } from './list-mirror.js';
import { readMirrorTool } from './read-mirror.js';
import { runInSyncTool } from './run-in-sync.js';
import { skillExistsTool } from './skill-exists.js';
import { writeSkillTool } from './write-skill.js';

export { isToolFailure, type ToolFailure } from './agent-tool.js';

/** The sync agent's tools, in the order of DESIGN section 7. */
export const agentTools: readonly AnyAgentTool[] = [
  getConnectionTool,
  httpRequestTool,
  skillExistsTool,
  createSyncEngineTool,
  runInSyncTool,
  readMirrorTool,
  listMirrorTool,
  grepMirrorTool,
  writeSkillTool,
  deleteSyncTool,
  finishTool,
] as unknown as readonly AnyAgentTool[];

/** How one tool call went, for the trace and the progress line. */
export interface ToolCallRecord {
  tool: string;
  /** One line: what was asked and what came back. */
  line: string;
  ok: boolean;
  ms: number;
  /** The answer as the model got it (JSON). */
  output: unknown;
}

/** Options of createAgentToolSet. */
export interface AgentToolSetOptions {
  /** Values that must never reach the model (provider keys, the Pipedream secret, tokens): replaced in every answer. */
  secrets: string[];
  /** Called once per finished tool call, keyed by the call id. */
  onCall?: (toolCallId: string, record: ToolCallRecord) => void;
  /** Tool options for the provider (Anthropic prompt caching), set on the last tool. */
  lastToolProviderOptions?: Tool['providerOptions'];
}

/**
 * The AI SDK tool set over one session. The model sees each tool's strict JSON schema; the input is validated here,
 * with zod, so a bad input is answered `{ error: { code: "invalid_input", message } }` like every other failure.
 * Calls run one at a time; every answer is JSON with the known secrets replaced.
 */
export function createAgentToolSet(session: AgentSession, options: AgentToolSetOptions): Record<string, Tool> {
  const tools: Record<string, Tool> = {};
  agentTools.forEach((spec, position) => {
    const last = position === agentTools.length - 1;
    tools[spec.name] = tool({
      description: spec.description,
      inputSchema: jsonSchema(() => zodSchema(spec.inputSchema).jsonSchema),
      ...(last && options.lastToolProviderOptions ? { providerOptions: options.lastToolProviderOptions } : {}),
      execute: (raw: unknown, { toolCallId }) =>
        session.serialize(async () => {
          const started = Date.now();
          let output: unknown;
          let line: string;
          let ok = true;
          try {
            const input = parseToolInput(spec, raw);
            output = await spec.execute(session, input as never);
            line = spec.describe(input as never, output);
          } catch (error) {
            const failure: ToolFailure = toToolFailure(error);
            ok = false;
            output = failure;
            line = `error ${failure.error.code}: ${failure.error.message.split('\n')[0]?.slice(0, 200)}`;
            if (failure.error.code === 'internal') {
              session.deps.logger.error('agent-tool-bug', { tool: spec.name, message: failure.error.message });
            }
          }
          const safe = scrub(output, options.secrets);
          options.onCall?.(toolCallId, {
            tool: spec.name,
            line: scrubSecrets(line, options.secrets),
            ok,
            ms: Date.now() - started,
            output: safe,
          });
          return safe;
        }),
    });
  });
  return tools;
}

/** `value` with every known secret replaced, as JSON (the only form the model gets). */
function scrub(value: unknown, secrets: string[]): unknown {
  const text = JSON.stringify(value ?? null);
  if (!secrets.some((secret) => secret.length >= 4 && text.includes(secret))) return value ?? null;
  return JSON.parse(scrubSecrets(text, secrets)) as unknown;
}
