import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { CommandFailedError, InvalidInputError } from '../errors.js';
import { redact } from '../store/index.js';

/**
 * Git settings that authenticate https requests to the store's host with GITHUB_TOKEN, given as
 * environment (GIT_CONFIG_COUNT/KEY/VALUE) so the token is never written into `.git/config`.
 * Empty when there is no token or the URL is not https.
 */
export function gitAuthEnv(env: NodeJS.ProcessEnv, remoteUrl: string): NodeJS.ProcessEnv {
  const token = env.GITHUB_TOKEN;
  if (!token) return {};
  let origin: string;
  try {
    const parsed = new URL(remoteUrl);
    if (parsed.protocol !== 'https:') return {};
    origin = parsed.origin;
  } catch {
    return {};
  }
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${origin}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/** Clones the store from `url` into `root` unless `root` already holds a git repository; returns whether it cloned. */
export async function cloneStoreIfMissing(url: string, root: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (await stat(`${root}/.git`).catch(() => null)) return false;
  if (/^\w+:\/\/[^/@\s]+@/.test(url)) {
    throw new InvalidInputError(
      '--clone: put the token in GITHUB_TOKEN, not in the URL (it would be saved in .git/config)',
    );
  }
  await new Promise<void>((resolve, reject) => {
    execFile(
      'git',
      ['clone', '--quiet', url, root],
      { env: { ...env, ...gitAuthEnv(env, url), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, _stdout, stderr) => {
        if (error)
          reject(
            new CommandFailedError(
              `git clone ${redact(url)}`,
              (error as { code?: number }).code ?? null,
              redact(stderr).slice(-2000),
            ),
          );
        else resolve();
      },
    );
  });
  return true;
}
