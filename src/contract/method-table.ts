import { type ArgumentCheck, compileArgumentCheck } from './check-arguments.js';
import type { HostMethodSpec } from './host-method-spec.js';
import { hostMethods } from './host-methods.generated.js';

/** One ctx method ready for the bridge: its description and its compiled argument check. */
export interface ContextMethodEntry {
  readonly spec: HostMethodSpec;
  readonly check: ArgumentCheck;
}

/** Every ctx method of handler-context.d.ts by dotted path (`mirror.read`), checks compiled once per process. */
export const contextMethods: ReadonlyMap<string, ContextMethodEntry> = new Map(
  hostMethods.map((spec): [string, ContextMethodEntry] => [spec.path, { spec, check: compileArgumentCheck(spec) }]),
);
