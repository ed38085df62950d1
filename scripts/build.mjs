// Bundles the CLI, the library and the testkit into dist/.
//
// The start path is two CommonJS files: dist/cli.cjs (the entry, which answers --version alone) and dist/program.cjs
// (the parser, every command's definition, and the read and grep faces), required on demand. Node spends several
// milliseconds setting up its ES-module loader and about one more per ES module it resolves and links, so
// `syncagent read` and `grep` of a small file load just those two files and no ES module at all.
// Everything else a command needs (the engine, the store, the agent, serve, pg…) is imported dynamically from an
// ES-module entry in dist/lazy/, built with the library (dist/index.js, dist/testkit.js) in one code-split build
// whose shared code lands in dist/chunks/. Modules used on both sides (errors, paths, config…) exist twice: the
// errors are branded so that either copy recognises the other's (src/errors.ts), and none of them holds state that
// must be shared.
import { chmod, copyFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { buildTexts } from './build-texts.mjs';

// `--outdir DIR` builds elsewhere (tests build a fresh copy without touching dist/); `--metafile FILE` writes
// esbuild's account of what each output holds and imports (a test checks what each command loads).
const { values } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist' }, metafile: { type: 'string' } },
});
const outdir = values.outdir;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  outdir,
  metafile: true,
};

/** The start path's sources (each bundled whole) and the modules read and grep import, bundled into the program. */
const startEntries = { cli: 'src/cli/main.ts', program: 'src/cli/program.ts' };
const inlined = new Set(['src/mirror/read-file.ts', 'src/mirror/grep-file.ts']);

/** A path as the metafile writes it: from the repository root, with forward slashes. */
const fromRoot = (path) => relative(process.cwd(), path).split(sep).join('/');

/** The dist/lazy/ name of a module the start path imports dynamically: src/engine/events.ts → engine-events. */
function lazyName(source) {
  const dependency = /^node_modules\/(?:@([^/]+)\/)?([^/]+)\//.exec(source);
  if (dependency) return [dependency[1], dependency[2]].filter(Boolean).join('-');
  return source
    .replace(/^src\//, '')
    .replace(/(\/index)?\.ts$/, '')
    .replaceAll('/', '-');
}

/** Marks a resolution a plugin asks esbuild for itself, so that the plugin's own onResolve lets it through. */
const resolving = Symbol('resolving');

/** Resolves an import as esbuild would without the plugin asking (its path, or its errors). */
function resolveAsUsual(plugin, args) {
  const { kind, importer, resolveDir } = args;
  return plugin.resolve(args.path, { kind, importer, resolveDir, pluginData: resolving });
}

/**
 * The start build's seams. src/cli/program-loader.ts becomes a require of ./program.cjs. A dynamic import of an
 * inlined read face is bundled in; of anything else it stays a dynamic import of dist/lazy/<name>.js, and the
 * module is collected in `lazy` to become an entry of the library build.
 */
function startSeams(lazy) {
  return {
    name: 'start-seams',
    setup(plugin) {
      plugin.onLoad({ filter: /[\\/]src[\\/]cli[\\/]program-loader\.ts$/ }, () => ({
        contents: "export const loadProgram = async () => require('./program.cjs');",
        loader: 'js',
      }));
      plugin.onResolve({ filter: /^\.\/program\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      plugin.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === resolving || args.path.startsWith('node:')) return;
        const resolved = await resolveAsUsual(plugin, args);
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const source = fromRoot(resolved.path);
        if (inlined.has(source)) return { path: resolved.path };
        const name = lazyName(source);
        const known = lazy.get(name);
        if (known !== undefined && known !== source)
          throw new Error(`two lazy modules named ${name}: ${known}, ${source}`);
        lazy.set(name, source);
        return { path: `./lazy/${name}.js`, external: true };
      });
    },
  };
}

/**
 * @actions/core imports its OIDC client, and through @actions/http-client undici (~780 KB) and tunnel, at load
 * time; syncagent uses its setSecret and summary only. Those two CommonJS packages are marked free of side effects,
 * so that esbuild leaves them out when nothing that is bundled calls into them.
 */
function unusedHttpClientDeps() {
  return {
    name: 'unused-http-client-deps',
    setup(plugin) {
      plugin.onResolve({ filter: /^(undici|tunnel)$/ }, async (args) => {
        if (args.pluginData === resolving || !/[\\/]@actions[\\/]http-client[\\/]/.test(args.importer)) return;
        const resolved = await resolveAsUsual(plugin, args);
        return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path, sideEffects: false };
      });
    },
  };
}

// Reviewed text files (system prompt, handler code) into their generated modules first.
await buildTexts();
// Stale chunks of an earlier build must not linger in the published (and committed) dist/.
await rm(outdir, { recursive: true, force: true });

const lazy = new Map();
const start = await build({
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  entryPoints: startEntries,
  plugins: [startSeams(lazy)],
});
const library = await build({
  ...common,
  format: 'esm',
  entryPoints: {
    index: 'src/index.ts',
    testkit: 'src/testkit/index.ts',
    ...Object.fromEntries([...lazy].sort().map(([name, source]) => [`lazy/${name}`, source])),
  },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [unusedHttpClientDeps()],
  // CommonJS dependencies inside an ES-module bundle still call require() for Node built-ins.
  banner: {
    js: [
      "import { createRequire as __syncagentCreateRequire } from 'node:module';",
      'const require = __syncagentCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

if (values.metafile) {
  const merged = {
    inputs: { ...library.metafile.inputs, ...start.metafile.inputs },
    outputs: { ...library.metafile.outputs, ...start.metafile.outputs },
  };
  await writeFile(values.metafile, JSON.stringify(merged));
}
// dist/cli.js was the entry before the start path became CommonJS: MCP client configs that `mcp --help` printed,
// and npx's cache of a checkout's bin link, still name it. It stays, as an ES module that loads (so runs) cli.cjs.
await writeFile(
  join(outdir, 'cli.js'),
  [
    '#!/usr/bin/env node',
    '// The entry of earlier versions, kept for configs that name it; the bin is cli.cjs (scripts/build.mjs).',
    "process.getBuiltinModule('node:module').createRequire(import.meta.url)('./cli.cjs');",
    '',
  ].join('\n'),
);
// The bins must stay executable: npm links them before `prepare` rebuilds them.
await chmod(join(outdir, 'cli.cjs'), 0o755);
await chmod(join(outdir, 'cli.js'), 0o755);
// The handler contract, types only: `syncagent/handler` (package.json exports).
await copyFile('src/contract/handler-context.d.ts', join(outdir, 'handler.d.ts'));
