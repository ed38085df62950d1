import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grepFile, listFilesOperation, listSkills, readFile, walkFiles } from '../../../src/mirror/index.js';
import { gitSecret, hostileLinks, outsideSecret, plantHostileFiles } from '../../fixtures/hostile-store.js';
import { tempDir } from '../../support/git.js';

// The read faces never follow a symbolic link and never read git's folder: a link committed into a store must not
// show the main agent a file outside the store, nor .git/config.
let dir: { path: string; cleanup: () => Promise<void> };
const root = () => join(dir.path, 'store');

beforeAll(async () => {
  dir = await tempDir('links-');
  await plantHostileFiles(root(), join(dir.path, 'outside'));
});
afterAll(() => dir.cleanup());

const secrets = new RegExp(`${outsideSecret}|${gitSecret}`);

describe('the read faces and symbolic links', () => {
  it.each([
    ['a file link out of the store', hostileLinks.fileOutside],
    ['a file link inside the store', hostileLinks.fileInside],
    ['a path through a folder link out of the store', `${hostileLinks.folderOutside}/secret.txt`],
    ['a path through a folder link to .git', `${hostileLinks.gitFolder}/config`],
    ['a skill file link', hostileLinks.skillFile],
  ])('read_file refuses %s', async (_name, path) => {
    await expect(readFile(root(), { path })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/symbolic link .*the read faces do not follow links/),
    });
  });

  it.each([['.git/config'], ['mirrors/sub/.GIT/config'], ['mirrors/sub/.git./config']])(
    'read_file refuses git folder spelling %s',
    async (path) => {
      await expect(readFile(root(), { path })).rejects.toMatchObject({ code: 'invalid_input' });
    },
  );

  it.each([[hostileLinks.folderOutside], [hostileLinks.gitFolder], [hostileLinks.fileOutside]])(
    'grep_file and list_files refuse the prefix %s',
    async (prefix) => {
      await expect(grepFile(root(), { pattern: 'SECRET', prefix })).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('symbolic link'),
      });
      await expect(listFilesOperation(root(), { prefix })).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(listFilesOperation(root(), { prefix, recursive: false })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    },
  );

  it('grep_file over the whole store skips links and git folders', async () => {
    const result = await grepFile(root(), { pattern: 'SECRET|Report', prefix: '' });
    expect(result.matches.map((match) => match.file)).toEqual(['mirrors/demo/files.ndjson']);
    expect(result.matches.some((match) => secrets.test(match.match))).toBe(false);
  });

  it('grep_file with a path through a link is refused', async () => {
    await expect(grepFile(root(), { pattern: 'x', path: `${hostileLinks.gitFolder}/config` })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('list_files lists no link and nothing of a git folder', async () => {
    const paths = (await walkFiles(root(), '')).map((file) => file.path);
    expect(paths).toEqual(['mirrors/demo/files.ndjson', 'skills/demo/SKILL.md']);
    const level = await listFilesOperation(root(), { prefix: 'mirrors', recursive: false });
    expect(level.files).toEqual([{ path: 'mirrors/demo', type: 'dir' }]);
    const evil = await listFilesOperation(root(), { prefix: 'mirrors/evil', recursive: false });
    expect(evil.files).toEqual([]);
  });

  it('list_skills skips a linked skill folder and a linked SKILL.md', async () => {
    const skills = await listSkills(root());
    expect(skills.map((skill) => skill.path)).toEqual(['skills/demo/SKILL.md']);
    expect(JSON.stringify(skills)).not.toMatch(secrets);
  });

  it('a prefix that does not exist is a clear error', async () => {
    await expect(grepFile(root(), { pattern: 'x', prefix: 'mirrors/nope' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'no such folder in the store: mirrors/nope',
    });
  });
});
