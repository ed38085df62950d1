import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesCloud, pullFiles } from '../../../src/filesync/index.js';
import { tempDirPerTest } from '../../support/git.js';
import { runCliAsync } from '../engine/support.js';
import { gzipBomb, type RawEntry, rawTar, rawTarball, startTarballCloud, treeDigest, writeTree } from './support.js';

// `files pull` against a cloud that hands out hostile tarballs: each is refused whole with a clear
// error, and nothing is written anywhere (not in the target, not beside it, not where links point).
const token = 'cloud-token';
let cloud: Awaited<ReturnType<typeof startTarballCloud>>;
const dir = tempDirPerTest('hostile-');

beforeAll(async () => {
  cloud = await startTarballCloud(token);
});
afterAll(async () => {
  await cloud.close();
});

const existing = { 'skills/kept/SKILL.md': '---\nname: kept\n---\n', 'content/a.md': 'a' };

async function setup(): Promise<{ target: string; outside: string }> {
  const target = join(dir.path, 'workspace', 'target');
  const outside = join(dir.path, 'outside');
  await mkdir(outside, { recursive: true });
  await writeTree(target, existing);
  return { target, outside };
}

async function expectRefused(tarball: Buffer, message: RegExp): Promise<void> {
  const { target, outside } = await setup();
  const before = await treeDigest(join(dir.path, 'workspace'));
  cloud.serve(tarball);
  const files = createFilesCloud({ baseUrl: cloud.url, token });
  await expect(pullFiles({ root: target, cloud: files, tempDir: dir.path })).rejects.toMatchObject({
    code: 'invalid_input',
    message: expect.stringMatching(message),
  });
  // The target and everything beside it are as they were; nothing landed outside; no staging is left.
  expect(await treeDigest(join(dir.path, 'workspace'))).toEqual(before);
  expect(await readdir(outside)).toEqual([]);
  expect((await readdir(target)).filter((name) => name.startsWith('.syncagent'))).toEqual([]);
  expect((await readdir(dir.path)).sort()).toEqual(['outside', 'workspace']);
}

const good: RawEntry[] = [
  { path: 'skills/', type: 'Directory' },
  { path: 'skills/ok/SKILL.md', body: 'fine' },
];

describe('files pull refuses a hostile tarball whole', () => {
  it('a symbolic link', async () => {
    await expectRefused(
      rawTarball([...good, { path: 'skills/link', type: 'SymbolicLink', linkpath: '/etc' }]),
      /refused the tarball: "skills\/link" is a symbolic link; only files and folders are synced/,
    );
  });

  it('a hard link', async () => {
    await expectRefused(
      rawTarball([...good, { path: 'skills/hard', type: 'Link', linkpath: 'skills/ok/SKILL.md' }]),
      /"skills\/hard" is a hard link/,
    );
  });

  it('a ../ path', async () => {
    await expectRefused(
      rawTarball([...good, { path: 'skills/../../outside/escape.txt', body: 'x' }]),
      /refused the tarball: .*must not contain \. or \.\. segments/,
    );
  });

  it('an absolute path', async () => {
    const outside = join(dir.path, 'outside', 'absolute.txt');
    await expectRefused(rawTarball([...good, { path: outside, body: 'x' }]), /must be relative/);
  });

  it('a link, then a file through it', async () => {
    const outside = join(dir.path, 'outside');
    await expectRefused(
      rawTarball([
        ...good,
        { path: 'skills/through', type: 'SymbolicLink', linkpath: outside },
        { path: 'skills/through/pwned.txt', body: 'pwned' },
      ]),
      /"skills\/through" is a symbolic link/,
    );
  });

  it('a device entry', async () => {
    await expectRefused(rawTarball([...good, { path: 'skills/null', type: 'CharacterDevice' }]), /is a device/);
  });

  it('a .git/hooks entry, at the top or inside a synced folder', async () => {
    await expectRefused(
      rawTarball([...good, { path: '.git/hooks/post-checkout', body: '#!/bin/sh\necho pwned\n', mode: 0o755 }]),
      /must not reach into \.git|outside the synced folders/,
    );
    await expectRefused(
      rawTarball([...good, { path: 'skills/ok/.git/hooks/pre-commit', body: '#!/bin/sh\n', mode: 0o755 }]),
      /must not reach into \.git|reaches into a \.git folder/,
    );
  });

  it('a path used as a file and then as a folder', async () => {
    await expectRefused(
      rawTarball([...good, { path: 'skills/ok/SKILL.md/x', body: 'x' }]),
      /is inside the file skills\/ok\/SKILL\.md/,
    );
  });

  it('a gzip bomb (2 GiB of zeros in ~2.5 MB)', async () => {
    await expectRefused(gzipBomb(2), /inflates more than 1000× \(a gzip bomb\?\)|more than \d+ bytes uncompressed/);
  });

  it('100,000 entries', async () => {
    const entries: RawEntry[] = [{ path: 'content/', type: 'Directory' }];
    for (let index = 0; index < 100_000; index += 1) entries.push({ path: `content/f${index}.md` });
    const { gzipSync } = await import('node:zlib');
    await expectRefused(gzipSync(rawTar(entries)), /more than 50000 entries/);
  });

  it('something that is not a tarball', async () => {
    await expectRefused(
      Buffer.from('definitely not gzip or tar, just some text that goes on for a while'),
      /not a valid/,
    );
  });
});

describe('through the CLI', () => {
  it('files pull prints one clear line and exits 2; the target is untouched', async () => {
    const { target, outside } = await setup();
    const before = await treeDigest(target);
    cloud.serve(
      rawTarball([
        ...good,
        { path: 'skills/through', type: 'SymbolicLink', linkpath: outside },
        { path: 'skills/through/pwned.txt', body: 'pwned' },
      ]),
    );
    const result = await runCliAsync(['files', 'pull', '--store', target], {
      env: { SYNCAGENT_CLOUD_URL: cloud.url, SYNCAGENT_CLOUD_TOKEN: token },
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'syncagent: invalid_input: refused the tarball: "skills/through" is a symbolic link; only files and folders are synced',
    );
    expect(await treeDigest(target)).toEqual(before);
    expect(await readdir(outside)).toEqual([]);
  });

  it('files push refuses a local symbolic link (pull would refuse it) and uploads nothing', async () => {
    const { target } = await setup();
    const { symlink } = await import('node:fs/promises');
    await symlink('/etc/hostname', join(target, 'skills', 'kept', 'link'));
    const result = await runCliAsync(['files', 'push', '--store', target], {
      env: { SYNCAGENT_CLOUD_URL: cloud.url, SYNCAGENT_CLOUD_TOKEN: token },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'skills/kept/link is a symbolic link: file sync carries regular files and folders only',
    );
    expect(await stat(join(target, 'skills', 'kept', 'SKILL.md'))).toBeTruthy();
  });
});
