import type { Command } from 'commander';
import { createProgram } from '../../src/cli/program.js';

// The examples the CLI prints, extracted mechanically (tests run every one: test/integration/cli/examples.test.ts,
// and the app-data ones against Postgres in test/postgres/examples.test.ts).

/** An example line and where it was printed. */
export interface Example {
  source: string;
  line: string;
  /** The `export …` lines and `cat > file <<'END'` here-documents above it in its README code block: run first. */
  setup?: string[];
}

/** A line that runs syncagent: optional `NAME=value` settings, then `syncagent …` or `npx syncagent …`. */
export const commandLine = /^(?:[A-Z_]+=\S*\s+)*(?:npx\s+)?syncagent\s/;

/** The lines of every `Examples:` section of every command's --help (the section ends at a blank line). */
export function helpExamples(): Example[] {
  let text = '';
  const write = (chunk: string) => {
    text += chunk;
    return true;
  };
  const sink = { write } as unknown as NodeJS.WritableStream;
  const program = createProgram({ stdout: sink, stderr: sink }, () => async () => {});
  const commands: Array<[string, Command]> = program.commands.flatMap((command) => [
    [command.name(), command] as [string, Command],
    ...command.commands.map((sub) => [`${command.name()} ${sub.name()}`, sub] as [string, Command]),
  ]);
  const examples: Example[] = [];
  for (const [name, command] of [['', program] as [string, Command], ...commands]) {
    text = '';
    command.outputHelp();
    const lines = text.split('\n');
    const start = lines.indexOf('Examples:');
    if (start < 0) continue;
    for (const line of lines.slice(start + 1)) {
      if (line.trim() === '') break;
      if (commandLine.test(line.trim()))
        examples.push({ source: `syncagent ${name} --help`.trim(), line: line.trim() });
    }
  }
  return examples;
}

/** The app-data commands (db, local, sync) need Postgres: test/postgres/examples.test.ts runs their examples. */
export const needsDatabase = /^syncagent (db|local|sync) /;
