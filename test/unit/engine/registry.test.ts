import { describe, expect, it } from 'vitest';
import { dropboxRecipe } from '../../../src/catalog/index.js';
import {
  describeChanges,
  describeSummary,
  emptyStatus,
  formatSyncJson,
  parseSyncJson,
  renewDue,
  verifySignature,
} from '../../../src/engine/index.js';
import { signDropboxWebhook } from '../../../src/testkit/index.js';

const config = dropboxRecipe.syncJson({
  slug: 'dropbox',
  accountId: 'apn_1',
  externalUserId: 'u',
  updatedAt: '2025-01-01T00:00:00Z',
});

describe('sync.json', () => {
  it('round-trips the catalog config', () => {
    expect(parseSyncJson(formatSyncJson(config), 'handlers/dropbox/sync.json')).toEqual(config);
  });

  it('names the file and the field of every problem', () => {
    const bad = { ...config, mirrorPrefix: 'mirrors/other/', hosts: ['https://x'], extra: 1 };
    expect(() => parseSyncJson(JSON.stringify(bad), 'handlers/dropbox/sync.json')).toThrow(
      /handlers\/dropbox\/sync\.json: hosts\.0: expected a lower-case host name.*handlers\/dropbox\/sync\.json: Unrecognized key: "extra"|handlers\/dropbox\/sync\.json: .*extra/,
    );
    expect(() => parseSyncJson(JSON.stringify({ ...config, mirrorPrefix: 'mirrors/other/' }), 'f.json')).toThrow(
      'f.json: mirrorPrefix: expected "mirrors/dropbox/"',
    );
    expect(() => parseSyncJson('{', 'f.json')).toThrow(/^f\.json: not valid JSON/);
    expect(() => parseSyncJson(JSON.stringify({ ...config, version: 2 }), 'f.json')).toThrow(/f\.json: version: /);
  });

  it('declares the webhook challenge handshake (Dropbox echoes ?challenge=) and checks its query name', () => {
    expect(config.signals.webhook?.challenge).toEqual({ query: 'challenge' });
    const bad = { ...config, signals: { webhook: { challenge: { query: 'a b' } } } };
    expect(() => parseSyncJson(JSON.stringify(bad), 'f.json')).toThrow(
      /f\.json: signals\.webhook\.challenge\.query: expected a query parameter name/,
    );
  });
});

describe('webhook signature', () => {
  const body = '{"list_folder":{"accounts":["dbid:1"]}}';
  it('accepts the hex HMAC-SHA256 of the raw body', () => {
    expect(() =>
      verifySignature(config, { DROPBOX_APP_SECRET: 's' }, body, {
        'x-dropbox-signature': signDropboxWebhook(body, 's'),
      }),
    ).not.toThrow();
  });
  it('rejects a wrong, absent or malformed signature as unauthorized, and a missing secret as missing_config', () => {
    const env = { DROPBOX_APP_SECRET: 's' };
    expect(() => verifySignature(config, env, body, { 'x-dropbox-signature': signDropboxWebhook(body, 't') })).toThrow(
      expect.objectContaining({ code: 'unauthorized' }),
    );
    expect(() =>
      verifySignature(config, env, `${body} `, { 'x-dropbox-signature': signDropboxWebhook(body, 's') }),
    ).toThrow(expect.objectContaining({ code: 'unauthorized' }));
    expect(() => verifySignature(config, env, body, {})).toThrow(expect.objectContaining({ code: 'unauthorized' }));
    expect(() => verifySignature(config, env, body, { 'x-dropbox-signature': 'zz' })).toThrow(
      expect.objectContaining({ code: 'unauthorized' }),
    );
    expect(() => verifySignature(config, {}, body, { 'x-dropbox-signature': 'zz' })).toThrow(
      expect.objectContaining({ code: 'missing_config', exitCode: 3 }),
    );
  });
});

describe('renewal schedule', () => {
  it('is due at half the remaining lifetime, measured from the last renewal', () => {
    const status = { ...emptyStatus(), lastRenewAt: '2025-01-01T00:00:00Z', webhookExpiresAt: '2025-01-05T00:00:00Z' };
    const noRenew = { ...config, signals: { ...config.signals, renew: undefined } };
    expect(renewDue(noRenew, status, new Date('2025-01-02T23:59:00Z'))).toBe(false);
    expect(renewDue(noRenew, status, new Date('2025-01-03T00:00:00Z'))).toBe(true);
  });
  it('is due every renew.everyHours, and at once when never renewed', () => {
    const withRenew = { ...config, signals: { ...config.signals, renew: { everyHours: 24 } } };
    expect(renewDue(withRenew, emptyStatus(), new Date('2025-01-01T00:00:00Z'))).toBe(true);
    const status = { ...emptyStatus(), lastRenewAt: '2025-01-01T00:00:00Z' };
    expect(renewDue(withRenew, status, new Date('2025-01-01T23:00:00Z'))).toBe(false);
    expect(renewDue(withRenew, status, new Date('2025-01-02T00:00:01Z'))).toBe(true);
  });
});

describe('summaries', () => {
  it('describes counts and notes for commit messages', () => {
    expect(describeSummary({ added: 1, updated: 1, deleted: 1 })).toBe('3 changes (+1 ~1 -1)');
    expect(describeSummary({ added: 0 })).toBe('no changes');
    expect(describeSummary({ added: 1, note: 'a\nb' })).toBe('1 change (+1 ~0 -0) - a b');
    expect(describeSummary({ note: 'cursor reset, full resync: 3 files' })).toBe(
      'no changes - cursor reset, full resync: 3 files',
    );
    expect(describeSummary(undefined)).toBe('done');
  });

  it('says what an exec changed in its mirror folder, the state apart from the files', () => {
    const runtime = 'mirrors/x/.sync';
    const state = `${runtime}/state.json`;
    expect(describeChanges({ written: [], deleted: [] }, runtime)).toBe('no changes');
    expect(describeChanges({ written: ['mirrors/x/a.txt'], deleted: [] }, runtime)).toBe('wrote 1 file');
    expect(describeChanges({ written: ['mirrors/x/a', 'mirrors/x/b'], deleted: ['mirrors/x/c'] }, runtime)).toBe(
      'wrote 2 files, deleted 1',
    );
    expect(describeChanges({ written: [], deleted: ['mirrors/x/a', 'mirrors/x/b'] }, runtime)).toBe('deleted 2 files');
    expect(describeChanges({ written: [state], deleted: [] }, runtime)).toBe('changed the state');
    expect(describeChanges({ written: ['mirrors/x/a', state], deleted: [] }, runtime)).toBe(
      'wrote 1 file and changed the state',
    );
  });
});
