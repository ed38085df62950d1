import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);

// src/demo/settings.ts
var demoProject = {
  clientId: "demo-client-id",
  clientSecret: "demo-client-secret",
  projectId: "proj_demo",
  environment: "development"
};
var demoDropboxAppSecret = "demo-app-secret";
var demoAccounts = {
  dropbox: "apn_demo",
  ticketdesk: "apn_tickets",
  externalUserId: "demo-user"
};
var demoServePort = 24780;
function demoSettings(url) {
  return {
    SYNCAGENT_GATEWAY: "pipedream",
    PIPEDREAM_API_URL: url,
    PIPEDREAM_PROJECT_ID: demoProject.projectId,
    PIPEDREAM_ENVIRONMENT: demoProject.environment,
    PIPEDREAM_CLIENT_ID: demoProject.clientId,
    PIPEDREAM_CLIENT_SECRET: demoProject.clientSecret,
    DROPBOX_APP_SECRET: demoDropboxAppSecret
  };
}
var demoWebhook = {
  body: '{"list_folder":{"accounts":["dbid:demo"]}}',
  signature: "a3d05c8d04ebbe5880ccf642d997b60ae9c308583825df2b99fd922edaac41e5"
};

export {
  demoProject,
  demoDropboxAppSecret,
  demoAccounts,
  demoServePort,
  demoSettings,
  demoWebhook
};
