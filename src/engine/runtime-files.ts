import { z } from 'zod';
import { type StoreReader, syncPaths, type Transaction } from '../store/index.js';

/** How many delivery ids status.json remembers for deduplication. */
export const maxRecentDeliveries = 500;
/** How many errors errors.ndjson keeps (newest last). */
export const maxErrorRecords = 100;

/** The events of DESIGN section 3. */
export type EventName = 'connect' | 'register' | 'webhook' | 'poll' | 'renew' | 'exec' | 'delete';

const lastRunSchema = z.object({
  event: z.string(),
  at: z.string(),
  result: z.enum(['ok', 'error']),
  summary: z.string().optional(),
});

const statusSchema = z.object({
  lastRun: lastRunSchema.nullable().default(null),
  lastResult: z.unknown().optional(),
  lastSuccessAt: z.string().nullable().default(null),
  lastError: z
    .object({ at: z.string(), event: z.string(), code: z.string(), message: z.string() })
    .nullable()
    .default(null),
  nextPollAt: z.string().nullable().default(null),
  webhookExpiresAt: z.string().nullable().default(null),
  lastRenewAt: z.string().nullable().default(null),
  consecutiveFailures: z.number().int().nonnegative().default(0),
  recentDeliveries: z.array(z.string()).default([]),
});

/** `.sync/status.json`: what the scheduler and `status` read. */
export type SyncStatus = z.infer<typeof statusSchema>;

/** One line of `.sync/errors.ndjson`. */
export interface ErrorRecord {
  at: string;
  event: string;
  code: string;
  message: string;
  deliveryId?: string;
}

/** Paths of the engine-owned runtime files of a sync. */
export function runtimePaths(slug: string): { state: string; status: string; errors: string } {
  const dir = syncPaths(slug).runtimeDir;
  return { state: `${dir}/state.json`, status: `${dir}/status.json`, errors: `${dir}/errors.ndjson` };
}

/** A fresh status. */
export function emptyStatus(): SyncStatus {
  return statusSchema.parse({});
}

/** Reads status.json; a missing or unreadable file is an empty status (the engine owns it and rewrites it). */
export async function readStatus(reader: StoreReader, slug: string): Promise<SyncStatus> {
  const text = await reader.readText(runtimePaths(slug).status);
  if (text === null) return emptyStatus();
  try {
    const parsed = statusSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyStatus();
  } catch {
    return emptyStatus();
  }
}

/** Writes status.json (stable formatting so unchanged status makes no diff). */
export function writeStatus(tx: Transaction, slug: string, status: SyncStatus): void {
  tx.write(runtimePaths(slug).status, `${JSON.stringify(status, null, 2)}\n`);
}

/** Reads the handler state (a JSON object); missing means empty. */
export async function readState(reader: StoreReader, slug: string): Promise<Record<string, unknown>> {
  const text = await reader.readText(runtimePaths(slug).state);
  if (text === null) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Writes the handler state. */
export function writeState(tx: Transaction, slug: string, state: Record<string, unknown>): void {
  tx.write(runtimePaths(slug).state, `${JSON.stringify(state, null, 2)}\n`);
}

/** Appends an error record, keeping the newest `maxErrorRecords`. */
export async function appendError(tx: Transaction, slug: string, record: ErrorRecord): Promise<void> {
  const path = runtimePaths(slug).errors;
  const current = (await tx.readText(path)) ?? '';
  const lines = current.split('\n').filter((line) => line !== '');
  lines.push(JSON.stringify(record));
  tx.write(path, `${lines.slice(-maxErrorRecords).join('\n')}\n`);
}

/** The newest error record, or null. */
export async function lastErrorRecord(reader: StoreReader, slug: string): Promise<ErrorRecord | null> {
  const text = await reader.readText(runtimePaths(slug).errors);
  if (!text) return null;
  const lines = text.split('\n').filter((line) => line !== '');
  try {
    return JSON.parse(lines[lines.length - 1] ?? 'null') as ErrorRecord | null;
  } catch {
    return null;
  }
}

/** Remembers a delivery id (bounded, newest last). */
export function rememberDelivery(status: SyncStatus, id: string): void {
  status.recentDeliveries = [...status.recentDeliveries.filter((known) => known !== id), id].slice(
    -maxRecentDeliveries,
  );
}
