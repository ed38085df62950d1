import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { requireSetting } from '../config.js';
import { InvalidInputError } from '../errors.js';
import { shellWord } from '../shell.js';

/** One command of a deploy, exactly as it runs. */
export interface PlannedCommand {
  command: string;
  args: string[];
  /** Settings handed to the command on top of the environment (secret values included: never print them). */
  env: Record<string, string>;
  cwd: string;
}

/** How to deploy (from flags and env). */
export interface DeployOptions {
  env: NodeJS.ProcessEnv;
  /** The folder holding the Dockerfile and fly.toml (a syncagent checkout). */
  dir: string;
  /** Build the image with the local Docker engine instead of Fly's remote builder. */
  localOnly?: boolean;
  /** fly.toml path relative to `dir` (default fly.toml). */
  config?: string;
}

/** Variables whose values are secret: printed as `***`. */
const secretVariables = new Set(['FLY_API_TOKEN']);

/**
 * The commands `syncagent deploy` runs (DESIGN section 9): `flyctl deploy --remote-only` on Fly's
 * builder by default (no local Docker needed); with `localOnly`, a check that the local Docker
 * engine answers, then `flyctl deploy --local-only`. FLY_API_TOKEN and FLY_APP are required
 * (missing_config naming the variable), and so are the Dockerfile and fly.toml in `dir`.
 */
export async function deployPlan(options: DeployOptions): Promise<PlannedCommand[]> {
  const token = requireSetting(options.env, 'FLY_API_TOKEN');
  const app = requireSetting(options.env, 'FLY_APP');
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(app)) {
    throw new InvalidInputError(`FLY_APP: expected a Fly app name (a-z, 0-9 and -), got ${JSON.stringify(app)}`);
  }
  const dir = resolve(options.dir);
  const config = options.config ?? 'fly.toml';
  for (const file of ['Dockerfile', config]) {
    if (!(await stat(join(dir, file)).catch(() => null))?.isFile()) {
      throw new InvalidInputError(
        `${join(dir, file)} does not exist: run deploy in a syncagent checkout (or pass --dir / --config)`,
      );
    }
  }
  const env = { FLY_API_TOKEN: token, FLY_APP: app };
  const flyctl: PlannedCommand = {
    command: 'flyctl',
    args: [
      'deploy',
      options.localOnly ? '--local-only' : '--remote-only',
      '--app',
      app,
      '--config',
      config,
      '--dockerfile',
      'Dockerfile',
      '--yes',
    ],
    env,
    cwd: dir,
  };
  if (!options.localOnly) return [flyctl];
  const docker: PlannedCommand = {
    command: 'docker',
    args: ['version', '--format', '{{.Server.Version}}'],
    env: {},
    cwd: dir,
  };
  return [docker, flyctl];
}

/** A command as a shell line, secrets masked (what `--dry-run` prints). */
export function formatCommand(planned: PlannedCommand): string {
  const env = Object.entries(planned.env).map(
    ([name, value]) => `${name}=${secretVariables.has(name) ? '***' : shellWord(value)}`,
  );
  return [...env, planned.command, ...planned.args.map(shellWord)].join(' ');
}
