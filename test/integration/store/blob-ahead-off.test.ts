import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { preparedCounts } from '../../../src/store/blob-ahead.js';
import { packThreshold } from '../../../src/store/git-objects.js';
import { initStore } from '../../../src/store/index.js';
import { gitCli, tempDirPerTest } from '../../support/git.js';

// Worker threads refused, as Node's permission model does without --allow-worker: the store must not notice.
vi.mock('node:worker_threads', () => ({
  Worker: class {
    constructor() {
      throw Object.assign(new Error('Access to this API has been restricted'), { code: 'ERR_ACCESS_DENIED' });
    }
  },
}));

const dir = tempDirPerTest('store-blob-ahead-off-');

describe('a store where no worker can start', () => {
  it('commits big transactions as before: each write still works and the pack holds every file', async () => {
    const root = join(dir.path, 'store');
    const { store } = await initStore({ root });
    const files = Array.from(
      { length: packThreshold + 6 },
      (_, i) => [`mirrors/bulk/f${i}.ndjson`, `${JSON.stringify({ i })}\n`.repeat(1_000)] as const,
    );
    const result = await store.transact(
      async (tx) => {
        for (const [path, content] of files) tx.write(path, content);
      },
      { message: 'bulk' },
    );
    expect(result.changed).toHaveLength(files.length);
    expect(preparedCounts()).toEqual({ posted: 0, back: 0, used: 0 });
    expect(gitCli(root, 'fsck', '--strict', '--no-dangling', '--no-progress')).toBe('');
    for (const [path, content] of files) expect(gitCli(root, 'cat-file', '-p', `HEAD:${path}`)).toBe(content.trimEnd());
  });
});
