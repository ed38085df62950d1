// Bundles the CLI, the library and the testkit into ESM modules in dist/. Code splitting keeps dynamic imports
// lazy: `syncagent read` loads the read code only, never the AI SDK, the MCP SDK, pg, QuickJS or isomorphic-git.
import { chmod, copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { buildTexts } from './build-texts.mjs';

// `--outdir DIR` builds elsewhere (tests build a fresh copy without touching dist/); `--metafile FILE` writes
// esbuild's account of what each output holds and imports (a test checks what each command loads).
const { values } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist' }, metafile: { type: 'string' } },
});
const outdir = values.outdir;

// CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
const banner = [
  "import { createRequire as __syncagentCreateRequire } from 'node:module';",
  'const require = __syncagentCreateRequire(import.meta.url);',
].join('\n');

// Reviewed text files (system prompt, handler code) into their generated modules first.
await buildTexts();
// Stale chunks of an earlier build must not linger in the published (and committed) dist/.
await rm(outdir, { recursive: true, force: true });
const result = await build({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', testkit: 'src/testkit/index.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // The entry's `#!/usr/bin/env node` line is kept first by esbuild, above this banner.
  banner: { js: banner },
  metafile: values.metafile !== undefined,
});
if (values.metafile) await writeFile(values.metafile, JSON.stringify(result.metafile));
// The bin must stay executable: npm links it before `prepare` rebuilds it.
await chmod(join(outdir, 'cli.js'), 0o755);
// The handler contract, types only: `syncagent/handler` (package.json exports).
await copyFile('src/contract/handler-context.d.ts', join(outdir, 'handler.d.ts'));
