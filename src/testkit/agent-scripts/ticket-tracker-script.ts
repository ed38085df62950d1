import type { ScriptTurn } from '../model-script.js';
import { ticketTrackerHost } from '../ticket-tracker-api.js';
import { ticketTrackerHandlerSource } from './texts.generated.js';

/** The app slug the scripted tracker runs install. */
export const ticketTrackerApp = 'ticketdesk';

/** The SKILL.md body the scripted model writes for the tracker. */
export function ticketTrackerSkillBody(slug: string): string {
  const prefix = `mirrors/${slug}/`;
  return `# Ticketdesk (${slug})

The mirror under \`${prefix}\` lists every live ticket of the workspace: keys, titles, states, priorities,
projects, assignees, labels and times. Descriptions and comments stay in Ticketdesk.

## Layout
- \`${prefix}index.json\` — \`tickets\` (count), \`byStatus\`, \`byProject\`, \`highWater\` (newest change applied).
- \`${prefix}tickets/<h>.ndjson\` — one ticket per line, sharded by id % 16 (h = 0-f):
  \`{"id":1001,"key":"OPS-1","title":"Login fails #1","status":"open","priority":"normal","project":"prj_ops","assignee":null,"labels":["customer"],"created":"2025-01-01T00:00:01Z","updated":"2025-01-01T00:00:01Z"}\`
- \`${prefix}recent.ndjson\` — the last 200 changes, newest last: \`{"at","op":"changed|deleted","id","key","title","status"}\`.

## How to answer
- **Where is ticket X?** \`grep_file\` with \`prefix: "${prefix}tickets/"\`, pattern \`"title":"[^"]*X\` and flag \`i\`,
  or \`"key":"OPS-12"\` for a key.
- **Which tickets are open / pending?** grep \`"status":"open"\` over \`${prefix}tickets/\` (max_matches 1000).
- **Assigned to someone?** grep \`"assignee":"Ada Park"\`; unassigned: \`"assignee":null\`.
- **What changed lately?** \`read_file ${prefix}recent.ndjson\` (newest at the bottom).
- **How many?** \`read_file ${prefix}index.json\`: totals by status and project.

## Freshness
Polled every 15 minutes (\`updated_since\` the high-water mark); deletions arrive as tombstones.

## Content on demand
A ticket's description: \`call_api { "slug": "${slug}", "method": "GET", "url": "https://${ticketTrackerHost}/v2/tickets/1001" }\`
answers \`{ "ticket": { ..., "description": "..." } }\`. Projects: \`GET https://${ticketTrackerHost}/v2/projects\`.
`;
}

/**
 * A whole sync-engine run for the tracker, as a model would make it: connection, probe, handler, backfill, checks,
 * poll, skill, finish. Fixed turns: the same script drives MockLanguageModelV3 in unit tests and the scripted
 * chat-completions server in the CLI test and the demo.
 */
export function ticketTrackerScript(slug = ticketTrackerApp): ScriptTurn[] {
  const base = `https://${ticketTrackerHost}/v2`;
  return [
    { toolCalls: [{ name: 'get_connection', input: {} }] },
    {
      text: 'Triage: a ticket tracker holds a changing collection users ask about, so it gets a sync engine. Probing.',
      toolCalls: [{ name: 'http_request', input: { url: `${base}/tickets?limit=2` } }],
    },
    {
      toolCalls: [
        { name: 'http_request', input: { url: `${base}/tickets?limit=2&updated_since=2025-01-01T00:00:00Z` } },
      ],
    },
    {
      toolCalls: [
        {
          name: 'create_sync_engine',
          input: { handler: ticketTrackerHandlerSource, hosts: [ticketTrackerHost], pollEveryMinutes: 15 },
        },
      ],
    },
    { toolCalls: [{ name: 'run_in_sync', input: { export: 'backfill' } }] },
    {
      toolCalls: [
        { name: 'list_mirror', input: {} },
        { name: 'read_mirror', input: { path: 'index.json' } },
      ],
    },
    {
      toolCalls: [
        { name: 'grep_mirror', input: { pattern: '"status":"open"', glob: 'tickets/*.ndjson', max_matches: 5 } },
      ],
    },
    { toolCalls: [{ name: 'run_in_sync', input: { export: 'pollOnce' } }] },
    {
      toolCalls: [
        {
          name: 'write_skill',
          input: {
            description:
              "Every ticket of the user's Ticketdesk workspace: key, title, status, priority, project, assignee, " +
              'labels and times, refreshed every 15 minutes. Use it to find a ticket, list open or assigned tickets, ' +
              'count by status or project, or see what changed lately; descriptions are fetched on demand.',
            body: ticketTrackerSkillBody(slug),
          },
        },
      ],
    },
    {
      toolCalls: [
        {
          name: 'finish',
          input: {
            flavor: 'sync-engine',
            reason: 'ticket tracker: users ask which tickets are open, assigned to whom, and what changed',
          },
        },
      ],
    },
    { text: 'Installed: the tracker mirror is backfilled and its skill is written.' },
  ];
}
