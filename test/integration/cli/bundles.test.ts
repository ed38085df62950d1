import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../../support/cli.js';
import { tempDir } from '../../support/git.js';

type ErrorsModule = typeof import('../../../src/errors.js');

let dir: Awaited<ReturnType<typeof tempDir>>;
let library: ErrorsModule;
let cli: { runCli: (argv: string[], io: unknown) => Promise<number> };
let other: ErrorsModule;

beforeAll(async () => {
  dir = await tempDir('bundles-');
  // The shipped bundles, built fresh (not whatever dist/ holds), and a third, separate bundle of the
  // errors module standing in for another consumer's copy (the Action's, a user's own bundle).
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', join(dir.path, 'dist')], { cwd: repoRoot });
  await build({
    entryPoints: [join(repoRoot, 'src/errors.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(dir.path, 'other/errors.js'),
    logLevel: 'warning',
  });
  library = (await import(pathToFileURL(join(dir.path, 'dist/index.js')).href)) as ErrorsModule;
  cli = await import(pathToFileURL(join(dir.path, 'dist/program.cjs')).href);
  other = (await import(pathToFileURL(join(dir.path, 'other/errors.js')).href)) as ErrorsModule;
}, 120_000);
afterAll(() => dir.cleanup());

it('an error made by one bundle is recognised by another, where instanceof is not', () => {
  const foreign = new other.ApiError(503, 'upstream down');
  expect(foreign instanceof library.SyncError).toBe(false);
  expect(library.SyncError.isInstance(foreign)).toBe(true);
  expect(library.ApiError.isInstance(foreign)).toBe(true);
  expect(library.ConflictError.isInstance(foreign)).toBe(false);
  expect(foreign.isRetryable).toBe(true);
  const local = new library.UnauthorizedError('token refused');
  expect(other.SyncError.isInstance(local)).toBe(true);
  expect(other.UnauthorizedError.isInstance(local)).toBe(true);
  expect(local.isRetryable).toBe(false);
});

it('the CLI bundle reports an error thrown into it by another bundle as that error, not as a bug', async () => {
  const store = join(dir.path, 'store');
  execFileSync('git', ['init', '-q', store]);
  writeFileSync(join(store, 'a.txt'), 'hello\n');
  let stderr = '';
  const io = {
    // stdout fails with another bundle's IoError, as a library stream wrapper might.
    stdout: new Writable({
      write: () => {
        throw new other.IoError('disk full');
      },
    }),
    stderr: new Writable({
      write: (chunk, _encoding, done) => {
        stderr += String(chunk);
        done();
      },
    }),
    env: {},
    cwd: store,
  };
  const code = await cli.runCli(['read', 'a.txt'], io);
  expect(stderr).toBe('syncagent: io: disk full\n');
  expect(code).toBe(1);
});

it('dist/cli.js, the entry earlier versions (and MCP client configs) name, runs the same CLI as the bin', () => {
  const store = join(dir.path, 'compat-store');
  execFileSync('git', ['init', '-q', store]);
  writeFileSync(join(store, 'notes.md'), 'one\ntwo\n');
  const run = (entry: string, args: string[]) =>
    execFileSync(process.execPath, [join(dir.path, 'dist', entry), ...args], { cwd: store, encoding: 'utf8' });
  for (const entry of ['cli.js', 'cli.cjs']) {
    expect(run(entry, ['--version'])).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(run(entry, ['read', 'notes.md', '--offset', '2'])).toBe('     2\ttwo\n');
  }
});
