import { createHmac } from 'node:crypto';

/*
 * Dropbox webhooks (https://www.dropbox.com/developers/reference/webhooks): notifications are POSTs whose JSON body
 * names the changed accounts, `{"list_folder": {"accounts": ["dbid:..."]}, "delta": {"users": [12345678]}}`, signed with
 * `X-Dropbox-Signature`: the hex HMAC-SHA256 of the raw body keyed by the app secret. The verification request is a
 * GET with `?challenge=...` that must be echoed back as text/plain with `X-Content-Type-Options: nosniff`.
 */

/** The `X-Dropbox-Signature` value for a raw body: hex HMAC-SHA256 keyed by the app secret. */
export function signDropboxWebhook(body: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/** A Dropbox notification body for the given account ids (`delta.users` derived from them unless given). */
export function dropboxWebhookBody(accountIds: string[], options: { users?: number[] } = {}): string {
  const users = options.users ?? accountIds.map(numericUserId);
  return JSON.stringify({ list_folder: { accounts: accountIds }, delta: { users } });
}

/** What a webhook receiver answered. */
export interface WebhookReply {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/**
 * POSTs a webhook body to `url` the way Dropbox does: `Content-Type: application/json` and a correct
 * `X-Dropbox-Signature` when `secret` is given (pass `headers` to override or add any header).
 */
export async function sendWebhook(
  url: string,
  options: { body: string; secret?: string; headers?: Record<string, string>; fetch?: typeof fetch },
): Promise<WebhookReply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.secret !== undefined) headers['x-dropbox-signature'] = signDropboxWebhook(options.body, options.secret);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  const response = await (options.fetch ?? fetch)(url, { method: 'POST', headers, body: options.body });
  const replyHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    replyHeaders[name] = value;
  });
  return { status: response.status, headers: replyHeaders, text: await response.text() };
}

function numericUserId(accountId: string): number {
  let hash = 0;
  for (const char of accountId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 1_000_000_000;
}
