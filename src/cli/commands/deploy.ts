import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';

interface DeployCommandOptions {
  store?: string;
  json?: boolean;
  dryRun?: boolean;
  localOnly?: boolean;
  dir?: string;
  config?: string;
}

/** `syncagent deploy [--dry-run]`: ship `serve` to Fly.io as a Docker image. */
export function registerDeploy(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('deploy')
      .summary('deploy `syncagent serve` to Fly.io (Dockerfile + fly.toml, flyctl)')
      .description(
        'Build the Docker image of `syncagent serve` from the Dockerfile and fly.toml of a syncagent checkout and ' +
          "deploy it to Fly.io: `flyctl deploy --remote-only` (Fly's builder, no local Docker needed), or " +
          '--local-only to build with the local Docker engine. Needs FLY_API_TOKEN and FLY_APP (and flyctl on PATH). ' +
          '--dry-run prints the exact commands (the token masked) and runs nothing.',
      )
      .option('--dry-run', 'print the commands, run nothing', false)
      .option('--local-only', 'build the image with the local Docker engine', false)
      .option('--dir <dir>', 'the folder with the Dockerfile and fly.toml (default: the current directory)')
      .option('--config <file>', 'fly.toml to use, relative to --dir', 'fly.toml'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  FLY_API_TOKEN=... FLY_APP=my-syncagent syncagent deploy --dry-run\n' +
        '  FLY_API_TOKEN=... FLY_APP=my-syncagent syncagent deploy\n  syncagent deploy --local-only --json',
    )
    .action(
      run(async (context, options: DeployCommandOptions) => {
        const { resolve } = await import('node:path');
        const { deployPlan, formatCommand, runPlannedCommand } = await import('../../deploy/index.js');
        const plan = await deployPlan({
          env: context.env,
          dir: resolve(context.cwd, options.dir ?? '.'),
          localOnly: options.localOnly,
          config: options.config,
        });
        const commands = plan.map(formatCommand);
        if (options.dryRun) {
          if (options.json) return context.printJson({ dryRun: true, commands });
          for (const line of commands) context.out(line);
          return;
        }
        for (const [index, planned] of plan.entries()) {
          context.log(`deploy: ${commands[index]}`);
          // The tools' own progress goes to stderr; stdout keeps the result.
          await runPlannedCommand(planned, context.env, (chunk) => context.stderr.write(chunk));
        }
        const app = context.env.FLY_APP;
        if (options.json) return context.printJson({ dryRun: false, commands, app, url: `https://${app}.fly.dev` });
        context.out(`deployed ${app}: https://${app}.fly.dev (check /healthz and /status)`);
      }),
    );
}
