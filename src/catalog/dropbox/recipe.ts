import { defineRecipe } from '../define-recipe.js';
import { dropboxHandlerSource } from './handler.generated.js';
import { dropboxSkill } from './skill.js';

/** The reviewed Dropbox recipe: a handler kept in step by webhooks and hourly polls (handler.js), and its skill. */
export const dropboxRecipe = defineRecipe({
  app: 'dropbox',
  version: 1,
  hosts: ['api.dropboxapi.com', 'notify.dropboxapi.com', 'content.dropboxapi.com'],
  signals: {
    webhook: {
      signature: { header: 'x-dropbox-signature', scheme: 'hmac-sha256-hex', secretEnv: 'DROPBOX_APP_SECRET' },
      // Dropbox verifies a webhook URL with GET ?challenge=X and expects X back.
      challenge: { query: 'challenge' },
    },
    poll: { everyMinutes: 60 },
  },
  exports: ['backfill', 'onWebhook', 'pollOnce'],
  handler: dropboxHandlerSource,
  skill: dropboxSkill,
});
