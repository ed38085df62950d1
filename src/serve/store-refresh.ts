import { execFile } from 'node:child_process';
import { CommandFailedError } from '../errors.js';
import { redact } from '../store/index.js';

/**
 * In relay mode the store clone only reads sync.json (to verify signatures and answer challenges)
 * while the Action commits: this brings it up to date with `git pull --ff-only` from its remote,
 * at most once per `minIntervalMs` (an unknown slug in a request must not make every request pull).
 */
export function storeRefresher(
  root: string,
  env: NodeJS.ProcessEnv,
  options: { minIntervalMs?: number; now?: () => number } = {},
): () => Promise<void> {
  const minIntervalMs = options.minIntervalMs ?? 10_000;
  const now = options.now ?? Date.now;
  let last = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;
  return () => {
    if (running) return running;
    if (now() - last < minIntervalMs) return Promise.resolve();
    last = now();
    running = new Promise<void>((resolve, reject) => {
      execFile(
        'git',
        ['pull', '--ff-only', '--quiet', '--no-rebase'],
        { cwd: root, env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
        (error, _stdout, stderr) => {
          if (error)
            reject(
              new CommandFailedError(
                'git pull --ff-only',
                (error as { code?: number }).code ?? null,
                redact(stderr).slice(-2000),
              ),
            );
          else resolve();
        },
      );
    }).finally(() => {
      running = null;
    });
    return running;
  };
}
