import type { PathDifferences } from '../store/index.js';
import type { Summary } from './types.js';

/** Reads a handler's return value as a Summary when it looks like one. */
function asSummary(value: unknown): Summary | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const summary: Summary = {};
  for (const key of ['added', 'updated', 'deleted'] as const) {
    if (typeof record[key] === 'number' && Number.isFinite(record[key])) summary[key] = record[key] as number;
  }
  if (typeof record.note === 'string') summary.note = record.note.slice(0, 200);
  return summary;
}

/**
 * "3 changes (+1 ~1 -1)" or "no changes", then the handler's note after " - " (its own words, which may hold colons of
 * their own): the tail of a commit message.
 */
export function describeSummary(value: unknown): string {
  const summary = asSummary(value);
  if (!summary) return 'done';
  const added = summary.added ?? 0;
  const updated = summary.updated ?? 0;
  const deleted = summary.deleted ?? 0;
  const total = added + updated + deleted;
  const counts =
    total === 0 ? 'no changes' : `${total} change${total === 1 ? '' : 's'} (+${added} ~${updated} -${deleted})`;
  const note = summary.note ? ` - ${summary.note.replace(/\s+/g, ' ')}` : '';
  return `${counts}${note}`;
}

/** The summary of several calls in one event (a coalesced webhook batch): counts added up, notes kept once each. */
export function describeSummaries(values: unknown): string {
  const summaries = (Array.isArray(values) ? values : [values]).map(asSummary);
  const known = summaries.filter((summary): summary is Summary => summary !== null);
  if (known.length === 0) return 'done';
  const total: Summary = {};
  for (const key of ['added', 'updated', 'deleted'] as const) {
    const sum = known.reduce((count, summary) => count + (summary[key] ?? 0), 0);
    if (known.some((summary) => summary[key] !== undefined)) total[key] = sum;
  }
  const notes = [...new Set(known.map((summary) => summary.note).filter((note) => note !== undefined))];
  if (notes.length > 0) total.note = notes.join('; ').slice(0, 200);
  const calls = summaries.length;
  return `${describeSummary(total)}${calls > 1 ? ` (${calls} deliveries)` : ''}`;
}

/** What an event changed in its sync's mirror folder (Transaction.differences of that folder). */
export type MirrorChanges = PathDifferences;

/** "wrote 2 files, deleted 1", "changed the state", "wrote 1 file and changed the state": what exec did, for its commit. */
export function describeChanges(changes: MirrorChanges, runtimeDir: string): string {
  const runtime = `${runtimeDir}/`;
  const written = changes.written.filter((path) => !path.startsWith(runtime)).length;
  const deleted = changes.deleted.filter((path) => !path.startsWith(runtime)).length;
  const files = (count: number) => `${count} file${count === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (written > 0) parts.push(`wrote ${files(written)}`);
  if (deleted > 0) parts.push(parts.length > 0 ? `deleted ${deleted}` : `deleted ${files(deleted)}`);
  const state = changes.written.includes(`${runtime}state.json`) || changes.deleted.includes(`${runtime}state.json`);
  if (parts.length === 0) return state ? 'changed the state' : 'no changes';
  return `${parts.join(', ')}${state ? ' and changed the state' : ''}`;
}
