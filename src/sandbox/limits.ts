import { InvalidInputError } from '../errors.js';
import type { SandboxLimits } from './types.js';

/** Limits with every default filled in. */
export type ResolvedLimits = Required<SandboxLimits>;

/** The defaults of DESIGN section 3 (the engine passes 10 minutes for backfill and exec). */
export const defaultLimits: ResolvedLimits = Object.freeze({
  memoryBytes: 256 * 1024 * 1024,
  timeoutMs: 60_000,
  maxResultBytes: 16 * 1024 * 1024,
  // Measured: QuickJS frames inside WASM also consume the host (V8) stack, roughly 1 MB on
  // Node's main thread. 256 KiB of QuickJS stack (about 1,300 plain recursive calls) stays well
  // inside it; deeper native recursion that still overruns V8 is caught and the WASM module reset.
  maxStackBytes: 256 * 1024,
});

/** Fills in defaults and rejects nonsensical values (a bug in the caller). */
export function resolveLimits(limits: SandboxLimits | undefined): ResolvedLimits {
  const resolved: ResolvedLimits = { ...defaultLimits };
  for (const key of Object.keys(defaultLimits) as (keyof ResolvedLimits)[]) {
    const value = limits?.[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0) {
      throw new InvalidInputError(`sandbox limit ${key} must be a positive number, got ${String(value)}`, {
        data: { field: `limits.${key}` },
      });
    }
    resolved[key] = value;
  }
  return resolved;
}

/** "256 MiB", "1.5 KiB", "12 bytes": sizes in error messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function trim(value: number): string {
  return String(Math.round(value * 10) / 10);
}
