import type { Command } from 'commander';
import { defaultActionRef } from '../../github/action-ref.js';
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
          'needed. Safe to run again: it only adds what is missing, in one commit. With --workflows it also writes ' +
          'the GitHub workflows (.github/workflows/syncagent-*.yml) that run syncagent as a GitHub Action on ' +
          'repository_dispatch and schedule; a workflow file that exists with other content is kept.',
      )
      .option('--workflows', 'also write the syncagent GitHub workflows', false)
      .option('--action-ref <ref>', `the action the workflows use, owner/repo@ref (default ${defaultActionRef})`),
  )
    .addHelpText(
      'after',
      `\nExamples:\n  syncagent init --store ./store\n  syncagent init --json\n  syncagent init --workflows --action-ref ${defaultActionRef}`,
    )
    .action(
      run(async (context, options: { store?: string; json?: boolean; workflows?: boolean; actionRef?: string }) => {
        const { initStore } = await import('../../store/init.js');
        const { validateActionRef, writeWorkflows } = await import('../../github/workflows.js');
        // --action-ref alone means --workflows; a bad one fails before anything is written.
        const actionRef =
          options.workflows || options.actionRef !== undefined
            ? validateActionRef(options.actionRef ?? defaultActionRef)
            : undefined;
        const result = await initStore(storeOptions(context, options, { mustExist: false }));
        const workflows = actionRef === undefined ? undefined : await writeWorkflows(result.store, actionRef);
        const summary = {
          store: result.store.root,
          createdRepository: result.createdRepository,
          addedFolders: result.addedFolders,
          commit: result.commit,
          ...(workflows ? { workflows: { actionRef, ...workflows } } : {}),
        };
        if (options.json) return context.printJson(summary);
        if (workflows) {
          for (const path of workflows.written) context.out(`wrote ${path} (uses ${actionRef})`);
          for (const path of workflows.unchanged) context.out(`${path} is up to date`);
          for (const path of workflows.kept)
            context.out(`kept ${path}: it differs from syncagent's (delete it and run again to replace it)`);
        }
        if (result.addedFolders.length === 0) context.out(`store ready at ${result.store.root} (nothing to add)`);
        else
          context.out(
            `${result.createdRepository ? 'created' : 'laid out'} store at ${result.store.root}: ` +
              `${result.addedFolders.map((folder) => `${folder}/`).join(' ')} (commit ${result.commit?.slice(0, 7)})`,
          );
      }),
    );
}
