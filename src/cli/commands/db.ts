import type { Command } from 'commander';
import type { DatabaseSyncResult } from '../../appdata/database-sync.js';
import type { MigrateResult } from '../../appdata/migrations.js';
import type { DatabaseRole } from '../appdata-support.js';
import type { ActionRunner } from '../command-types.js';
import { type CliContext, withCommonOptions } from '../context.js';
import { formatDuration, formatTable, parseChoice } from '../flags.js';

interface MigrateOptions {
  target?: string;
  dryRun?: boolean;
  json?: boolean;
}

interface TransferOptions {
  tables?: string;
  dryRun?: boolean;
  prune?: boolean;
  json?: boolean;
}

/** `syncagent db migrate|push|pull`: the app database schema and database sync (DESIGN section 8). */
export function registerDb(program: Command, run: ActionRunner): void {
  const db = program
    .command('db')
    .summary('app database: migrate the schema, push local → cloud, pull cloud → local')
    .description(
      'App data in Postgres: users, skills, contexts and content. The local database is DATABASE_URL, ' +
        'the cloud database CLOUD_DATABASE_URL.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent db migrate\n  syncagent db migrate --target both\n  syncagent db push --dry-run\n' +
        '  syncagent db pull --tables users,contexts --json',
    );

  withCommonOptions(
    db
      .command('migrate')
      .summary('apply pending schema migrations (idempotent)')
      .description(
        'Apply the pending versioned migrations (users, contexts, skills, content) in one transaction. ' +
          'Running it again applies nothing. --target picks the database: local (DATABASE_URL, default), ' +
          'cloud (CLOUD_DATABASE_URL) or both.',
      )
      .option('--target <which>', 'local, cloud or both', 'local')
      .option('--dry-run', 'list the pending migrations and apply nothing', false),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent db migrate\n  syncagent db migrate --target cloud --json\n  syncagent db migrate --target both --dry-run',
    )
    .action(
      run(async (context, options: MigrateOptions) => {
        const { migrate } = await import('../../appdata/migrations.js');
        const { openDatabase } = await import('../appdata-support.js');
        const target = parseChoice(options.target, ['local', 'cloud', 'both'] as const, '--target') ?? 'local';
        const roles: DatabaseRole[] = target === 'both' ? ['local', 'cloud'] : [target];
        // Resolve every setting first: a missing one fails before any database is touched.
        const databases = roles.map((role) => openDatabase(context, role));
        const results: MigrateResult[] = [];
        try {
          for (const database of databases) results.push(await migrate(database, { dryRun: options.dryRun }));
        } finally {
          await Promise.all(databases.map((database) => database.close()));
        }
        if (options.json) return context.printJson({ dryRun: Boolean(options.dryRun), databases: results });
        for (const result of results) {
          if (result.applied.length === 0)
            context.out(`${result.database}: up to date (schema version ${result.toVersion})`);
          else
            context.out(
              `${result.database}: ${options.dryRun ? 'would apply' : 'applied'} ${result.applied.map((migration) => `${migration.version} ${migration.name}`).join(', ')} ` +
                `(schema version ${result.fromVersion} → ${result.toVersion})`,
            );
        }
      }),
    );

  for (const direction of ['push', 'pull'] as const) {
    const [from, to] = direction === 'push' ? (['local', 'cloud'] as const) : (['cloud', 'local'] as const);
    withCommonOptions(
      db
        .command(direction)
        .summary(
          direction === 'push'
            ? 'copy local → cloud (DATABASE_URL → CLOUD_DATABASE_URL)'
            : 'copy cloud → local (CLOUD_DATABASE_URL → DATABASE_URL)',
        )
        .description(
          `Copy the app tables from the ${from} database to the ${to} database in one transaction: rows are ` +
            'upserted by primary key in dependency order (users before contexts), rows that did not change ' +
            'are not rewritten, and rows missing on the source are kept unless --prune. Tables stream ' +
            'through COPY into a staging table and merge in one statement, so memory stays flat.',
        )
        .option('--tables <list>', 'comma-separated tables: users,skills,contexts,content (default: all)')
        .option('--dry-run', 'print inserts/updates/unchanged per table and write nothing', false)
        .option('--prune', `delete ${to} rows that the ${from} database does not have`, false),
    )
      .addHelpText(
        'after',
        `\nExamples:\n  syncagent db ${direction} --dry-run\n  syncagent db ${direction} --tables users,contexts\n` +
          `  syncagent db ${direction} --prune --json`,
      )
      .action(
        run(async (context, options: TransferOptions) => {
          const { databasePart } = await import('../../appdata/parts.js');
          const { parseTables } = await import('../../appdata/schema.js');
          const { migrateHint, openDatabase, progressPrinter } = await import('../appdata-support.js');
          const part = databasePart({
            openLocal: () => openDatabase(context, 'local'),
            openCloud: () => openDatabase(context, 'cloud'),
            tables: parseTables(options.tables),
            migrateHint,
            onStart: (source, target) =>
              context.log(`${direction}: ${source.label} → ${target.label}${options.dryRun ? ' (dry run)' : ''}`),
            onProgress: progressPrinter(context),
          });
          const result = await part.run({ direction, dryRun: Boolean(options.dryRun), prune: Boolean(options.prune) });
          if (options.json) return context.printJson({ direction, ...result });
          printDatabaseSync(context, result);
        }),
      );
  }
}

/** Prints a database sync result as a table plus one summary line. */
export function printDatabaseSync(context: CliContext, result: DatabaseSyncResult): void {
  const header = ['table', 'source rows', 'inserts', 'updates', 'unchanged', ...(result.prune ? ['deletes'] : [])];
  const rows = result.tables.map((table) => [
    table.table,
    table.sourceRows,
    table.inserts,
    table.updates,
    table.unchanged,
    ...(result.prune ? [table.deletes] : []),
  ]);
  for (const line of formatTable(header, rows)) context.out(line);
  const total = (field: 'inserts' | 'updates' | 'unchanged' | 'deletes') =>
    result.tables.reduce((sum, table) => sum + table[field], 0).toLocaleString('en-US');
  const sourceRows = result.tables.reduce((sum, table) => sum + table.sourceRows, 0);
  // A rate only means something once there is real volume.
  const rate =
    sourceRows >= 10_000
      ? `, ${Math.round(sourceRows / (result.durationMs / 1000)).toLocaleString('en-US')} rows/s`
      : '';
  context.out(
    `${result.dryRun ? 'dry run, nothing written' : 'committed'}: ${total('inserts')} inserted, ${total('updates')} updated, ` +
      `${total('unchanged')} unchanged${result.prune ? `, ${total('deletes')} deleted` : ''} ` +
      `in ${formatDuration(result.durationMs)}${rate ? ` (${rate.slice(2)})` : ''}`,
  );
}
