/** A structured log sink: noun-verb event names (`sync-start`, `mirror-write`) with fields. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** The keys every line starts with; a field of the same name is kept as `<name>_` instead of replacing them. */
const reservedKeys = new Set(['at', 'level', 'event']);

/** A logger writing one JSON object per line to `stream` (stderr at the CLI). */
export function createJsonLogger(write: (line: string) => void, clock: () => Date = () => new Date()): Logger {
  const emit =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      const line: Record<string, unknown> = { at: clock().toISOString(), level, event };
      for (const [key, value] of Object.entries(fields)) line[reservedKeys.has(key) ? `${key}_` : key] = value;
      write(JSON.stringify(line));
    };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that drops everything. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
