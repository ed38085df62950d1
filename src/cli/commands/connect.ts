import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliEngineDeps } from '../engine-deps.js';
import { parseCount } from '../flags.js';

interface ConnectOptions {
  store?: string;
  json?: boolean;
  account?: string;
  externalUser?: string;
  slug?: string;
  force?: boolean;
  agent?: string;
  review?: string;
  dryRun?: boolean;
  maxSteps?: string;
  maxMinutes?: string;
  trace?: string;
}

/** `syncagent connect <app> --account <apn_id>`: install a sync for a new connection, then backfill. */
export function registerConnect(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('connect <app>')
      .summary('install a sync for a connection (catalog recipe) and backfill its mirror')
      .description(
        'Install a sync for a Pipedream Connect account: sync.json, handler.js and SKILL.md from the reviewed ' +
          'catalog recipe, then a backfill with checkpoints (a killed run resumes when run again). Idempotent: an ' +
          'existing skills/<slug>/SKILL.md means done unless --force.',
      )
      .option('--account <apn_id>', 'the Pipedream Connect account id (apn_...)')
      .option('--external-user <id>', 'the external user id (default: from Pipedream)')
      .option('--slug <slug>', 'the sync slug (default: the app slug, then -2, -3...)')
      .option('--force', 'reinstall and backfill again even when the skill exists', false)
      .option('--agent <mode>', 'auto | catalog | llm (default: SYNCAGENT_AGENT, else auto)')
      .option('--review <mode>', 'direct | pr (default: SYNCAGENT_REVIEW, else direct)')
      .option('--max-steps <n>', 'sync agent: step budget (default 60)')
      .option('--max-minutes <n>', 'sync agent: wall-time budget in minutes (default 20)')
      .option('--trace <file>', 'sync agent: write one NDJSON line per step to this file')
      .option('--dry-run', 'print what would be installed, write nothing', false),
  )
    .addHelpText(
      'after',
      // apn_demo is the demo's Dropbox account: the examples run against the demo store (`demo --serve`).
      '\nExamples:\n  syncagent connect dropbox --account apn_demo\n  syncagent connect dropbox --account apn_demo --slug dropbox-work --json\n' +
        '  syncagent connect dropbox --account apn_demo --force\n  syncagent connect dropbox --account apn_demo --slug dropbox-2 --dry-run',
    )
    .action(
      run(async (context, app: string, options: ConnectOptions) => {
        // Bad input fails before the store is opened.
        const { connectFromRequest, parseConnectRequest } = await import('../../engine/connect-request.js');
        const request = parseConnectRequest(
          {
            app,
            accountId: options.account,
            externalUserId: options.externalUser,
            slug: options.slug,
            force: options.force,
            agent: options.agent,
            review: options.review,
            dryRun: options.dryRun,
            maxSteps:
              options.maxSteps === undefined ? undefined : parseCount(options.maxSteps, '--max-steps', { min: 1 }),
            maxMinutes:
              options.maxMinutes === undefined
                ? undefined
                : parseCount(options.maxMinutes, '--max-minutes', { min: 1 }),
            traceFile: options.trace === undefined ? undefined : resolve(context.cwd, options.trace),
          },
          context.env,
        );
        const deps = await cliEngineDeps(context, options);
        let lastProgress = 0;
        deps.onCheckpoint = (info) => {
          // Progress for humans on stderr; at most about one line a second.
          if (options.json || Date.now() - lastProgress < 1000) return;
          lastProgress = Date.now();
          context.log(`progress: ${info.message}`);
        };
        if (request.review === 'pr') {
          // Review as a pull request: the install lands on syncagent/<slug> and a PR is opened or updated.
          const { connectUnderReview } = await import('../../github/review-connect.js');
          const { cliGitHubDeps } = await import('../github-deps.js');
          const reviewed = await connectUnderReview(
            await cliGitHubDeps(context, options, context.env, { onCheckpoint: deps.onCheckpoint }),
            request,
            connectFromRequest,
          );
          if (options.json)
            return context.printJson({
              ...reviewed.outcome,
              branch: reviewed.branch,
              pullRequest: reviewed.pullRequest,
            });
          const pull = reviewed.pullRequest;
          context.out(
            pull
              ? `${reviewed.slug}: ${pull.created ? 'opened' : 'updated'} pull request #${pull.number} ${pull.url} (branch ${reviewed.branch})`
              : `${reviewed.slug}: ${reviewed.outcome.status === 'dry-run' ? 'dry run' : 'nothing to review'}`,
          );
          return;
        }
        const outcome = await connectFromRequest(deps, request);
        if (options.json) return context.printJson(outcome);
        if (outcome.status === 'exists')
          context.out(
            `${outcome.slug}: already connected (skills/${outcome.slug}/SKILL.md exists; --force reinstalls)`,
          );
        else if (outcome.status === 'dry-run')
          context.out(`${outcome.slug}: would install ${outcome.files.join(', ')} (${outcome.createdBy}) and backfill`);
        else context.out(`${outcome.slug}: connected (${outcome.createdBy}): ${outcome.summary ?? 'done'}`);
      }),
    );
}
