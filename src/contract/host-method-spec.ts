/**
 * The shape of one entry of `host-methods.generated.ts`: what scripts/build-contract.mjs derives from a method of
 * `handler-context.d.ts`. This file describes the description; the methods themselves live only in the .d.ts.
 */

/** The runtime shape of a parameter (or of a field inside one), checked at the host boundary. */
export type RuntimeType =
  | { readonly kind: 'any' | 'string' | 'number' | 'boolean' | 'null' | 'undefined' }
  | { readonly kind: 'array'; readonly items: RuntimeType }
  | {
      readonly kind: 'object';
      readonly properties: readonly RuntimeProperty[];
      /** The type of every other field (an index signature such as `Record<string, string>`). */
      readonly values?: RuntimeType;
    }
  | { readonly kind: 'union'; readonly options: readonly RuntimeType[] };

/** One declared field of an object type. */
export interface RuntimeProperty {
  readonly name: string;
  readonly optional: boolean;
  readonly type: RuntimeType;
}

/** One parameter of a ctx method. */
export interface RuntimeParameter {
  readonly name: string;
  /** Declared with `?` (or typed unknown/any): it may be left out or undefined. */
  readonly optional: boolean;
  readonly type: RuntimeType;
}

/** One ctx method: `mirror.read` is `ctx.mirror.read`. */
export interface HostMethodSpec {
  /** Dotted path below ctx, also the host table's key. */
  readonly path: string;
  /** `sync` methods answer inline inside the isolate (log, now); `async` ones return a Promise. */
  readonly mode: 'sync' | 'async';
  /** False when the method returns void (the isolate then returns undefined whatever the host answered). */
  readonly returnsValue: boolean;
  readonly parameters: readonly RuntimeParameter[];
}
