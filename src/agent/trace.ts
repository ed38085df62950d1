import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { IoError } from '../errors.js';

/** One tool call of a step, as the trace keeps it: never the input or the answer themselves, only digests. */
export interface TraceCall {
  tool: string;
  ok: boolean;
  /** One line: what was asked and what came back (e.g. `GET https://api.example.com/v1/items → 200 (3.1 KiB)`). */
  summary: string;
  /** `sha256:<16 hex>` of the input's JSON, and its size. */
  inputDigest: string;
  inputBytes: number;
  /** `sha256:<16 hex>` of the answer's JSON, and its size. */
  resultDigest: string;
  resultBytes: number;
  ms: number;
}

/** One step of the agent (one model answer and the tool calls it made): a line of `--trace FILE`. */
export interface TraceStep {
  step: number;
  at: string;
  /** Wall time of the step: the model's answer and the tool calls. */
  ms: number;
  inputTokens: number;
  outputTokens: number;
  /** Input tokens read from the provider's prompt cache, when it says. */
  cachedInputTokens?: number;
  finishReason: string;
  calls: TraceCall[];
  /** The head of the model's text in this step, if it wrote any. */
  text?: string;
}

/** A short content digest: enough to tell answers apart and to check a value against the trace. */
export function digest(value: unknown): { digest: string; bytes: number } {
  const text = JSON.stringify(value ?? null);
  return {
    digest: `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
    bytes: Buffer.byteLength(text),
  };
}

/** The progress line of a step (stderr): `agent step 3/60: http_request GET … → 200 (1.2 KiB) · 812 ms · 2,345 tokens`. */
export function formatStepLine(step: TraceStep, maxSteps: number): string {
  const calls = step.calls.length
    ? step.calls.map((call) => `${call.tool}${call.ok ? '' : ' ✗'} ${call.summary}`).join('; ')
    : `(${step.finishReason}${step.text ? `: ${step.text.slice(0, 80)}` : ''})`;
  const tokens = (step.inputTokens + step.outputTokens).toLocaleString('en-US');
  return `agent step ${step.step}/${maxSteps}: ${calls} · ${step.ms} ms · ${tokens} tokens`;
}

/** A trace file (`--trace FILE`): truncated when opened, then one NDJSON line per step, written as the run goes. */
export interface TraceFile {
  write(step: TraceStep): Promise<void>;
  close(): Promise<void>;
}

/** Opens (and truncates) the trace file; a file that cannot be written is an `io` error before the run starts. */
export async function openTraceFile(path: string): Promise<TraceFile> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'w');
  } catch (error) {
    throw new IoError(`--trace: cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
  return {
    write: async (step) => {
      await handle.appendFile(`${JSON.stringify(step)}\n`);
    },
    close: () => handle.close(),
  };
}
