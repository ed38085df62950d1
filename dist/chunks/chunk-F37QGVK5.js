import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);

// src/demo/settings.ts
import { createHmac } from "node:crypto";
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
  get signature() {
    return createHmac("sha256", demoDropboxAppSecret).update(this.body).digest("hex");
  }
};

export {
  demoProject,
  demoDropboxAppSecret,
  demoAccounts,
  demoServePort,
  demoSettings,
  demoWebhook
};
