import { describe, expect, it } from 'vitest';
import { commitMessage, type PathChange } from '../../../src/store/commit-message.js';

describe('commit messages', () => {
  it('list the files changed, by folder, new and deleted ones marked', () => {
    const changes = new Map<string, PathChange>([
      ['mirrors/x/.sync/status.json', 'modified'],
      ['mirrors/x/.sync/state.json', 'modified'],
      ['mirrors/x/files/3/0-7.ndjson', 'added'],
      ['mirrors/x/files/3/0-9.ndjson', 'deleted'],
      ['mirrors/x/index.json', 'modified'],
      ['README.md', 'added'],
    ]);
    expect(commitMessage('sync(x): webhook 3 changes (+1 ~1 -1)', changes)).toBe(
      [
        'sync(x): webhook 3 changes (+1 ~1 -1)',
        '',
        '6 files changed:',
        './: README.md (new)',
        'mirrors/x/: index.json',
        'mirrors/x/.sync/: state.json, status.json',
        'mirrors/x/files/3/: 0-7.ndjson (new), 0-9.ndjson (deleted)',
        '',
      ].join('\n'),
    );
  });

  it('keep a message’s own body, and list nothing for a commit without changes', () => {
    const changes = new Map<string, PathChange>([['a/b.txt', 'modified']]);
    expect(commitMessage('subject\n\nwhy it was made\n', changes)).toBe(
      'subject\n\nwhy it was made\n\n1 file changed:\na/: b.txt\n',
    );
    expect(commitMessage('subject', new Map())).toBe('subject');
  });

  it('stay a few dozen lines for a backfill of thousands of files', () => {
    const changes = new Map<string, PathChange>();
    for (let folder = 0; folder < 100; folder += 1)
      for (let file = 0; file < 50; file += 1)
        changes.set(`m/f${String(folder).padStart(3, '0')}/${file}.ndjson`, 'added');
    const lines = commitMessage('sync(x): connect', changes).trimEnd().split('\n');
    expect(lines).toHaveLength(3 + 30 + 1);
    expect(lines[2]).toBe('5000 files changed:');
    expect(lines[3]).toBe(
      'm/f000/: 0.ndjson (new), 1.ndjson (new), 10.ndjson (new), 11.ndjson (new), 12.ndjson (new), 13.ndjson (new), 14.ndjson (new), 15.ndjson (new), 16.ndjson (new), 17.ndjson (new) and 40 more',
    );
    expect(lines.at(-1)).toBe('and 3500 more files in 70 more folders');
  });
});
