import { Lifetime, type QuickJSContext, type QuickJSRuntime } from 'quickjs-emscripten-core';
import type { LinearMemory } from './wasm-module.js';

/**
 * Works around a quickjs-emscripten 0.32 bug (upstream issues #240 and #269, fix proposed in PR #248, unreleased):
 * the library reads "out" pointers (the context of the last job in `executePendingJobs`, the resolve and reject
 * functions in `newPromise`, the length in `getLength`) through a typed-array view it made BEFORE the WASM call. When
 * that call grows the linear memory, the old ArrayBuffer is detached and the view reads `undefined`: `newPromise`
 * throws after QuickJS already made the promise (whose handles are then never freed), and `executePendingJobs` makes
 * a stray context. Either leaves objects the runtime cannot free, and disposing it aborts the module with
 * `Assertion failed: list_empty(&rt->gc_obj_list)`; host calls made meanwhile are lost (a handler firing 100,000
 * un-awaited writes saw a few of them vanish).
 *
 * The repair gives the runtime's and the context's memory helpers views that are re-made from the current buffer on
 * every read, as the upstream fix does. It reaches into the library's instances (`memory`, `uint32Out`), so it checks
 * that they have the shape it expects and fails loudly otherwise (a library upgrade that changed them must revisit
 * this file; the sandbox tests with 100,000 pending host calls catch a regression).
 */
export function repairMemoryViews(runtime: QuickJSRuntime, context: QuickJSContext, linear: LinearMemory): void {
  const runtimeMemory = internals(runtime, 'runtime').memory;
  const contextInternals = internals(context, 'context');
  patchTypedArrays(runtimeMemory, linear);
  patchTypedArrays(contextInternals.memory, linear);
  if (!contextInternals.uint32Out || typeof contextInternals.uint32Out.value?.ptr !== 'number') {
    throw new Error('quickjs-emscripten internals changed: QuickJSContext.uint32Out (see src/sandbox/memory-views.ts)');
  }
  // The context's own scratch word, made at construction with a plain view: swap in a refreshing one.
  contextInternals.uint32Out = contextInternals.memory.manage(contextInternals.memory.newTypedArray(Uint32Array, 1));
}

/** What the library's helpers hand out: a pointer into linear memory and a typed view of it. */
interface ScratchArray {
  ptr: number;
  readonly typedArray: ArrayLike<number>;
}

type TypedArrayKind = { new (buffer: ArrayBuffer, offset: number, length: number): ArrayLike<number> } & {
  BYTES_PER_ELEMENT: number;
};

interface MemoryInternals {
  module: { _malloc(bytes: number): number; _free(pointer: number): void };
  newTypedArray(kind: TypedArrayKind, length: number): Lifetime<ScratchArray>;
  manage<T extends { dispose(): void }>(lifetime: T): T;
}

function internals(
  owner: QuickJSRuntime | QuickJSContext,
  what: string,
): { memory: MemoryInternals; uint32Out?: Lifetime<ScratchArray> } {
  const memory = (owner as unknown as { memory?: Partial<MemoryInternals> }).memory;
  if (
    !memory ||
    typeof memory.newTypedArray !== 'function' ||
    typeof memory.module?._malloc !== 'function' ||
    typeof memory.module._free !== 'function'
  ) {
    throw new Error(`quickjs-emscripten internals changed: ${what}.memory (see src/sandbox/memory-views.ts)`);
  }
  return owner as unknown as { memory: MemoryInternals; uint32Out?: Lifetime<ScratchArray> };
}

function patchTypedArrays(memory: MemoryInternals, linear: LinearMemory): void {
  const module = memory.module;
  memory.newTypedArray = (kind, length) => {
    const bytes = kind.BYTES_PER_ELEMENT * length;
    const ptr = module._malloc(bytes);
    new Uint8Array(linear.buffer, ptr, bytes).fill(0);
    const value: ScratchArray = {
      ptr,
      // A fresh view of the current buffer on each read: it survives a memory growth between write and read.
      get typedArray() {
        return new kind(linear.buffer, ptr, length);
      },
    };
    return new Lifetime(value, undefined, (scratch) => module._free(scratch.ptr));
  };
}
