/** Authenticated HTTP for handlers: the Pipedream Connect proxy and direct clients, host allow-list, retry policy. */
export { getAccount, type ConnectAccount, type GetAccountOptions } from './accounts.js';
export { createGateway, type CreateGatewayOptions } from './create-gateway.js';
export { redactUrl, scrubSecrets } from './redact.js';
export { parseRetryAfter, retryDelay, retryPolicy, type RetryPolicy } from './retry.js';
export {
  DEFAULT_PIPEDREAM_API_URL,
  directTokenVariable,
  resolveGatewaySettings,
  resolvePipedreamSettings,
  type DirectSettings,
  type GatewaySettings,
  type PipedreamSettings,
} from './settings.js';
export { createTokenCache, defaultTokenCache, TokenCache } from './token-cache.js';
export { dataIsParsedText, ERROR_BODY_LIMIT } from './transport.js';
export type { ConnectionRef, Gateway, GatewayCallOptions, GatewayRequest, GatewayResponse, RetryOptions } from './types.js';
