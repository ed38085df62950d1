import { describe, expect, it } from 'vitest';
import { dropboxRecipe } from '../../../src/catalog/index.js';
import { parseSyncJson } from '../../../src/engine/index.js';
import { SyncError } from '../../../src/errors.js';
import { createGateway, hostNameProblem } from '../../../src/gateway/index.js';

describe('sync.json hosts', () => {
  it('accepts public DNS names', () => {
    for (const host of [
      'api.dropboxapi.com',
      'notify.dropboxapi.com',
      'content.dropboxapi.com',
      'api.hooky.example',
      'a-b.example.com',
      'xn--bcher-kva.example',
      `${'a'.repeat(63)}.com`,
    ]) {
      expect(hostNameProblem(host), host).toBeUndefined();
    }
  });

  it('refuses IP addresses, single labels, private names, ports and junk, saying why', () => {
    const cases: Array<[string, RegExp]> = [
      ['127.0.0.1', /not an IP address/],
      ['169.254.169.254', /not an IP address/],
      ['10.0.0.1', /not an IP address/],
      ['::1', /not an IP address/],
      ['[::1]', /not an IP address/],
      ['[fd00::1]', /not an IP address/],
      ['0x7f.1', /not an IP address/],
      ['2130706433', /single label/],
      ['127.1', /not an IP address/],
      ['localhost', /single label/],
      ['intranet', /single label/],
      ['.', /labels of a-z/],
      ['-', /single label/],
      ['', /lower-case host name/],
      ['a..b.com', /labels of a-z/],
      ['-api.example.com', /labels of a-z/],
      ['api-.example.com', /labels of a-z/],
      ['example.com.', /labels of a-z/],
      [`${'a'.repeat(64)}.com`, /labels of a-z/],
      ['api.example.com:8443', /without a port/],
      ['127.0.0.1:8080', /without a port/],
      ['https://api.example.com', /lower-case host name/],
      ['api.example.com/path', /lower-case host name/],
      ['API.example.com', /lower-case host name/],
      ['foo.localhost', /\.localhost names this machine or a private network/],
      ['metadata.google.internal', /\.internal names this machine/],
      ['printer.local', /\.local names/],
      ['1.0.0.127.in-addr.arpa', /\.arpa names/],
      ['api.example.c0m', /alphabetic top-level name/],
    ];
    for (const [host, reason] of cases) expect(hostNameProblem(host), JSON.stringify(host)).toMatch(reason);
  });

  it('is checked when sync.json is loaded, naming the file and the field', () => {
    const config = dropboxRecipe.syncJson({
      slug: 'dropbox',
      accountId: 'apn_1',
      externalUserId: 'u',
      updatedAt: '2025-01-01T00:00:00Z',
    });
    for (const [hosts, message] of [
      [['api.dropboxapi.com', '127.0.0.1'], 'f.json: hosts.1: expected a host name, not an IP address (127.0.0.1)'],
      [
        ['localhost'],
        'f.json: hosts.0: expected a public host name such as api.example.com, not a single label like "localhost"',
      ],
      [['api.example.com:8443'], 'f.json: hosts.0: expected a host name without a port (api.example.com:8443)'],
    ] as const) {
      let error: unknown;
      try {
        parseSyncJson(JSON.stringify({ ...config, hosts }), 'f.json');
      } catch (thrown) {
        error = thrown;
      }
      expect(SyncError.isInstance(error) && error.code).toBe('invalid_input');
      expect((error as Error).message).toContain(message);
    }
    expect(parseSyncJson(JSON.stringify(config), 'f.json').hosts).toEqual(config.hosts);
  });

  it('never lets the gateway send credentials to an address that is not a public name', () => {
    for (const host of ['127.0.0.1', 'localhost', '169.254.169.254']) {
      expect(() =>
        createGateway({
          env: { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_DROPBOX: 'secret-token' },
          connection: { app: 'dropbox', accountId: 'apn_1', externalUserId: 'u' },
          allowedHosts: ['api.dropboxapi.com', host],
          fetch: () => {
            throw new Error('no request may be sent');
          },
        }),
      ).toThrow(/gateway allowed hosts: expected a (public )?host name/);
    }
  });
});
