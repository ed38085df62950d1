/** A store folder with skills and content that exercise every frontmatter corner. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The files local sync owns (store-relative path → exact text). */
export const syncedFiles: Record<string, string> = {
  'skills/alpha/SKILL.md': [
    '---',
    '# Agent skill for alpha (this comment must survive the round trip)',
    'name: alpha',
    'description: "Use when the user asks about alpha: files, labels # and more"',
    'metadata:',
    '  app: alpha',
    "  account_id: 'apn_123'",
    '  note: |',
    '    multi-line',
    '    note with "quotes" and: colons',
    '---',
    '',
    '# Alpha',
    '',
    'Read `mirrors/alpha/index.ndjson`.',
    '',
  ].join('\n'),
  'skills/beta/SKILL.md': '---\nname: beta\ndescription: Ünïcödé — 日本語 🚀 skill\n---\nBody without trailing newline',
  'content/blog/hello.md': '---\ntitle: "Hello: world"\ntags: [a, "b # c"]\ndate: 2024-01-01\n---\n\nHello *world*.\n',
  'content/notes/deep/nested/plain.md': '# No frontmatter at all\n\n---\n\nA rule above.\n',
  'content/crlf.md': '---\r\ntitle: Windows\r\n---\r\nLine one\r\nLine two\r\n',
  'content/empty-frontmatter.md': '---\n---\nOnly a body\n',
  'content/bom.md': '\uFEFFStarts with a byte order mark\n',
};

/** Files under the store that local sync must leave alone. */
export const otherFiles: Record<string, string> = {
  'skills/alpha/scripts/run.sh': '#!/bin/sh\necho hi\n',
  'content/image.txt': 'not markdown',
  'content/.hidden/secret.md': '---\ntitle: hidden\n---\n',
  'handlers/alpha/handler.js': 'export async function pollOnce() {}\n',
};

/** Writes files into `root`. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
}
