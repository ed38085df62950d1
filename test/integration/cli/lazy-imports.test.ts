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
    { entryPoint?: string; inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }> }
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

/** The output built for a source module (an entry, or the chunk a dynamic import of it loads). */
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

/** What a command loads: the CLI entry, the parser, and the modules its action imports. */
const commandSources = (modules: string[]) =>
  loadedSources(['src/cli/main.ts', 'src/cli/program.ts', ...modules].map(outputOf));

/** The Node built-ins these outputs import statically, transitively (node:crypto alone costs ms at every start). */
function loadedBuiltins(outputs: string[]): string[] {
  const seen = new Set<string>();
  const builtins = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of meta.outputs[output]?.imports ?? []) {
      if (imported.kind !== 'import-statement') continue;
      if (meta.outputs[imported.path]) visit(imported.path);
      else if (imported.path.startsWith('node:')) builtins.add(imported.path);
    }
  };
  for (const output of outputs) visit(output);
  return [...builtins].sort();
}

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
  it('--version and --help load no dependency but the parser', () => {
    const startup = loadedSources([outputOf('src/cli/main.ts')]);
    expect(startup.filter((source) => source.includes('node_modules'))).toEqual([]);
    const parser = commandSources([]);
    expect(parser.filter((source) => source.includes('node_modules') && !source.includes('/commander/'))).toEqual([]);
  });

  it('the parser, read and grep do not load node:crypto (a help text computed with it did, at every start)', () => {
    const builtins = loadedBuiltins(
      ['src/cli/main.ts', 'src/cli/program.ts', 'src/mirror/read-file.ts', 'src/mirror/grep-file.ts'].map(outputOf),
    );
    expect(builtins).toContain('node:fs');
    expect(builtins).not.toContain('node:crypto');
  });

  it.each([
    ['read', ['src/mirror/read-file.ts']],
    ['grep', ['src/mirror/grep-file.ts']],
  ])('%s loads neither the AI SDK, the MCP SDK, pg, QuickJS, isomorphic-git nor yaml', (_command, modules) => {
    expect(offenders(commandSources(modules), Object.keys(heavy) as Array<keyof typeof heavy>)).toEqual([]);
  });

  it('status reads the store without the AI SDK, the MCP SDK, pg or QuickJS', () => {
    const sources = commandSources(['src/engine/sync-status.ts', 'src/store/index.ts']);
    expect(offenders(sources, ['AI SDK', 'MCP SDK', 'pg', 'QuickJS'])).toEqual([]);
    expect(sources.some((source) => source.startsWith('src/engine/sync-status'))).toBe(true);
  });

  it('the engine commands do not load the main-agent faces (AI SDK tools, MCP server) or pg', () => {
    const sources = commandSources(['src/engine/events.ts', 'src/store/index.ts']);
    expect(offenders(sources, ['AI SDK', 'MCP SDK', 'pg'])).toEqual([]);
  });
});
