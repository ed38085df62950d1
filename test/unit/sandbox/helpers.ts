import { expect } from 'vitest';
import { hostMethods } from '../../../src/contract/index.js';
import { SandboxError } from '../../../src/errors.js';
import {
  type HostTable,
  type RunModuleOptions,
  runModule,
  type SandboxFailureReason,
} from '../../../src/sandbox/index.js';

/** The ctx.sync data every test run uses. */
export const ctxData = {
  sync: { slug: 'dropbox', app: 'dropbox', accountId: 'apn_abc123', externalUserId: 'user-42' },
};

/** A host table with every method of the contract that records each call as [path, ...args] and answers from `answers`. */
export function recordingHost(answers: Partial<HostTable> = {}): {
  host: Partial<HostTable>;
  calls: unknown[][];
} {
  const calls: unknown[][] = [];
  const host: Record<string, (...args: unknown[]) => unknown> = {};
  for (const { path } of hostMethods) {
    const answer = answers[path] as ((...args: unknown[]) => unknown) | undefined;
    host[path] = (...args: unknown[]) => {
      calls.push([path, ...args]);
      return answer?.(...args);
    };
  }
  return { host: host as Partial<HostTable>, calls };
}

/** Runs `source`'s default export with small limits unless overridden. */
export function run(source: string, options: Partial<RunModuleOptions> = {}): Promise<unknown> {
  return runModule({
    source,
    filename: 'handlers/test/handler.js',
    exportName: 'default',
    ctxData,
    host: {},
    ...options,
    limits: { timeoutMs: 2_000, memoryBytes: 32 * 1024 * 1024, maxResultBytes: 1024 * 1024, ...options.limits },
  });
}

/** Awaits a rejection and checks it is a SandboxError with `reason`; returns it for more checks. */
export async function expectSandboxError(
  promise: Promise<unknown>,
  reason: SandboxFailureReason,
): Promise<SandboxError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a SandboxError (${reason}), got result ${JSON.stringify(value)}`);
    },
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SandboxError);
  const sandboxError = error as SandboxError;
  expect(sandboxError.code).toBe('sandbox');
  expect(sandboxError.data.reason, sandboxError.message).toBe(reason);
  return sandboxError;
}
