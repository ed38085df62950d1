import { SyncError } from '../errors.js';
import { TextReply } from './text-reply.js';

/**
 * The host-side encoding of host-call outcomes into the JSON envelopes the bootstrap decodes.
 * Only JSON crosses into the isolate: never a host object, a stack, or error data beyond
 * `message`, `code`, `status` and `body`.
 */

/** The envelope of a successful host call; a value that is not JSON-safe becomes a failure envelope. */
export function encodeSuccess(name: string, value: unknown): string {
  if (value instanceof TextReply) return value.encode();
  try {
    return value === undefined ? '{"ok":true}' : `{"ok":true,"value":${JSON.stringify(value)}}`;
  } catch (error) {
    return encodeMessage(
      `host function "${name}" returned a value that is not JSON-safe: ${messageOf(error)}`,
      'internal',
    );
  }
}

/** The envelope of a failed host call: the error's message plus its JSON-safe code, status and body. */
export function encodeFailure(error: unknown): string {
  const info: { message: string; code: string; status?: number; body?: unknown } = {
    message: messageOf(error),
    code: SyncError.isInstance(error) ? error.code : 'internal',
  };
  if (SyncError.isInstance(error)) {
    const status = error.data.status ?? (error as { status?: unknown }).status;
    if (typeof status === 'number' && Number.isFinite(status)) info.status = status;
    const body = jsonSafe(error.data.body);
    if (body !== undefined) info.body = body;
  }
  return JSON.stringify({ ok: false, error: info });
}

/** A failure envelope for a refusal decided by the bridge itself. */
export function encodeMessage(message: string, code: string): string {
  return JSON.stringify({ ok: false, error: { message, code } });
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'host function failed';
}

/**
 * A copy of `value` that holds only JSON values, or undefined when there is none (or, given
 * `maxChars`, when its JSON text is longer than that).
 */
export function jsonSafe(value: unknown, maxChars = Infinity): unknown {
  if (value === undefined) return undefined;
  try {
    const text = JSON.stringify(value);
    return text === undefined || text.length > maxChars ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
