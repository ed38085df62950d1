import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cliReference, referenceMarkers } from '../../../scripts/cli-reference.js';
import { createProgram } from '../../../src/cli/program.js';
import { repoRoot } from '../../support/cli.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** Markdown with table cells trimmed and rule rows shortened: the formatter pads tables to align them. */
const normalizeTables = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/^-+$/, '---'))
            .join('|')
        : line,
    )
    .join('\n');

it("the README's CLI reference is the one the commands define (run `npm run docs:cli` after changing a command)", () => {
  const start = readme.indexOf(referenceMarkers.start) + referenceMarkers.start.length;
  const end = readme.indexOf(referenceMarkers.end);
  expect(normalizeTables(readme.slice(start, end).trim())).toBe(normalizeTables(cliReference()));
});

it('the reference names every command and every option', () => {
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const program = createProgram({ stdout: sink, stderr: sink }, () => async () => {});
  const reference = cliReference();
  const leaves = program.commands.flatMap((command) =>
    command.commands.length
      ? command.commands.map((sub) => [`${command.name()} ${sub.name()}`, sub] as const)
      : [[command.name(), command] as const],
  );
  expect(leaves.length).toBeGreaterThanOrEqual(16);
  for (const [name, command] of leaves) {
    expect(reference).toContain(`### \`syncagent ${name}`);
    for (const option of command.options) {
      if (['--store <dir>', '--json', '-h, --help'].includes(option.flags)) continue;
      expect(reference).toContain(`\`${option.flags.replaceAll('|', '\\|')}\``);
    }
  }
});
