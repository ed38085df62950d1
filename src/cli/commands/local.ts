import type { Command } from 'commander';
import type { LocalKind } from '../../appdata/documents.js';
import type { LocalDirection, LocalSyncResult } from '../../appdata/local-sync.js';
import type { ActionRunner } from '../command-types.js';
import { type CliContext, withCommonOptions } from '../context.js';
import { formatTable, parseChoice } from '../flags.js';
import { storeRoot } from '../store-options.js';

interface LocalOptions {
  store?: string;
  json?: boolean;
  only?: string;
  dryRun?: boolean;
  prune?: boolean;
}

/** `syncagent local to-db|to-disk`: skills and content files ↔ the local database, by hash diff. */
export function registerLocal(program: Command, run: ActionRunner): void {
  const local = program
    .command('local')
    .summary('sync skills/ and content/ files with the local database (hash diff)')
    .description(
      'Keep skills/<slug>/SKILL.md and content/**/*.md (YAML frontmatter + markdown body) in step with ' +
        'the local database (DATABASE_URL). The diff is by content hash: added, modified, removed, unchanged.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent local to-db --dry-run\n  syncagent local to-disk --only skills --store ./store',
    );

  const descriptions: Record<LocalDirection, string> = {
    'to-db':
      'Read the files under --store into the local database in one transaction. Every file is parsed ' +
      'first: malformed frontmatter is an error naming the file and line, and nothing is written. ' +
      'Rows without a file are kept unless --prune.',
    'to-disk':
      'Write the local database out as files under --store. Files keep their frontmatter exactly as ' +
      'they were read; edited rows get fresh, safely escaped YAML. Files without a row are kept unless --prune.',
  };
  for (const direction of ['to-db', 'to-disk'] as const) {
    withCommonOptions(
      local
        .command(direction)
        .summary(direction === 'to-db' ? 'files → local database' : 'local database → files')
        .description(descriptions[direction])
        .option('--only <kind>', 'skills or content (default: both)')
        .option('--dry-run', 'print the diff and write nothing', false)
        .option(
          '--prune',
          direction === 'to-db' ? 'delete rows whose file is gone' : 'delete files that have no row',
          false,
        ),
    )
      .addHelpText(
        'after',
        `\nExamples:\n  syncagent local ${direction} --dry-run\n  syncagent local ${direction} --only content --json\n` +
          `  syncagent local ${direction} --store ./store --prune`,
      )
      .action(
        run(async (context, options: LocalOptions) => {
          const { localKinds } = await import('../../appdata/documents.js');
          const { localPart } = await import('../../appdata/parts.js');
          const { migrateHint, openDatabase } = await import('../appdata-support.js');
          const only = parseChoice(options.only, localKinds, '--only');
          const part = localPart({
            openLocal: () => openDatabase(context, 'local'),
            root: storeRoot(context, options),
            only: only ? [only] : undefined,
            migrateHint: migrateHint('local'),
          });
          const result = await part.run({ direction, dryRun: Boolean(options.dryRun), prune: Boolean(options.prune) });
          if (options.json) return context.printJson(result);
          printLocalSync(context, result);
        }),
      );
  }
}

/** Prints the diff as a table (changes only) and a summary per kind. */
export function printLocalSync(context: CliContext, result: LocalSyncResult): void {
  const destination = result.direction === 'to-db' ? result.database : result.root;
  context.out(`${result.direction}: ${result.direction === 'to-db' ? result.root : result.database} → ${destination}`);
  const changed = result.entries.filter((entry) => entry.change !== 'unchanged');
  if (changed.length > 0) {
    const rows = changed.map((entry) => [
      entry.change === 'removed' && !entry.applied && !result.dryRun ? 'removed (kept)' : entry.change,
      entry.file,
      (entry.sourceHash ?? entry.targetHash ?? '').slice(0, 12),
    ]);
    for (const line of formatTable(['change', 'file', 'hash'], rows)) context.out(line);
  }
  for (const kind of Object.keys(result.summary) as LocalKind[]) {
    const counts = result.summary[kind];
    context.out(
      `${kind}: ${counts.added} added, ${counts.modified} modified, ${counts.removed} removed, ${counts.unchanged} unchanged`,
    );
  }
  const kept = changed.filter((entry) => entry.change === 'removed' && !entry.applied).length;
  context.out(
    result.dryRun
      ? 'dry run, nothing written'
      : `wrote ${result.written}, deleted ${result.deleted}${kept > 0 ? ` (${kept} removed kept: pass --prune to delete them)` : ''}`,
  );
}
