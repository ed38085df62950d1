// Bundles the CLI and the library into single-file ESM modules in dist/.
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';
import { buildTexts } from './build-texts.mjs';

// CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
const banner = [
  "import { createRequire as __syncagentCreateRequire } from 'node:module';",
  'const require = __syncagentCreateRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

// Reviewed text files (system prompt, handler code) into their generated modules first.
await buildTexts();
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
// The bin must stay executable: npm links it before `prepare` rebuilds it.
await chmod('dist/cli.js', 0o755);
await build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  banner: { js: banner },
});
