import { InvalidInputError } from '../errors.js';
import {
  type DropboxApiFake,
  type PipedreamConnectFake,
  populateTickets,
  startDropboxApi,
  startPipedreamConnect,
  startTicketTrackerApi,
  type TicketTrackerFake,
  ticketTrackerHost,
} from '../testkit/index.js';
import { demoAccounts, demoProject, demoSettings } from './settings.js';

/**
 * The demo's world on loopback: a sample Dropbox and a ticket tracker ("Ticketdesk") behind ONE Pipedream Connect fake
 * that knows both accounts, so one set of settings serves every sync of the demo store (tick polls both).
 */
export interface Playground {
  /** The Pipedream Connect fake: the only URL syncagent is told (PIPEDREAM_API_URL). */
  url: string;
  dropbox: DropboxApiFake;
  tracker: TicketTrackerFake;
  pipedream: PipedreamConnectFake;
  /** The settings that point syncagent at the playground (demo values, see settings.ts). */
  settings: Record<string, string>;
  close(): Promise<void>;
}

/** The upstream tokens the proxy injects (never seen by syncagent in pipedream mode). */
const upstreamTokens = { dropbox: 'demo-dropbox-token', tracker: 'demo-ticketdesk-token' };

/**
 * Starts the playground with its sample data (see `sampleHistory`). `port` is the Pipedream Connect fake's (0, the
 * default: any free one); a port in use is a clear `invalid_input` naming `--port`.
 */
export async function startPlayground(options: { port?: number } = {}): Promise<Playground> {
  const dropbox = await startDropboxApi({ accessToken: upstreamTokens.dropbox });
  const tracker = await startTicketTrackerApi({ accessToken: upstreamTokens.tracker });
  let pipedream: PipedreamConnectFake;
  try {
    pipedream = await startPipedreamConnect({
      ...demoProject,
      port: options.port,
      accounts: [
        {
          id: demoAccounts.dropbox,
          app: 'dropbox',
          appName: 'Dropbox',
          externalUserId: demoAccounts.externalUserId,
          accessToken: upstreamTokens.dropbox,
        },
        {
          id: demoAccounts.ticketdesk,
          app: 'ticketdesk',
          appName: 'Ticketdesk',
          externalUserId: demoAccounts.externalUserId,
          accessToken: upstreamTokens.tracker,
          allowedDomains: [ticketTrackerHost],
          baseProxyTargetUrl: `https://${ticketTrackerHost}`,
        },
      ],
      hosts: {
        'api.dropboxapi.com': dropbox.url,
        'notify.dropboxapi.com': dropbox.url,
        'content.dropboxapi.com': dropbox.url,
        [ticketTrackerHost]: tracker.url,
      },
    });
  } catch (error) {
    await Promise.all([dropbox.close(), tracker.close()]);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new InvalidInputError(
        `--port: 127.0.0.1:${options.port} is in use (another \`syncagent demo --serve\`?); pass another --port, or --port 0 for any free one`,
      );
    }
    throw error;
  }
  return {
    url: pipedream.url,
    dropbox,
    tracker,
    pipedream,
    settings: demoSettings(pipedream.url),
    close: async () => {
      await pipedream.close();
      await Promise.all([dropbox.close(), tracker.close()]);
    },
  };
}

/** The sample tree the demo serves: a small team Dropbox. */
export function populateSample(dropbox: DropboxApiFake, files = 1200): void {
  const teams = ['Finance', 'Design', 'Engineering', 'Legal'];
  for (const team of teams) dropbox.addFolder(`/${team}`);
  for (let index = 0; index < files; index += 1) {
    const team = teams[index % teams.length]!;
    dropbox.addFile(`/${team}/${2020 + (index % 5)}/report-${index}.pdf`, { size: 10_000 + index * 37 });
  }
}

/**
 * The playground's history, one chapter at a time. Every run replays it from the start in the same order, so the fakes'
 * cursors (positions in the sample Dropbox's change log, the tracker's `updated_at` marks) mean the same in every
 * run: a store the demo left yesterday polls today's playground and gets exactly the changes it has not seen.
 */
export const sampleHistory = {
  /** Before the demo connects: the sample tree and 180 tickets. */
  start(playground: Pick<Playground, 'dropbox' | 'tracker'>): void {
    populateSample(playground.dropbox);
    populateTickets(playground.tracker, 180);
  },
  /** Step 3 of the demo: add, modify, move a folder, delete a folder (then a signed webhook says so). */
  webhookChanges(playground: Pick<Playground, 'dropbox'>): void {
    const { dropbox } = playground;
    dropbox.addFile('/Finance/2025/budget-final.xlsx', { size: 48_213 });
    dropbox.modifyFile('/Design/2021/report-1.pdf', { size: 99_999 });
    dropbox.move('/Legal/2023', '/Legal/Archive 2023');
    dropbox.delete('/Engineering/2020');
  },
  /** After the demo, while `--serve` keeps the playground up: what the user's first `poll` or `tick` picks up. */
  laterChanges(playground: Pick<Playground, 'dropbox' | 'tracker'>): { files: number; tickets: number } {
    const { dropbox, tracker } = playground;
    dropbox.addFolder('/Finance/2026');
    dropbox.addFile('/Finance/2026/forecast.xlsx', { size: 31_337 });
    dropbox.addFile('/Finance/2026/budget-draft.xlsx', { size: 27_182 });
    dropbox.delete('/Design/2024/report-9.pdf');
    const [first] = tracker.snapshot();
    tracker.addTicket({ title: 'Budget export shows wrong totals', priority: 'urgent', labels: ['customer'] });
    if (first) tracker.updateTicket(first.id, { status: 'solved' });
    return { files: 4, tickets: 2 };
  },
};
