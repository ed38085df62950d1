import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger } from '../src/engine/index.js';
import { createFilesCloud, pullFiles, pushFiles } from '../src/filesync/index.js';
import { startService } from '../src/serve/index.js';
import { initStore } from '../src/store/index.js';
import { benchDir, hasCommand, measure, type Report, runCommand } from './harness.js';

// `files push` + `files pull` of a 10,000-file tree through a `serve` on loopback (pack, upload,
// download, check every entry, extract into a temporary folder, swap in), against `tar czf` +
// `tar xzf` of the same tree on the same disk (no network, no checks).
const fileCount = Number(process.env.BENCH_FILES ?? 10_000);
const token = 'bench-token';

async function makeTree(root: string): Promise<void> {
  const marker = join(root, `.complete-${fileCount}`);
  if (await stat(marker).catch(() => null)) return;
  await rm(root, { recursive: true, force: true });
  const folders = ['skills', 'content', 'config', 'agents', 'handlers'];
  for (let index = 0; index < fileCount; index += 1) {
    const folder = folders[index % folders.length] as string;
    const dir = join(root, folder, `group-${Math.floor(index / 100)}`);
    if (index % 100 < folders.length) await mkdir(dir, { recursive: true });
    const line = `line of file ${index}: ${'lorem ipsum dolor sit amet '.repeat(3)}\n`;
    await writeFile(join(dir, `file-${index}.md`), `---\ntitle: file ${index}\n---\n${line.repeat(10 + (index % 40))}`);
  }
  await writeFile(marker, '');
}

export default async function filesBench(report: Report): Promise<void> {
  if (!hasCommand('tar')) throw new Error('the files bench needs tar (the reference tool) on PATH');
  const base = await benchDir('files');
  const source = join(base, 'source');
  console.log(`generating ${fileCount.toLocaleString('en-US')} files…`);
  await makeTree(source);
  const work = join(base, 'work');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const { store } = await initStore({ root: join(work, 'service-store') });
  const service = await startService({
    store,
    env: { SYNCAGENT_CLOUD_TOKEN: token },
    logger: silentLogger,
    dataDir: join(work, 'data'),
    port: 0,
    tickEveryMs: 0,
  });
  try {
    const cloud = createFilesCloud({ baseUrl: service.url, token });
    let round = 0;
    const ours = await measure(async () => {
      round += 1;
      const target = join(work, `pulled-${round}`);
      await mkdir(target);
      await pushFiles({ root: source, cloud, tempDir: work });
      await pullFiles({ root: target, cloud, tempDir: work });
      await rm(target, { recursive: true, force: true });
    }, 3);
    const folders = ['skills', 'handlers', 'content', 'config', 'agents'];
    const tarball = join(work, 'reference.tar.gz');
    const reference = await measure(async () => {
      round += 1;
      const target = join(work, `tar-${round}`);
      await mkdir(target);
      runCommand('tar', ['czf', tarball, '-C', source, ...folders]);
      runCommand('tar', ['xzf', tarball, '-C', target]);
      await rm(target, { recursive: true, force: true });
    }, 3);
    report.add({
      name: `files push + pull, ${fileCount.toLocaleString('en-US')} files`,
      oursMs: ours,
      referenceName: 'tar czf + tar xzf',
      referenceMs: reference,
      note: 'ours adds loopback upload/download, every entry checked and hashed, the diff, an atomic swap',
    });
  } finally {
    await service.close();
  }
}
