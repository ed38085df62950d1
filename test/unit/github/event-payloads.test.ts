import { describe, expect, it } from 'vitest';
import { dispatchLimits, parseGitHubEvent } from '../../../src/github/index.js';

const dispatch = (type: string, clientPayload: unknown) =>
  JSON.stringify({ action: type, branch: 'main', client_payload: clientPayload, repository: { full_name: 'a/b' } });
const parse = (name: string | undefined, text: string) => parseGitHubEvent(name, text, 'event.json');
const error = (name: string | undefined, text: string): string => {
  try {
    parse(name, text);
  } catch (caught) {
    const failure = caught as { code?: string; message: string };
    return `${failure.code}: ${failure.message}`;
  }
  throw new Error('expected an error');
};

describe('repository_dispatch payloads', () => {
  it('reads syncagent.connect, webhook, webhook signals and delete', () => {
    expect(
      parse('repository_dispatch', dispatch('syncagent.connect', { app: 'dropbox', account_id: 'apn_1' })),
    ).toEqual({
      name: 'repository_dispatch',
      type: 'syncagent.connect',
      request: { kind: 'connect', app: 'dropbox', accountId: 'apn_1', force: false },
    });
    expect(
      parse(
        'repository_dispatch',
        dispatch('syncagent.webhook', {
          app: 'dropbox',
          account_id: 'apn_1',
          delivery_id: 'd1',
          headers: { 'X-Dropbox-Signature': 'abc' },
          body: '{"a":1}',
          received_at: '2026-01-01T00:00:00Z',
        }),
      ).request,
    ).toEqual({
      kind: 'webhook',
      target: { app: 'dropbox', accountId: 'apn_1' },
      deliveryId: 'd1',
      headers: { 'X-Dropbox-Signature': 'abc' },
      body: '{"a":1}',
      receivedAt: '2026-01-01T00:00:00Z',
    });
    expect(
      parse(
        'repository_dispatch',
        dispatch('syncagent.webhook', { slug: 'dropbox', delivery_id: 'd2', truncated: true, size: 90000 }),
      ).request,
    ).toEqual({ kind: 'webhook-signal', target: { slug: 'dropbox' }, deliveryId: 'd2', size: 90000 });
    expect(parse('repository_dispatch', dispatch('syncagent.delete', { slug: 'dropbox-2' })).request).toEqual({
      kind: 'delete',
      slug: 'dropbox-2',
    });
  });

  it("holds GitHub's limits: 10 top-level keys, under 64 KB, event_type up to 100 characters", () => {
    const keys = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`k${index}`, 1]));
    expect(error('repository_dispatch', dispatch('syncagent.webhook', keys))).toBe(
      'invalid_input: event.json: client_payload has 11 top-level keys; GitHub allows 10',
    );
    // Just under the limit passes the size check (and then the schema decides); at the limit it is refused.
    const payloadFor = (bodyLength: number) => ({ slug: 'dropbox', delivery_id: 'd', body: 'x'.repeat(bodyLength) });
    const overhead = Buffer.byteLength(
      JSON.stringify({ event_type: 'syncagent.webhook', client_payload: payloadFor(0) }),
    );
    const fits = dispatchLimits.maxPayloadBytes - 1 - overhead;
    expect(parse('repository_dispatch', dispatch('syncagent.webhook', payloadFor(fits))).request.kind).toBe('webhook');
    expect(error('repository_dispatch', dispatch('syncagent.webhook', payloadFor(fits + 1)))).toMatch(
      /^invalid_input: event\.json: the dispatch payload is 65536 bytes; GitHub allows less than 65536 \(64 KB\)/,
    );
    expect(error('repository_dispatch', dispatch(`x${'y'.repeat(100)}`, {}))).toBe(
      'invalid_input: event.json: event_type is 101 characters; GitHub allows 100',
    );
  });

  it('names the field of a schema failure, and rejects unknown keys and hostile values', () => {
    expect(error('repository_dispatch', dispatch('syncagent.connect', { account_id: 'apn_1' }))).toBe(
      'invalid_input: event.json: client_payload: app: required',
    );
    expect(error('repository_dispatch', dispatch('syncagent.connect', { app: 'Drop Box', account_id: 'apn_1' }))).toBe(
      'invalid_input: event.json: client_payload: app: expected an app slug (a-z, 0-9, _ and -, at most 64 characters)',
    );
    expect(error('repository_dispatch', dispatch('syncagent.delete', { slug: '../x' }))).toBe(
      'invalid_input: event.json: client_payload: slug: expected a sync slug: 1-64 characters of a-z, 0-9 and single inner hyphens',
    );
    expect(error('repository_dispatch', dispatch('syncagent.delete', { slug: 'a', extra: 1 }))).toMatch(
      /^invalid_input: event\.json: client_payload: .*"extra"/,
    );
    expect(
      error('repository_dispatch', dispatch('syncagent.webhook', { slug: 'a', delivery_id: 'has space', body: '' })),
    ).toBe('invalid_input: event.json: client_payload: delivery_id: expected at most 200 characters without spaces');
    expect(
      error(
        'repository_dispatch',
        dispatch('syncagent.webhook', { slug: 'a', app: 'a', account_id: 'apn_1', delivery_id: 'd', body: '' }),
      ),
    ).toBe('invalid_input: event.json: client_payload: slug: give either slug or app + account_id, not both');
    expect(error('repository_dispatch', dispatch('syncagent.webhook', { slug: 'a', delivery_id: 'd' }))).toBe(
      'invalid_input: event.json: client_payload: body: required (the raw request body as a string)',
    );
    expect(
      error(
        'repository_dispatch',
        dispatch('syncagent.webhook', { slug: 'a', delivery_id: 'd', body: '', headers: { 'bad header': 'x' } }),
      ),
    ).toMatch(/^invalid_input: event\.json: client_payload: headers\.bad header: expected an HTTP header name/);
    expect(
      error(
        'repository_dispatch',
        dispatch('syncagent.webhook', { slug: 'a', delivery_id: 'd', body: '', received_at: 'yesterday' }),
      ),
    ).toMatch(/^invalid_input: event\.json: client_payload: received_at: /);
    expect(error('repository_dispatch', dispatch('syncagent.other', {}))).toBe(
      'invalid_input: event.json: event_type "syncagent.other" is not one syncagent handles (syncagent.connect, syncagent.webhook, syncagent.delete)',
    );
    expect(error('repository_dispatch', '[1]')).toBe(
      'invalid_input: event.json: expected a JSON object (a GitHub event payload)',
    );
    expect(error('repository_dispatch', '{')).toMatch(/^invalid_input: event\.json: not valid JSON: /);
  });
});

describe('schedule, workflow_dispatch and the event name', () => {
  it('schedule is a tick; workflow_dispatch runs its command input with string or boolean inputs', () => {
    expect(parse('schedule', '{"schedule":"*/15 * * * *"}')).toEqual({ name: 'schedule', request: { kind: 'tick' } });
    expect(parse('workflow_dispatch', '{"inputs":{}}').request).toEqual({ kind: 'tick' });
    expect(parse('workflow_dispatch', '{"inputs":{"command":"renew","slug":"dropbox"}}').request).toEqual({
      kind: 'renew',
      slug: 'dropbox',
    });
    expect(
      parse(
        'workflow_dispatch',
        '{"inputs":{"command":"connect","app":"dropbox","account_id":"apn_1","slug":"","external_user_id":"","force":true}}',
      ).request,
    ).toEqual({ kind: 'connect', app: 'dropbox', accountId: 'apn_1', force: true });
    expect(
      parse('workflow_dispatch', '{"inputs":{"command":"connect","app":"dropbox","account_id":"apn_1","force":"true"}}')
        .request,
    ).toMatchObject({ force: true });
    expect(error('workflow_dispatch', '{"inputs":{"command":"delete"}}')).toBe(
      'invalid_input: event.json: inputs: slug: required for delete',
    );
    expect(error('workflow_dispatch', '{"inputs":{"command":"exec"}}')).toMatch(
      /^invalid_input: event\.json: inputs: command: /,
    );
  });

  it('infers the event from the payload when GITHUB_EVENT_NAME is absent, and refuses other events', () => {
    expect(parse(undefined, dispatch('syncagent.delete', { slug: 'a' })).name).toBe('repository_dispatch');
    expect(parse(undefined, '{"schedule":"0 * * * *"}').name).toBe('schedule');
    expect(parse('', '{"inputs":{}}').name).toBe('workflow_dispatch');
    expect(error(undefined, '{"ref":"main"}')).toBe(
      'invalid_input: event.json: cannot tell which GitHub event this is: set GITHUB_EVENT_NAME or pass --event-name',
    );
    expect(error('push', '{"ref":"main"}')).toBe(
      'invalid_input: GITHUB_EVENT_NAME: syncagent handles repository_dispatch, schedule, workflow_dispatch; got "push"',
    );
  });
});

describe('what the other senders relay', () => {
  it("serve --relay github's dispatches are what dispatch accepts, the oversize signal included", async () => {
    const { dispatchOf } = await import('../../../src/serve/github-relay.js');
    const asEvent = ({ eventType, payload }: { eventType: string; payload: Record<string, unknown> }) =>
      parse('repository_dispatch', dispatch(eventType, JSON.parse(JSON.stringify(payload))));
    expect(
      asEvent(
        dispatchOf({
          seq: 1,
          kind: 'connect',
          app: 'dropbox',
          accountId: 'apn_1',
          externalUserId: 'user-1',
          receivedAt: '2026-01-01T00:00:00.000Z',
        }),
      ).request,
    ).toEqual({ kind: 'connect', app: 'dropbox', accountId: 'apn_1', externalUserId: 'user-1', force: false });
    const webhook = {
      seq: 2,
      kind: 'webhook' as const,
      slug: 'dropbox',
      deliveryId: 'd-9',
      headers: { 'x-dropbox-signature': 'ab' },
      receivedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(asEvent(dispatchOf({ ...webhook, body: '{"a":1}' })).request).toMatchObject({
      kind: 'webhook',
      target: { slug: 'dropbox' },
      deliveryId: 'd-9',
      body: '{"a":1}',
    });
    expect(asEvent(dispatchOf({ ...webhook, body: 'x'.repeat(70_000) })).request).toMatchObject({
      kind: 'webhook-signal',
      target: { slug: 'dropbox' },
      deliveryId: 'd-9',
    });
  });
});
