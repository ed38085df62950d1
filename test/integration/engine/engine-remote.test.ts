import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EngineDeps, exec, type Logger } from '../../../src/engine/index.js';
import { openStore } from '../../../src/store/index.js';
import {
  cloneRemote,
  createBareRemote,
  gitCli,
  installHook,
  installRivalHook,
  tempDirPerTest,
} from '../../support/git.js';
import { installPlain, plainEnv, runCliAsync, testRecipe } from './support.js';

// Events against a store whose remote refuses pushes, or whose branch never stops moving: the handler runs once and
// the remote's refusal is the error; a branch that keeps moving ends in `conflict` (exit 5) after the last attempt.
const recipe = testRecipe(
  'export async function backfill(ctx) { await ctx.mirror.write("ok.txt", "ok\\n"); return { added: 1 }; }',
);
const env = plainEnv;
const dir = tempDirPerTest('engine-remote-');

/** A clone of a bare remote with the `plain` sync installed and published; the remote as it is then. */
async function installedClone(): Promise<{ remote: string; root: string; head: string }> {
  const remote = createBareRemote(dir.path);
  const root = cloneRemote(remote, dir.path, 'clone');
  await installPlain(root, recipe);
  return { remote, root, head: gitCli(remote, 'rev-parse', 'main') };
}

/** A logger that counts the handler's own log lines (one per run of the code below). */
function countingLogger(): { logger: Logger; runs: () => number } {
  let runs = 0;
  const count = (event: string) => {
    if (event === 'handler-log') runs += 1;
  };
  return { logger: { info: count, warn: count, error: count }, runs: () => runs };
}

const code = `export default async function (ctx) {
  ctx.log.info('handler-run');
  await ctx.mirror.write('notes.txt', 'written\\n');
}`;

describe('events against a remote that refuses or keeps moving', () => {
  it('a pre-receive hook refusing the push fails the event at once with its message; the handler ran once', async () => {
    const { remote, root, head } = await installedClone();
    installHook(remote, 'pre-receive', 'echo "syncagent pushes are frozen" >&2; exit 1');
    const { logger, runs } = countingLogger();
    const deps: EngineDeps = { store: await openStore({ root }), env, clock: () => new Date(), logger };
    await expect(exec(deps, 'plain', { text: code, filename: 'probe.js' })).rejects.toMatchObject({
      code: 'command_failed',
      message: expect.stringMatching(
        /the remote refused the push \(pre-receive hook declined\): syncagent pushes are frozen$/,
      ),
    });
    expect(runs()).toBe(1);
    expect(gitCli(remote, 'rev-parse', 'main')).toBe(head);
  });

  it('the CLI exits 5 with one conflict line when the branch keeps moving, after one handler run per attempt', async () => {
    const { remote, root } = await installedClone();
    installRivalHook(remote);
    const file = join(dir.path, 'probe.js');
    await writeFile(file, code);
    const result = await runCliAsync(['exec', 'plain', '--store', root, '--file', file], { env });
    expect(result.status, result.stderr).toBe(5);
    const lines = result.stderr.split('\n');
    expect(lines.filter((line) => line.startsWith('syncagent:'))).toEqual([
      'syncagent: conflict: sync(plain): exec: the store kept moving; gave up after 12 attempts',
    ]);
    expect(lines.filter((line) => line.startsWith('handler-log ')).length).toBe(12);
    expect(gitCli(remote, 'log', '--format=%s', '-1', 'main')).toBe('rival');
    expect(gitCli(remote, 'ls-tree', '-r', '--name-only', 'main', 'mirrors/plain')).not.toContain('notes.txt');
  });
});
