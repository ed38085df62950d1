import { execFile } from 'node:child_process';
import { CommandFailedError, UnauthorizedError } from '../errors.js';

/** The transport port of the store: fetch a branch, publish a commit with compare-and-swap. */
export interface Remote {
  readonly name: string;
  /** Fetches `branch` and returns the remote's commit for it (null when the branch does not exist). */
  fetch(branch: string): Promise<string | null>;
  /**
   * Sets the remote branch to `commit` only if it is still `expected` (null: must not exist). 'rejected' means the
   * branch moved meanwhile (the caller re-runs on the new tip); a push the remote refuses for any other reason throws.
   */
  push(commit: string, branch: string, expected: string | null): Promise<'ok' | 'rejected'>;
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The git CLI as transport. isomorphic-git only speaks smart HTTP; the CLI also covers local
 * paths, ssh and credential helpers (actions/checkout configures an auth header for it), and its
 * `--force-with-lease` is an exact compare-and-swap on the remote ref.
 */
export class GitCliRemote implements Remote {
  readonly name: string;
  private readonly root: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(root: string, name: string, env: NodeJS.ProcessEnv) {
    this.root = root;
    this.name = name;
    this.env = env;
  }

  async fetch(branch: string): Promise<string | null> {
    const tracking = `refs/remotes/${this.name}/${branch}`;
    const result = await this.git(['fetch', '--no-tags', '--quiet', this.name, `+refs/heads/${branch}:${tracking}`]);
    if (result.code !== 0) {
      if (/couldn't find remote ref/i.test(result.stderr)) return null;
      this.fail(['fetch', this.name, branch], result);
    }
    const parsed = await this.git(['rev-parse', '--verify', '--quiet', `${tracking}^{commit}`]);
    return parsed.code === 0 ? parsed.stdout.trim() : null;
  }

  async push(commit: string, branch: string, expected: string | null): Promise<'ok' | 'rejected'> {
    const ref = `refs/heads/${branch}`;
    const result = await this.git([
      'push',
      '--porcelain',
      '--no-verify',
      `--force-with-lease=${ref}:${expected ?? ''}`,
      this.name,
      `${commit}:${ref}`,
    ]);
    if (result.code === 0) return 'ok';
    // Porcelain marks a refused ref with "!". "[rejected] (stale info)" is our lease failing: the branch moved. A
    // "[remote rejected]" is the remote's verdict: the branch moved when its ref update lost to another (git says
    // "cannot lock ref ...: is at X but expected Y", or another push holds the lock); anything else (a pre-receive or
    // update hook, receive.fsckObjects, a protected branch, a full disk) is a refusal that re-running the event cannot
    // change, so it fails at once with the remote's own words.
    const refused = /^!\t[^\t]*\t(.*)$/m.exec(result.stdout);
    if (refused) {
      const status = refused[1]!.trim();
      if (!status.startsWith('[remote')) return 'rejected';
      const remoteLines = result.stderr
        .split('\n')
        .filter((line) => line.startsWith('remote: '))
        .map((line) => line.slice('remote: '.length).trim())
        .filter((line) => line !== '');
      if (
        /cannot lock ref|failed to lock|but expected|reference already exists|incorrect old value/i.test(
          `${status}\n${remoteLines.join('\n')}`,
        )
      )
        return 'rejected';
      const reason = /\((.*)\)$/.exec(status)?.[1] ?? status;
      const said = remoteLines.length > 0 ? `: ${remoteLines.join('; ')}` : '';
      const summary = redact(`the remote refused the push (${reason})${said}`).slice(0, 1000);
      throw new CommandFailedError(
        `git push ${this.name} ${ref}`,
        result.code,
        `${redact(result.stderr).slice(-2000)}\n${summary}`,
        {
          data: { reason, remoteMessage: redact(remoteLines.join('\n')).slice(-2000) },
        },
      );
    }
    this.fail(['push', this.name, ref], result);
  }

  private fail(args: string[], result: RunResult): never {
    const text = `${result.stderr}\n${result.stdout}`;
    if (/authentication failed|could not read username|permission denied|\b403\b|\b401\b/i.test(text)) {
      throw new UnauthorizedError(`git ${args.join(' ')}: the remote refused our credentials`, {
        data: { stderrTail: redact(result.stderr).slice(-2000) },
      });
    }
    throw new CommandFailedError(`git ${args.join(' ')}`, result.code, redact(result.stderr).slice(-2000));
  }

  private git(args: string[]): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        args,
        {
          cwd: this.root,
          env: { ...this.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, stdout, stderr) => {
          if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
            reject(new CommandFailedError('git', null, `cannot run git: ${error.message}`));
            return;
          }
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
        },
      );
    });
  }
}

/** Removes credentials embedded in URLs (`https://user:token@host`). */
export function redact(text: string): string {
  return text.replace(/(\w+:\/\/)[^/@\s]+@/g, '$1***@');
}
