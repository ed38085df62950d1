import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  runEvent
} from "./chunk-3AWOR4T2.js";
import {
  rememberDelivery
} from "./chunk-NSBACWOB.js";
import {
  loadSync
} from "./chunk-2FJUDYZR.js";
import {
  InvalidInputError,
  IoError,
  MissingConfigError,
  UnauthorizedError
} from "./chunk-IMJX6225.js";

// src/engine/webhook.ts
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { open } from "node:fs/promises";
var maxWebhookBodyBytes = 1024 * 1024;
function bodyTooBig(bytes, atLeast = false) {
  return new InvalidInputError(
    `webhook body is ${atLeast ? "more than " : ""}${bytes} bytes; the limit is ${maxWebhookBodyBytes} bytes (1 MiB)`,
    { data: { bytes } }
  );
}
async function readWebhookBodyFile(path, label = "body file") {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new IoError(`${label}: cannot read ${path}: ${error.message}`, { cause: error });
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
    return buffer.toString("utf8", 0, length);
  } finally {
    await handle.close();
  }
}
function normalizeHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
function verifySignature(config, env, body, headers) {
  const signature = config.signals.webhook?.signature;
  if (!signature) return;
  const secret = env[signature.secretEnv];
  if (secret === void 0 || secret === "") {
    throw new MissingConfigError(
      signature.secretEnv,
      `missing configuration: set ${signature.secretEnv} (the webhook secret of sync "${config.slug}")`
    );
  }
  const given = headers[signature.header.toLowerCase()];
  if (given === void 0)
    throw new UnauthorizedError(`webhook for "${config.slug}" has no ${signature.header} header: rejected`);
  const expected = createHmac("sha256", secret).update(body).digest();
  const provided = /^[0-9a-fA-F]{64}$/.test(given.trim()) ? Buffer.from(given.trim(), "hex") : Buffer.alloc(0);
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) {
    throw new UnauthorizedError(`webhook for "${config.slug}" has an invalid ${signature.header} signature: rejected`);
  }
}
function prepareDelivery(config, deps, input) {
  const deliveryId = input.deliveryId === void 0 ? randomUUID() : validateDeliveryId(input.deliveryId);
  const bytes = Buffer.byteLength(input.body);
  if (bytes > maxWebhookBodyBytes) throw bodyTooBig(bytes);
  if (!config.signals.webhook)
    throw new InvalidInputError(`sync "${config.slug}" does not take webhooks (sync.json has no signals.webhook)`);
  const headers = normalizeHeaders(input.headers);
  verifySignature(config, deps.env, input.body, headers);
  let json = null;
  try {
    json = input.body.trim() === "" ? null : JSON.parse(input.body);
  } catch (error) {
    if ((headers["content-type"] ?? "").toLowerCase().includes("json")) {
      throw new InvalidInputError(
        `webhook body is not valid JSON although content-type says so: ${error.message}`
      );
    }
  }
  return {
    id: deliveryId,
    headers,
    body: input.body,
    json,
    receivedAt: input.receivedAt ?? deps.clock().toISOString()
  };
}
function isDeliveryId(value) {
  return /^[\x21-\x7e]{1,200}$/.test(value);
}
function validateDeliveryId(id) {
  if (id === "") throw new InvalidInputError("delivery id must not be empty (leave it out to have one made up)");
  if (!isDeliveryId(id)) {
    throw new InvalidInputError(
      `invalid delivery id ${displayValue(id)}: use 1-200 printable ASCII characters, no spaces or control characters`,
      { data: { length: id.length } }
    );
  }
  return id;
}
function displayValue(value) {
  const shown = value.length > 60 ? `${value.slice(0, 60)}\u2026` : value;
  return JSON.stringify(shown).replace(
    /[^\x20-\x7e]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
async function handleWebhook(deps, input) {
  const { config } = await loadSync(deps.store, input.slug);
  const delivery = prepareDelivery(config, deps, input);
  const deliveryId = delivery.id;
  const outcome = await runEvent(deps, {
    slug: input.slug,
    event: "webhook",
    exportName: "onWebhook",
    args: [delivery],
    before: async (_tx, status) => status.recentDeliveries.includes(deliveryId) ? { skip: true } : void 0,
    after: (status) => rememberDelivery(status, deliveryId)
  });
  if (!outcome.ran) {
    deps.logger.info("webhook-duplicate", { slug: input.slug, deliveryId });
    return { slug: input.slug, deliveryId, duplicate: true, summary: null, commits: [] };
  }
  return { slug: input.slug, deliveryId, duplicate: false, summary: outcome.summary, commits: outcome.commits };
}
async function handleWebhookBatch(deps, slug, inputs) {
  const { config } = await loadSync(deps.store, slug);
  if (inputs.length === 0) throw new InvalidInputError("a webhook batch needs at least one delivery");
  const deliveries = inputs.map((input) => prepareDelivery(config, deps, input));
  let fresh = [];
  const outcome = await runEvent(deps, {
    slug,
    event: "webhook",
    exportName: "onWebhook",
    // Decided again on every attempt: a re-run after a lost compare-and-swap sees the new HEAD's ids.
    before: async (_tx, status) => {
      const seen = new Set(status.recentDeliveries);
      fresh = [];
      for (const delivery of deliveries) {
        if (seen.has(delivery.id)) continue;
        seen.add(delivery.id);
        fresh.push(delivery);
      }
      return fresh.length === 0 ? { skip: true } : void 0;
    },
    calls: () => fresh.map((delivery) => [delivery]),
    after: (status) => {
      for (const delivery of fresh) rememberDelivery(status, delivery.id);
    }
  });
  const handled = outcome.ran ? fresh.map((delivery) => delivery.id) : [];
  const unclaimed = new Set(handled);
  const duplicates = deliveries.map((delivery) => delivery.id).filter((id) => !unclaimed.delete(id));
  if (duplicates.length > 0) deps.logger.info("webhook-duplicate", { slug, deliveryIds: duplicates });
  return {
    slug,
    handled,
    duplicates,
    summary: outcome.ran ? outcome.summary : null,
    commits: outcome.ran ? outcome.commits : []
  };
}

export {
  maxWebhookBodyBytes,
  readWebhookBodyFile,
  normalizeHeaders,
  verifySignature,
  prepareDelivery,
  isDeliveryId,
  validateDeliveryId,
  handleWebhook,
  handleWebhookBatch
};
