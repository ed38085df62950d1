import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  lastErrorRecord,
  readStatus
} from "./chunk-NSBACWOB.js";
import {
  listSyncSlugs,
  loadSync
} from "./chunk-2FJUDYZR.js";
import {
  toSyncError
} from "./chunk-IMJX6225.js";

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
