import { dropboxRecipe } from '../catalog/index.js';
import { formatSyncJson } from '../engine/index.js';
import { handlerContextTypes, systemPromptMarkdown } from './texts.generated.js';

/** The example connection the worked example is rendered for. */
const example = {
  slug: 'dropbox',
  accountId: 'apn_abc123',
  externalUserId: 'user-42',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

let cached: string | undefined;

/** Where system-prompt.md takes the handler contract: src/contract/handler-context.d.ts, the one written source. */
const contractMarker = '<!-- include: src/contract/handler-context.d.ts -->';

/**
 * The sync agent's system prompt: the reviewed guidance of system-prompt.md with the handler contract
 * (src/contract/handler-context.d.ts) in place, then the catalog's Dropbox recipe as a worked example (its sync.json,
 * handler.js and SKILL.md, taken from the catalog itself, so the example is always the code that runs). Stable across
 * runs, so providers can cache it (see run-agent.ts).
 */
export function buildSystemPrompt(): string {
  cached ??= [
    systemPromptMarkdown.replace(contractMarker, `\`\`\`ts\n${handlerContextTypes.trim()}\n\`\`\``).trimEnd(),
    '',
    '## Worked example: the reviewed Dropbox recipe',
    '',
    'The catalog installs Dropbox without a model; its recipe is the standard to meet. How it applies the rules above:',
    'the backfill saves each `files/list_folder` page host-side (`saveItems` into `staging/pages/`), checkpoints every',
    'few pages, then builds the path index `files/` in one `indexLoad` and writes per-folder totals and `index.json`;',
    'webhook deliveries are only a signal to continue from the cursor kept in state (`onWebhook` and `pollOnce` share',
    '`catchUp`); a `reset` cursor error means a full resync; an hourly poll reconciles. The mirror holds paths, names,',
    'sizes, revisions and times, never file contents: those come through `call_api`.',
    '',
    '### handlers/dropbox/sync.json',
    '',
    '```json',
    formatSyncJson(dropboxRecipe.syncJson(example)).trimEnd(),
    '```',
    '',
    '### handlers/dropbox/handler.js',
    '',
    '```js',
    dropboxRecipe.handlerSource.trim(),
    '```',
    '',
    '### skills/dropbox/SKILL.md',
    '',
    '````markdown',
    dropboxRecipe.skill(example).trimEnd(),
    '````',
    '',
  ].join('\n');
  return cached;
}
