import type { ServerResponse } from 'node:http';
import { type RecordedRequest, sendJson, startLoopbackServer } from './http-server.js';

/*
 * A ticket tracker API on loopback ("Ticketdesk", host api.ticketdesk.example), shaped like the REST trackers people
 * connect (Linear's, Zendesk's, Jira Cloud's list endpoints):
 * - `GET /v2/tickets?limit=1..100&cursor=&updated_since=ISO` → `{ "tickets": [...], "meta": { "next_cursor", "has_more" } }`.
 *   Without `updated_since`: the live tickets in id order. With it: every ticket changed at or after that time, in
 *   (updated_at, id) order, deleted ones included as `{ ..., "status": "deleted", "deleted_at" }` (how incremental
 *   exports report deletions). The cursor is opaque and bound to its query; a changed query or a forged cursor is a
 *   400. List items carry the full ticket, `description` (the body) included.
 * - `GET /v2/tickets/{id}` → `{ "ticket": {...} }` (404 when unknown or deleted); `GET /v2/projects`; `GET /v2/me`.
 * - Bearer auth (401 `{ "error": { "type": "unauthorized" } }`), 429 with `Retry-After` when rate limited, errors as
 *   `{ "error": { "type", "message" } }`.
 * Every change gets a strictly later `updated_at` (the fake's clock never repeats), as the real ones' do in practice.
 */

/** Host name the fake stands for (map it to the fake's URL in the Pipedream Connect fake). */
export const ticketTrackerHost = 'api.ticketdesk.example';

/** A ticket as the API returns it. */
export interface Ticket {
  id: number;
  key: string;
  title: string;
  status: 'open' | 'pending' | 'solved' | 'closed' | 'deleted';
  priority: 'urgent' | 'high' | 'normal' | 'low';
  project_id: string;
  assignee: { id: string; name: string } | null;
  labels: string[];
  description: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string;
}

/** A project as the API returns it. */
export interface Project {
  id: string;
  key: string;
  name: string;
}

/** What a new ticket may set (the rest is defaulted). */
export type NewTicket = Partial<Omit<Ticket, 'id' | 'key' | 'created_at' | 'updated_at' | 'deleted_at'>> & {
  title: string;
};

/** Options of the fake tracker. */
export interface TicketTrackerOptions {
  accessToken: string;
  /** The first `updated_at` (default 2025-01-01T00:00:00Z); each change is one second later. */
  start?: string;
  projects?: Project[];
}

/** A running fake tracker and the methods that change its tickets. */
export interface TicketTrackerFake {
  url: string;
  host: string;
  close(): Promise<void>;
  requests: RecordedRequest[];
  projects: Project[];
  addTicket(ticket: NewTicket): Ticket;
  updateTicket(id: number, changes: Partial<Omit<Ticket, 'id' | 'key' | 'created_at' | 'updated_at'>>): Ticket;
  deleteTicket(id: number): void;
  /** Live tickets in id order (deleted ones left out). */
  snapshot(): Ticket[];
  /** The next `times` requests get 429 with `Retry-After: retryAfterSeconds`. */
  rateLimit(options: { times: number; retryAfterSeconds?: number }): void;
}

const maxLimit = 100;
const defaultLimit = 50;

/** Starts the fake tracker on 127.0.0.1 with an ephemeral port. */
export async function startTicketTrackerApi(options: TicketTrackerOptions): Promise<TicketTrackerFake> {
  const tickets = new Map<number, Ticket>();
  const projects = options.projects ?? [
    { id: 'prj_ops', key: 'OPS', name: 'Operations' },
    { id: 'prj_web', key: 'WEB', name: 'Website' },
  ];
  const numbers = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  let clock = Date.parse(options.start ?? '2025-01-01T00:00:00Z');
  let nextId = 1001;
  let limited = { times: 0, retryAfterSeconds: 1 };
  const tick = (): string => {
    clock += 1000;
    return new Date(clock).toISOString().replace('.000Z', 'Z');
  };

  const addTicket = (input: NewTicket): Ticket => {
    const project = projects.find((candidate) => candidate.id === input.project_id) ?? projects[0]!;
    const number = (numbers.get(project.key) ?? 0) + 1;
    numbers.set(project.key, number);
    const at = tick();
    const ticket: Ticket = {
      id: nextId++,
      key: `${project.key}-${number}`,
      title: input.title,
      status: input.status ?? 'open',
      priority: input.priority ?? 'normal',
      project_id: project.id,
      assignee: input.assignee ?? null,
      labels: input.labels ?? [],
      description: input.description ?? `Details of: ${input.title}`,
      created_at: at,
      updated_at: at,
    };
    tickets.set(ticket.id, ticket);
    return structuredClone(ticket);
  };

  function live(id: number): Ticket {
    const ticket = tickets.get(id);
    if (!ticket || ticket.status === 'deleted') throw new Error(`no ticket ${id}`);
    return ticket;
  }

  function fail(response: ServerResponse, status: number, type: string, message: string, headers = {}): void {
    sendJson(response, status, { error: { type, message } }, headers);
  }

  function list(request: RecordedRequest, response: ServerResponse): void {
    const { limit: limitText, cursor, updated_since: since } = request.query;
    const limit = limitText === undefined ? defaultLimit : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
      fail(response, 400, 'invalid_request', `limit must be an integer from 1 to ${maxLimit}`);
      return;
    }
    if (since !== undefined && Number.isNaN(Date.parse(since))) {
      fail(response, 400, 'invalid_request', 'updated_since must be an ISO 8601 time');
      return;
    }
    let after: { updated: string; id: number } | null = null;
    if (cursor !== undefined) {
      try {
        const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
        if ((decoded.since ?? null) !== (since ?? null) || typeof decoded.id !== 'number') throw new Error('mismatch');
        after = { updated: String(decoded.updated ?? ''), id: decoded.id };
      } catch {
        fail(response, 400, 'invalid_cursor', 'cursor is invalid or belongs to another query');
        return;
      }
    }
    let rows = [...tickets.values()];
    if (since === undefined) {
      rows = rows.filter((ticket) => ticket.status !== 'deleted').sort((a, b) => a.id - b.id);
      if (after) rows = rows.filter((ticket) => ticket.id > (after as { id: number }).id);
    } else {
      const from = Date.parse(since);
      rows = rows
        .filter((ticket) => Date.parse(ticket.updated_at) >= from)
        .sort((a, b) => (a.updated_at < b.updated_at ? -1 : a.updated_at > b.updated_at ? 1 : a.id - b.id));
      if (after) {
        const { updated, id } = after;
        rows = rows.filter(
          (ticket) => ticket.updated_at > updated || (ticket.updated_at === updated && ticket.id > id),
        );
      }
    }
    const page = rows.slice(0, limit);
    const hasMore = rows.length > limit;
    const last = page.at(-1);
    const nextCursor =
      hasMore && last
        ? Buffer.from(JSON.stringify({ since: since ?? null, updated: last.updated_at, id: last.id })).toString(
            'base64url',
          )
        : null;
    sendJson(response, 200, { tickets: page, meta: { next_cursor: nextCursor, has_more: hasMore } });
  }

  async function handle(request: RecordedRequest, response: ServerResponse): Promise<void> {
    requests.push(request);
    if (limited.times > 0) {
      limited.times -= 1;
      return fail(response, 429, 'rate_limited', 'Too many requests', {
        'retry-after': String(limited.retryAfterSeconds),
      });
    }
    if (request.headers.authorization !== `Bearer ${options.accessToken}`) {
      return fail(response, 401, 'unauthorized', 'missing or invalid access token');
    }
    if (request.method !== 'GET')
      return fail(response, 405, 'method_not_allowed', `${request.method} is not supported`);
    if (request.path === '/v2/tickets') return list(request, response);
    const one = /^\/v2\/tickets\/(\d+)$/.exec(request.path);
    if (one) {
      const ticket = tickets.get(Number(one[1]));
      if (!ticket || ticket.status === 'deleted') return fail(response, 404, 'not_found', `ticket ${one[1]} not found`);
      return sendJson(response, 200, { ticket });
    }
    if (request.path === '/v2/projects') return sendJson(response, 200, { projects });
    if (request.path === '/v2/me') {
      return sendJson(response, 200, {
        user: { id: 'usr_1', name: 'Sample Agent', email: 'agent@example.com' },
        workspace: { id: 'ws_1', name: 'Sample Workspace' },
      });
    }
    return fail(response, 404, 'not_found', `no route ${request.method} ${request.path}`);
  }

  const server = await startLoopbackServer(handle);
  return {
    url: server.url,
    host: ticketTrackerHost,
    close: server.close,
    requests,
    projects,
    addTicket,
    updateTicket(id, changes) {
      const ticket = live(id);
      Object.assign(ticket, structuredClone(changes), { updated_at: tick() });
      return structuredClone(ticket);
    },
    deleteTicket(id) {
      const ticket = live(id);
      const at = tick();
      Object.assign(ticket, { status: 'deleted', deleted_at: at, updated_at: at });
    },
    snapshot: () =>
      [...tickets.values()]
        .filter((ticket) => ticket.status !== 'deleted')
        .sort((a, b) => a.id - b.id)
        .map((ticket) => structuredClone(ticket)),
    rateLimit({ times, retryAfterSeconds = 1 }) {
      limited = { times, retryAfterSeconds };
    },
  };
}

/** A sample set of tickets over the fake's projects: varied states, priorities, assignees and labels. */
export function populateTickets(tracker: TicketTrackerFake, count: number): void {
  const people = [null, { id: 'usr_1', name: 'Ada Park' }, { id: 'usr_2', name: 'Ravi Menon' }];
  const states: Ticket['status'][] = ['open', 'pending', 'solved', 'closed'];
  const priorities: Ticket['priority'][] = ['normal', 'high', 'low', 'urgent'];
  const topics = ['Login fails', 'Invoice PDF', 'Slow dashboard', 'Export to CSV', 'Password reset', 'Webhook retries'];
  for (let index = 0; index < count; index += 1) {
    tracker.addTicket({
      title: `${topics[index % topics.length]} #${index + 1}`,
      status: states[index % states.length],
      priority: priorities[(index * 7) % priorities.length],
      project_id: tracker.projects[index % tracker.projects.length]?.id,
      assignee: people[index % people.length] ?? null,
      labels: index % 3 === 0 ? ['customer'] : index % 3 === 1 ? ['bug', 'backend'] : [],
      description: `Customer report ${index + 1}: long body text that must never reach the mirror.`,
    });
  }
}
