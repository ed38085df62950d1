/** How one path changed in a commit. */
export type PathChange = 'added' | 'modified' | 'deleted';

/** At most this many folders are listed in a commit body, and this many files of each. */
const maxFolders = 30;
const maxFilesPerFolder = 10;

/**
 * A commit message: `message` as given, then a body listing the files the commit changes, grouped by folder
 * (`mirrors/dropbox/.sync/: state.json, status.json`), new and deleted files marked, bounded so that a backfill's
 * thousands of files make a few dozen lines. A message that has a body of its own keeps it; the list comes last.
 */
export function commitMessage(message: string, changes: ReadonlyMap<string, PathChange>): string {
  if (changes.size === 0) return message;
  const folders = new Map<string, string[]>();
  for (const path of [...changes.keys()].sort()) {
    const slash = path.lastIndexOf('/');
    const folder = slash === -1 ? '' : path.slice(0, slash + 1);
    const change = changes.get(path);
    const name = `${path.slice(slash + 1)}${change === 'added' ? ' (new)' : change === 'deleted' ? ' (deleted)' : ''}`;
    let names = folders.get(folder);
    if (!names) folders.set(folder, (names = []));
    names.push(name);
  }
  const lines: string[] = [];
  let listedFolders = 0;
  const sorted = [...folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [folder, names] of sorted) {
    if (listedFolders === maxFolders) break;
    listedFolders += 1;
    const shown = names.slice(0, maxFilesPerFolder).join(', ');
    const more = names.length > maxFilesPerFolder ? ` and ${names.length - maxFilesPerFolder} more` : '';
    lines.push(`${folder === '' ? './' : folder}: ${shown}${more}`);
  }
  if (folders.size > listedFolders) {
    const rest = sorted.slice(listedFolders).reduce((count, [, names]) => count + names.length, 0);
    lines.push(`and ${rest} more file${rest === 1 ? '' : 's'} in ${folders.size - listedFolders} more folders`);
  }
  const total = changes.size;
  const heading = `${total} file${total === 1 ? '' : 's'} changed:`;
  return `${message.replace(/\s+$/, '')}\n\n${heading}\n${lines.join('\n')}\n`;
}
