/** Loopback fakes shipped with the product (tests and the offline demo): Pipedream Connect, a Dropbox API, webhooks, GitHub's REST API, apps for the sync agent. */
export { type FakeAccount, type FakeAgentApps, startFakeAgentApps } from './agent-apps-behind-pipedream.js';
export { messagingApp, messagingScript, messagingSkillBody } from './agent-scripts/messaging-script.js';
export { ticketTrackerHandlerSource } from './agent-scripts/texts.generated.js';
export {
  ticketTrackerApp,
  ticketTrackerScript,
  ticketTrackerSkillBody,
} from './agent-scripts/ticket-tracker-script.js';
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
  type MessagingApiFake,
  messagingHost,
  type SentMessage,
  startMessagingApi,
} from './messaging-api.js';
export {
  exhaustedTurn,
  type ModelScript,
  modelScriptFileSchema,
  nextTurn,
  parseModelScript,
  type ScriptRequest,
  type ScriptToolCall,
  type ScriptToolResult,
  type ScriptTurn,
  toolResultValue,
} from './model-script.js';
export {
  type FakeConnectAccount,
  type PipedreamConnectFake,
  type PipedreamConnectOptions,
  type ProxiedRequest,
  startPipedreamConnect,
} from './pipedream-connect.js';
export { scriptedLanguageModel } from './scripted-language-model.js';
export {
  type ChatMessage,
  type ScriptedModelRequest,
  type ScriptedModelServer,
  type ScriptedModelServerOptions,
  startScriptedModelServer,
} from './scripted-model-server.js';
export {
  type NewTicket,
  type Project,
  populateTickets,
  startTicketTrackerApi,
  type Ticket,
  type TicketTrackerFake,
  type TicketTrackerOptions,
  ticketTrackerHost,
} from './ticket-tracker-api.js';
