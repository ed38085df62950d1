import type { Command } from 'commander';
import { InvalidInputError } from '../../errors.js';
import type { GrepMatch } from '../../mirror/grep-file.js';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { parseCount } from '../flags.js';
import { storeRoot } from '../store-options.js';

/** `syncagent grep <regex>`: grep_file from the command line, printed like `rg -n`. */
export function registerGrep(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('grep <regex>')
      .summary('search store files with a JavaScript regex (grep_file)')
      .description(
        'Search one file (--path) or every file below a folder (--prefix, optionally --glob) with a JavaScript regular expression. Output looks like `rg -n`; --json prints {matches, truncated} records.',
      )
      .option('--path <file>', 'search this one file')
      .option('--prefix <dir>', 'search every file below this folder ("." for the whole store)')
      .option('--glob <glob>', 'with --prefix: only files matching this glob (e.g. "*.ndjson")')
      .option('-i, --ignore-case', 'case-insensitive match', false)
      .option('-C, --context <n>', 'lines of context around each match', '0')
      .option('--max <n>', 'stop after this many matches (0: no limit)', '100'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  syncagent grep -i "budget" --prefix mirrors/dropbox --glob "*.ndjson"\n' +
        '  syncagent grep \'"lower":"/finance/2025/\' --prefix mirrors/dropbox/files -C 1\n' +
        '  syncagent grep \'"tag":"folder"\' --prefix mirrors --json --max 0',
    )
    .action(
      run(
        async (
          context,
          pattern: string,
          options: {
            store?: string;
            json?: boolean;
            path?: string;
            prefix?: string;
            glob?: string;
            ignoreCase: boolean;
            context: string;
            max: string;
          },
        ) => {
          if (options.path === undefined && options.prefix === undefined) {
            throw new InvalidInputError('give --path FILE or --prefix DIR (use --prefix . for the whole store)');
          }
          const { grepFile } = await import('../../mirror/grep-file.js');
          const result = await grepFile(storeRoot(context, options), {
            pattern,
            path: options.path,
            prefix: options.prefix,
            glob: options.glob,
            flags: options.ignoreCase ? 'i' : '',
            contextLines: parseCount(options.context, '--context'),
            maxMatches: parseCount(options.max, '--max') || Number.POSITIVE_INFINITY,
          });
          if (options.json) {
            context.printJson({ matches: result.matches, truncated: result.truncated });
          } else {
            printLikeRipgrep(result.matches, options.path === undefined, context.out);
            if (result.truncated)
              context.log(`syncagent: stopped after ${result.matches.length} matches (raise --max to see more)`);
          }
        },
      ),
    );
}

/** Prints matches as `rg -n` does: `file:line:text`, context as `file-line-text`, `--` between groups. */
function printLikeRipgrep(matches: GrepMatch[], withFile: boolean, out: (line: string) => void): void {
  const byFile = new Map<string, Map<number, { text: string; isMatch: boolean }>>();
  for (const match of matches) {
    let lines = byFile.get(match.file);
    if (!lines) byFile.set(match.file, (lines = new Map()));
    const setContext = (line: number, text: string): void => {
      if (!lines.get(line)?.isMatch) lines.set(line, { text, isMatch: false });
    };
    for (const [index, text] of match.before.entries()) setContext(match.line - match.before.length + index, text);
    lines.set(match.line, { text: match.match, isMatch: true });
    for (const [index, text] of match.after.entries()) setContext(match.line + 1 + index, text);
  }
  const withContext = matches.some((match) => match.before.length > 0 || match.after.length > 0);
  let printedAny = false;
  for (const [file, lines] of byFile) {
    let previous: number | undefined;
    for (const line of [...lines.keys()].sort((a, b) => a - b)) {
      const entry = lines.get(line) as { text: string; isMatch: boolean };
      // rg separates non-adjacent groups (and files) with "--" when context is shown.
      if (withContext && printedAny && (previous === undefined || line > previous + 1)) out('--');
      const separator = entry.isMatch ? ':' : '-';
      out(`${withFile ? `${file}${separator}` : ''}${line}${separator}${entry.text}`);
      previous = line;
      printedAny = true;
    }
  }
}
