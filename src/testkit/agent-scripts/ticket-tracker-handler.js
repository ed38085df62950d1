// The handler a sync agent writes for the Ticketdesk fake (src/testkit/ticket-tracker-api.ts): what the scripted
// model answers in tests, the demo and the bench. An ES module run in the sandbox with only ctx.
//
// Mirror layout (structure only: never a ticket's description):
//   tickets/<h>.ndjson   one record per ticket {id, key, title, status, priority, project, assignee, labels, created,
//                        updated}, sharded by id % 16 (h = hex digit), so every file stays well under 64 KiB
//   index.json           counts by status and project, the high-water mark, the layout
//   recent.ndjson        the last 200 changes, newest last: {at, op: "changed"|"deleted", id, key, title, status}
// Cursors: state.backfill (page cursor while a backfill runs), state.highWater (the newest updated_at applied).

const API = 'https://api.ticketdesk.example/v2/';
const SHARDS = 16;
const PAGE = 100;
const CHECKPOINT_PAGES = 5;
const RECENT_MAX = 200;
const LAYOUT = {
  tickets: 'tickets/<hex(id % 16)>.ndjson',
  record: ['id', 'key', 'title', 'status', 'priority', 'project', 'assignee', 'labels', 'created', 'updated'],
  recent: 'recent.ndjson',
};

function shardOf(id) {
  return `tickets/${(id % SHARDS).toString(16)}.ndjson`;
}

function toRecord(ticket) {
  return {
    id: ticket.id,
    key: ticket.key,
    title: ticket.title,
    status: ticket.status,
    priority: ticket.priority,
    project: ticket.project_id,
    assignee: ticket.assignee ? ticket.assignee.name : null,
    labels: ticket.labels,
    created: ticket.created_at,
    updated: ticket.updated_at,
  };
}

async function listPage(ctx, query) {
  const response = await ctx.http.request({ url: `${API}tickets?${query}` });
  if (!response.data || !Array.isArray(response.data.tickets)) throw new Error('Ticketdesk answered without tickets');
  return response.data;
}

function byShard(tickets) {
  const groups = new Map();
  for (const ticket of tickets) {
    const path = shardOf(ticket.id);
    if (!groups.has(path)) groups.set(path, []);
    groups.get(path).push(ticket);
  }
  return groups;
}

async function writeIndex(ctx, highWater) {
  const index = { tickets: 0, byStatus: {}, byProject: {}, highWater, updatedAt: ctx.now(), layout: LAYOUT };
  for (let shard = 0; shard < SHARDS; shard += 1) {
    const text = await ctx.mirror.read(shardOf(shard));
    if (!text) continue;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const record = JSON.parse(line);
      index.tickets += 1;
      index.byStatus[record.status] = (index.byStatus[record.status] || 0) + 1;
      index.byProject[record.project] = (index.byProject[record.project] || 0) + 1;
    }
  }
  await ctx.mirror.write('index.json', `${JSON.stringify(index, null, 1)}\n`);
  return index;
}

async function appendRecent(ctx, changes) {
  if (changes.length === 0) return;
  const current = (await ctx.mirror.read('recent.ndjson')) || '';
  const lines = current.split('\n').filter((line) => line !== '');
  for (const change of changes) lines.push(JSON.stringify(change));
  await ctx.mirror.write('recent.ndjson', `${lines.slice(-RECENT_MAX).join('\n')}\n`);
}

export async function backfill(ctx) {
  let run = await ctx.state.get('backfill');
  if (!run) {
    for (const file of await ctx.mirror.list('tickets')) await ctx.mirror.delete(file.path);
    run = { cursor: null, pages: 0, count: 0, highWater: null };
    await ctx.state.set('backfill', run);
  }
  for (;;) {
    const cursor = run.cursor ? `&cursor=${encodeURIComponent(run.cursor)}` : '';
    const page = await listPage(ctx, `limit=${PAGE}${cursor}`);
    for (const [path, tickets] of byShard(page.tickets)) {
      await ctx.mirror.upsertLines(path, tickets.map(toRecord), 'id');
    }
    for (const ticket of page.tickets) {
      if (!run.highWater || ticket.updated_at > run.highWater) run.highWater = ticket.updated_at;
    }
    run.count += page.tickets.length;
    run.pages += 1;
    run.cursor = page.meta.next_cursor;
    await ctx.state.set('backfill', run);
    if (!page.meta.has_more) break;
    if (run.pages % CHECKPOINT_PAGES === 0) await ctx.checkpoint(`backfill page ${run.pages}`);
  }
  await ctx.state.set('highWater', run.highWater);
  await ctx.state.delete('backfill');
  await writeIndex(ctx, run.highWater);
  if ((await ctx.mirror.read('recent.ndjson')) === null) await ctx.mirror.write('recent.ndjson', '');
  return { added: run.count, note: `backfill: ${run.count} tickets in ${run.pages} pages` };
}

export async function pollOnce(ctx) {
  const since = await ctx.state.get('highWater');
  if ((await ctx.state.get('backfill')) || !since) return backfill(ctx);
  const summary = { added: 0, updated: 0, deleted: 0 };
  const recent = [];
  let highWater = since;
  let cursor = null;
  for (;;) {
    const next = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = await listPage(ctx, `limit=${PAGE}&updated_since=${encodeURIComponent(since)}${next}`);
    // updated_since is inclusive: what sits exactly at the mark was applied by the previous poll.
    const fresh = page.tickets.filter((ticket) => ticket.updated_at > since);
    for (const [path, tickets] of byShard(fresh)) {
      const gone = tickets.filter((ticket) => ticket.status === 'deleted');
      const kept = tickets.filter((ticket) => ticket.status !== 'deleted');
      if (gone.length > 0) {
        summary.deleted += await ctx.mirror.deleteLines(
          path,
          gone.map((ticket) => ticket.id),
          'id',
        );
      }
      if (kept.length > 0) {
        const result = await ctx.mirror.upsertLines(path, kept.map(toRecord), 'id');
        summary.added += result.added;
        summary.updated += result.updated;
      }
    }
    for (const ticket of fresh) {
      if (ticket.updated_at > highWater) highWater = ticket.updated_at;
      recent.push({
        at: ticket.updated_at,
        op: ticket.status === 'deleted' ? 'deleted' : 'changed',
        id: ticket.id,
        key: ticket.key,
        title: ticket.title,
        status: ticket.status,
      });
    }
    if (!page.meta.has_more) break;
    cursor = page.meta.next_cursor;
  }
  await appendRecent(ctx, recent);
  await ctx.state.set('highWater', highWater);
  if (recent.length > 0) await writeIndex(ctx, highWater);
  return summary;
}
