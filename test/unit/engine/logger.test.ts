import { describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../../src/engine/logger.js';

describe('the JSON logger', () => {
  it('writes one object per line: time, level, event name, then the fields', () => {
    const lines: string[] = [];
    const logger = createJsonLogger(
      (line) => lines.push(line),
      () => new Date('2025-03-01T12:00:00.000Z'),
    );
    logger.warn('poll-start', { slug: 'dropbox', ms: 3 });
    expect(lines).toEqual([
      '{"at":"2025-03-01T12:00:00.000Z","level":"warn","event":"poll-start","slug":"dropbox","ms":3}',
    ]);
  });

  it('never lets a field replace the event name, level or time: it is kept beside them as <name>_', () => {
    const lines: string[] = [];
    const logger = createJsonLogger(
      (line) => lines.push(line),
      () => new Date('2025-03-01T12:00:00.000Z'),
    );
    logger.info('event-start', { event: 'poll', level: 'debug', at: 'later', slug: 'dropbox' });
    expect(JSON.parse(lines[0]!)).toEqual({
      at: '2025-03-01T12:00:00.000Z',
      level: 'info',
      event: 'event-start',
      event_: 'poll',
      level_: 'debug',
      at_: 'later',
      slug: 'dropbox',
    });
  });
});
