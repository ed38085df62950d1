import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { cloneRemote, createBareRemote, gitCli, tempDirPerTest } from '../../support/git.js';

const dir = tempDirPerTest('init-workflows-');

describe('syncagent init --workflows', () => {
  it('writes the four workflows pointing at the action, in one commit pushed to origin; a rerun changes nothing', async () => {
    const remote = createBareRemote(dir.path);
    const clone = cloneRemote(remote, dir.path, 'store');
    const first = runCli(['init', '--store', clone, '--workflows', '--action-ref', 'acme/syncagent@v1']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('wrote .github/workflows/syncagent-dispatch.yml (uses acme/syncagent@v1)');
    expect(gitCli(remote, 'log', '--format=%s', '-1', 'main')).toBe(
      'syncagent: add the workflows (uses acme/syncagent@v1)',
    );
    const listed = gitCli(remote, 'ls-tree', '-r', '--name-only', 'main').split('\n');
    expect(listed).toEqual(
      expect.arrayContaining([
        '.github/workflows/syncagent-db.yml',
        '.github/workflows/syncagent-deploy.yml',
        '.github/workflows/syncagent-dispatch.yml',
        '.github/workflows/syncagent-tick.yml',
        'skills/.gitkeep',
      ]),
    );
    const dispatch = await readFile(join(clone, '.github/workflows/syncagent-dispatch.yml'), 'utf8');
    expect(dispatch).toContain('      - uses: acme/syncagent@v1\n');
    expect(dispatch).toContain('      - uses: actions/checkout@v4\n');

    const again = runCli(['init', '--store', clone, '--workflows', '--action-ref', 'acme/syncagent@v1', '--json']);
    expect(again.status).toBe(0);
    const summary = JSON.parse(again.stdout) as { workflows: { written: string[]; unchanged: string[]; commit: null } };
    expect(summary.workflows.written).toEqual([]);
    expect(summary.workflows.unchanged).toHaveLength(4);
    expect(summary.workflows.commit).toBeNull();
  });

  it('keeps a workflow the user changed, and refuses a bad --action-ref before writing anything', async () => {
    const root = join(dir.path, 'fresh');
    const bad = runCli(['init', '--store', root, '--action-ref', 'not a ref']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'syncagent: invalid_input: --action-ref: expected owner/repo@ref (e.g. syncagent/syncagent@v0) or ./path, got "not a ref"',
    );
    expect(runCli(['init', '--store', root, '--workflows']).status).toBe(0);
    const path = join(root, '.github/workflows/syncagent-tick.yml');
    expect(await readFile(path, 'utf8')).toContain('uses: syncagent/syncagent@v0');
    await writeFile(path, 'name: mine\n');
    gitCli(root, 'commit', '-qam', 'my tick');
    const rerun = runCli(['init', '--store', root, '--workflows']);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain(
      "kept .github/workflows/syncagent-tick.yml: it differs from syncagent's (delete it and run again to replace it)",
    );
    expect(await readFile(path, 'utf8')).toBe('name: mine\n');
  });
});
