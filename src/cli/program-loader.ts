/**
 * Loads the parser and the commands. From the sources (tests, tsx) it is this dynamic import; the start build
 * (scripts/build.mjs) replaces this module with a require of dist/program.cjs, which costs no ES-module loader.
 */
export const loadProgram = (): Promise<typeof import('./program.js')> => import('./program.js');
