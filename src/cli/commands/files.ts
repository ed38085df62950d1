import type { Command } from 'commander';
import type { FilesSyncResult } from '../../filesync/index.js';
import { syncedFolders } from '../../filesync/rules.js';
import type { ActionRunner } from '../command-types.js';
import { type CliContext, withCommonOptions } from '../context.js';
import { storeRoot } from '../store-options.js';

interface FilesOptions {
  store?: string;
  json?: boolean;
  dryRun?: boolean;
}

/** How many paths of each kind the human output lists before "… and N more". */
const listed = 20;

/** Prints a files push/pull result for humans (the `sync` command's files part too). */
export function printFilesSync(context: CliContext, result: FilesSyncResult): void {
  const verb = result.direction === 'push' ? 'push' : 'pull';
  if (result.direction === 'pull' && !result.cloudHasFiles) {
    context.out('the cloud has no files yet (run `syncagent files push` first): nothing pulled');
    return;
  }
  const counts = `${result.added.length} added, ${result.changed.length} changed, ${result.removed.length} removed, ${result.unchanged} unchanged`;
  const folders = result.folders.length > 0 ? result.folders.join(' ') : 'no folders';
  context.out(
    `${result.dryRun ? `would ${verb}` : verb === 'push' ? 'pushed' : 'pulled'} ${folders}: ${result.files} files (${result.bytes} bytes): ${counts}`,
  );
  for (const [mark, paths] of [
    ['+', result.added],
    ['~', result.changed],
    ['-', result.removed],
  ] as const) {
    for (const path of paths.slice(0, listed)) context.out(`  ${mark} ${path}`);
    if (paths.length > listed) context.out(`  ${mark} … and ${paths.length - listed} more`);
  }
  for (const skipped of result.skipped) context.out(`  skipped ${skipped}`);
}

/** `syncagent files push|pull [--dry-run]`: the synced folders as one tarball in the cloud. */
export function registerFiles(program: Command, run: ActionRunner): void {
  const files = program
    .command('files')
    .summary(`sync ${syncedFolders.join('/ ')}/ with the cloud as one tarball`)
    .description(
      `Tarball file sync: push packs ${syncedFolders.map((folder) => `${folder}/`).join(' ')} (those present under --store) ` +
        'into a gzipped tarball and uploads it to SYNCAGENT_CLOUD_URL (a `syncagent serve`, PUT /api/v1/files) with the bearer ' +
        'SYNCAGENT_CLOUD_TOKEN; pull downloads it, checks every entry (regular files and folders inside the synced folders ' +
        'only: no links, devices, absolute paths, .. or .git; bounded size and entry count), extracts it into a temporary ' +
        'folder and swaps the folders in. A bad entry refuses the whole tarball.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  SYNCAGENT_CLOUD_URL=https://my-syncagent.fly.dev SYNCAGENT_CLOUD_TOKEN=... syncagent files push\n' +
        '  syncagent files pull --dry-run --store ./workspace\n  syncagent files pull --json',
    );
  const descriptions = {
    push: 'Pack the synced folders under --store and upload them, replacing the cloud copy. Lists what the cloud copy gains, changes and loses.',
    pull: 'Download the cloud copy, check it, and replace the synced folders under --store with it (folders the copy lacks are removed).',
  };
  for (const direction of ['push', 'pull'] as const) {
    withCommonOptions(
      files
        .command(direction)
        .summary(direction === 'push' ? 'upload the synced folders' : 'replace the synced folders with the cloud copy')
        .description(descriptions[direction])
        .option('--dry-run', 'list what would be added, changed and removed; write nothing', false),
    )
      .addHelpText(
        'after',
        `\nExamples:\n  syncagent files ${direction} --dry-run\n  syncagent files ${direction} --store ./workspace --json`,
      )
      .action(
        run(async (context, options: FilesOptions) => {
          const { filesPart } = await import('../../appdata/parts.js');
          const { cloudSettings, createFilesCloud } = await import('../../filesync/index.js');
          const part = filesPart({
            root: storeRoot(context, options, { mustExist: direction === 'push' }),
            openCloud: () => createFilesCloud(cloudSettings(context.env)),
          });
          const result = await part.run({ direction, dryRun: Boolean(options.dryRun), prune: false });
          if (options.json) return context.printJson(result);
          printFilesSync(context, result);
        }),
      );
  }
}
