import { describe, expect, it } from 'vitest';
import { type PartRunOptions, type SyncPart, SyncService } from '../../../src/appdata/index.js';
import { MissingConfigError } from '../../../src/errors.js';

function recordingPart(name: string, directions: SyncPart['directions'], calls: string[], fail?: Error): SyncPart {
  return {
    name,
    directions,
    async run(options: PartRunOptions) {
      calls.push(`${name}:${options.direction}:${options.dryRun}:${options.prune}`);
      if (fail) throw fail;
      return { name };
    },
  };
}

describe('SyncService', () => {
  it('runs every part that applies to the direction and returns a result per part', async () => {
    const calls: string[] = [];
    const result = await SyncService.builder()
      .direction('push')
      .dryRun()
      .part(recordingPart('database', ['push', 'pull'], calls))
      .part(recordingPart('local', ['to-db', 'to-disk'], calls))
      .part(recordingPart('files', ['push', 'pull'], calls))
      .build()
      .syncAll();
    expect(calls).toEqual(['database:push:true:false', 'files:push:true:false']);
    expect(result.ok).toBe(true);
    expect(result.parts.map((part) => [part.part, part.status])).toEqual([
      ['database', 'ok'],
      ['files', 'ok'],
    ]);
  });

  it('keeps going after a failing part and reports its error', async () => {
    const calls: string[] = [];
    const result = await SyncService.builder()
      .direction('pull')
      .part(recordingPart('database', ['pull'], calls, new MissingConfigError('CLOUD_DATABASE_URL')))
      .part(recordingPart('files', ['pull'], calls))
      .build()
      .syncAll();
    expect(calls).toHaveLength(2);
    expect(result.ok).toBe(false);
    const failed = result.parts[0];
    expect(failed?.status).toBe('failed');
    if (failed?.status === 'failed') {
      expect(failed.error.code).toBe('missing_config');
      expect(failed.error.data.variable).toBe('CLOUD_DATABASE_URL');
    }
    expect(result.parts[1]?.status).toBe('ok');
  });

  it('rejects a missing direction, unknown parts and parts that do not apply', () => {
    const part = recordingPart('database', ['push', 'pull'], []);
    expect(() => SyncService.builder().part(part).build()).toThrow(/--direction: required/);
    expect(() => SyncService.builder().direction('sideways' as 'push')).toThrow(
      /expected one of push, pull, to-disk, to-db/,
    );
    expect(() => SyncService.builder().direction('push').part(part).only(['nope']).build()).toThrow(
      /unknown part nope/,
    );
    expect(() => SyncService.builder().direction('to-db').part(part).only(['database']).build()).toThrow(
      /database does not apply to --direction to-db/,
    );
    expect(() => SyncService.builder().direction('to-db').part(part).build()).toThrow(/no sync part applies/);
  });
});
