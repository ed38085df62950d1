import { describe, expect, it } from 'vitest';
import { validateSyncedPath } from '../../../src/filesync/rules.js';
import { gitNameProblem, validateStorePath, validateWritePath } from '../../../src/store/index.js';

// The store's path rules are git's own (verify_path, is_ntfs_dotgit, is_hfs_dotgit, is_ntfs_dot_generic), applied on
// every platform: whatever git would refuse, or read as .git on some file system, never enters a store.
describe('store paths', () => {
  it.each([
    ['.git/config'],
    ['sub/.git/config'],
    ['a/b/.git'],
    ['.GIT/x'],
    ['sub/.Git/hooks/pre-commit'],
    ['.git./x'],
    ['.git../x'],
    ['.git /x'],
    ['.git . ./x'],
    [' .git/x'],
    ['sub/git~1/config'],
    ['sub/GIT~1/config'],
    ['sub/git~1./config'],
    ['.git::$INDEX_ALLOCATION/config'],
    ['sub/.git:stream'],
    ['sub/git~1::$INDEX_ALLOCATION/x'],
    ['sub/.g\u200cit/config'],
    ['\u200d\ufeff.git/config'],
    ['sub/.\u202egit\u206a/config'],
    ['sub/.GI\u200fT/config'],
  ])('refuses %j (git would read it as .git) for reads and writes', (path) => {
    expect(() => validateStorePath(path)).toThrow(/reach into \.git/);
    expect(() => validateWritePath(path)).toThrow(/reach into \.git/);
  });

  it.each([
    ['mirrors/x/.gitmodules'],
    ['mirrors/x/.GITMODULES'],
    ['mirrors/x/.gitmodules.'],
    ['mirrors/x/.gitmodules :x'],
    ['mirrors/x/gitmod~1'],
    ['mirrors/x/GITMOD~4'],
    ['mirrors/x/gi7eba~1'],
    ['mirrors/x/gi7eb~12'],
    ['mirrors/x/~1234567'],
    ['mirrors/x/.g\u200cITmodules'],
    ['.gitattributes'],
    ['mirrors/x/.GitAttributes..'],
    ['mirrors/x/gitatt~2'],
    ['mirrors/x/gi7d29~1'],
  ])('refuses to write %j (a file git reads from the tree), but reads it', (path) => {
    expect(() => validateWritePath(path)).toThrow(/is git's to read/);
    expect(validateStorePath(path)).toBe(path);
  });

  it.each([
    ['', /must not be empty/],
    ['/etc/passwd', /must be relative/],
    ['C:/x', /must be relative/],
    ['c:x', /must be relative/],
    ['../escape', /\. or \.\. segments/],
    ['a/../../b', /\. or \.\. segments/],
    ['a/./b', /\. or \.\. segments/],
    ['a//b', /empty segment/],
    ['./', /names no file/],
    ['.', /names no file/],
    ['a\\b', /backslash/],
    ['a\0b', /NUL/],
    ['a/.../b', /dots and spaces/],
    ['a/ /b', /dots and spaces/],
    ['a/. ./b', /dots and spaces/],
  ])('refuses %j', (path, message) => {
    expect(() => validateWritePath(path)).toThrow(message);
    expect(() => validateStorePath(path)).toThrow(message);
  });

  it.each([
    ['mirrors/dropbox/files/3/f/0-7.ndjson', 'mirrors/dropbox/files/3/f/0-7.ndjson'],
    ['./skills/x/SKILL.md', 'skills/x/SKILL.md'],
    ['mirrors/x/', 'mirrors/x'],
    ['skills/.gitkeep', 'skills/.gitkeep'],
    ['mirrors/x/.gitignore', 'mirrors/x/.gitignore'],
    ['mirrors/x/.github/workflows/a.yml', 'mirrors/x/.github/workflows/a.yml'],
    ['mirrors/x/.git-stuff', 'mirrors/x/.git-stuff'],
    ['mirrors/x/.gitx', 'mirrors/x/.gitx'],
    ['mirrors/x/git~2', 'mirrors/x/git~2'],
    ['mirrors/x/git', 'mirrors/x/git'],
    ['mirrors/x/gitmodules', 'mirrors/x/gitmodules'],
    ['mirrors/x/..x', 'mirrors/x/..x'],
    ['mirrors/x/ä.git', 'mirrors/x/ä.git'],
    ['mirrors/x/.gït', 'mirrors/x/.gït'],
    ['mirrors/x/gallery/a b.txt', 'mirrors/x/gallery/a b.txt'],
  ])('accepts %j as %j', (path, normalized) => {
    expect(validateWritePath(path)).toBe(normalized);
    expect(validateStorePath(path)).toBe(normalized);
  });

  it('tells why, naming the path', () => {
    expect(gitNameProblem('.git')).toMatch(/\.git/);
    expect(gitNameProblem('notes')).toBeNull();
    expect(() => validateWritePath('sub/.GIT/config', 'mirror path')).toThrow(
      'invalid mirror path "sub/.GIT/config": a path must not reach into .git (in any spelling git would read as .git)',
    );
  });

  it.each([
    ['skills/x/.GIT/config'],
    ['skills/x/git~1/hooks/post-checkout'],
    ['content/.git./x'],
    ['skills/.gitattributes'],
  ])('the file sync refuses %j in a tarball, as the store does', (path) => {
    expect(() => validateSyncedPath(path)).toThrow(/tarball entry .*(reach into \.git|git's to read)/);
  });
});
