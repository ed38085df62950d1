/** Loopback fakes shipped with the product (tests and the offline demo): Pipedream Connect, a Dropbox API, webhooks. */
export { startDropboxApi, type DropboxApiFake, type DropboxApiOptions } from './dropbox-api.js';
export {
  BadArgumentError,
  CursorResetError,
  DROPBOX_MAX_LIMIT,
  DropboxTree,
  dropboxContentHash,
  LookupError,
  type DropboxDeletedMetadata,
  type DropboxFileMetadata,
  type DropboxFolderMetadata,
  type DropboxMetadata,
  type ListFolderOptions,
  type ListFolderPage,
} from './dropbox-tree.js';
export { dropboxWebhookBody, sendWebhook, signDropboxWebhook, type WebhookReply } from './dropbox-webhook.js';
export { createHostMappingFetch } from './host-mapping-fetch.js';
export { sendJson, sendText, startLoopbackServer, type LoopbackHandler, type LoopbackServer, type RecordedRequest } from './http-server.js';
export {
  startPipedreamConnect,
  type FakeConnectAccount,
  type PipedreamConnectFake,
  type PipedreamConnectOptions,
  type ProxiedRequest,
} from './pipedream-connect.js';
export { startFakeDropboxConnection, type FakeConnectionOptions, type FakeDropboxConnection } from './dropbox-behind-pipedream.js';
