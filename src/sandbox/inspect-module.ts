import { SandboxFailure, toSandboxError, type CallLabel } from './failure.js';
import { Isolate } from './isolate.js';
import { resolveLimits } from './limits.js';
import { asSandboxError } from './run-module.js';
import type { SandboxLimits } from './types.js';
import { acquireWasmModule, releaseWasmModule } from './wasm-module.js';

// Inspection runs only the module's top level, so it gets a shorter deadline than a call.
const inspectTimeoutMs = 10_000;

/**
 * Compiles and evaluates `source` in a fresh isolate with no host functions and lists its exports
 * (sorted, as the module namespace lists them). A syntax error, a refused import or a throwing top
 * level is a SandboxError (`data.reason` 'syntax', 'import', 'threw', ...).
 */
export async function inspectModule(source: string, filename: string, limits?: SandboxLimits): Promise<{ exports: string[] }> {
  const label: CallLabel = { filename, exportName: null };
  const resolved = resolveLimits({ timeoutMs: inspectTimeoutMs, ...limits });
  const wasm = await acquireWasmModule(resolved.memoryBytes);
  let isolate: Isolate | undefined;
  try {
    isolate = new Isolate({
      wasm,
      limits: resolved,
      label,
      host: {},
      syncData: { slug: '', app: '', accountId: '', externalUserId: '' },
    });
    const namespace = await isolate.evaluateModule(source);
    try {
      return { exports: isolate.exportNames(namespace) };
    } finally {
      if (!wasm.poisoned) namespace.dispose();
    }
  } catch (error) {
    if (error instanceof SandboxFailure) throw toSandboxError(label, error);
    throw asSandboxError(label, error, wasm);
  } finally {
    isolate?.dispose();
    releaseWasmModule(wasm);
  }
}
