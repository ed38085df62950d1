import type { HandlerContext } from './handler-context.js';
import type { hostMethods } from './host-methods.generated.js';

/**
 * Type-level views of the handler contract: the dotted paths of every ctx method (`'mirror.read'`, `'now'`, ...) and
 * the method at a path, derived from `HandlerContext` in handler-context.d.ts. The host table is typed with them.
 */

type MethodPaths<T, Prefix extends string = ''> = {
  [Key in keyof T & string]: T[Key] extends (...args: never[]) => unknown
    ? `${Prefix}${Key}`
    : T[Key] extends object
      ? MethodPaths<T[Key], `${Prefix}${Key}.`>
      : never;
}[keyof T & string];

type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

/** Every ctx method by its dotted path below ctx: `'mirror.read' | 'state.get' | ... | 'now' | 'checkpoint'`. */
export type ContextMethodPath = MethodPaths<HandlerContext>;

/** The signature of the ctx method at `Path`, as handler-context.d.ts declares it. */
export type ContextMethod<Path extends ContextMethodPath> = Extract<
  At<HandlerContext, Path>,
  (...args: never[]) => unknown
>;

// The generated description must list exactly these methods, each sync or async as declared: a stale
// host-methods.generated.ts fails to compile here (and in test/unit/contract).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type GeneratedMode<Path> = Extract<(typeof hostMethods)[number], { path: Path }>['mode'];
type DeclaredMode<Path extends ContextMethodPath> =
  ReturnType<ContextMethod<Path>> extends Promise<unknown> ? 'async' : 'sync';
const generatedMatchesContract: Same<
  { [Path in ContextMethodPath]: DeclaredMode<Path> },
  { [Path in (typeof hostMethods)[number]['path']]: GeneratedMode<Path> }
> = true;
void generatedMatchesContract;
