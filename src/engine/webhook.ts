import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { InvalidInputError, MissingConfigError, UnauthorizedError } from '../errors.js';
import { loadSync, type SyncConfig } from './registry.js';
import { runEvent } from './run-event.js';
import { rememberDelivery } from './runtime-files.js';
import type { EngineDeps } from './types.js';

/** Largest webhook body the engine accepts. */
export const maxWebhookBodyBytes = 1024 * 1024;

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

/** `webhook` event: size cap, signature, JSON check, dedupe by delivery id, then `onWebhook` in one transaction. */
export async function handleWebhook(deps: EngineDeps, input: WebhookInput): Promise<WebhookOutcome> {
  const { config } = await loadSync(deps.store, input.slug);
  const bytes = Buffer.byteLength(input.body);
  if (bytes > maxWebhookBodyBytes) {
    throw new InvalidInputError(`webhook body is ${bytes} bytes; the limit is ${maxWebhookBodyBytes} bytes (1 MiB)`, {
      data: { bytes },
    });
  }
  if (!config.signals.webhook)
    throw new InvalidInputError(`sync "${input.slug}" does not take webhooks (sync.json has no signals.webhook)`);
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
  const deliveryId = input.deliveryId ?? randomUUID();
  if (deliveryId.length > 200 || /[\s]/.test(deliveryId))
    throw new InvalidInputError('--delivery-id: expected at most 200 characters without spaces');
  const delivery = {
    id: deliveryId,
    headers,
    body: input.body,
    json,
    receivedAt: input.receivedAt ?? deps.clock().toISOString(),
  };
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
