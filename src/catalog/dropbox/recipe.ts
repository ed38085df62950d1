import type { SyncConfig } from '../../engine/registry.js';
import type { Recipe, RecipeInput } from '../types.js';
import { dropboxHandlerSource } from './handler-source.js';
import { dropboxCreatedBy } from './identity.js';
import { dropboxSkill } from './skill.js';

/** sync.json for a Dropbox connection (DESIGN 2.2). */
export function dropboxSyncJson(input: RecipeInput): SyncConfig {
  return {
    version: 1,
    slug: input.slug,
    app: 'dropbox',
    accountId: input.accountId,
    externalUserId: input.externalUserId,
    flavor: 'sync-engine',
    status: 'active',
    handler: 'handler.js',
    mirrorPrefix: `mirrors/${input.slug}/`,
    hosts: ['api.dropboxapi.com', 'notify.dropboxapi.com', 'content.dropboxapi.com'],
    signals: {
      webhook: {
        signature: { header: 'x-dropbox-signature', scheme: 'hmac-sha256-hex', secretEnv: 'DROPBOX_APP_SECRET' },
        // Dropbox verifies a webhook URL with GET ?challenge=X and expects X back.
        challenge: { query: 'challenge' },
      },
      poll: { everyMinutes: 60 },
    },
    createdBy: dropboxCreatedBy,
  };
}

/** The reviewed Dropbox recipe: handler, sync.json and SKILL.md. */
export const dropboxRecipe: Recipe = {
  app: 'dropbox',
  handlerSource: dropboxHandlerSource,
  syncJson: dropboxSyncJson,
  skill: dropboxSkill,
};
