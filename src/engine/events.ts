import { toSyncError } from '../errors.js';
import { inspectModule } from '../sandbox/index.js';
import { type StoreReader, syncPaths, type Transaction } from '../store/index.js';
import { listSyncSlugs, loadSync, readHandlerSource, type SyncConfig } from './registry.js';
import { type EventOutcome, type EventSpec, runEvent } from './run-event.js';
import { readStatus, type SyncStatus } from './runtime-files.js';
import { describeChanges } from './summary.js';
import type { EngineDeps } from './types.js';

/** The handler's exports (empty for api-only syncs). */
export async function handlerExports(reader: StoreReader, config: SyncConfig): Promise<string[]> {
  if (config.flavor !== 'sync-engine' || !config.handler) return [];
  const { text, filename } = await readHandlerSource(reader, config);
  return (await inspectModule(text, filename)).exports;
}

function addMinutes(date: Date, minutes: number): string {
  return new Date(date.getTime() + minutes * 60_000).toISOString();
}

/** After a poll or a backfill: when the next reconciliation poll is due. */
export function schedulePoll(status: SyncStatus, _result: unknown, now: Date, config: SyncConfig): void {
  const every = config.signals.poll?.everyMinutes;
  status.nextPollAt = every ? addMinutes(now, every) : null;
}

/** The `expiresAt` a registerWebhook/renewWebhook export returned, when it is a valid time. */
export function webhookExpiry(result: unknown): string | undefined {
  const expiresAt =
    result !== null && typeof result === 'object' ? (result as { expiresAt?: unknown }).expiresAt : undefined;
  return typeof expiresAt === 'string' && !Number.isNaN(Date.parse(expiresAt)) ? expiresAt : undefined;
}

/** After register/renew: the new webhook expiry. */
export function recordRenewal(status: SyncStatus, result: unknown, now: Date): void {
  status.lastRenewAt = now.toISOString();
  const expiresAt = webhookExpiry(result);
  if (expiresAt) status.webhookExpiresAt = new Date(expiresAt).toISOString();
}

/** The webhook events: which export, and the commit message with and without a returned expiry. */
const webhookEvents = {
  register: { exportName: 'registerWebhook', until: 'webhook registered until', otherwise: 'webhook registered' },
  renew: { exportName: 'renewWebhook', until: 'webhook until', otherwise: 'done' },
} as const;

/** The register (after connect) or renew event: the webhook export, recording the expiry it returns. */
export function webhookEvent(slug: string, event: keyof typeof webhookEvents): EventSpec<never> {
  const { exportName, until, otherwise } = webhookEvents[event];
  return {
    slug,
    event,
    exportName,
    after: recordRenewal,
    describe: (result) => {
      const expiresAt = webhookExpiry(result);
      return expiresAt ? `${until} ${expiresAt}` : otherwise;
    },
  };
}

/** The poll event: one pollOnce, then the next poll scheduled. */
function pollEvent(slug: string): EventSpec<never> {
  return { slug, event: 'poll', exportName: 'pollOnce', after: schedulePoll };
}

/** `poll <slug>`: one pollOnce. */
export async function poll(deps: EngineDeps, slug: string): Promise<EventOutcome<never>> {
  return runEvent<never>(deps, pollEvent(slug));
}

/** Why `renew` ran nothing: the sync's handler (or an api-only sync) has no renewWebhook export. */
export type RenewSkip = 'no-renewWebhook';

/**
 * `renew <slug>`: one renewWebhook. A handler without that export (webhooks that never expire, such as Dropbox's) has
 * nothing to renew: the event is skipped without a commit, and nothing is recorded as a failure.
 */
export async function renew(deps: EngineDeps, slug: string): Promise<EventOutcome<RenewSkip>> {
  return runEvent<RenewSkip>(deps, {
    ...webhookEvent(slug, 'renew'),
    before: async (tx, _status, config) =>
      (await handlerExports(tx, config)).includes('renewWebhook') ? undefined : { skip: 'no-renewWebhook' },
  });
}

/** `exec <slug> --file F`: one-shot code (`export default async function (ctx)`) with the same ctx. */
export async function exec(
  deps: EngineDeps,
  slug: string,
  source: { text: string; filename: string },
): Promise<EventOutcome<never>> {
  return runEvent<never>(deps, {
    slug,
    event: 'exec',
    exportName: 'default',
    source,
    long: true,
    onlyIfChanged: true,
    describe: (_result, changes) =>
      describeChanges(changes ?? { written: [], deleted: [] }, syncPaths(slug).runtimeDir),
  });
}

/** `delete <slug>`: unregisterWebhook (when exported), then skill, handler and mirror go in one commit. */
export async function deleteSync(
  deps: EngineDeps,
  slug: string,
): Promise<{ slug: string; removed: number; commit: string | null }> {
  const { config } = await loadSync(deps.store, slug);
  const exports = await handlerExports(deps.store, config).catch(() => [] as string[]);
  let removed = 0;
  const removeAll = async (tx: Transaction): Promise<void> => {
    removed = 0;
    for (const dir of [`skills/${slug}`, `handlers/${slug}`, `mirrors/${slug}`]) removed += await tx.deleteTree(dir);
  };
  if (exports.includes('unregisterWebhook')) {
    const outcome = await runEvent<never>(deps, {
      slug,
      event: 'delete',
      exportName: 'unregisterWebhook',
      finish: (tx) => removeAll(tx),
      describe: () => 'removed skill, handler and mirror',
    });
    return { slug, removed, commit: outcome.ran ? (outcome.commits.at(-1) ?? null) : null };
  }
  const result = await deps.store.transact(
    async (tx) => {
      await loadSync(tx, slug);
      await removeAll(tx);
    },
    { message: `sync(${slug}): delete removed skill, handler and mirror` },
  );
  deps.logger.info('sync-delete', { slug, removed });
  return { slug, removed, commit: result.head };
}

/** What `tick` did for one sync. */
export interface TickAction {
  slug: string;
  action: 'renew' | 'poll';
  result: 'ok' | 'error';
  summary?: string;
  error?: { code: string; message: string };
}

/** What `tick` did: the due actions, the syncs with nothing to do, and how git's housekeeping went. */
export interface TickResult {
  now: string;
  actions: TickAction[];
  skipped: string[];
  maintenance: 'ok' | 'no-git' | 'failed';
}

/** Whether `action` is due for a sync in `status` at `now`. */
function isDue(action: 'renew' | 'poll', config: SyncConfig, status: SyncStatus, now: Date): boolean {
  if (action === 'renew') return renewDue(config, status, now);
  return (
    config.signals.poll !== undefined && (status.nextPollAt === null || now.getTime() >= Date.parse(status.nextPollAt))
  );
}

/**
 * `tick`: for every active sync (but those in `exclude`), renew what is due (at half the remaining lifetime at the
 * latest), then poll what is due. What is due is read at HEAD to choose the events, and asked again inside each event's transaction: when several
 * ticks run at once (overlapping schedules, other clones), the one whose commit lands first does the action, and the
 * others, re-running on the new HEAD after losing the compare-and-swap, find it done and commit nothing.
 */
export async function tick(deps: EngineDeps, options: { exclude?: ReadonlySet<string> } = {}): Promise<TickResult> {
  const now = deps.clock();
  const actions: TickAction[] = [];
  const skipped: string[] = [];
  for (const slug of await listSyncSlugs(deps.store)) {
    // Syncs the caller holds back (a reinstall waiting for review) are skipped like inactive ones.
    if (options.exclude?.has(slug)) {
      skipped.push(slug);
      continue;
    }
    let due: Array<'renew' | 'poll'>;
    try {
      const { config } = await loadSync(deps.store, slug);
      if (config.status !== 'active' || config.flavor !== 'sync-engine') {
        skipped.push(slug);
        continue;
      }
      const status = await readStatus(deps.store, slug);
      // What the signals and status make due; only then is the handler inspected for the exports.
      due = (['renew', 'poll'] as const).filter((action) => isDue(action, config, status, now));
      if (due.length > 0) {
        const exports = await handlerExports(deps.store, config);
        due = due.filter((action) => exports.includes(action === 'renew' ? 'renewWebhook' : 'pollOnce'));
      }
    } catch (error) {
      const syncError = toSyncError(error);
      actions.push({
        slug,
        action: 'poll',
        result: 'error',
        error: { code: syncError.code, message: syncError.message },
      });
      continue;
    }
    let done = 0;
    for (const action of due) {
      const event = action === 'renew' ? webhookEvent(slug, 'renew') : pollEvent(slug);
      try {
        const outcome = await runEvent<'done'>(deps, {
          ...event,
          before: async (_tx, status, config) => (isDue(action, config, status, now) ? undefined : { skip: 'done' }),
        });
        if (!outcome.ran) {
          deps.logger.info('tick-skip', { slug, action, reason: 'done by another run' });
          continue;
        }
        done += 1;
        actions.push({ slug, action, result: 'ok', summary: outcome.summary });
      } catch (error) {
        done += 1;
        const syncError = toSyncError(error);
        actions.push({ slug, action, result: 'error', error: { code: syncError.code, message: syncError.message } });
      }
    }
    if (done === 0) skipped.push(slug);
  }
  return { now: now.toISOString(), actions, skipped, maintenance: await maintainStore(deps) };
}

/** git's housekeeping after the due actions (see Store.maintain); a failure is logged, never fatal to the tick. */
async function maintainStore(deps: EngineDeps): Promise<TickResult['maintenance']> {
  const started = Date.now();
  try {
    const result = await deps.store.maintain();
    deps.logger.info('store-maintain', { result, ms: Date.now() - started });
    return result;
  } catch (error) {
    const syncError = toSyncError(error);
    deps.logger.warn('store-maintain-fail', {
      code: syncError.code,
      message: syncError.message,
      ms: Date.now() - started,
    });
    return 'failed';
  }
}

/** Renewal is due at half the remaining lifetime (measured from the last renewal), or every `renew.everyHours`. */
export function renewDue(config: SyncConfig, status: SyncStatus, now: Date): boolean {
  const time = now.getTime();
  const start = Date.parse(status.lastRenewAt ?? status.lastSuccessAt ?? now.toISOString());
  if (status.webhookExpiresAt) {
    const expires = Date.parse(status.webhookExpiresAt);
    if (time >= start + (expires - start) / 2) return true;
  }
  const everyHours = config.signals.renew?.everyHours;
  if (everyHours !== undefined) {
    if (status.lastRenewAt === null) return true;
    if (time >= Date.parse(status.lastRenewAt) + everyHours * 3_600_000) return true;
  }
  return false;
}

export { type StatusRow, syncStatus } from './sync-status.js';
