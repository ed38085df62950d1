import variant from '@jitl/quickjs-singlefile-mjs-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';

/**
 * QuickJS WASM modules, each leased to one call at a time.
 *
 * Why not one module for the process: the prebuilt QuickJS cannot account its heap under
 * Emscripten (malloc_usable_size is 0, so `setMemoryLimit` only bounds single allocations;
 * quickjs-emscripten issues #255 and #271), so the hard memory limit is the module's own linear
 * memory, created with a fixed maximum. A limit on the module is a limit on the call only if the
 * call has the module to itself. Modules are pooled and reused by later calls, so only the first
 * call (and calls beyond the current concurrency) pays for instantiation; a fresh QuickJS runtime
 * and context are still created for every call.
 *
 * The pool is kept per sync (`poolKey`): a module that ran one sync's handler never runs another
 * sync's. A fresh runtime shares nothing with the last one inside QuickJS, but the module's linear
 * memory, its C heap and the engine's own state outlive it; keeping them per sync means that a
 * handler able to corrupt them (through a QuickJS bug) could only ever reach its own later runs.
 *
 * A module is `poisoned` when the host unwound through its frames (a V8 stack overflow or a WASM
 * trap) and `retired` after a memory-limit hit: both are dropped instead of going back to the pool.
 */
export interface WasmModuleRecord {
  readonly module: QuickJSWASMModule;
  readonly memory: LinearMemory;
  /** The linear memory's fixed maximum, in bytes. */
  readonly maximumBytes: number;
  /** Sequence number of this module in the process (tests and benchmarks). */
  readonly generation: number;
  /** The pool it belongs to (one per sync): it is never leased under another key. */
  readonly poolKey: string;
  /**
   * How many times the heap found the linear memory exhausted: a growth refused with the memory already within 5% of
   * its maximum, where Emscripten's heap (which grows by at least 5%) can never grow again, so the allocation failed
   * and QuickJS threw "out of memory" (which a handler may catch). The sandbox ends a call on the first.
   */
  readonly exhausted: { count: number };
  poisoned: boolean;
  retired: boolean;
}

/** The part of WebAssembly.Memory this folder reads. */
export interface LinearMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

const pageBytes = 64 * 1024;
// The module's static data, shadow stack and QuickJS's own runtime live in the same memory.
const fixedOverheadBytes = 16 * 1024 * 1024;
// The module declares an initial memory of 16 MiB and a maximum of 2 GiB.
const initialPages = 256;
const maximumPages = 32_768;
// Idle modules kept per pool and memory size, in all, and the grown memory beyond which one is dropped instead.
const idlePerPool = 2;
const idleInAll = 4;
const poolableBytes = 64 * 1024 * 1024;

// Idle modules by pool key and size; a Map keeps insertion order, so the first entry is the least recently used.
const idle = new Map<string, WasmModuleRecord[]>();
let idleCount = 0;
let created = 0;

/**
 * Leases a healthy module of pool `poolKey` (one per sync) whose linear memory holds `memoryBytes` of heap, loading
 * one if none of that pool is idle.
 */
export async function acquireWasmModule(memoryBytes: number, poolKey: string): Promise<WasmModuleRecord> {
  const pages = Math.min(maximumPages, Math.ceil((Math.max(memoryBytes, 0) + fixedOverheadBytes) / pageBytes));
  const slot = slotOf(poolKey, pages);
  const list = idle.get(slot);
  const pooled = list?.pop();
  if (pooled) {
    idleCount -= 1;
    if (list?.length === 0) idle.delete(slot);
    return pooled;
  }
  const WebAssemblyApi = (
    globalThis as unknown as {
      WebAssembly: { Memory: new (descriptor: { initial: number; maximum: number }) => LinearMemory };
    }
  ).WebAssembly;
  const memory = new WebAssemblyApi.Memory({ initial: initialPages, maximum: pages });
  const exhausted = countExhaustion(memory, pages * pageBytes);
  const module = await newQuickJSWASMModuleFromVariant(newVariant(variant, { wasmMemory: memory as never }));
  created += 1;
  return {
    module,
    memory,
    maximumBytes: pages * pageBytes,
    generation: created,
    poolKey,
    exhausted,
    poisoned: false,
    retired: false,
  };
}

/**
 * Counts exhaustion (see WasmModuleRecord.exhausted). Emscripten's heap grows the memory through this object's
 * `grow` when malloc runs out: it asks for the request plus 20%, 10%, then 5% more and gives up when all three are
 * refused. A refusal while the memory is within 5% of its maximum can therefore only end in a failed allocation; a
 * refusal further down may be followed by a smaller growth that succeeds (or be one oversized allocation, which
 * fails alone and leaves the heap usable), so it is not counted. This object is ours, made above: an own `grow` that
 * counts and defers to the real one changes nothing else.
 */
function countExhaustion(memory: LinearMemory, maximumBytes: number): { count: number } {
  const exhausted = { count: 0 };
  const grow = memory.grow.bind(memory);
  Object.defineProperty(memory, 'grow', {
    value: (pages: number): number => {
      try {
        return grow(pages);
      } catch (error) {
        if (memory.buffer.byteLength * 1.05 > maximumBytes) exhausted.count += 1;
        throw error;
      }
    },
  });
  return exhausted;
}

/**
 * Returns a module after its call: healthy small ones go back to their own pool (the least recently used idle
 * module of any pool is dropped past `idleInAll`), the rest are dropped.
 */
export function releaseWasmModule(record: WasmModuleRecord): void {
  if (record.poisoned || record.retired || record.memory.buffer.byteLength > poolableBytes) return;
  const slot = slotOf(record.poolKey, record.maximumBytes / pageBytes);
  const list = idle.get(slot) ?? [];
  if (list.length >= idlePerPool) return;
  list.push(record);
  // Re-inserted last: the most recently used pool.
  idle.delete(slot);
  idle.set(slot, list);
  idleCount += 1;
  while (idleCount > idleInAll) {
    const [oldest, modules] = idle.entries().next().value as [string, WasmModuleRecord[]];
    modules.shift();
    idleCount -= 1;
    if (modules.length === 0) idle.delete(oldest);
  }
}

function slotOf(poolKey: string, pages: number): string {
  return `${pages}\u0000${poolKey}`;
}

/** Marks a module unusable after the host unwound through it. */
export function poisonWasmModule(record: WasmModuleRecord): void {
  record.poisoned = true;
}

/** Drops a module after its call instead of pooling it (after a memory-limit hit). */
export function retireWasmModule(record: WasmModuleRecord): void {
  record.retired = true;
}

/** How many modules this process has instantiated (tests and benchmarks). */
export function wasmModulesCreated(): number {
  return created;
}
