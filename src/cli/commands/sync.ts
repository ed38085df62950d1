import type { Command } from 'commander';
import type { DatabaseSyncResult } from '../../appdata/database-sync.js';
import type { LocalSyncResult } from '../../appdata/local-sync.js';
import { type SyncDirection, SyncService, syncDirections } from '../../appdata/sync-service.js';
import { InvalidInputError } from '../../errors.js';
import type { FilesSyncResult } from '../../filesync/index.js';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { formatDuration, parseChoice } from '../flags.js';
import { storeRoot } from '../store-options.js';
import { printDatabaseSync } from './db.js';
import { printFilesSync } from './files.js';
import { printLocalSync } from './local.js';

interface SyncOptions {
  store?: string;
  json?: boolean;
  direction?: string;
  dryRun?: boolean;
  prune?: boolean;
  parts?: string;
  tables?: string;
  only?: string;
}

/** `syncagent sync --direction push|pull|to-disk|to-db`: every applicable part through the SyncService. */
export function registerSync(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('sync')
      .summary('run every app data sync part that applies to a direction')
      .description(
        'Run the SyncService: push and pull sync the databases (DATABASE_URL ↔ CLOUD_DATABASE_URL) and the synced ' +
          'folders as a tarball (SYNCAGENT_CLOUD_URL, see `files`); ' +
          'to-db and to-disk sync skills/ and content/ under --store with the local database. Parts are ' +
          "independent: each reports its own result, and the exit code is the first failure's.",
      )
      .requiredOption('--direction <direction>', syncDirections.join(', '))
      .option('--dry-run', 'show what would change and write nothing', false)
      .option('--prune', 'also delete what the source no longer has', false)
      .option(
        '--parts <list>',
        'only these parts: database, local, files (default: all that apply; files when SYNCAGENT_CLOUD_URL is set)',
      )
      .option('--tables <list>', 'database part: tables to sync (default: all)')
      .option('--only <kind>', 'local part: skills or content (default: both)'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent sync --direction push --dry-run\n  syncagent sync --direction pull --json\n' +
        '  syncagent sync --direction to-disk --store ./store',
    )
    .action(
      run(async (context, options: SyncOptions) => {
        const { localKinds } = await import('../../appdata/documents.js');
        const { databasePart, filesPart, localPart } = await import('../../appdata/parts.js');
        const { parseTables } = await import('../../appdata/schema.js');
        const { migrateHint, openDatabase, progressPrinter } = await import('../appdata-support.js');
        const direction = parseChoice(options.direction, syncDirections, '--direction') as SyncDirection;
        const tables = parseTables(options.tables);
        const only = parseChoice(options.only, localKinds, '--only');
        const parts = options.parts
          ?.split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        if (parts !== undefined && parts.length === 0) throw new InvalidInputError('--parts: name at least one part');
        const builder = SyncService.builder()
          .direction(direction)
          .dryRun(Boolean(options.dryRun))
          .prune(Boolean(options.prune))
          .part(
            databasePart({
              openLocal: () => openDatabase(context, 'local'),
              openCloud: () => openDatabase(context, 'cloud'),
              tables,
              migrateHint,
              onProgress: progressPrinter(context),
            }),
          )
          .part(
            localPart({
              openLocal: () => openDatabase(context, 'local'),
              root: storeRoot(context, options),
              only: only ? [only] : undefined,
              migrateHint: migrateHint('local'),
            }),
          )
          .only(parts);
        // File sync is a part where it is set up (or asked for by name: then a missing setting is its error).
        if (context.env.SYNCAGENT_CLOUD_URL || parts?.includes('files')) {
          const { cloudSettings, createFilesCloud } = await import('../../filesync/index.js');
          builder.part(
            filesPart({
              root: storeRoot(context, options),
              openCloud: () => createFilesCloud(cloudSettings(context.env)),
            }),
          );
        }
        const service = builder.build();
        const result = await service.syncAll({
          onPartStart: (part) => context.log(`sync: ${part} (${direction}${options.dryRun ? ', dry run' : ''})…`),
          onPartEnd: (part) => {
            if (part.status === 'failed')
              context.log(`syncagent: ${part.error.code}: ${part.part}: ${part.error.message}`);
          },
        });
        const failed = result.parts.find((part) => part.status === 'failed');
        if (failed?.status === 'failed') context.setExitCode(failed.error.exitCode);
        if (options.json) {
          return context.printJson({
            ...result,
            parts: result.parts.map((part) =>
              part.status === 'failed' ? { ...part, error: part.error.toJSON() } : part,
            ),
          });
        }
        for (const part of result.parts) {
          context.out(`== ${part.part}: ${part.status} (${formatDuration(part.durationMs)})`);
          if (part.status === 'failed') context.out(`${part.error.code}: ${part.error.message}`);
          else if (part.part === 'database') printDatabaseSync(context, part.result as DatabaseSyncResult);
          else if (part.part === 'local') printLocalSync(context, part.result as LocalSyncResult);
          else if (part.part === 'files') printFilesSync(context, part.result as FilesSyncResult);
        }
      }),
    );
}
