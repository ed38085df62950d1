import { type DropboxApiFake, type DropboxApiOptions, startDropboxApi } from './dropbox-api.js';
import { type PipedreamConnectFake, startPipedreamConnect } from './pipedream-connect.js';

/** Names and secrets of a fake connection (the defaults suit tests). */
export interface FakeConnectionOptions {
  accountId?: string;
  externalUserId?: string;
  clientId?: string;
  clientSecret?: string;
  projectId?: string;
  /** The upstream Dropbox token the proxy injects (never seen by syncagent in pipedream mode). */
  dropboxToken?: string;
  /** The webhook secret put in the env as DROPBOX_APP_SECRET. */
  appSecret?: string;
  dropbox?: Omit<DropboxApiOptions, 'accessToken'>;
}

/** A fake Dropbox behind a fake Pipedream Connect, and the env that points syncagent at them. */
export interface FakeDropboxConnection {
  dropbox: DropboxApiFake;
  pipedream: PipedreamConnectFake;
  /** Pipedream gateway settings plus DROPBOX_APP_SECRET. */
  env: NodeJS.ProcessEnv;
  accountId: string;
  externalUserId: string;
  close(): Promise<void>;
}

/**
 * Starts a Dropbox-compatible API and a Pipedream Connect proxy in front of it on loopback: the
 * setup the demo, the engine tests and the engine bench share.
 */
export async function startFakeDropboxConnection(options: FakeConnectionOptions = {}): Promise<FakeDropboxConnection> {
  const accountId = options.accountId ?? 'apn_test';
  const externalUserId = options.externalUserId ?? 'user-42';
  const clientId = options.clientId ?? 'client-id';
  const clientSecret = options.clientSecret ?? 'client-secret';
  const projectId = options.projectId ?? 'proj_1';
  const dropboxToken = options.dropboxToken ?? 'dropbox-token';
  const dropbox = await startDropboxApi({ ...options.dropbox, accessToken: dropboxToken });
  const pipedream = await startPipedreamConnect({
    clientId,
    clientSecret,
    projectId,
    accounts: [{ id: accountId, app: 'dropbox', externalUserId, accessToken: dropboxToken }],
    hosts: {
      'api.dropboxapi.com': dropbox.url,
      'notify.dropboxapi.com': dropbox.url,
      'content.dropboxapi.com': dropbox.url,
    },
  });
  const env: NodeJS.ProcessEnv = {
    SYNCAGENT_GATEWAY: 'pipedream',
    PIPEDREAM_CLIENT_ID: clientId,
    PIPEDREAM_CLIENT_SECRET: clientSecret,
    PIPEDREAM_PROJECT_ID: projectId,
    PIPEDREAM_ENVIRONMENT: 'development',
    PIPEDREAM_API_URL: pipedream.url,
    DROPBOX_APP_SECRET: options.appSecret ?? 'app-secret',
  };
  return {
    dropbox,
    pipedream,
    env,
    accountId,
    externalUserId,
    close: async () => {
      await pipedream.close();
      await dropbox.close();
    },
  };
}
