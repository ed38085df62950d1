import { z } from 'zod';
import { formatSyncJson, parseSyncJson, type SyncConfig } from '../../engine/index.js';
import { writeState, writeStatus } from '../../engine/runtime-files.js';
import { InvalidInputError } from '../../errors.js';
import type { FinishDecision } from '../session.js';
import { renderSkillFile } from '../skill-file.js';
import { defineAgentTool } from './agent-tool.js';

/** Longest triage reason: one line for the commit message and the pull request. */
const maxReasonChars = 300;

const hostSchema = z
  .string()
  .regex(/^[a-z0-9.-]+$/, 'expected a lower-case host name without scheme or path, e.g. api.example.com');

/** `finish`: ends the run once what the flavor needs is there; otherwise an error the model can act on. */
export const finishTool = defineAgentTool({
  name: 'finish',
  description:
    'End the run; everything it wrote lands as one commit. flavor "sync-engine" needs sync.json and handler.js ' +
    '(create_sync_engine), a successful run_in_sync of the handler (backfill, or pollOnce when it has no backfill) ' +
    'and SKILL.md (write_skill). flavor "api-only" needs SKILL.md and the API hosts the main agent may call through ' +
    'call_api; the host writes its sync.json and drops any handler or mirror files. reason: the one-line triage ' +
    'reason. When something is missing the answer is an error saying what, and the run goes on.',
  inputSchema: z.strictObject({
    flavor: z.enum(['sync-engine', 'api-only']),
    reason: z.string().min(1).describe('one line: why this flavor fits this app'),
    hosts: z.array(hostSchema).optional().describe('api-only: the API hosts call_api may reach'),
  }),
  execute: async (session, input): Promise<{ finished: true } & FinishDecision> => {
    session.assertOpen();
    const reason = input.reason.replace(/\s+/g, ' ').trim();
    if (reason === '') throw new InvalidInputError('reason is empty: give the one-line triage reason');
    if (reason.length > maxReasonChars) {
      throw new InvalidInputError(
        `reason is ${reason.length} characters; keep it to one line (at most ${maxReasonChars})`,
      );
    }
    const { paths, connection, layer } = session;
    if (!session.skill || (await layer.size(paths.skill)) === null) {
      throw new InvalidInputError(`${paths.skill} is missing: call write_skill first`);
    }
    let config = await session.config();
    const files: string[] = [];
    let exports: string[] = [];
    if (input.flavor === 'sync-engine') {
      if (config?.flavor !== 'sync-engine') {
        throw new InvalidInputError(`${paths.syncJson} is missing: call create_sync_engine first`);
      }
      if ((await layer.size(`${paths.handlerDir}/handler.js`)) === null || !session.handler) {
        throw new InvalidInputError(`${paths.handlerDir}/handler.js is missing: call create_sync_engine first`);
      }
      if (!session.handler.tried) {
        const run = session.handler.exports.includes('backfill') ? 'backfill' : 'pollOnce';
        throw new InvalidInputError(
          `the installed handler has not run yet: call run_in_sync { export: "${run}" } and check the mirror first`,
        );
      }
      const extra = (input.hosts ?? []).filter((host) => !config?.hosts.includes(host));
      if (extra.length > 0) {
        throw new InvalidInputError(
          `hosts ${extra.join(', ')} are not in sync.json: a sync engine's hosts come from create_sync_engine`,
        );
      }
      exports = session.handler.exports;
      files.push(paths.syncJson, `${paths.handlerDir}/handler.js`);
    } else {
      const hosts = [...new Set(input.hosts ?? config?.hosts ?? [])].sort();
      if (hosts.length === 0) {
        throw new InvalidInputError('hosts: an api-only sync names the API hosts the main agent may call');
      }
      // No handler and no mirror: whatever this run wrote of them goes.
      await layer.deleteTree(paths.handlerDir);
      await layer.deleteTree(paths.mirrorPrefix.slice(0, -1));
      const { slug, app, accountId, externalUserId } = connection;
      const draft: SyncConfig = {
        version: 1,
        slug,
        app,
        accountId,
        externalUserId,
        flavor: 'api-only',
        status: 'active',
        mirrorPrefix: paths.mirrorPrefix,
        hosts,
        signals: {},
        createdBy: session.createdBy,
      };
      config = parseSyncJson(formatSyncJson(draft), paths.syncJson);
      layer.write(paths.syncJson, formatSyncJson(config));
      session.handler = null;
      files.push(paths.syncJson);
    }
    const now = session.deps.clock();
    layer.write(
      paths.skill,
      renderSkillFile({
        slug: connection.slug,
        app: connection.app,
        accountId: connection.accountId,
        flavor: input.flavor,
        createdBy: session.createdBy,
        updatedAt: now.toISOString(),
        description: session.skill.description,
        body: session.skill.body,
      }),
    );
    files.unshift(paths.skill);
    if (input.flavor === 'sync-engine') {
      // The runtime files of a backfilled sync, as a catalog connect leaves them: the handler state, and a status
      // saying when the next reconciliation poll is due.
      const every = config.signals.poll?.everyMinutes;
      const status = session.status;
      status.lastRun = {
        event: 'connect',
        at: now.toISOString(),
        result: 'ok',
        summary: `agent: ${reason}`.slice(0, 300),
      };
      status.lastSuccessAt = now.toISOString();
      status.consecutiveFailures = 0;
      status.nextPollAt = every ? new Date(now.getTime() + every * 60_000).toISOString() : null;
      writeState(layer, connection.slug, session.state);
      writeStatus(layer, connection.slug, status);
    }
    const decision: FinishDecision = { flavor: input.flavor, reason, hosts: config.hosts, exports, files };
    session.finished = decision;
    return { finished: true, ...decision };
  },
  describe: (input, result) => `${input.flavor}: ${result.reason}`,
});
