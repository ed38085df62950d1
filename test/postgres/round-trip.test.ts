import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUniqueDatabase } from '../support/postgres.js';
import { otherFiles, syncedFiles, writeFiles } from './fixtures.js';
import { cliProcess, freshPair, postgres, readTree, tempDir } from './helpers.js';

describe('round trip', () => {
  it('files → local database → cloud → a fresh local database → files reproduces every file byte for byte', async () => {
    const { env } = await freshPair();
    const source = await tempDir();
    await writeFiles(source, { ...syncedFiles, ...otherFiles });
    const step = async (args: string[], stepEnv: NodeJS.ProcessEnv) => {
      const result = await cliProcess(args, { env: stepEnv });
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      return result;
    };

    await step(['db', 'migrate', '--target', 'both'], env);
    await step(['local', 'to-db', '--store', source], env);
    await step(['db', 'push'], env);

    const freshLocal = await createUniqueDatabase(postgres(), 'fresh');
    const freshEnv = { ...env, DATABASE_URL: freshLocal };
    await step(['db', 'migrate'], freshEnv);
    await step(['db', 'pull'], freshEnv);
    const target = join(await tempDir(), 'export');
    await mkdir(target);
    const exported = await step(['sync', '--direction', 'to-disk', '--store', target, '--json'], freshEnv);
    expect(JSON.parse(exported.stdout).parts[0].result.written).toBe(Object.keys(syncedFiles).length);

    const original = await readTree(source);
    const copy = await readTree(target);
    expect([...copy.keys()].sort()).toEqual(Object.keys(syncedFiles).sort());
    for (const [file, bytes] of copy) {
      expect(bytes.equals(original.get(file)!), `${file} differs`).toBe(true);
    }
  });
});
