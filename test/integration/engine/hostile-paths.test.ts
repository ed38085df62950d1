import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../../../src/engine/index.js';
import { gitCli, tempDirPerTest } from '../../support/git.js';
import { installPlain, testRecipe } from './support.js';

// A hostile handler, run through exec in the real sandbox against a real store, tries to plant a nested git
// repository (or a file git reads from the tree) under every spelling git folds to .git. Nothing of it may reach the
// store's history or its work tree; `git fsck --strict` and a clone of the store stay clean.
const recipe = testRecipe(
  'export async function backfill(ctx) { await ctx.mirror.write("ok.txt", "ok\\n"); return { added: 1 }; }',
);

const dir = tempDirPerTest('hostile-');

async function installed() {
  const deps = await installPlain(join(dir.path, 'store'), recipe);
  return { deps, root: deps.store.root };
}

/** The checks every hostile case ends with: nothing git would refuse in HEAD or on disk; fsck and a clone are clean. */
function expectCleanStore(root: string, planted: string): void {
  const tracked = gitCli(root, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n');
  expect(tracked.filter((path) => !/^(skills|handlers|mirrors)\/(\.gitkeep|plain\/)/.test(path))).toEqual([]);
  expect(tracked.some((path) => /git/i.test(path.replace(/\.gitkeep$/, '')))).toBe(false);
  expect(existsSync(join(root, 'mirrors/plain', planted))).toBe(false);
  expect(gitCli(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
  const clone = join(dir.path, `clone-${Math.random().toString(36).slice(2)}`);
  gitCli(dir.path, 'clone', '--quiet', root, clone);
  expect(gitCli(clone, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(gitCli(clone, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
}

const hooks = '[core]\n\tfsmonitor = "touch /tmp/syncagent-pwned"\n';
const plantings: Array<[string, string]> = [
  ['write', `await ctx.mirror.write(PATH, ${JSON.stringify(hooks)})`],
  ['upsertLines', 'await ctx.mirror.upsertLines(PATH, [{ id: 1 }], "id")'],
  ['indexPut', 'await ctx.mirror.indexPut(PATH, [{ path: "/a", name: "a" }], { key: "path" })'],
  ['delete', 'await ctx.mirror.delete(PATH)'],
];
const spellings = [
  'sub/.git/config',
  '.GIT/config',
  'sub/.git./config',
  'sub/.git /config',
  'sub/ .git/config',
  'sub/git~1/config',
  'sub/.git::$INDEX_ALLOCATION/config',
  'sub/.g\u200cit/config',
  'sub/.gitmodules',
  'sub/GITMOD~1',
  'sub/.gitattributes',
];

describe('a hostile handler cannot plant a nested repository', () => {
  it.each(spellings)('exec writing %j fails, naming the path, and leaves the store clean', async (path) => {
    const { deps, root } = await installed();
    const head = gitCli(root, 'rev-parse', 'HEAD');
    await expect(
      exec(deps, 'plain', {
        text: `export default async function (ctx) { ${plantings[0]![1].replace('PATH', JSON.stringify(path))}; }`,
        filename: 'hostile.js',
      }),
    ).rejects.toMatchObject({
      // The handler's uncaught error ends the run as a sandbox error that carries the store's refusal (the mirror's
      // own check names the mirror path; the store's, for the files git reads from a tree, the store path).
      code: 'sandbox',
      message: expect.stringMatching(
        new RegExp(`invalid (mirror path "|path "mirrors/plain/)${path.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}": `),
      ),
    });
    // Only the failure record was committed on top.
    expect(gitCli(root, 'log', '--format=%s', `${head}..HEAD`)).toBe('sync(plain): exec failed (sandbox)');
    expectCleanStore(root, path);
  });

  it.each(plantings.map(([how]) => how))(
    'every mirror writer refuses it (%s), even when the handler catches the error and carries on',
    async (how) => {
      const { deps, root } = await installed();
      const call = plantings.find(([name]) => name === how)![1];
      const code = `export default async function (ctx) {
        const refused = [];
        for (const path of ${JSON.stringify(spellings.filter((path) => !path.includes('gitmodules')))}) {
          try { ${call.replace('PATH', 'path')}; } catch (error) { refused.push(String(error.message)); }
        }
        await ctx.mirror.write('notes.txt', 'still here\\n');
        return { refused };
      }`;
      const outcome = await exec(deps, 'plain', { text: code, filename: 'hostile.js' });
      expect(outcome.ran).toBe(true);
      const refused = (outcome.ran ? outcome.result : null) as { refused: string[] };
      expect(refused.refused).toHaveLength(spellings.length - 1);
      for (const message of refused.refused) expect(message).toMatch(/reach into \.git|git's to read/);
      expect(gitCli(root, 'show', 'HEAD:mirrors/plain/notes.txt')).toBe('still here');
      expectCleanStore(root, 'sub');
    },
  );
});
