import type { Command } from 'commander';
import { findRecipe } from '../../catalog/index.js';
import { connect } from '../../engine/index.js';
import { InvalidInputError } from '../../errors.js';
import { getAccount } from '../../gateway/index.js';
import { gatewayMode } from '../../gateway/settings.js';
import { validateSlug } from '../../store/index.js';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { cliEngineDeps } from '../engine-deps.js';
import { parseChoice } from '../flags.js';

interface ConnectOptions {
  store?: string;
  json?: boolean;
  account: string;
  externalUser?: string;
  slug?: string;
  force?: boolean;
  agent: string;
  dryRun?: boolean;
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
      .requiredOption('--account <apn_id>', 'the Pipedream Connect account id (apn_...)')
      .option('--external-user <id>', 'the external user id (default: from Pipedream)')
      .option('--slug <slug>', 'the sync slug (default: the app slug, then -2, -3...)')
      .option('--force', 'reinstall and backfill again even when the skill exists', false)
      .option('--agent <mode>', 'auto | catalog | llm', 'auto')
      .option('--dry-run', 'print what would be installed, write nothing', false),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent connect dropbox --account apn_abc123\n  syncagent connect dropbox --account apn_def456 --slug dropbox-work --json\n  syncagent connect dropbox --account apn_abc123 --force',
    )
    .action(
      run(async (context, app: string, options: ConnectOptions) => {
        validateSlug(app);
        const agent = parseChoice(options.agent, ['auto', 'catalog', 'llm'] as const, '--agent') ?? 'auto';
        if (!/^[A-Za-z0-9_-]{1,100}$/.test(options.account))
          throw new InvalidInputError(`--account: invalid account id ${JSON.stringify(options.account)}`);
        const recipe = agent === 'llm' ? undefined : findRecipe(app);
        if (!recipe) {
          if (agent === 'catalog')
            throw new InvalidInputError(`the catalog has no recipe for "${app}" (--agent catalog)`);
          throw new InvalidInputError(
            `the LLM sync agent is not available yet; only catalog recipes can be installed (${app === 'dropbox' ? 'use --agent catalog' : `no recipe for "${app}"`})`,
          );
        }
        const deps = await cliEngineDeps(context, options);
        let externalUserId = options.externalUser;
        if (gatewayMode(context.env) === 'pipedream') {
          const account = await getAccount(context.env, options.account);
          if (account.app.name_slug !== app) {
            throw new InvalidInputError(
              `account ${options.account} belongs to app "${account.app.name_slug}", not "${app}"`,
            );
          }
          externalUserId = externalUserId ?? account.external_user_id;
        }
        if (!externalUserId)
          throw new InvalidInputError('--external-user: required (Pipedream did not name the external user)');
        let lastProgress = 0;
        deps.onCheckpoint = (info) => {
          // Progress for humans on stderr; at most about one line a second.
          if (Date.now() - lastProgress < 1000 && !options.json) return;
          lastProgress = Date.now();
          if (!options.json) context.log(`progress: ${info.message}`);
        };
        const outcome = await connect(deps, {
          app,
          accountId: options.account,
          externalUserId,
          slug: options.slug,
          force: options.force,
          dryRun: options.dryRun,
          recipe,
        });
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
