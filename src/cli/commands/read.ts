import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { parseCount } from '../flags.js';
import { storeRoot } from '../store-options.js';

/** `syncagent read <path>`: read_file from the command line. */
export function registerRead(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('read <path>')
      .summary('print lines of a store file with line numbers (read_file)')
      .description(
        'Print lines of a store file with a line-number gutter. A read returns at most 64 KiB: use --offset and --limit to page through big files, or `syncagent grep` to find lines.',
      )
      .option('--offset <n>', 'first line to print, 1-based', '1')
      .option('--limit <n>', 'how many lines to print'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent read skills/dropbox/SKILL.md\n  syncagent read mirrors/dropbox/recent.ndjson --offset 2 --limit 5\n  syncagent read mirrors/dropbox/index.json --json',
    )
    .action(
      run(
        async (context, path: string, options: { store?: string; json?: boolean; offset: string; limit?: string }) => {
          const { readFile, withGutter } = await import('../../mirror/read-file.js');
          const result = await readFile(storeRoot(context, options), {
            path,
            offset: parseCount(options.offset, '--offset', { min: 1 }),
            limit: options.limit === undefined ? undefined : parseCount(options.limit, '--limit', { min: 1 }),
          });
          if (options.json) {
            const { hint: _hint, ...shape } = result;
            return context.printJson(shape);
          }
          if (result.lines.length) context.out(withGutter(result));
          if (result.hint) context.log(`syncagent: ${result.hint}`);
        },
      ),
    );
}
