import type { z } from 'zod';
import { formatIssues } from '../../config.js';
import { InvalidInputError, toSyncError } from '../../errors.js';
import type { AgentSession } from '../session.js';

/** What a failed tool call answers the model (DESIGN section 7): data it can act on, not the end of the run. */
export interface ToolFailure {
  error: { code: string; message: string; [detail: string]: unknown };
}

/** One tool of the sync agent: a contract name, a strict zod input, a description written for the model. */
export interface AgentToolSpec<Input, Result> {
  name: string;
  description: string;
  /** Strict: unknown keys are refused. */
  inputSchema: z.ZodType<Input>;
  execute(session: AgentSession, input: Input): Promise<Result>;
  /** One line for the progress display and the trace, e.g. `GET https://api.example.com/v1/tickets → 200 (3.1 KiB)`. */
  describe(input: Input, result: Result): string;
}

/** A tool spec with its types erased, for the registry. */
export type AnyAgentTool = AgentToolSpec<never, unknown>;

/** Declares a tool (a typed identity: keeps each tool file's types checked). */
export function defineAgentTool<Input, Result>(spec: AgentToolSpec<Input, Result>): AgentToolSpec<Input, Result> {
  return spec;
}

/** True when a tool answered with a failure. */
export function isToolFailure(value: unknown): value is ToolFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as ToolFailure).error === 'object' &&
    (value as ToolFailure).error !== null &&
    typeof (value as ToolFailure).error.code === 'string'
  );
}

/** Validates the model's input against the tool's schema; every issue is `path: message`. */
export function parseToolInput<Input>(spec: AgentToolSpec<Input, unknown>, input: unknown): Input {
  const parsed = spec.inputSchema.safeParse(input ?? {});
  if (!parsed.success) throw new InvalidInputError(formatIssues(`${spec.name} input`, parsed.error));
  return parsed.data;
}

/** An error as the model sees it (a bug too: the run goes on, and the log keeps the stack). */
export function toToolFailure(error: unknown): ToolFailure {
  const syncError = toSyncError(error);
  const failure: ToolFailure = { error: { code: syncError.code, message: syncError.message } };
  // An API error keeps its status and the (already redacted) body excerpt: what probing needs to see.
  const { status, body } = syncError.data;
  if (typeof status === 'number') failure.error.status = status;
  if (typeof body === 'string' && body !== '') failure.error.body = body;
  return failure;
}
