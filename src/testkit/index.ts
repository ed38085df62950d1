/** Loopback fakes shipped with the product (tests and the offline demo): Pipedream Connect, a Dropbox API, webhooks, GitHub's REST API. */
export { type DropboxApiFake, type DropboxApiOptions, startDropboxApi } from './dropbox-api.js';
export {
  type FakeConnectionOptions,
  type FakeDropboxConnection,
  startFakeDropboxConnection,
} from './dropbox-behind-pipedream.js';
export {
  BadArgumentError,
  CursorResetError,
  DROPBOX_MAX_LIMIT,
  type DropboxDeletedMetadata,
  type DropboxFileMetadata,
  type DropboxFolderMetadata,
  type DropboxMetadata,
  DropboxTree,
  dropboxContentHash,
  type ListFolderOptions,
  type ListFolderPage,
  LookupError,
} from './dropbox-tree.js';
export { dropboxWebhookBody, sendWebhook, signDropboxWebhook, type WebhookReply } from './dropbox-webhook.js';
export {
  type FakeComment,
  type FakeDispatch,
  type FakeIssue,
  type GitHubApiFake,
  type GitHubApiOptions,
  startGitHubApi,
} from './github-api.js';
export { createHostMappingFetch } from './host-mapping-fetch.js';
export {
  type LoopbackHandler,
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  sendText,
  startLoopbackServer,
} from './http-server.js';
export {
  type FakeConnectAccount,
  type PipedreamConnectFake,
  type PipedreamConnectOptions,
  type ProxiedRequest,
  startPipedreamConnect,
} from './pipedream-connect.js';
