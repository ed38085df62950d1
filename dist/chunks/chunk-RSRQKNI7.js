import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  InvalidInputError
} from "./chunk-IMJX6225.js";

// src/github/action-ref.ts
var defaultActionRef = "syncagent/syncagent@v0";
var actionRefPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*@[A-Za-z0-9_./-]+$/;
function validateActionRef(ref) {
  if (!actionRefPattern.test(ref) && !/^\.\/[A-Za-z0-9_./-]*$/.test(ref)) {
    throw new InvalidInputError(
      `--action-ref: expected owner/repo@ref (e.g. ${defaultActionRef}) or ./path, got ${JSON.stringify(ref)}`
    );
  }
  return ref;
}

// src/github/workflow-texts.generated.ts
var dbWorkflow = "# syncagent: app data sync by hand: push the local database to the cloud one, or pull it back (DESIGN section 8).\nname: syncagent db\n\non:\n  workflow_dispatch:\n    inputs:\n      direction:\n        description: push (DATABASE_URL to CLOUD_DATABASE_URL) or pull (the reverse)\n        type: choice\n        options: [push, pull]\n        default: push\n      tables:\n        description: Tables, comma-separated (default users,skills,contexts)\n        required: false\n        default: users,skills,contexts\n      dry-run:\n        description: Print what would change, write nothing\n        type: boolean\n        default: true\n\npermissions:\n  contents: read\n\njobs:\n  db:\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./\n        with:\n          command: db ${{ inputs.direction }} --tables ${{ inputs.tables }}${{ inputs.dry-run && ' --dry-run' || '' }}\n        env:\n          DATABASE_URL: ${{ secrets.DATABASE_URL }}\n          CLOUD_DATABASE_URL: ${{ secrets.CLOUD_DATABASE_URL }}\n";
var deployWorkflow = "# syncagent: ship `syncagent serve` to Fly.io by hand (DESIGN section 9). flyctl builds on Fly's remote builder, so\n# the runner needs no Docker.\nname: syncagent deploy\n\non:\n  workflow_dispatch:\n    inputs:\n      dry-run:\n        description: Print the commands, deploy nothing\n        type: boolean\n        default: false\n\npermissions:\n  contents: read\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    steps:\n      - uses: actions/checkout@v4\n      - uses: superfly/flyctl-actions/setup-flyctl@1.5\n      - uses: ./\n        with:\n          command: deploy${{ inputs.dry-run && ' --dry-run' || '' }}\n        env:\n          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n          FLY_APP: ${{ vars.FLY_APP }}\n";
var dispatchWorkflow = "# syncagent: one run per repository_dispatch event (a new Pipedream Connect connection, a provider webhook, a\n# delete). Deliveries are not queued with `concurrency:` (it would cancel all but one pending run): every event is\n# a compare-and-swap transaction on the store, deduplicated by delivery id, and polling reconciles what is missed.\nname: syncagent dispatch\n\non:\n  repository_dispatch:\n    types: [syncagent.connect, syncagent.webhook, syncagent.delete]\n\npermissions:\n  contents: write\n  pull-requests: write\n  issues: write\n\njobs:\n  dispatch:\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./\n        with:\n          review: ${{ vars.SYNCAGENT_REVIEW || 'direct' }}\n          model: ${{ vars.SYNCAGENT_MODEL }}\n        env:\n          PIPEDREAM_CLIENT_ID: ${{ secrets.PIPEDREAM_CLIENT_ID }}\n          PIPEDREAM_CLIENT_SECRET: ${{ secrets.PIPEDREAM_CLIENT_SECRET }}\n          PIPEDREAM_PROJECT_ID: ${{ vars.PIPEDREAM_PROJECT_ID }}\n          PIPEDREAM_ENVIRONMENT: ${{ vars.PIPEDREAM_ENVIRONMENT || 'production' }}\n          PIPEDREAM_API_URL: ${{ vars.PIPEDREAM_API_URL }}\n          SYNCAGENT_GATEWAY: ${{ vars.SYNCAGENT_GATEWAY }}\n          SYNCAGENT_AGENT: ${{ vars.SYNCAGENT_AGENT }}\n          SYNCAGENT_AUTHOR: ${{ vars.SYNCAGENT_AUTHOR }}\n          SYNCAGENT_MODEL_BASE_URL: ${{ vars.SYNCAGENT_MODEL_BASE_URL }}\n          SYNCAGENT_MODEL_API_KEY: ${{ secrets.SYNCAGENT_MODEL_API_KEY }}\n          ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}\n          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n          # The webhook secret each sync.json names (signals.webhook.signature.secretEnv): add one line per app.\n          DROPBOX_APP_SECRET: ${{ secrets.DROPBOX_APP_SECRET }}\n";
var tickWorkflow = "# syncagent: the alarm clock. Every 15 minutes `tick` renews webhooks that are due and polls syncs that are due\n# (the reconciliation backstop for missed deliveries). Run it by hand for a tick or for one command on one sync.\nname: syncagent tick\n\non:\n  schedule:\n    - cron: \"*/15 * * * *\"\n  workflow_dispatch:\n    inputs:\n      command:\n        description: What to run\n        type: choice\n        options: [tick, poll, renew, connect, delete]\n        default: tick\n      slug:\n        description: The sync (poll, renew, delete; optional for connect)\n        required: false\n      app:\n        description: The app slug (connect), e.g. dropbox\n        required: false\n      account_id:\n        description: The Pipedream Connect account id (connect), apn_...\n        required: false\n      external_user_id:\n        description: The external user (connect; default from Pipedream)\n        required: false\n      force:\n        description: Reinstall even when the skill exists (connect)\n        type: boolean\n        default: false\n\npermissions:\n  contents: write\n  pull-requests: write\n  issues: write\n\njobs:\n  tick:\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./\n        with:\n          review: ${{ vars.SYNCAGENT_REVIEW || 'direct' }}\n          model: ${{ vars.SYNCAGENT_MODEL }}\n        env:\n          PIPEDREAM_CLIENT_ID: ${{ secrets.PIPEDREAM_CLIENT_ID }}\n          PIPEDREAM_CLIENT_SECRET: ${{ secrets.PIPEDREAM_CLIENT_SECRET }}\n          PIPEDREAM_PROJECT_ID: ${{ vars.PIPEDREAM_PROJECT_ID }}\n          PIPEDREAM_ENVIRONMENT: ${{ vars.PIPEDREAM_ENVIRONMENT || 'production' }}\n          PIPEDREAM_API_URL: ${{ vars.PIPEDREAM_API_URL }}\n          SYNCAGENT_GATEWAY: ${{ vars.SYNCAGENT_GATEWAY }}\n          SYNCAGENT_AGENT: ${{ vars.SYNCAGENT_AGENT }}\n          SYNCAGENT_AUTHOR: ${{ vars.SYNCAGENT_AUTHOR }}\n          SYNCAGENT_MODEL_BASE_URL: ${{ vars.SYNCAGENT_MODEL_BASE_URL }}\n          SYNCAGENT_MODEL_API_KEY: ${{ secrets.SYNCAGENT_MODEL_API_KEY }}\n          ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}\n          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n          # The webhook secret each sync.json names (signals.webhook.signature.secretEnv): add one line per app.\n          DROPBOX_APP_SECRET: ${{ secrets.DROPBOX_APP_SECRET }}\n";

// src/github/workflows.ts
var workflowTemplates = {
  "syncagent-db.yml": dbWorkflow,
  "syncagent-deploy.yml": deployWorkflow,
  "syncagent-dispatch.yml": dispatchWorkflow,
  "syncagent-tick.yml": tickWorkflow
};
function renderWorkflows(actionRef) {
  const ref = validateActionRef(actionRef);
  return Object.entries(workflowTemplates).sort(([a], [b]) => a.localeCompare(b)).map(([name, text]) => ({
    path: `.github/workflows/${name}`,
    text: text.replace(/^(\s*- uses: )\.\/[ \t]*$/gm, (_, prefix) => `${prefix}${ref}`)
  }));
}
async function writeWorkflows(store, actionRef) {
  const files = renderWorkflows(actionRef);
  const result = await store.transact(
    async (tx) => {
      const outcome = { written: [], unchanged: [], kept: [] };
      for (const file of files) {
        const current = await tx.readText(file.path);
        if (current === null) {
          tx.write(file.path, file.text);
          outcome.written.push(file.path);
        } else if (current === file.text) outcome.unchanged.push(file.path);
        else outcome.kept.push(file.path);
      }
      return outcome;
    },
    { message: `syncagent: add the workflows (uses ${actionRef})` }
  );
  return { ...result.value, commit: result.commits.at(-1)?.oid ?? null };
}

export {
  defaultActionRef,
  validateActionRef,
  workflowTemplates,
  renderWorkflows,
  writeWorkflows
};
