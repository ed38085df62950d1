import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { storeOptions } from '../store-options.js';

/** `syncagent init`: lay out skills/ handlers/ mirrors/ in a git repository. */
export function registerInit(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('init')
      .summary('lay out skills/ handlers/ mirrors/ in a git repository')
      .description(
        'Lay out skills/, handlers/ and mirrors/ in a git repository, creating the repository when ' +
          'needed. Safe to run again: it only adds what is missing, in one commit.',
      ),
  )
    .addHelpText('after', '\nExamples:\n  syncagent init --store ./store\n  syncagent init --json')
    .action(
      run(async (context, options: { store?: string; json?: boolean }) => {
        const { initStore } = await import('../../store/init.js');
        const result = await initStore(storeOptions(context, options, { mustExist: false }));
        const summary = {
          store: result.store.root,
          createdRepository: result.createdRepository,
          addedFolders: result.addedFolders,
          commit: result.commit,
        };
        if (options.json) return context.printJson(summary);
        if (result.addedFolders.length === 0) context.out(`store ready at ${result.store.root} (nothing to add)`);
        else
          context.out(
            `${result.createdRepository ? 'created' : 'laid out'} store at ${result.store.root}: ` +
              `${result.addedFolders.map((folder) => `${folder}/`).join(' ')} (commit ${result.commit?.slice(0, 7)})`,
          );
      }),
    );
}
