import { toSyncError } from '../errors.js';
import type { StoreReader } from '../store/index.js';
import { listSyncSlugs, loadSync } from './registry.js';
import { type ErrorRecord, lastErrorRecord, readStatus, type SyncStatus } from './runtime-files.js';

// `status` reads sync.json and the runtime files only: kept apart from the events, so it loads no sandbox.

/** One row of `status`. */
export interface StatusRow {
  slug: string;
  app?: string;
  flavor?: string;
  status?: string;
  lastRun: SyncStatus['lastRun'];
  nextPollAt: string | null;
  webhookExpiresAt: string | null;
  consecutiveFailures: number;
  lastError: ErrorRecord | null;
  invalid?: string;
}

/** `status [<slug>]`: the state of every sync (or one), read at HEAD. */
export async function syncStatus(reader: StoreReader, slug?: string): Promise<StatusRow[]> {
  const slugs = slug === undefined ? await listSyncSlugs(reader) : [(await loadSync(reader, slug)).slug];
  const rows: StatusRow[] = [];
  for (const name of slugs) {
    const status = await readStatus(reader, name);
    const lastError = await lastErrorRecord(reader, name);
    const base = {
      slug: name,
      lastRun: status.lastRun,
      nextPollAt: status.nextPollAt,
      webhookExpiresAt: status.webhookExpiresAt,
      consecutiveFailures: status.consecutiveFailures,
      lastError,
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
