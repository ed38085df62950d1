import { InvalidInputError } from '../errors.js';

/** A record stored as one NDJSON line. */
export type NdjsonRecord = Record<string, unknown>;

/** The key of a record as a string that tells 1 from "1". */
function keyOf(record: NdjsonRecord, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new InvalidInputError(`${where}: record has no string or number "${key}" field`);
  }
  return JSON.stringify(value);
}

/** A key given by the caller, normalized the same way. */
function normalizeKey(value: unknown, where: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new InvalidInputError(`${where}: keys must be strings or numbers`);
  }
  return JSON.stringify(value);
}

/**
 * Inserts or replaces records in NDJSON text by `key`: existing lines keep their place, new
 * records are appended in the order given, a record equal to its line changes nothing.
 */
export function upsertLines(
  text: string,
  records: NdjsonRecord[],
  key: string,
  where = 'upsertLines',
): { text: string; added: number; updated: number } {
  const incoming = new Map<string, string>();
  for (const record of records) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new InvalidInputError(`${where}: every record must be a JSON object`);
    }
    incoming.set(keyOf(record, key, where), JSON.stringify(record));
  }
  let updated = 0;
  const out: string[] = [];
  for (const line of splitRecords(text)) {
    const lineKey = lineKeyOf(line, key, where);
    const replacement = lineKey === null ? undefined : incoming.get(lineKey);
    if (replacement === undefined) {
      out.push(line);
      continue;
    }
    if (replacement !== line) updated += 1;
    out.push(replacement);
    incoming.delete(lineKey as string);
  }
  for (const line of incoming.values()) out.push(line);
  return { text: out.length ? `${out.join('\n')}\n` : '', added: incoming.size, updated };
}

/** Removes the records whose `key` is in `keys`; returns the new text and how many were removed. */
export function deleteLines(
  text: string,
  keys: unknown[],
  key: string,
  where = 'deleteLines',
): { text: string; deleted: number } {
  const doomed = new Set(keys.map((value) => normalizeKey(value, where)));
  const out: string[] = [];
  let deleted = 0;
  for (const line of splitRecords(text)) {
    const lineKey = lineKeyOf(line, key, where);
    if (lineKey !== null && doomed.has(lineKey)) deleted += 1;
    else out.push(line);
  }
  return { text: out.length ? `${out.join('\n')}\n` : '', deleted };
}

function splitRecords(text: string): string[] {
  if (text === '') return [];
  return text.split('\n').filter((line) => line.trim() !== '');
}

function lineKeyOf(line: string, key: string, where: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new InvalidInputError(`${where}: existing line is not JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object') return null;
  const value = (parsed as NdjsonRecord)[key];
  return typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : null;
}
