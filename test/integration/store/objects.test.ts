import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { chmod, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitObjects, type TreeEntry } from '../../../src/store/git-objects.js';
import { hashBlob } from '../../../src/store/object-format.js';
import { gitCli, tempDir } from '../../support/git.js';

let dir: { path: string; cleanup: () => Promise<void> };
let root: string;
let objects: GitObjects;
beforeEach(async () => {
  dir = await tempDir('store-objects-');
  root = join(dir.path, 'repo');
  gitCli(dir.path, 'init', '-q', '--initial-branch=main', root);
  objects = new GitObjects(root, join(root, '.git'));
});
afterEach(async () => {
  await dir.cleanup();
});

/** Runs git with `input` on stdin and returns trimmed stdout. */
function gitWithInput(cwd: string, input: string | Uint8Array, ...args: string[]): string {
  return execFileSync('git', args, { cwd, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }).trim();
}

function fsckStrict(): string {
  return gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress');
}

const encoder = new TextEncoder();

describe('objects written by the store', () => {
  it('blobs have the ids git and isomorphic-git give them and read back through the git CLI', async () => {
    const contents = [
      new Uint8Array(0),
      encoder.encode('{"id":1}\n'),
      encoder.encode('no newline at the end'),
      new Uint8Array([0, 1, 2, 255, 254, 0]),
    ];
    for (const content of contents) {
      const oid = await objects.writeBlob(content);
      expect(oid).toBe(gitWithInput(root, content, 'hash-object', '--stdin'));
      expect(oid).toBe((await git.hashBlob({ object: content })).oid);
      expect(hashBlob(content)).toBe(oid);
      expect(gitCli(root, 'cat-file', '-t', oid)).toBe('blob');
      expect(execFileSync('git', ['cat-file', 'blob', oid], { cwd: root })).toEqual(Buffer.from(content));
    }
    expect(fsckStrict()).toBe('');
  });

  it('is a loose object git can read, written once (an existing object is left alone)', async () => {
    const oid = await objects.writeBlob(encoder.encode('once'));
    const path = join(root, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
    const before = fs.statSync(path);
    expect(await objects.writeBlob(encoder.encode('once'))).toBe(oid);
    expect(fs.statSync(path).ino).toBe(before.ino);
    // no temporary files left beside it
    expect(await readdir(join(root, '.git', 'objects', oid.slice(0, 2)))).toEqual([oid.slice(2)]);
  });

  it('trees sort directories as if their names ended in "/" and match git mktree', async () => {
    const blob = await objects.writeBlob(encoder.encode('x'));
    const script = await objects.writeBlob(encoder.encode('#!/bin/sh\n'));
    const link = await objects.writeBlob(encoder.encode('target'));
    const inner = await objects.writeTree([{ name: 'inner.txt', mode: '100644', oid: blob, type: 'blob' }]);
    // "foo-bar" < "foo.txt" < "foo/" < "foo0" in git's order; a plain sort puts the folder "foo" first.
    const entries: TreeEntry[] = [
      { name: 'foo0', mode: '100644', oid: blob, type: 'blob' },
      { name: 'foo', mode: '040000', oid: inner, type: 'tree' },
      { name: 'foo.txt', mode: '100644', oid: blob, type: 'blob' },
      { name: 'foo-bar', mode: '100755', oid: script, type: 'blob' },
      { name: 'link', mode: '120000', oid: link, type: 'blob' },
      { name: 'été.txt', mode: '100644', oid: blob, type: 'blob' },
    ];
    const oid = await objects.writeTree(entries);
    const mktree = entries.map((entry) => `${entry.mode} ${entry.type} ${entry.oid}\t${entry.name}`).join('\n');
    expect(oid).toBe(gitWithInput(root, `${mktree}\n`, 'mktree'));
    expect(gitCli(root, '-c', 'core.quotePath=false', 'ls-tree', '--name-only', oid).split('\n')).toEqual([
      'foo-bar',
      'foo.txt',
      'foo',
      'foo0',
      'link',
      'été.txt',
    ]);
    expect(fsckStrict()).toBe('');

    // isomorphic-git agrees (its writeTree sorts with the same rule)
    const other = join(dir.path, 'other');
    await git.init({ fs, dir: other });
    const theirs = await git.writeTree({
      fs,
      dir: other,
      tree: entries.map((entry) => ({ mode: entry.mode, path: entry.name, oid: entry.oid, type: entry.type })),
    });
    expect(oid).toBe(theirs);
  });

  it('trees order names by their UTF-8 bytes, as git does, not by UTF-16 code units', async () => {
    const blob = await objects.writeBlob(encoder.encode('x'));
    // U+FF46 is EF BD 86 in UTF-8, U+1F600 is F0 9F 98 80: bytes put the first first, while
    // JavaScript's string order (surrogate D83D < FF46) would put the emoji first.
    const entries: TreeEntry[] = [
      { name: '\u{1F600}.txt', mode: '100644', oid: blob, type: 'blob' },
      { name: '\uFF46.txt', mode: '100644', oid: blob, type: 'blob' },
    ];
    const oid = await objects.writeTree(entries);
    const mktree = entries.map((entry) => `${entry.mode} ${entry.type} ${entry.oid}\t${entry.name}`).join('\n');
    expect(oid).toBe(gitWithInput(root, `${mktree}\n`, 'mktree'));
    expect(fsckStrict()).toBe('');
    expect([...(await new GitObjects(root, join(root, '.git')).tree(oid)).keys()]).toEqual([
      '\uFF46.txt',
      '\u{1F600}.txt',
    ]);
  });

  it('commits have the ids isomorphic-git gave the same inputs, and pass fsck --strict', async () => {
    const other = join(dir.path, 'other');
    await git.init({ fs, dir: other });
    const blob = await objects.writeBlob(encoder.encode('content\n'));
    const tree = await objects.writeTree([{ name: 'file.txt', mode: '100644', oid: blob, type: 'blob' }]);
    const when = new Date('2026-03-04T05:06:07.890Z');
    const author = { name: 'Sync Bot', email: 'bot@example.com' };
    const theirs = async (message: string, parents: string[]): Promise<string> => {
      // What GitObjects.writeCommit did through isomorphic-git before it wrote commits itself.
      const signature = { ...author, timestamp: Math.floor(when.getTime() / 1000), timezoneOffset: 0 };
      return git.writeCommit({
        fs,
        dir: other,
        commit: {
          tree,
          parent: parents,
          author: signature,
          committer: signature,
          message: message.endsWith('\n') ? message : `${message}\n`,
        },
      });
    };
    let parents: string[] = [];
    for (const message of [
      'sync(x): first',
      'two lines\n\nbody\n',
      '\n\nleading blank lines and CRLF\r\nbody\r\n\n\n',
      'ünïcödé ✓',
    ]) {
      const oid = await objects.writeCommit({ tree, parents, message, author, when });
      expect(oid).toBe(await theirs(message, parents));
      expect(await objects.commitTree(oid)).toBe(tree);
      parents = [oid];
    }
    const merge = await objects.writeCommit({
      tree,
      parents: [parents[0]!, parents[0]!.replace(/^./, '0')],
      message: 'm',
      author,
      when,
    });
    expect(merge).toBe(await theirs('m', [parents[0]!, parents[0]!.replace(/^./, '0')]));

    gitCli(root, 'update-ref', 'refs/heads/main', parents[0]!);
    expect(gitCli(root, 'log', '--format=%an <%ae> %at|%s', 'main').split('\n')).toEqual([
      `Sync Bot <bot@example.com> ${Math.floor(when.getTime() / 1000)}|ünïcödé ✓`,
      `Sync Bot <bot@example.com> ${Math.floor(when.getTime() / 1000)}|leading blank lines and CRLF body`, // CRs dropped: one paragraph
      `Sync Bot <bot@example.com> ${Math.floor(when.getTime() / 1000)}|two lines`,
      `Sync Bot <bot@example.com> ${Math.floor(when.getTime() / 1000)}|sync(x): first`,
    ]);
    expect(gitCli(root, 'cat-file', '-p', 'main')).toContain(`tree ${tree}`);
    expect(gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
  });
});

describe('objects read by the store', () => {
  it('reads loose objects written by git and, after a repack, packed ones', async () => {
    await writeFile(join(root, 'a.txt'), 'alpha\n');
    await writeFile(join(root, 'run.sh'), '#!/bin/sh\n');
    await chmod(join(root, 'run.sh'), 0o755);
    fs.mkdirSync(join(root, 'deep'));
    await writeFile(join(root, 'deep', 'b.txt'), 'beta\n');
    gitCli(root, 'add', '-A');
    gitCli(root, 'commit', '-q', '-m', 'seed');
    const commit = gitCli(root, 'rev-parse', 'HEAD');
    const expectTree = async (reader: GitObjects): Promise<void> => {
      const tree = await reader.commitTree(commit);
      expect(tree).toBe(gitCli(root, 'rev-parse', 'HEAD^{tree}'));
      const entries = [...(await reader.tree(tree)).values()];
      expect(entries.map((entry) => [entry.name, entry.mode, entry.type])).toEqual([
        ['a.txt', '100644', 'blob'],
        ['deep', '040000', 'tree'],
        ['run.sh', '100755', 'blob'],
      ]);
      const b = await reader.entryAt(tree, 'deep/b.txt');
      expect(new TextDecoder().decode(await reader.blob(b!.oid))).toBe('beta\n');
      expect(await reader.blobSize(b!.oid)).toBe(5);
    };
    await expectTree(objects);
    gitCli(root, 'repack', '-a', '-d', '-q');
    gitCli(root, 'prune-packed');
    expect(fs.existsSync(join(root, '.git', 'objects', commit.slice(0, 2), commit.slice(2)))).toBe(false);
    await expectTree(new GitObjects(root, join(root, '.git')));
  });

  it('resolves the branch from its loose ref file and from packed-refs', async () => {
    expect(await objects.resolve('refs/heads/main')).toBeNull();
    gitCli(root, 'commit', '-q', '--allow-empty', '-m', 'one');
    const one = gitCli(root, 'rev-parse', 'HEAD');
    expect(await objects.resolve('refs/heads/main')).toBe(one);
    gitCli(root, 'pack-refs', '--all');
    expect(fs.existsSync(join(root, '.git', 'refs', 'heads', 'main'))).toBe(false);
    expect(await objects.resolve('refs/heads/main')).toBe(one);
    expect(await objects.resolve('refs/heads/ma')).toBeNull();
    // a loose ref overrides its packed value
    gitCli(root, 'commit', '-q', '--allow-empty', '-m', 'two');
    expect(await objects.resolve('refs/heads/main')).toBe(gitCli(root, 'rev-parse', 'HEAD'));
    // a symbolic ref goes through isomorphic-git
    gitCli(root, 'symbolic-ref', 'refs/heads/alias', 'refs/heads/main');
    expect(await objects.resolve('refs/heads/alias')).toBe(gitCli(root, 'rev-parse', 'HEAD'));
  });

  it('knows the empty tree without it being stored', async () => {
    expect((await objects.tree('4b825dc642cb6eb9a060e54bf8d69288fbee4904')).size).toBe(0);
  });

  it('refuses a corrupt loose object and a blob asked for as a tree', async () => {
    const oid = await objects.writeBlob(encoder.encode('original'));
    await expect(objects.tree(oid)).rejects.toMatchObject({ code: 'io' });
    // Swap in another object's bytes under this id.
    const other = await objects.writeBlob(encoder.encode('impostor'));
    const path = (id: string) => join(root, '.git', 'objects', id.slice(0, 2), id.slice(2));
    fs.chmodSync(path(oid), 0o644);
    fs.copyFileSync(path(other), path(oid));
    await expect(new GitObjects(root, join(root, '.git')).blob(oid)).rejects.toThrow(/corrupt/);
  });

  it('refuses tree entries that could escape the work tree or reach into .git', async () => {
    const blob = await objects.writeBlob(encoder.encode('x'));
    for (const name of ['.git', '.GIT', '..', 'git~1']) {
      const raw = Buffer.concat([Buffer.from(`100644 ${name}\0`), Buffer.from(blob, 'hex')]);
      const tree = gitWithInput(root, raw, 'hash-object', '-t', 'tree', '-w', '--literally', '--stdin');
      await expect(new GitObjects(root, join(root, '.git')).tree(tree)).rejects.toThrow(/unsafe tree entry name/);
    }
  });
});
