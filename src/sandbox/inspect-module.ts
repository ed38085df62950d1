import { resolveLimits } from './limits.js';
import { withModule } from './run-module.js';
import type { SandboxLimits } from './types.js';

// Inspection runs only the module's top level, so it gets a shorter deadline than a call.
const inspectTimeoutMs = 10_000;

/**
 * Compiles and evaluates `source` in a fresh isolate with no host functions and lists its exports
 * (sorted, as the module namespace lists them). A syntax error, a refused import or a throwing top
 * level is a SandboxError (`data.reason` 'syntax', 'import', 'threw', ...).
 */
export async function inspectModule(
  source: string,
  filename: string,
  limits?: SandboxLimits,
): Promise<{ exports: string[] }> {
  return withModule(
    {
      limits: resolveLimits({ timeoutMs: inspectTimeoutMs, ...limits }),
      label: { filename, exportName: null },
      host: {},
      syncData: { slug: '', app: '', accountId: '', externalUserId: '' },
    },
    // The handler file names its sync (handlers/<slug>/handler.js): inspecting shares no module with other syncs.
    `inspect:${filename}`,
    source,
    (isolate, namespace) => ({ exports: isolate.exportNames(namespace) }),
  );
}
