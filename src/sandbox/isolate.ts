import type { QuickJSContext, QuickJSDeferredPromise, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import { contextMethods, hostMethods } from '../contract/index.js';
import { SyncError } from '../errors.js';
import { bootstrapSource } from './bootstrap.js';
import { type CallLabel, formatThrown, parseThrownInfo, SandboxFailure } from './failure.js';
import { encodeFailure, encodeMessage, encodeSuccess } from './host-envelope.js';
import type { HostTable, HostTableSource } from './host-table.js';
import { formatBytes, type ResolvedLimits } from './limits.js';
import { repairMemoryViews } from './memory-views.js';
import type { SandboxSyncData, ThrownErrorInfo } from './types.js';
import { poisonWasmModule, type WasmModuleRecord } from './wasm-module.js';

/** What an isolate is created with. */
export interface IsolateOptions {
  wasm: WasmModuleRecord;
  limits: ResolvedLimits;
  label: CallLabel;
  host: HostTableSource;
  syncData: SandboxSyncData;
  signal?: AbortSignal;
}

/** The start of the message the module loader refuses every import with. */
const importRefusal = 'imports are not allowed in the sandbox';

interface Helpers {
  invoke: QuickJSHandle;
  encodeResult: QuickJSHandle;
  exportNames: QuickJSHandle;
  describe: QuickJSHandle;
}

// A host function after its arguments were checked against the contract (the one place they are untyped).
type CheckedHostFunction = (...args: unknown[]) => unknown;

interface QueuedCall {
  name: string;
  fn: CheckedHostFunction;
  args: unknown[];
  deferred: QuickJSDeferredPromise;
}

interface SettledCall {
  name: string;
  deferred: QuickJSDeferredPromise;
  outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
}

// Longest stretch the call loop keeps the Node event loop busy before yielding to it.
const sliceMs = 20;

// The ctx methods for the bootstrap: [path, sync, returnsValue], from the handler contract.
const methodsJson = JSON.stringify(
  hostMethods.map((method) => [method.path, method.mode === 'sync', method.returnsValue]),
);

/**
 * One QuickJS runtime + context running one call. The host drives it: it evaluates the module,
 * calls the export, and loops `executePendingJobs` while host calls (QuickJS promises created with
 * `newPromise`) settle, until the export's promise settles or a limit ends the call. Limits: the
 * runtime's memory and stack limits, an interrupt handler for CPU-bound code, and a host-side timer
 * for time spent awaiting host calls. Every handle is released by `dispose`.
 */
export class Isolate {
  private readonly runtime: QuickJSRuntime;
  private readonly context: QuickJSContext;
  private readonly owned: QuickJSHandle[] = [];
  private readonly helpers: Helpers;
  private readonly host: Partial<HostTable>;
  // Aborted when the call ends for any reason, so host work still running (an HTTP request, a retry wait) stops.
  private readonly callAbort = new AbortController();
  private readonly deadline: number;
  private readonly pending = new Set<QuickJSDeferredPromise>();
  private queue: QueuedCall[] = [];
  private settled: SettledCall[] = [];
  private inFlight = 0;
  private fatal: SandboxFailure | undefined;
  private importRefused = false;
  private wake: (() => void) | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly onAbort = (): void => {
    this.abortHostCalls('the call was aborted');
    this.notify();
  };
  private closed = false;
  // Set by the host-side timer: a timer may fire in the very millisecond of the deadline.
  private timedOut = false;
  // Once the export's promise fulfilled, a failed host call fails the call (see finishPendingCalls).
  private exportReturned = false;
  // The module's count of refused memory growths when the call began (see WasmModuleRecord.exhausted).
  private readonly exhaustedAtStart: number;
  private lateFailure: SettledCall | undefined;

  constructor(private readonly options: IsolateOptions) {
    const { limits } = options;
    this.exhaustedAtStart = options.wasm.exhausted.count;
    this.deadline = Date.now() + limits.timeoutMs;
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.abortHostCalls(`the time limit of ${limits.timeoutMs} ms was exceeded`);
      this.notify();
    }, limits.timeoutMs);
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.host = typeof options.host === 'function' ? options.host({ signal: this.callAbort.signal }) : options.host;
    this.runtime = options.wasm.module.newRuntime();
    this.context = this.runtime.newContext();
    try {
      repairMemoryViews(this.runtime, this.context, options.wasm.memory);
      this.runtime.setMemoryLimit(limits.memoryBytes);
      this.runtime.setMaxStackSize(limits.maxStackBytes);
      this.runtime.setInterruptHandler(() => this.shouldInterrupt());
      this.runtime.setModuleLoader((moduleName) => {
        this.importRefused = true;
        return {
          error: new Error(`${importRefusal}: "${moduleName}" (a handler reaches the outside world only through ctx)`),
        };
      });
      this.helpers = this.bootstrap();
    } catch (error) {
      this.dispose();
      throw error;
    }
  }

  /** Compiles and evaluates the module; returns a handle to its namespace (caller disposes). */
  async evaluateModule(source: string): Promise<QuickJSHandle> {
    const { filename } = this.options.label;
    const compiled = this.enter(() => this.context.evalCode(source, filename, { type: 'module', compileOnly: true }));
    if (compiled.error) {
      const info = this.consumeThrown(compiled.error);
      if (this.importRefused) throw new SandboxFailure('import', formatThrown(info), { error: info });
      throw new SandboxFailure('syntax', `does not compile: ${formatThrown(info)}`, { error: info });
    }
    compiled.value.dispose();
    const evaluated = this.enter(() => this.context.evalCode(source, filename, { type: 'module' }));
    if (evaluated.error) throw this.failureFromThrown(evaluated.error, 'module evaluation failed: ');
    try {
      return await this.awaitPromise(evaluated.value, 'module evaluation failed: ');
    } finally {
      evaluated.value.dispose();
    }
  }

  /** The module's export names, in the order the namespace lists them. */
  exportNames(namespace: QuickJSHandle): string[] {
    const result = this.enter(() =>
      this.context.callFunction(this.helpers.exportNames, this.context.undefined, namespace),
    );
    if (result.error) throw this.failureFromThrown(result.error, 'listing exports failed: ');
    const json = result.value.consume((handle) => this.context.getString(handle));
    return (JSON.parse(json) as unknown[]).filter((name): name is string => typeof name === 'string');
  }

  /** Calls export `exportName` with ctx and `args`, drives it to completion, returns its JSON result. */
  async callExport(namespace: QuickJSHandle, exportName: string, args: unknown[]): Promise<unknown> {
    const fn = this.context.getProp(namespace, exportName);
    const owned: QuickJSHandle[] = [fn];
    try {
      const type = this.context.typeof(fn);
      if (type !== 'function') {
        const names = this.exportNames(namespace);
        if (!names.includes(exportName)) {
          const listed = names.length ? names.map((name) => `"${name}"`).join(', ') : 'nothing';
          throw new SandboxFailure(
            'missing_export',
            `the module has no export named "${exportName}" (it exports ${listed})`,
          );
        }
        throw new SandboxFailure('not_a_function', `export "${exportName}" is a ${type}, not a function`);
      }
      const argsJson = this.context.newString(JSON.stringify(args));
      owned.push(argsJson);
      const started = this.enter(() =>
        this.context.callFunction(this.helpers.invoke, this.context.undefined, fn, argsJson),
      );
      if (started.error) throw this.failureFromThrown(started.error, '');
      owned.push(started.value);
      const value = await this.awaitPromise(started.value, '');
      owned.push(value);
      await this.finishPendingCalls();
      return this.encodeResult(value);
    } finally {
      for (const handle of owned) if (handle.alive) handle.dispose();
    }
  }

  /** Releases every handle, the context and the runtime; host calls that settle later are ignored. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.abortHostCalls('the sandboxed call has ended');
    this.notify();
    // A poisoned module is never entered again, not even to free memory: it is dropped whole.
    if (this.options.wasm.poisoned) return;
    try {
      for (const deferred of this.pending) deferred.dispose();
      this.pending.clear();
      for (const call of this.queue) call.deferred.dispose();
      this.queue = [];
      for (const handle of this.owned) if (handle.alive) handle.dispose();
      if (this.context.alive) this.context.dispose();
      if (this.runtime.alive) this.runtime.dispose();
    } catch {
      // Freeing failed inside WASM (for example a leak assertion): never reuse this module.
      poisonWasmModule(this.options.wasm);
    }
  }

  private bootstrap(): Helpers {
    const hostCall = this.own(this.context.newFunction('hostCall', (name, args) => this.onHostCall(name, args)));
    const factory = this.context.evalCode(bootstrapSource, 'syncagent:bootstrap', { type: 'global', strict: true });
    if (factory.error) {
      const info = this.consumeThrown(factory.error);
      throw new Error(`sandbox bootstrap failed to compile (a bug): ${formatThrown(info)}`);
    }
    this.own(factory.value);
    const syncJson = this.own(this.context.newString(JSON.stringify(this.options.syncData)));
    const available = Object.keys(this.host).filter((path) => contextMethods.has(path));
    const methods = this.own(this.context.newString(methodsJson));
    const availableJson = this.own(this.context.newString(JSON.stringify(available)));
    const installed = this.context.callFunction(
      factory.value,
      this.context.undefined,
      hostCall,
      syncJson,
      methods,
      availableJson,
    );
    if (installed.error) {
      const info = this.consumeThrown(installed.error);
      throw new Error(`sandbox bootstrap failed (a bug): ${formatThrown(info)}`);
    }
    const api = this.own(installed.value);
    return {
      invoke: this.own(this.context.getProp(api, 'invoke')),
      encodeResult: this.own(this.context.getProp(api, 'encodeResult')),
      exportNames: this.own(this.context.getProp(api, 'exportNames')),
      describe: this.own(this.context.getProp(api, 'describe')),
    };
  }

  private own(handle: QuickJSHandle): QuickJSHandle {
    this.owned.push(handle);
    return handle;
  }

  // Ends host work still running: the call is over, whatever it was waiting for.
  private abortHostCalls(why: string): void {
    if (!this.callAbort.signal.aborted) this.callAbort.abort(new Error(why));
  }

  // The native side of ctx: checks the request against the contract, runs sync methods (log, now) inline, queues
  // the rest.
  private onHostCall(nameHandle: QuickJSHandle, argsHandle: QuickJSHandle): QuickJSHandle {
    const context = this.context;
    const reply = (envelope: string): QuickJSHandle => context.newString(envelope);
    if (this.closed) return reply(encodeMessage('the sandboxed call has ended', 'sandbox'));
    if (
      !nameHandle ||
      !argsHandle ||
      context.typeof(nameHandle) !== 'string' ||
      context.typeof(argsHandle) !== 'string'
    ) {
      return reply(encodeMessage('malformed host call', 'sandbox'));
    }
    const name = context.getString(nameHandle);
    const method = contextMethods.get(name);
    const fn: unknown = Object.hasOwn(this.host, name) ? this.host[name as keyof HostTable] : undefined;
    if (method === undefined || typeof fn !== 'function') {
      return reply(encodeMessage(`no host function "${name}"`, 'sandbox'));
    }

    const limit = this.options.limits.maxResultBytes;
    const { json, bytes } = this.readCapped(argsHandle, limit);
    if (json === undefined) {
      const failure = new SandboxFailure(
        'argument_too_large',
        `the arguments of ctx.${name}() are ${formatBytes(bytes)} or more, over the limit of ${formatBytes(limit)}`,
      );
      this.fatal ??= failure;
      return reply(encodeMessage(failure.detail, 'sandbox'));
    }
    let args: unknown;
    try {
      args = decodeArgs(json);
    } catch {
      args = undefined;
    }
    if (!Array.isArray(args)) return reply(encodeMessage('malformed host call arguments', 'sandbox'));
    try {
      method.check(args);
    } catch (error) {
      return reply(encodeFailure(error));
    }
    const checked = fn as CheckedHostFunction;

    if (method.spec.mode === 'sync') {
      try {
        const value = checked(...args);
        if (isThenable(value)) {
          value.then(undefined, () => undefined);
          return reply(encodeMessage(`host function "${name}" must answer synchronously`, 'internal'));
        }
        return reply(encodeSuccess(name, value));
      } catch (error) {
        return reply(encodeFailure(error));
      }
    }
    const deferred = context.newPromise();
    this.pending.add(deferred);
    this.queue.push({ name, fn: checked, args, deferred });
    return deferred.handle;
  }

  // Host functions start outside the WASM stack, after the isolate yields.
  private startQueuedCalls(): void {
    const calls = this.queue;
    this.queue = [];
    for (const call of calls) {
      this.inFlight += 1;
      let result: Promise<unknown>;
      try {
        result = Promise.resolve(call.fn(...call.args));
      } catch (error) {
        result = Promise.reject(error);
      }
      result.then(
        (value) => this.onSettled({ name: call.name, deferred: call.deferred, outcome: { ok: true, value } }),
        (error: unknown) => this.onSettled({ name: call.name, deferred: call.deferred, outcome: { ok: false, error } }),
      );
    }
  }

  private onSettled(call: SettledCall): void {
    this.inFlight -= 1;
    if (this.closed) return;
    this.settled.push(call);
    this.notify();
  }

  private applySettled(): void {
    const calls = this.settled;
    this.settled = [];
    for (const call of calls) {
      if (this.exportReturned && !call.outcome.ok) this.lateFailure ??= call;
      const envelope = call.outcome.ok
        ? encodeSuccess(call.name, call.outcome.value)
        : encodeFailure(call.outcome.error);
      const handle = this.context.newString(envelope);
      try {
        this.enter(() => call.deferred.resolve(handle));
      } finally {
        handle.dispose();
        call.deferred.dispose();
        this.pending.delete(call.deferred);
      }
    }
  }

  /**
   * After the export's promise fulfilled: host calls it left pending (un-awaited writes, say) run to the end, with
   * whatever they start in turn, inside the same limits, so the event commits all of them; one of them failing fails
   * the call (its error reached no one), so the event commits none of them.
   */
  private async finishPendingCalls(): Promise<void> {
    this.exportReturned = true;
    let sliceStarted = performance.now();
    for (;;) {
      this.applySettled();
      const jobs = this.enter(() => this.runtime.executePendingJobs(-1));
      if (jobs.error) throw this.failureFromThrown(jobs.error, 'after the export returned: ');
      this.startQueuedCalls();
      const limit = this.limitFailure();
      if (limit) throw limit;
      if (this.settled.length > 0) {
        if (performance.now() - sliceStarted > sliceMs) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStarted = performance.now();
        }
        continue;
      }
      if (this.inFlight === 0 && this.queue.length === 0) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      sliceStarted = performance.now();
    }
    const failed = this.lateFailure;
    if (failed && !failed.outcome.ok) {
      const error = failed.outcome.error;
      const message = error instanceof Error ? error.message : String(error);
      throw new SandboxFailure(
        'pending_call_failed',
        `ctx.${failed.name}() was still pending when the export returned, and failed: ${message} ` +
          '(await every ctx call; nothing of this call is committed)',
        { pendingCall: failed.name, ...(SyncError.isInstance(error) ? { pendingCode: error.code } : {}) },
      );
    }
  }

  private async awaitPromise(promise: QuickJSHandle, during: string): Promise<QuickJSHandle> {
    let sliceStarted = performance.now();
    for (;;) {
      this.applySettled();
      const jobs = this.enter(() => this.runtime.executePendingJobs(-1));
      if (jobs.error) throw this.failureFromThrown(jobs.error, during);
      this.startQueuedCalls();
      const limit = this.limitFailure();
      if (limit) throw limit;
      const state = this.context.getPromiseState(promise);
      if (state.type === 'fulfilled') return state.notAPromise ? promise.dup() : state.value;
      if (state.type === 'rejected') throw this.failureFromThrown(state.error, during);
      if (this.settled.length > 0) {
        if (performance.now() - sliceStarted > sliceMs) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStarted = performance.now();
        }
        continue;
      }
      if (this.inFlight === 0) {
        throw new SandboxFailure(
          'unsettled',
          `${during}its promise never settles (it awaits something no host call will resolve)`,
        );
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      sliceStarted = performance.now();
    }
  }

  private encodeResult(value: QuickJSHandle): unknown {
    const encoded = this.enter(() =>
      this.context.callFunction(this.helpers.encodeResult, this.context.undefined, value),
    );
    if (encoded.error) {
      const limit = this.limitFailure();
      if (limit) {
        encoded.error.dispose();
        throw limit;
      }
      const failure = this.failureFromThrown(encoded.error, '');
      if (failure.reason !== 'threw') throw failure;
      throw new SandboxFailure(
        'invalid_result',
        `the result is not JSON-serializable: ${failure.detail}`,
        failure.extra,
      );
    }
    return encoded.value.consume((handle) => {
      const type = this.context.typeof(handle);
      if (type === 'undefined') return undefined;
      const limit = this.options.limits.maxResultBytes;
      const { json, bytes } = this.readCapped(handle, limit);
      if (json === undefined) {
        throw new SandboxFailure(
          'result_too_large',
          `the result is ${formatBytes(bytes)} or more as JSON, over the limit of ${formatBytes(limit)}`,
        );
      }
      return JSON.parse(json) as unknown;
    });
  }

  // A string handle read only when its UTF-8 fits `limit` bytes (json undefined otherwise); `bytes` is
  // its size, or a lower bound of it when it was not read.
  private readCapped(handle: QuickJSHandle, limit: number): { json: string | undefined; bytes: number } {
    const units = this.context.getLength(handle) ?? 0;
    // UTF-8 takes at least one byte per UTF-16 unit, so a string longer than the cap is over it.
    if (units > limit) return { json: undefined, bytes: units };
    const json = this.context.getString(handle);
    const bytes = Buffer.byteLength(json);
    return bytes > limit ? { json: undefined, bytes } : { json, bytes };
  }

  // A limit that ends the call regardless of what the isolate is doing.
  private limitFailure(): SandboxFailure | undefined {
    if (this.fatal) return this.fatal;
    const { signal, limits } = this.options;
    if (signal?.aborted) {
      const why = signal.reason instanceof Error ? `: ${signal.reason.message}` : '';
      return (this.fatal = new SandboxFailure('aborted', `aborted${why}`));
    }
    if (this.timedOut || Date.now() > this.deadline) {
      return (this.fatal = new SandboxFailure('timeout', `time limit of ${limits.timeoutMs} ms exceeded`));
    }
    if (this.outOfMemory()) return (this.fatal = this.memoryFailure());
    return undefined;
  }

  // The heap ran out of linear memory during this call: QuickJS threw "out of memory", and catching it does not
  // buy the handler more (a handler that catches it and goes on allocating would otherwise spin until the deadline).
  private outOfMemory(): boolean {
    return this.options.wasm.exhausted.count > this.exhaustedAtStart;
  }

  private memoryFailure(): SandboxFailure {
    return new SandboxFailure('memory', `memory limit of ${formatBytes(this.options.limits.memoryBytes)} exceeded`);
  }

  private shouldInterrupt(): boolean {
    return (
      this.fatal !== undefined ||
      this.timedOut ||
      Date.now() > this.deadline ||
      this.options.signal?.aborted === true ||
      this.outOfMemory()
    );
  }

  // Classifies a value thrown inside the isolate (and disposes its handle).
  private failureFromThrown(errorHandle: QuickJSHandle, during: string): SandboxFailure {
    const limit = this.limitFailure();
    if (limit) {
      errorHandle.dispose();
      return limit;
    }
    const { described, ...info } = this.consumeThrown(errorHandle);
    // Near the linear memory's end even the error object may fail to allocate (QuickJS then
    // throws null), so a high-water mark counts as the memory limit too.
    const memoryHigh = this.options.wasm.memory.buffer.byteLength > this.options.wasm.maximumBytes * 0.75;
    const undescribed = info.name === 'thrown value' && (info.message === 'null' || info.message === '');
    if (
      (info.name === 'InternalError' && info.message === 'out of memory') ||
      (memoryHigh && (undescribed || described === false))
    ) {
      return this.memoryFailure();
    }
    if (info.message === 'stack overflow') {
      return new SandboxFailure(
        'stack_overflow',
        `stack overflow (limit ${formatBytes(this.options.limits.maxStackBytes)}): ${formatThrown(info)}`,
        {
          error: info,
        },
      );
    }
    if (info.message === 'interrupted') {
      // No limit fired, so the interrupt came from quickjs-emscripten swallowing a host exception
      // inside a callback: the host stack overflowed. The module is not trusted again.
      poisonWasmModule(this.options.wasm);
      return new SandboxFailure(
        'stack_overflow',
        'stack overflow: the handler nested deeper than the host stack allows',
      );
    }
    if (this.importRefused && info.message.startsWith(importRefusal)) {
      return new SandboxFailure('import', `${during}${formatThrown(info)}`, { error: info });
    }
    return new SandboxFailure('threw', `${during}${formatThrown(info)}`, { error: info });
  }

  // Describes a thrown value through the isolate's helper; the fallback covers a helper that
  // cannot run at all (after an out-of-memory error, for instance).
  private consumeThrown(errorHandle: QuickJSHandle): ThrownErrorInfo & { described?: false } {
    try {
      const described = this.enter(() =>
        this.context.callFunction(this.helpers.describe, this.context.undefined, errorHandle),
      );
      if (described.error) {
        described.error.dispose();
        return { ...parseThrownInfo(undefined), described: false };
      }
      return described.value.consume((handle) =>
        parseThrownInfo(this.context.typeof(handle) === 'string' ? this.context.getString(handle) : undefined),
      );
    } finally {
      if (errorHandle.alive) errorHandle.dispose();
    }
  }

  // Every entry into WASM that can run guest code: if the host unwinds through WASM frames (a V8
  // stack overflow, a WASM trap) the module is unusable and the call fails without touching it again.
  private enter<T>(body: () => T): T {
    if (this.options.wasm.poisoned) {
      throw (this.fatal = new SandboxFailure(
        'crashed',
        'the sandbox engine was reset by another call that crashed it; retry',
      ));
    }
    try {
      return body();
    } catch (error) {
      if (error instanceof SandboxFailure) throw error;
      if (error instanceof RangeError || error instanceof WasmRuntimeError) {
        poisonWasmModule(this.options.wasm);
        this.fatal =
          error instanceof RangeError
            ? new SandboxFailure(
                'stack_overflow',
                `stack overflow: the handler recursed deeper than the host stack allows (${error.message})`,
              )
            : new SandboxFailure('crashed', `the sandbox engine crashed (${error.message}); it has been reset`);
        throw this.fatal;
      }
      throw error;
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

// The WebAssembly global is not in the ES lib typings this project compiles against.
const WasmRuntimeError = (globalThis as unknown as { WebAssembly: { RuntimeError: new () => Error } }).WebAssembly
  .RuntimeError;

// The arguments JSON, or "T" + the JSON of all but the last + "\n" + the last, a string sent raw (see bootstrap.ts).
function decodeArgs(json: string): unknown {
  if (json.charCodeAt(0) !== 84) return JSON.parse(json);
  const cut = json.indexOf('\n');
  if (cut === -1) return undefined;
  const head = JSON.parse(json.slice(1, cut)) as unknown;
  if (!Array.isArray(head)) return undefined;
  head.push(json.slice(cut + 1));
  return head;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
