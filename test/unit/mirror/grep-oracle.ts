import { lstat, readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { GrepMatch } from '../../../src/mirror/index.js';

/*
 * The obviously-correct grep_file the optimised one is held to, written from DESIGN section 6 and not from the
 * implementation: walk the folder (no links, no .git), skip binary files, read each file whole, split it into lines,
 * test each line with the RegExp, and build the records. Slow and simple on purpose; it needs nothing installed.
 */

/** Extensions DESIGN section 6 calls text whatever their bytes. */
const textExtensions = ['.ndjson', '.jsonl', '.json', '.md'];

async function filesBelow(root: string, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(join(root, dir))) {
    const path = dir === '' ? name : `${dir}/${name}`;
    const info = await lstat(join(root, path));
    if (info.isSymbolicLink()) continue;
    if (info.isDirectory() && name.toLowerCase() !== '.git') found.push(...(await filesBelow(root, path)));
    else if (info.isFile()) found.push(path);
  }
  return found;
}

function isBinaryFile(path: string, bytes: Buffer): boolean {
  if (textExtensions.includes(extname(path).toLowerCase())) return false;
  return bytes.subarray(0, 8000).includes(0);
}

/** Every match of `pattern` (with `flags`) in the text files below `prefix`, files in path order. */
export async function oracleGrep(
  root: string,
  options: { pattern: string; prefix: string; flags?: string; contextLines?: number },
): Promise<GrepMatch[]> {
  const regex = new RegExp(options.pattern, options.flags ?? '');
  const context = options.contextLines ?? 0;
  const files = (await filesBelow(root, options.prefix)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const matches: GrepMatch[] = [];
  for (const file of files) {
    const bytes = await readFile(join(root, file));
    if (isBinaryFile(file, bytes)) continue;
    const lines = bytes.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop(); // the newline that ends the last line starts no line
    const text = lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    text.forEach((line, index) => {
      if (!regex.test(line)) return;
      matches.push({
        file,
        line: index + 1,
        match: line,
        before: text.slice(Math.max(0, index - context), index),
        after: text.slice(index + 1, index + 1 + context),
      });
    });
  }
  return matches;
}
