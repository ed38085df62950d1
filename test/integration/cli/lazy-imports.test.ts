import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/cli.js';
import { tempDir } from '../../support/git.js';

/** esbuild's metafile, the parts this test reads. */
interface Metafile {
  outputs: Record<
    string,
    {
      entryPoint?: string;
      inputs: Record<string, unknown>;
      imports: Array<{ path: string; kind: string; external?: boolean }>;
    }
  >;
}

let dir: Awaited<ReturnType<typeof tempDir>>;
let meta: Metafile;
beforeAll(async () => {
  dir = await tempDir('lazy-imports-');
  const metafile = join(dir.path, 'meta.json');
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', join(dir.path, 'dist'), '--metafile', metafile], {
    cwd: repoRoot,
  });
  meta = JSON.parse(readFileSync(metafile, 'utf8')) as Metafile;
}, 120_000);
afterAll(() => dir.cleanup());

/** The output built for a source module (an entry of either build: the start path, the library, dist/lazy/). */
function outputOf(source: string): string {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === source);
  if (!found) throw new Error(`no output has ${source} as its entry point`);
  return found[0];
}

/** Every source file loaded when these outputs load: their static imports, transitively (dynamic ones stay out). */
function loadedSources(outputs: string[]): string[] {
  const seen = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of meta.outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement' && meta.outputs[imported.path]) visit(imported.path);
    }
  };
  for (const output of outputs) visit(output);
  return [...seen].flatMap((output) => Object.keys(meta.outputs[output]?.inputs ?? {}));
}

/** The start path: dist/cli.cjs, and dist/program.cjs it requires for every command line but --version. */
const startOutputs = () => [outputOf('src/cli/main.ts'), outputOf('src/cli/program.ts')];

/** What a command loads: the start path, and the dist/lazy/ entries of the modules its action imports. */
const commandSources = (modules: string[]) => loadedSources([...startOutputs(), ...modules.map(outputOf)]);

/** What an output imports that is not one of the Node built-ins. */
const nonBuiltins = (output: string) =>
  (meta.outputs[output]?.imports ?? []).filter((imported) => !imported.path.startsWith('node:'));

const heavy = {
  'AI SDK': /node_modules\/(ai|@ai-sdk)\//,
  'MCP SDK': /node_modules\/@modelcontextprotocol\//,
  pg: /node_modules\/(pg|pg-[a-z-]+|postgres-[a-z-]+)\//,
  QuickJS: /node_modules\/(quickjs-emscripten-core|@jitl)\//,
  'isomorphic-git': /node_modules\/isomorphic-git\//,
  yaml: /node_modules\/yaml\//,
};

const offenders = (sources: string[], names: Array<keyof typeof heavy>) =>
  names.flatMap((name) => sources.filter((source) => heavy[name].test(source)).map((source) => `${name}: ${source}`));

describe('a command loads only what it needs (issue 11 item 2)', () => {
  it('--version loads one CommonJS file with no dependency: the entry requires the program only when needed', () => {
    const entry = outputOf('src/cli/main.ts');
    expect(entry.endsWith('/cli.cjs')).toBe(true);
    expect(loadedSources([entry]).filter((source) => source.includes('node_modules'))).toEqual([]);
    expect(nonBuiltins(entry)).toEqual([{ path: './program.cjs', kind: 'require-call', external: true }]);
  });

  it('read and grep load two CommonJS files (no ES module): the program holds the parser and both faces', () => {
    const program = outputOf('src/cli/program.ts');
    expect(program.endsWith('/program.cjs')).toBe(true);
    const inputs = Object.keys(meta.outputs[program]?.inputs ?? {});
    expect(inputs).toEqual(expect.arrayContaining(['src/mirror/read-file.ts', 'src/mirror/grep-file.ts']));
    // Beside the built-ins, the program only imports dist/lazy/ entries, and only dynamically.
    expect(nonBuiltins(program).filter((imported) => imported.kind !== 'dynamic-import')).toEqual([]);
    // The parser, and picomatch for grep's globs (evaluated only when grep runs).
    const dependencies = new Set(
      inputs.flatMap((input) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.slice(1, 2) ?? []),
    );
    expect([...dependencies].sort()).toEqual(['commander', 'picomatch']);
  });

  it('every dynamic import of the program names a dist/lazy/ entry the library build made', () => {
    const program = outputOf('src/cli/program.ts');
    const lazy = nonBuiltins(program).filter((imported) => imported.kind === 'dynamic-import');
    expect(lazy.length).toBeGreaterThan(10);
    const built = new Set(Object.keys(meta.outputs).map((output) => output.replace(/^.*\/dist\//, './')));
    expect(lazy.map((imported) => imported.path).filter((path) => !built.has(path))).toEqual([]);
  });

  it('the start path does not load node:crypto (a help text computed with it did, at every start)', () => {
    const builtins = startOutputs().flatMap((output) =>
      (meta.outputs[output]?.imports ?? []).map((imported) => imported.path).filter((path) => path.startsWith('node:')),
    );
    expect(builtins).toContain('node:fs');
    expect(builtins).not.toContain('node:crypto');
  });

  it('read and grep load neither the AI SDK, the MCP SDK, pg, QuickJS, isomorphic-git nor yaml', () => {
    expect(offenders(commandSources([]), Object.keys(heavy) as Array<keyof typeof heavy>)).toEqual([]);
  });

  it('status reads the store without the AI SDK, the MCP SDK, pg or QuickJS', () => {
    const sources = commandSources(['src/engine/sync-status.ts', 'src/store/index.ts']);
    expect(offenders(sources, ['AI SDK', 'MCP SDK', 'pg', 'QuickJS'])).toEqual([]);
    expect(sources.some((source) => source.startsWith('src/engine/sync-status'))).toBe(true);
  });

  it('dispatch loads @actions/core without the HTTP stack of its OIDC client (undici, tunnel: never called)', () => {
    const sources = commandSources(['src/action/index.ts', 'src/github/index.ts', 'src/github/dispatch.ts']);
    expect(sources.some((source) => source.startsWith('node_modules/@actions/core/'))).toBe(true);
    expect(sources.filter((source) => /^node_modules\/(undici|tunnel)\//.test(source))).toEqual([]);
  });

  it('the engine commands do not load the main-agent faces (AI SDK tools, MCP server) or pg', () => {
    const sources = commandSources(['src/engine/events.ts', 'src/store/index.ts']);
    expect(offenders(sources, ['AI SDK', 'MCP SDK', 'pg'])).toEqual([]);
  });
});
