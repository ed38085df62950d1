import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** Runs the git CLI in `cwd` and returns trimmed stdout (throws on failure). */
export function gitCli(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A temp folder removed by the returned cleanup function. */
export async function tempDir(prefix = 'syncagent-'): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** A fresh temp folder for each test of the calling file, removed after it: read `path` inside a test. */
export function tempDirPerTest(prefix: string): { readonly path: string } {
  let current: Awaited<ReturnType<typeof tempDir>> | null = null;
  beforeEach(async () => {
    current = await tempDir(prefix);
  });
  afterEach(async () => {
    await current?.cleanup();
    current = null;
  });
  return {
    get path(): string {
      if (!current) throw new Error('tempDirPerTest: path is only there while a test runs');
      return current.path;
    },
  };
}

/** Creates a bare remote with one initial commit on main, and returns its path. */
export function createBareRemote(root: string): string {
  const remote = join(root, 'remote.git');
  const seed = join(root, 'seed');
  gitCli(root, 'init', '--bare', '--initial-branch=main', remote);
  gitCli(root, 'init', '--initial-branch=main', seed);
  gitCli(seed, 'commit', '--allow-empty', '-m', 'seed');
  gitCli(seed, 'remote', 'add', 'origin', remote);
  gitCli(seed, 'push', 'origin', 'main');
  return remote;
}

/** Clones `remote` into `root/name` and returns the clone's path. */
export function cloneRemote(remote: string, root: string, name: string): string {
  const path = join(root, name);
  gitCli(root, 'clone', '--quiet', remote, path);
  return path;
}

/** Installs an executable hook (`pre-receive`, `update`, ...) in a bare remote; `body` is POSIX shell. */
export function installHook(remote: string, name: string, body: string): void {
  const path = join(remote, 'hooks', name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
}

/**
 * A pre-receive hook under which the branch always moves first: before each push is applied, it advances `main` by
 * one commit of its own, so every push loses its compare-and-swap (the remote answers "cannot lock ref").
 */
export function installRivalHook(remote: string): void {
  installHook(
    remote,
    'pre-receive',
    [
      // Outside the push's quarantine, so the rival's commit and ref update are allowed and real.
      'unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
      'tip=$(git rev-parse refs/heads/main)',
      'next=$(git -c user.name=rival -c user.email=rival@example.com commit-tree "$tip^{tree}" -p "$tip" -m rival)',
      'git update-ref refs/heads/main "$next" "$tip"',
    ].join('\n'),
  );
}

/** Pushes, from the clone at `clone`, a commit that makes `slug`'s next poll due at once (nextPollAt in the past). */
export async function pushPollDue(clone: string, slug: string): Promise<void> {
  const path = join(clone, 'mirrors', slug, '.sync', 'status.json');
  const status = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  status.nextPollAt = '2000-01-01T00:00:00.000Z';
  await writeFile(path, `${JSON.stringify(status, null, 2)}\n`);
  gitCli(clone, 'commit', '--quiet', '-am', `test: poll ${slug} now`);
  gitCli(clone, 'push', '--quiet', 'origin', 'main');
}
