import type { QuickJSHandle } from 'quickjs-emscripten-core';
import { InternalError, SyncError } from '../errors.js';
import { type CallLabel, SandboxFailure, toSandboxError } from './failure.js';
import { Isolate, type IsolateOptions } from './isolate.js';
import { resolveLimits } from './limits.js';
import type { RunModuleOptions } from './types.js';
import { acquireWasmModule, releaseWasmModule, retireWasmModule, type WasmModuleRecord } from './wasm-module.js';

/**
 * Runs one export of an untrusted ES module in a fresh QuickJS isolate with `ctx` bridged to
 * `options.host`, and returns the export's awaited result as a JSON value (undefined for void).
 * Any limit hit, thrown error or rejected promise is a SandboxError naming the file and the export,
 * with `data.reason` saying which.
 */
export async function runModule(options: RunModuleOptions): Promise<unknown> {
  const label: CallLabel = { filename: options.filename, exportName: options.exportName };
  const limits = resolveLimits(options.limits);
  if (options.signal?.aborted) throw toSandboxError(label, new SandboxFailure('aborted', 'aborted before it started'));
  const args = options.args ?? [];
  return withModule(
    { limits, label, host: options.host, syncData: options.ctxData.sync, signal: options.signal },
    `sync:${options.ctxData.sync.slug}`,
    options.source,
    (isolate, namespace) => isolate.callExport(namespace, options.exportName, args),
  );
}

/**
 * Evaluates `source` in a fresh isolate (on a WASM module of pool `poolKey`, one per sync) and hands it and
 * the module namespace to `use`; the isolate, the namespace and the WASM module are released afterwards, and whatever escapes becomes the
 * caller-facing error (see asSandboxError).
 */
export async function withModule<T>(
  options: Omit<IsolateOptions, 'wasm'>,
  poolKey: string,
  source: string,
  use: (isolate: Isolate, namespace: QuickJSHandle) => T | Promise<T>,
): Promise<T> {
  const wasm = await acquireWasmModule(options.limits.memoryBytes, poolKey);
  let isolate: Isolate | undefined;
  let namespace: QuickJSHandle | undefined;
  try {
    isolate = new Isolate({ ...options, wasm });
    namespace = await isolate.evaluateModule(source);
    return await use(isolate, namespace);
  } catch (error) {
    throw asSandboxError(options.label, error, wasm);
  } finally {
    if (namespace?.alive && !wasm.poisoned) namespace.dispose();
    isolate?.dispose();
    releaseWasmModule(wasm);
  }
}

/** Maps what escaped an isolate to the error the caller sees (and retires a module after a memory hit). */
function asSandboxError(label: CallLabel, error: unknown, wasm: WasmModuleRecord): SyncError {
  if (error instanceof SandboxFailure) {
    if (error.reason === 'memory') retireWasmModule(wasm);
    return toSandboxError(label, error);
  }
  if (SyncError.isInstance(error)) return error;
  return new InternalError(error);
}
