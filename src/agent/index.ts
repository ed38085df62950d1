/** The LLM sync agent (DESIGN section 7): model selection, system prompt, tools, and the run loop. */
export { type AgentConnectInput, type AgentConnectOutcome, connectWithAgent } from './connect-agent.js';
export { type ModelProvider, modelProviders, parseModelSetting, type ResolvedModel, resolveModel } from './model.js';
export {
  type AgentRunOptions,
  type AgentRunResult,
  type AgentUsage,
  defaultMaxMinutes,
  defaultMaxSteps,
  runSyncAgent,
} from './run-agent.js';
export type { AgentConnection, FinishDecision } from './session.js';
export { llmSyncAgent } from './sync-agent.js';
export { buildSystemPrompt } from './system-prompt.js';
export { agentTools } from './tools/index.js';
export {
  openTraceFile,
  type TraceCall,
  type TraceFile,
  type TraceRow,
  type TraceStep,
  traceRows,
} from './trace.js';
