import type { Command } from 'commander';
import { defaultFailureThreshold } from '../../github/failure-issues.js';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import type { DispatchOptions } from './dispatch-run.js';

/** `syncagent dispatch --event FILE`: handle a GitHub event payload (what the Action runs). */
export function registerDispatch(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('dispatch')
      .summary('handle a GitHub event: repository_dispatch, schedule or workflow_dispatch (what the Action runs)')
      .description(
        'Handle one GitHub event payload as the Action does: repository_dispatch syncagent.connect, syncagent.webhook ' +
          'and syncagent.delete; schedule runs tick; workflow_dispatch runs its `command` input. The payload is checked ' +
          "against GitHub's limits and its schema first: a bad one is one clear error and changes nothing. Reads " +
          'GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, ' +
          'GITHUB_RUN_ID and GITHUB_STEP_SUMMARY (the job summary) when set.',
      )
      .option('--event <file>', 'the event payload (default: GITHUB_EVENT_PATH)')
      .option('--event-name <name>', 'the event name (default: GITHUB_EVENT_NAME, else inferred from the payload)')
      .option('--review <mode>', 'direct | pr: a connect lands on the default branch or as a pull request', 'direct')
      .option('--agent <mode>', 'auto | catalog | llm: who installs a connect (default: SYNCAGENT_AGENT, else auto)')
      .option('--model <spec>', 'the sync agent model, e.g. anthropic:<model> (default: SYNCAGENT_MODEL)')
      .option(
        '--failure-threshold <n>',
        'failures in a row after which a sync gets an issue',
        String(defaultFailureThreshold),
      ),
  )
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  syncagent dispatch --event event.json --event-name repository_dispatch',
        '  GITHUB_EVENT_PATH=event.json GITHUB_EVENT_NAME=schedule syncagent dispatch --json',
        '  syncagent dispatch --event connect.json --review pr   # needs GITHUB_TOKEN and GITHUB_REPOSITORY',
        '',
        'A webhook event file (repository_dispatch):',
        '  {"action":"syncagent.webhook","client_payload":{"slug":"dropbox","delivery_id":"d-1",',
        '   "headers":{"x-dropbox-signature":"…"},"body":"{\\"list_folder\\":{\\"accounts\\":[]}}"}}',
      ].join('\n'),
    )
    .action(
      run(async (context, options: DispatchOptions) => {
        const { runDispatchCommand } = await import('./dispatch-run.js');
        await runDispatchCommand(context, options);
      }),
    );
}
