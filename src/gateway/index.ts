/** Authenticated HTTP for handlers: the Pipedream Connect proxy and direct clients, host allow-list, retry policy. */
export { type ConnectAccount, type GetAccountOptions, getAccount } from './accounts.js';
export { type CreateGatewayOptions, createGateway } from './create-gateway.js';
export { hostNameProblem } from './host-name.js';
export { redactUrl, scrubSecrets, truncateBytes } from './redact.js';
export { parseRetryAfter, type RetryPolicy, retryDelay, retryPolicy } from './retry.js';
export {
  DEFAULT_PIPEDREAM_API_URL,
  type DirectSettings,
  directTokenVariable,
  type GatewaySettings,
  gatewayMode,
  type PipedreamSettings,
  resolveGatewaySettings,
  resolvePipedreamSettings,
} from './settings.js';
export { createTokenCache, defaultTokenCache, TokenCache } from './token-cache.js';
export { dataIsParsedText, ERROR_BODY_LIMIT } from './transport.js';
export type {
  ConnectionRef,
  Gateway,
  GatewayCallOptions,
  GatewayRequest,
  GatewayResponse,
  RetryOptions,
} from './types.js';
