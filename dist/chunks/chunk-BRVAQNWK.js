import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  lastErrorRecord,
  readStatus
} from "./chunk-ABKUXN2E.js";
import {
  listSyncSlugs,
  loadSync
} from "./chunk-B325YKMD.js";
import {
  toSyncError
} from "./chunk-4V3D2JW7.js";

// src/engine/sync-status.ts
async function syncStatus(reader, slug) {
  const slugs = slug === void 0 ? await listSyncSlugs(reader) : [(await loadSync(reader, slug)).slug];
  const rows = [];
  for (const name of slugs) {
    const status = await readStatus(reader, name);
    const lastError = await lastErrorRecord(reader, name);
    const base = {
      slug: name,
      lastRun: status.lastRun,
      nextPollAt: status.nextPollAt,
      webhookExpiresAt: status.webhookExpiresAt,
      consecutiveFailures: status.consecutiveFailures,
      lastError
    };
    try {
      const { config } = await loadSync(reader, name);
      rows.push({ ...base, app: config.app, flavor: config.flavor, status: config.status });
    } catch (error) {
      rows.push({ ...base, invalid: toSyncError(error).message });
    }
  }
  return rows;
}

export {
  syncStatus
};
