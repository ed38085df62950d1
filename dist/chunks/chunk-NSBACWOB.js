import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  syncPaths
} from "./chunk-TQXVWXKX.js";
import {
  external_exports
} from "./chunk-OLBI5X7L.js";

// src/engine/runtime-files.ts
var maxRecentDeliveries = 500;
var maxErrorRecords = 100;
var lastRunSchema = external_exports.object({
  event: external_exports.string(),
  at: external_exports.string(),
  result: external_exports.enum(["ok", "error"]),
  summary: external_exports.string().optional()
});
var statusSchema = external_exports.object({
  lastRun: lastRunSchema.nullable().default(null),
  lastResult: external_exports.unknown().optional(),
  lastSuccessAt: external_exports.string().nullable().default(null),
  lastError: external_exports.object({ at: external_exports.string(), event: external_exports.string(), code: external_exports.string(), message: external_exports.string() }).nullable().default(null),
  nextPollAt: external_exports.string().nullable().default(null),
  webhookExpiresAt: external_exports.string().nullable().default(null),
  lastRenewAt: external_exports.string().nullable().default(null),
  consecutiveFailures: external_exports.number().int().nonnegative().default(0),
  recentDeliveries: external_exports.array(external_exports.string()).default([])
});
function runtimePaths(slug) {
  const dir = syncPaths(slug).runtimeDir;
  return { state: `${dir}/state.json`, status: `${dir}/status.json`, errors: `${dir}/errors.ndjson` };
}
function emptyStatus() {
  return statusSchema.parse({});
}
async function readStatus(reader, slug) {
  const text = await reader.readText(runtimePaths(slug).status);
  if (text === null) return emptyStatus();
  try {
    const parsed = statusSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyStatus();
  } catch {
    return emptyStatus();
  }
}
function writeStatus(tx, slug, status) {
  tx.write(runtimePaths(slug).status, `${JSON.stringify(status, null, 2)}
`);
}
async function readState(reader, slug) {
  const text = await reader.readText(runtimePaths(slug).state);
  if (text === null) return {};
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}
function writeState(tx, slug, state) {
  tx.write(runtimePaths(slug).state, `${JSON.stringify(state, null, 2)}
`);
}
async function appendError(tx, slug, record) {
  const path = runtimePaths(slug).errors;
  const current = await tx.readText(path) ?? "";
  const lines = current.split("\n").filter((line) => line !== "");
  lines.push(JSON.stringify(record));
  tx.write(path, `${lines.slice(-maxErrorRecords).join("\n")}
`);
}
async function lastErrorRecord(reader, slug) {
  const text = await reader.readText(runtimePaths(slug).errors);
  if (!text) return null;
  const lines = text.split("\n").filter((line) => line !== "");
  try {
    return JSON.parse(lines[lines.length - 1] ?? "null");
  } catch {
    return null;
  }
}
function rememberDelivery(status, id) {
  status.recentDeliveries = [...status.recentDeliveries.filter((known) => known !== id), id].slice(
    -maxRecentDeliveries
  );
}

export {
  emptyStatus,
  readStatus,
  writeStatus,
  readState,
  writeState,
  appendError,
  lastErrorRecord,
  rememberDelivery
};
