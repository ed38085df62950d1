import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { Delivery } from '../contract/index.js';
import { InvalidInputError, IoError, MissingConfigError, UnauthorizedError } from '../errors.js';
import { loadSync, type SyncConfig } from './registry.js';
import { runEvent } from './run-event.js';
import { rememberDelivery } from './runtime-files.js';
import type { EngineDeps } from './types.js';

/** Largest webhook body the engine accepts. */
export const maxWebhookBodyBytes = 1024 * 1024;

/** The error for a body over maxWebhookBodyBytes (`bytes`: its size, or a lower bound when it was not read whole). */
function bodyTooBig(bytes: number, atLeast = false): InvalidInputError {
  return new InvalidInputError(
    `webhook body is ${atLeast ? 'more than ' : ''}${bytes} bytes; the limit is ${maxWebhookBodyBytes} bytes (1 MiB)`,
    { data: { bytes } },
  );
}

/**
 * Reads a webhook body from a file without ever holding more than the limit: a regular file's size is checked before
 * anything is read, and anything else (a pipe, a device, a file still growing) is read up to one byte past the limit.
 * `label` names where the path came from (`--body-file`) in an unreadable file's error.
 */
export async function readWebhookBodyFile(path: string, label = 'body file'): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new IoError(`${label}: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InvalidInputError(`${label}: ${path} is a folder, not a file`);
    if (info.isFile() && info.size > maxWebhookBodyBytes) throw bodyTooBig(info.size);
    const buffer = Buffer.alloc(maxWebhookBodyBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxWebhookBodyBytes) throw bodyTooBig(maxWebhookBodyBytes, true);
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}

/** A provider delivery as received (raw body, so signatures can be checked). */
export interface WebhookInput {
  slug: string;
  body: string;
  headers: Record<string, string>;
  /** Provider delivery id; without one the delivery cannot be deduplicated and gets a random id. */
  deliveryId?: string;
  receivedAt?: string;
}

/** What a webhook event did. */
export interface WebhookOutcome {
  slug: string;
  deliveryId: string;
  duplicate: boolean;
  summary: string | null;
  commits: string[];
}

/** Lower-cases header names (the `delivery.headers` contract). */
export function normalizeHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

/**
 * Verifies a delivery against sync.json `signals.webhook.signature` (hmac-sha256-hex of the raw body
 * keyed by the secret in the named env var). Missing secret: missing_config; bad or absent signature:
 * unauthorized. Nothing is written either way.
 */
export function verifySignature(
  config: SyncConfig,
  env: NodeJS.ProcessEnv,
  body: string,
  headers: Record<string, string>,
): void {
  const signature = config.signals.webhook?.signature;
  if (!signature) return;
  const secret = env[signature.secretEnv];
  if (secret === undefined || secret === '') {
    throw new MissingConfigError(
      signature.secretEnv,
      `missing configuration: set ${signature.secretEnv} (the webhook secret of sync "${config.slug}")`,
    );
  }
  const given = headers[signature.header.toLowerCase()];
  if (given === undefined)
    throw new UnauthorizedError(`webhook for "${config.slug}" has no ${signature.header} header: rejected`);
  const expected = createHmac('sha256', secret).update(body).digest();
  const provided = /^[0-9a-fA-F]{64}$/.test(given.trim()) ? Buffer.from(given.trim(), 'hex') : Buffer.alloc(0);
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) {
    throw new UnauthorizedError(`webhook for "${config.slug}" has an invalid ${signature.header} signature: rejected`);
  }
}

/** The `delivery` argument of `onWebhook`, as the handler contract declares it. */
export type { Delivery } from '../contract/index.js';

/**
 * Checks one delivery against its sync without writing anything: size cap, a webhook signal in
 * sync.json, the signature, JSON when content-type says so, the id. Returns the handler's `delivery`.
 * `serve` runs it at intake, so only deliveries that would be accepted reach its spool.
 */
export function prepareDelivery(
  config: SyncConfig,
  deps: Pick<EngineDeps, 'env' | 'clock'>,
  input: Omit<WebhookInput, 'slug'>,
): Delivery {
  const deliveryId = input.deliveryId === undefined ? randomUUID() : validateDeliveryId(input.deliveryId);
  const bytes = Buffer.byteLength(input.body);
  if (bytes > maxWebhookBodyBytes) throw bodyTooBig(bytes);
  if (!config.signals.webhook)
    throw new InvalidInputError(`sync "${config.slug}" does not take webhooks (sync.json has no signals.webhook)`);
  const headers = normalizeHeaders(input.headers);
  verifySignature(config, deps.env, input.body, headers);
  let json: unknown = null;
  try {
    json = input.body.trim() === '' ? null : (JSON.parse(input.body) as unknown);
  } catch (error) {
    if ((headers['content-type'] ?? '').toLowerCase().includes('json')) {
      throw new InvalidInputError(
        `webhook body is not valid JSON although content-type says so: ${(error as Error).message}`,
      );
    }
  }
  return {
    id: deliveryId,
    headers,
    body: input.body,
    json,
    receivedAt: input.receivedAt ?? deps.clock().toISOString(),
  };
}

/**
 * Whether `value` can be a delivery id: 1-200 printable ASCII characters without spaces (what providers send: UUIDs,
 * numbers, tokens). An empty id would dedupe every id-less delivery as one; control characters would reach terminals
 * and logs.
 */
export function isDeliveryId(value: string): boolean {
  return /^[\x21-\x7e]{1,200}$/.test(value);
}

/** Validates a delivery id (see isDeliveryId); a refused one is shown escaped, never raw. */
export function validateDeliveryId(id: string): string {
  if (id === '') throw new InvalidInputError('delivery id must not be empty (leave it out to have one made up)');
  if (!isDeliveryId(id)) {
    throw new InvalidInputError(
      `invalid delivery id ${displayValue(id)}: use 1-200 printable ASCII characters, no spaces or control characters`,
      { data: { length: id.length } },
    );
  }
  return id;
}

/** A value quoted for an error message: JSON string escapes, and every character outside printable ASCII as \uXXXX. */
function displayValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(shown).replace(
    /[^\x20-\x7e]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `webhook` event: size cap, signature, JSON check, dedupe by delivery id, then `onWebhook` in one transaction. */
export async function handleWebhook(deps: EngineDeps, input: WebhookInput): Promise<WebhookOutcome> {
  const { config } = await loadSync(deps.store, input.slug);
  const delivery = prepareDelivery(config, deps, input);
  const deliveryId = delivery.id;
  const outcome = await runEvent<true>(deps, {
    slug: input.slug,
    event: 'webhook',
    exportName: 'onWebhook',
    args: [delivery],
    before: async (_tx, status) => (status.recentDeliveries.includes(deliveryId) ? { skip: true } : undefined),
    after: (status) => rememberDelivery(status, deliveryId),
  });
  if (!outcome.ran) {
    deps.logger.info('webhook-duplicate', { slug: input.slug, deliveryId });
    return { slug: input.slug, deliveryId, duplicate: true, summary: null, commits: [] };
  }
  return { slug: input.slug, deliveryId, duplicate: false, summary: outcome.summary, commits: outcome.commits };
}

/** What one coalesced webhook event did. */
export interface WebhookBatchOutcome {
  slug: string;
  /** Deliveries `onWebhook` ran for, in order (all recorded for deduplication). */
  handled: string[];
  /** Deliveries already recorded (or repeated in the batch): acknowledged and skipped. */
  duplicates: string[];
  summary: string | null;
  commits: string[];
}

/**
 * `webhook` event for several deliveries of one sync (what `serve` makes of the deliveries waiting
 * for a slug): each is checked as `handleWebhook` checks one, duplicates are skipped, and
 * `onWebhook` runs for each of the rest, in order, inside ONE transaction (one commit), which
 * records every delivery id. A failure commits nothing and fails the whole batch.
 */
export async function handleWebhookBatch(
  deps: EngineDeps,
  slug: string,
  inputs: Array<Omit<WebhookInput, 'slug'>>,
): Promise<WebhookBatchOutcome> {
  const { config } = await loadSync(deps.store, slug);
  if (inputs.length === 0) throw new InvalidInputError('a webhook batch needs at least one delivery');
  const deliveries = inputs.map((input) => prepareDelivery(config, deps, input));
  let fresh: Delivery[] = [];
  const outcome = await runEvent<true>(deps, {
    slug,
    event: 'webhook',
    exportName: 'onWebhook',
    // Decided again on every attempt: a re-run after a lost compare-and-swap sees the new HEAD's ids.
    before: async (_tx, status) => {
      const seen = new Set(status.recentDeliveries);
      fresh = [];
      for (const delivery of deliveries) {
        if (seen.has(delivery.id)) continue;
        seen.add(delivery.id);
        fresh.push(delivery);
      }
      return fresh.length === 0 ? { skip: true } : undefined;
    },
    calls: () => fresh.map((delivery) => [delivery]),
    after: (status) => {
      for (const delivery of fresh) rememberDelivery(status, delivery.id);
    },
  });
  const handled = outcome.ran ? fresh.map((delivery) => delivery.id) : [];
  // Every delivery of the batch that did not run: one occurrence of each handled id ran, the rest are duplicates.
  const unclaimed = new Set(handled);
  const duplicates = deliveries.map((delivery) => delivery.id).filter((id) => !unclaimed.delete(id));
  if (duplicates.length > 0) deps.logger.info('webhook-duplicate', { slug, deliveryIds: duplicates });
  return {
    slug,
    handled,
    duplicates,
    summary: outcome.ran ? outcome.summary : null,
    commits: outcome.ran ? outcome.commits : [],
  };
}
