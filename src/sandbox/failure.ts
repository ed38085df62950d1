import { SandboxError } from '../errors.js';
import type { SandboxErrorData, SandboxFailureReason, ThrownErrorInfo } from './types.js';

/** Which call a failure belongs to: the file, and the export (null while inspecting). */
export interface CallLabel {
  filename: string;
  exportName: string | null;
}

/** Raised inside the sandbox code to end a call; turned into a SandboxError at the edge. */
export class SandboxFailure extends Error {
  constructor(
    readonly reason: SandboxFailureReason,
    readonly detail: string,
    readonly extra: Partial<SandboxErrorData> = {},
  ) {
    super(detail);
  }
}

/** Builds the SandboxError for a failure: "<file> <export>: <detail>", data { filename, exportName, reason, ... }. */
export function toSandboxError(label: CallLabel, failure: SandboxFailure, cause?: unknown): SandboxError {
  const prefix = label.exportName === null ? label.filename : `${label.filename} ${label.exportName}`;
  const data: SandboxErrorData = {
    ...failure.extra,
    filename: label.filename,
    exportName: label.exportName,
    reason: failure.reason,
  };
  return new SandboxError(`${prefix}: ${failure.detail}`, cause === undefined ? { data } : { data, cause });
}

/** "Error: boom (at handlers/x/handler.js:3:11)": one line for a value the handler threw. */
export function formatThrown(info: ThrownErrorInfo): string {
  const head = info.message ? `${info.name}: ${info.message}` : info.name;
  const location = firstLocation(info.stack);
  return location ? `${head} (at ${location})` : head;
}

/** Parses what the isolate's `describe` helper returned, keeping only well-typed fields. */
export function parseThrownInfo(json: string | undefined): ThrownErrorInfo {
  const fallback: ThrownErrorInfo = {
    name: 'Error',
    message: 'the handler failed with a value that could not be described',
  };
  if (json === undefined) return fallback;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fallback;
  }
  if (value === null || typeof value !== 'object') return fallback;
  const record = value as Record<string, unknown>;
  const info: ThrownErrorInfo = {
    name: typeof record.name === 'string' ? record.name : 'Error',
    message: typeof record.message === 'string' ? record.message : '',
  };
  if (typeof record.stack === 'string' && record.stack.trim()) info.stack = record.stack;
  if (typeof record.code === 'string') info.code = record.code;
  if (typeof record.status === 'number') info.status = record.status;
  return info;
}

function firstLocation(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  for (const line of stack.split('\n')) {
    const match = /\(?([^()\s]+:\d+(?::\d+)?)\)?\s*$/.exec(line.trim());
    if (match?.[1]) return match[1];
  }
  return undefined;
}
