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

/** One tool call of a run as a flat row: what a pull request body or a job summary lists, one line per call. */
export interface TraceRow {
  step: number;
  tool: string;
  ok: boolean;
  summary: string;
  inputDigest: string;
  resultDigest: string;
  /** The step's tokens, on its first row. */
  tokens?: number;
  ms: number;
}

/** The trace as rows, one per tool call (a step without a call is one row with tool `(text)`). */
export function traceRows(steps: TraceStep[]): TraceRow[] {
  const rows: TraceRow[] = [];
  for (const step of steps) {
    const tokens = step.inputTokens + step.outputTokens;
    if (step.calls.length === 0) {
      rows.push({
        step: step.step,
        tool: '(text)',
        ok: true,
        summary: step.text ?? step.finishReason,
        inputDigest: '-',
        resultDigest: '-',
        tokens,
        ms: step.ms,
      });
      continue;
    }
    step.calls.forEach((call, index) => {
      rows.push({
        step: step.step,
        tool: call.tool,
        ok: call.ok,
        summary: call.summary,
        inputDigest: call.inputDigest,
        resultDigest: call.resultDigest,
        ...(index === 0 ? { tokens } : {}),
        ms: call.ms,
      });
    });
  }
  return rows;
}
