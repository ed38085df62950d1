import { type MessagingApiFake, messagingHost, startMessagingApi } from './messaging-api.js';
import { type PipedreamConnectFake, startPipedreamConnect } from './pipedream-connect.js';
import { startTicketTrackerApi, type TicketTrackerFake, ticketTrackerHost } from './ticket-tracker-api.js';

/** A connected account of the fakes. */
export interface FakeAccount {
  id: string;
  app: string;
  externalUserId: string;
}

/** The apps without a catalog recipe (a ticket tracker, a send-only SMS API) behind a fake Pipedream Connect. */
export interface FakeAgentApps {
  tracker: TicketTrackerFake;
  messaging: MessagingApiFake;
  pipedream: PipedreamConnectFake;
  /** Pipedream gateway settings (the client secret among them). */
  env: NodeJS.ProcessEnv;
  accounts: { tracker: FakeAccount; messaging: FakeAccount };
  /** The upstream tokens the proxy injects (never seen by syncagent). */
  tokens: { tracker: string; messaging: string };
  close(): Promise<void>;
}

/**
 * Starts the tracker and messaging fakes and a Pipedream Connect fake in front of both, with one account each
 * (`ticketdesk`, `pingpost`) whose app lists its API domain as Pipedream does: what the agent tests, the CLI test,
 * the demo and the bench share.
 */
export async function startFakeAgentApps(
  options: { externalUserId?: string; clientSecret?: string; projectId?: string } = {},
): Promise<FakeAgentApps> {
  const externalUserId = options.externalUserId ?? 'user-42';
  const tokens = { tracker: 'ticketdesk-upstream-token-1', messaging: 'pingpost-upstream-token-1' };
  const tracker = await startTicketTrackerApi({ accessToken: tokens.tracker });
  const messaging = await startMessagingApi({ accessToken: tokens.messaging });
  const clientId = 'agent-client-id';
  const clientSecret = options.clientSecret ?? 'agent-client-secret-0123456789';
  const projectId = options.projectId ?? 'proj_agent';
  const accounts = {
    tracker: { id: 'apn_tickets', app: 'ticketdesk', externalUserId },
    messaging: { id: 'apn_sms', app: 'pingpost', externalUserId },
  };
  const pipedream = await startPipedreamConnect({
    clientId,
    clientSecret,
    projectId,
    accounts: [
      {
        ...accounts.tracker,
        appName: 'Ticketdesk',
        accessToken: tokens.tracker,
        allowedDomains: [ticketTrackerHost],
        baseProxyTargetUrl: `https://${ticketTrackerHost}`,
      },
      {
        ...accounts.messaging,
        appName: 'Pingpost',
        accessToken: tokens.messaging,
        allowedDomains: [messagingHost],
        baseProxyTargetUrl: `https://${messagingHost}`,
      },
    ],
    hosts: { [ticketTrackerHost]: tracker.url, [messagingHost]: messaging.url },
  });
  const env: NodeJS.ProcessEnv = {
    SYNCAGENT_GATEWAY: 'pipedream',
    PIPEDREAM_CLIENT_ID: clientId,
    PIPEDREAM_CLIENT_SECRET: clientSecret,
    PIPEDREAM_PROJECT_ID: projectId,
    PIPEDREAM_ENVIRONMENT: 'development',
    PIPEDREAM_API_URL: pipedream.url,
  };
  return {
    tracker,
    messaging,
    pipedream,
    env,
    accounts,
    tokens,
    close: async () => {
      await pipedream.close();
      await tracker.close();
      await messaging.close();
    },
  };
}
