import { expect } from 'vitest';
import { SandboxError } from '../../../src/errors.js';
import {
  type HostFunction,
  type RunModuleOptions,
  runModule,
  type SandboxFailureReason,
} from '../../../src/sandbox/index.js';

/** The ctx.sync data every test run uses. */
export const ctxData = {
  sync: { slug: 'dropbox', app: 'dropbox', accountId: 'apn_abc123', externalUserId: 'user-42' },
};

/** A host table that records every call as [name, ...args] and answers from `answers`. */
export function recordingHost(answers: Record<string, HostFunction> = {}): {
  host: Record<string, HostFunction>;
  calls: unknown[][];
} {
  const calls: unknown[][] = [];
  const names = [
    'mirror.read',
    'mirror.write',
    'mirror.delete',
    'mirror.list',
    'mirror.upsertLines',
    'mirror.deleteLines',
    'state.get',
    'state.set',
    'state.delete',
    'http.request',
    'log.info',
    'log.warn',
    'log.error',
    'now',
    'checkpoint',
  ];
  const host: Record<string, HostFunction> = {};
  for (const name of names) {
    host[name] = (...args: unknown[]) => {
      calls.push([name, ...args]);
      return answers[name]?.(...args);
    };
  }
  return { host, calls };
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
