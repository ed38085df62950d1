/*
 * The names and secrets of the demo's world. Every secret here is a demo value the loopback fakes accept, invented for
 * the demo and printed on purpose: none of them is, or stands for, a real credential. Help examples use them too, so
 * an example runs as printed against the store `syncagent demo --serve` keeps up.
 */

/** The demo's Pipedream Connect project and its client credentials (demo values). */
export const demoProject = {
  clientId: 'demo-client-id',
  clientSecret: 'demo-client-secret',
  projectId: 'proj_demo',
  environment: 'development',
} as const;

/** The Dropbox app secret the demo signs its webhook deliveries with (a demo value): DROPBOX_APP_SECRET. */
export const demoDropboxAppSecret = 'demo-app-secret';

/** The demo's connected accounts, as Pipedream Connect names them, and the external user both belong to. */
export const demoAccounts = {
  dropbox: 'apn_demo',
  ticketdesk: 'apn_tickets',
  externalUserId: 'demo-user',
} as const;

/**
 * The port `demo --serve` keeps its Pipedream Connect fake on unless told otherwise: stable, so the settings it printed
 * still hold after a restart (below Linux's ephemeral range, so no outgoing connection holds it by chance).
 */
export const demoServePort = 24780;

/** The settings that point syncagent at the demo's Pipedream Connect fake at `url` (what `demo --serve` prints). */
export function demoSettings(url: string): Record<string, string> {
  return {
    SYNCAGENT_GATEWAY: 'pipedream',
    PIPEDREAM_API_URL: url,
    PIPEDREAM_PROJECT_ID: demoProject.projectId,
    PIPEDREAM_ENVIRONMENT: demoProject.environment,
    PIPEDREAM_CLIENT_ID: demoProject.clientId,
    PIPEDREAM_CLIENT_SECRET: demoProject.clientSecret,
    DROPBOX_APP_SECRET: demoDropboxAppSecret,
  };
}

/**
 * A Dropbox notification body and its `X-Dropbox-Signature` (HMAC-SHA256 of the body under the demo's
 * DROPBOX_APP_SECRET), for help examples. Written out rather than computed: `webhook --help` is built on every CLI
 * start, and computing it would load node:crypto into every command; a unit test holds it to the HMAC.
 */
export const demoWebhook = {
  body: '{"list_folder":{"accounts":["dbid:demo"]}}',
  signature: 'a3d05c8d04ebbe5880ccf642d997b60ae9c308583825df2b99fd922edaac41e5',
} as const;
