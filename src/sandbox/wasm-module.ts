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
  poisoned: boolean;
  retired: boolean;
}

/** The part of WebAssembly.Memory this folder reads. */
export interface LinearMemory {
  readonly buffer: ArrayBuffer;
}

const pageBytes = 64 * 1024;
// The module's static data, shadow stack and QuickJS's own runtime live in the same memory.
const fixedOverheadBytes = 16 * 1024 * 1024;
// The module declares an initial memory of 16 MiB and a maximum of 2 GiB.
const initialPages = 256;
const maximumPages = 32_768;
// Idle modules kept per memory size, and the grown memory beyond which one is dropped instead.
const idlePerSize = 2;
const poolableBytes = 64 * 1024 * 1024;

const idle = new Map<number, WasmModuleRecord[]>();
let created = 0;

/** Leases a healthy module whose linear memory holds `memoryBytes` of heap (loading one if none is idle). */
export async function acquireWasmModule(memoryBytes: number): Promise<WasmModuleRecord> {
  const pages = Math.min(maximumPages, Math.ceil((Math.max(memoryBytes, 0) + fixedOverheadBytes) / pageBytes));
  const pooled = idle.get(pages)?.pop();
  if (pooled) return pooled;
  const WebAssemblyApi = (
    globalThis as unknown as {
      WebAssembly: { Memory: new (descriptor: { initial: number; maximum: number }) => LinearMemory };
    }
  ).WebAssembly;
  const memory = new WebAssemblyApi.Memory({ initial: initialPages, maximum: pages });
  const module = await newQuickJSWASMModuleFromVariant(newVariant(variant, { wasmMemory: memory as never }));
  created += 1;
  return { module, memory, maximumBytes: pages * pageBytes, generation: created, poisoned: false, retired: false };
}

/** Returns a module after its call: healthy small ones go back to the pool, the rest are dropped. */
export function releaseWasmModule(record: WasmModuleRecord): void {
  if (record.poisoned || record.retired || record.memory.buffer.byteLength > poolableBytes) return;
  const pages = record.maximumBytes / pageBytes;
  const list = idle.get(pages) ?? [];
  if (list.length >= idlePerSize) return;
  list.push(record);
  idle.set(pages, list);
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
