import type { ServerResponse } from 'node:http';
import { type RecordedRequest, sendJson, startLoopbackServer } from './http-server.js';

/*
 * A send-only messaging (SMS) API on loopback ("Pingpost", host api.pingpost.example), shaped like the SMS APIs
 * people connect (Twilio's, Vonage's, MessageBird's): nothing to list, only sending and checking what was sent.
 * - `POST /v1/messages` with JSON `{ "to": "+E.164", "text": "...", "from"?: sender id }` → 201 `{ id, to, from, text,
 *   status: "queued", segments, created_at }`; a bad number is 422 `{ "error": { "code": "invalid_number", "message" } }`.
 * - `GET /v1/messages/{id}` → the message with its delivery status (`queued` → `sent` → `delivered`), 404 if unknown.
 * - `GET /v1/account` → `{ id, name, balance: { amount, currency }, sender_ids }`.
 * - Bearer auth (401 `{ "error": { "code": "unauthorized" } }`); JSON bodies only (415 otherwise).
 */

/** Host name the fake stands for. */
export const messagingHost = 'api.pingpost.example';

/** A message as the API returns it. */
export interface SentMessage {
  id: string;
  to: string;
  from: string;
  text: string;
  status: 'queued' | 'sent' | 'delivered';
  segments: number;
  created_at: string;
}

/** A running fake messaging API. */
export interface MessagingApiFake {
  url: string;
  host: string;
  close(): Promise<void>;
  requests: RecordedRequest[];
  /** Every message sent, oldest first. */
  sent: SentMessage[];
}

const e164 = /^\+[1-9]\d{6,14}$/;

/** Starts the fake messaging API on 127.0.0.1 with an ephemeral port. */
export async function startMessagingApi(options: {
  accessToken: string;
  senderId?: string;
}): Promise<MessagingApiFake> {
  const senderId = options.senderId ?? 'SYNCAGENT';
  const requests: RecordedRequest[] = [];
  const sent: SentMessage[] = [];
  const fail = (response: ServerResponse, status: number, code: string, message: string) =>
    sendJson(response, status, { error: { code, message } });

  async function handle(request: RecordedRequest, response: ServerResponse): Promise<void> {
    requests.push(request);
    if (request.headers.authorization !== `Bearer ${options.accessToken}`) {
      return fail(response, 401, 'unauthorized', 'missing or invalid access token');
    }
    if (request.path === '/v1/account' && request.method === 'GET') {
      return sendJson(response, 200, {
        id: 'acc_1',
        name: 'Sample Sender',
        balance: { amount: '42.50', currency: 'EUR' },
        sender_ids: [senderId],
      });
    }
    if (request.path === '/v1/messages' && request.method === 'POST') {
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return fail(response, 415, 'unsupported_media_type', 'send application/json');
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(request.body) as Record<string, unknown>;
      } catch {
        return fail(response, 400, 'invalid_json', 'the body is not valid JSON');
      }
      if (typeof body.to !== 'string' || !e164.test(body.to)) {
        return fail(response, 422, 'invalid_number', 'to must be a phone number in E.164 format, e.g. +4915112345678');
      }
      if (typeof body.text !== 'string' || body.text === '' || body.text.length > 1600) {
        return fail(response, 422, 'invalid_text', 'text must be 1 to 1600 characters');
      }
      const message: SentMessage = {
        id: `msg_${String(sent.length + 1).padStart(6, '0')}`,
        to: body.to,
        from: typeof body.from === 'string' ? body.from : senderId,
        text: body.text,
        status: 'queued',
        segments: Math.ceil(body.text.length / 160),
        created_at: new Date().toISOString(),
      };
      sent.push(message);
      return sendJson(response, 201, message);
    }
    const one = /^\/v1\/messages\/([A-Za-z0-9_]+)$/.exec(request.path);
    if (one && request.method === 'GET') {
      const message = sent.find((candidate) => candidate.id === one[1]);
      if (!message) return fail(response, 404, 'not_found', `message ${one[1]} not found`);
      // Delivery moves on each time someone looks, as a carrier's receipts arrive.
      message.status = message.status === 'queued' ? 'sent' : 'delivered';
      return sendJson(response, 200, message);
    }
    return fail(response, 404, 'not_found', `no route ${request.method} ${request.path}`);
  }

  const server = await startLoopbackServer(handle);
  return { url: server.url, host: messagingHost, close: server.close, requests, sent };
}
