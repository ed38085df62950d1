import { execFile } from 'node:child_process';
import { CommandFailedError } from '../errors.js';
import type { CommitDetail } from './dispatch-report.js';

/** At most this many files are listed per commit (a backfill may write thousands). */
export const maxFilesPerCommit = 100;

/**
 * The commits from `before` (exclusive; null: from the root) to `after` on the first-parent line, oldest first, each
 * with the files it changed, read with the git CLI in `root`.
 */
export async function describeCommits(
  root: string,
  before: string | null,
  after: string | null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommitDetail[]> {
  if (!after || after === before) return [];
  const range = before ? `${before}..${after}` : after;
  const output = await git(
    root,
    ['log', '--reverse', '--first-parent', '--no-renames', '--name-status', '--format=%x1e%H%x1f%s', range, '--'],
    env,
  );
  const commits: CommitDetail[] = [];
  for (const record of output.split('\x1e').slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [oid = '', subject = ''] = header.split('\x1f');
    const detail: CommitDetail = { oid, subject, files: [], moreFiles: 0 };
    for (const line of lines) {
      if (line === '') continue;
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      if (detail.files.length < maxFilesPerCommit)
        detail.files.push({ status: line.slice(0, tab), path: line.slice(tab + 1) });
      else detail.moreFiles += 1;
    }
    commits.push(detail);
  }
  return commits;
}

function git(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd: root, env: { ...env, LC_ALL: 'C' }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === 'number' ? error.code : null;
          reject(new CommandFailedError(`git ${args[0]}`, code, stderr || error.message));
        } else resolve(stdout);
      },
    );
  });
}
