import { describe, expect, it } from 'vitest';
import { shell } from '../support/demo.js';
import { helpExamples, needsDatabase } from '../support/examples.js';
import { syncedFiles, writeFiles } from './fixtures.js';
import { migratedPair, tempDir } from './helpers.js';

// Issue 11 item 3, the app-data part: every --help example of `db`, `local` and `sync` runs as printed (a store of
// skills, handlers and content as its folder, DATABASE_URL and CLOUD_DATABASE_URL naming a migrated pair) and exits 0.

const examples = helpExamples().filter(
  ({ line }, index, all) => needsDatabase.test(line) && all.findIndex((other) => other.line === line) === index,
);

describe('app-data examples', () => {
  it('are found for db, local and sync', () => {
    for (const command of ['db migrate', 'db push', 'db pull', 'local to-db', 'local to-disk', 'sync'])
      expect(
        examples.some(({ line }) => line.startsWith(`syncagent ${command} `) || line === `syncagent ${command}`),
      ).toBe(true);
  });

  it.each(examples)('$source: $line', async ({ line }) => {
    const { env } = await migratedPair();
    const store = await tempDir();
    await writeFiles(store, syncedFiles);
    const command = line.replace(/--store\s+\S+/, `--store '${store}'`);
    const result = await shell(command, store, env as Record<string, string>);
    expect(result.status, `${command}\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`).toBe(0);
  });
});
