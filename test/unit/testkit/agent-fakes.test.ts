import { afterEach, describe, expect, it } from 'vitest';
import {
  type MessagingApiFake,
  populateTickets,
  startMessagingApi,
  startTicketTrackerApi,
  type Ticket,
  type TicketTrackerFake,
} from '../../../src/testkit/index.js';

let tracker: TicketTrackerFake | undefined;
let messaging: MessagingApiFake | undefined;
afterEach(async () => {
  await tracker?.close();
  await messaging?.close();
  tracker = messaging = undefined;
});

const auth = { authorization: 'Bearer t0k3n' };

/** A list answer (or an error answer) of the tracker. */
type ListBody = {
  tickets: Ticket[];
  meta: { next_cursor: string | null; has_more: boolean };
  error?: { type: string; message: string };
};

describe('the ticket tracker fake', () => {
  it('pages live tickets by cursor, and changes since a time with tombstones, in (updated_at, id) order', async () => {
    tracker = await startTicketTrackerApi({ accessToken: 't0k3n' });
    populateTickets(tracker, 7);
    const get = async (query: string) => {
      const response = await fetch(`${tracker?.url}/v2/tickets?${query}`, { headers: auth });
      return { status: response.status, body: (await response.json()) as ListBody };
    };
    const first = await get('limit=3');
    expect(first.body.tickets.map((ticket: { id: number }) => ticket.id)).toEqual([1001, 1002, 1003]);
    expect(first.body.meta.has_more).toBe(true);
    const rest = await get(`limit=10&cursor=${first.body.meta.next_cursor}`);
    expect(rest.body.tickets.map((ticket: { id: number }) => ticket.id)).toEqual([1004, 1005, 1006, 1007]);
    expect(rest.body.meta).toEqual({ next_cursor: null, has_more: false });
    expect(first.body.tickets[0]).toMatchObject({ key: 'OPS-1', status: 'open', description: expect.any(String) });

    const mark = tracker.snapshot().at(-1)?.updated_at as string;
    tracker.updateTicket(1002, { status: 'closed' });
    tracker.deleteTicket(1005);
    const changed = await get(`updated_since=${encodeURIComponent(mark)}`);
    expect(changed.body.tickets.map((ticket: { id: number; status: string }) => [ticket.id, ticket.status])).toEqual([
      [1007, 'solved'], // inclusive: the ticket at the mark itself
      [1002, 'closed'],
      [1005, 'deleted'],
    ]);
    expect(changed.body.tickets[2]?.deleted_at).toBe(changed.body.tickets[2]?.updated_at);
    expect(tracker.snapshot().map((ticket) => ticket.id)).not.toContain(1005);
    // A cursor belongs to its query; bad input and bad tokens get the API's error shapes.
    expect(
      (await get(`limit=3&updated_since=${encodeURIComponent(mark)}&cursor=${first.body.meta.next_cursor}`)).status,
    ).toBe(400);
    expect((await get('limit=500')).body).toEqual({
      error: { type: 'invalid_request', message: 'limit must be an integer from 1 to 100' },
    });
    expect((await fetch(`${tracker.url}/v2/tickets`)).status).toBe(401);
    expect((await fetch(`${tracker.url}/v2/tickets/1005`, { headers: auth })).status).toBe(404);
    tracker.rateLimit({ times: 1, retryAfterSeconds: 2 });
    const limited = await fetch(`${tracker.url}/v2/projects`, { headers: auth });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
  });
});

describe('the messaging fake', () => {
  it('sends messages (201), refuses bad numbers (422), reports delivery, has nothing to list', async () => {
    messaging = await startMessagingApi({ accessToken: 't0k3n' });
    const send = (body: unknown) =>
      fetch(`${messaging?.url}/v1/messages`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const sent = await send({ to: '+4915112345678', text: 'Hello' });
    expect(sent.status).toBe(201);
    const message = (await sent.json()) as { id: string; status: string };
    expect(message).toMatchObject({ id: 'msg_000001', status: 'queued', segments: 1, from: 'SYNCAGENT' });
    const bad = await send({ to: '0151', text: 'x' });
    expect([bad.status, ((await bad.json()) as { error: { code: string } }).error.code]).toEqual([
      422,
      'invalid_number',
    ]);
    const status = await fetch(`${messaging.url}/v1/messages/${message.id}`, { headers: auth });
    expect(((await status.json()) as { status: string }).status).toBe('sent');
    expect((await fetch(`${messaging.url}/v1/messages`, { headers: auth })).status).toBe(404);
    expect(messaging.sent).toHaveLength(1);
  });
});
