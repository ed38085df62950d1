/** A structured log sink: noun-verb event names (`sync-start`, `mirror-write`) with fields. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** A logger writing one JSON object per line to `stream` (stderr at the CLI). */
export function createJsonLogger(write: (line: string) => void, clock: () => Date = () => new Date()): Logger {
  const emit =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      write(JSON.stringify({ at: clock().toISOString(), level, event, ...fields }));
    };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that drops everything. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
