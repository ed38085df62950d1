import { z } from 'zod';
import { handlerExportNames } from '../../catalog/index.js';
import { formatSyncJson, parseSyncJson, type SyncConfig } from '../../engine/index.js';
import { InvalidInputError } from '../../errors.js';
import { inspectModule } from '../../sandbox/index.js';
import { defineAgentTool } from './agent-tool.js';

/** Exports that make a module a sync engine: at least one of them. */
const drivingExports = ['backfill', 'onWebhook', 'pollOnce'];

/** Largest handler accepted (a handler is code, not data). */
const maxHandlerBytes = 256 * 1024;

const hostSchema = z
  .string()
  .regex(/^[a-z0-9.-]+$/, 'expected a lower-case host name without scheme or path, e.g. api.example.com');

/** What create_sync_engine answers. */
export interface CreateSyncEngineResult {
  slug: string;
  exports: string[];
  files: string[];
}

/** `create_sync_engine`: writes handler.js and sync.json after the module loads in the sandbox. */
export const createSyncEngineTool = defineAgentTool({
  name: 'create_sync_engine',
  description:
    'Install (or replace) the sync engine: handler.js (an ES module run in the sandbox with only ctx) and sync.json ' +
    '(hosts the handler may call, poll and renew schedules, webhook signature). The module is loaded in the sandbox ' +
    'first and refused when it does not load, exports none of backfill/onWebhook/pollOnce, or exports other names ' +
    'than backfill, onWebhook, pollOnce, renewWebhook, registerWebhook, unregisterWebhook. Then try it with ' +
    'run_in_sync { export: "backfill" }. Call again to replace both files.',
  inputSchema: z.strictObject({
    handler: z.string().min(1).describe('the whole ES module text of handler.js'),
    hosts: z.array(hostSchema).min(1).describe('API hosts the handler calls, e.g. ["api.example.com"]'),
    pollEveryMinutes: z.number().int().min(1).max(10_080).optional().describe('reconciliation poll interval'),
    renewEveryHours: z.number().positive().max(8_760).optional().describe('webhook renewal interval'),
    webhook: z
      .strictObject({
        signature: z.strictObject({
          header: z.string().regex(/^[A-Za-z0-9-]+$/, 'expected an HTTP header name'),
          scheme: z.literal('hmac-sha256-hex'),
          secretEnv: z
            .string()
            .regex(/^[A-Z][A-Z0-9_]*$/, 'expected an environment variable name (A-Z, 0-9, _)')
            .describe('the env var holding the signing secret; the host verifies, the handler never sees it'),
        }),
      })
      .optional(),
  }),
  execute: async (session, input): Promise<CreateSyncEngineResult> => {
    session.assertOpen();
    if (Buffer.byteLength(input.handler) > maxHandlerBytes) {
      throw new InvalidInputError(`handler: ${Buffer.byteLength(input.handler)} bytes; keep a handler under 256 KiB`);
    }
    const { paths, connection } = session;
    const filename = `${paths.handlerDir}/handler.js`;
    const { exports } = await inspectModule(input.handler, filename);
    const unknown = exports.filter((name) => !(handlerExportNames as readonly string[]).includes(name));
    if (unknown.length > 0) {
      throw new InvalidInputError(
        `handler exports ${unknown.join(', ')}: only ${handlerExportNames.join(', ')} are allowed (keep helpers unexported)`,
      );
    }
    if (!exports.some((name) => drivingExports.includes(name))) {
      throw new InvalidInputError('handler exports none of backfill, onWebhook, pollOnce: a sync engine needs one');
    }
    const config: SyncConfig = {
      version: 1,
      slug: connection.slug,
      app: connection.app,
      accountId: connection.accountId,
      externalUserId: connection.externalUserId,
      flavor: 'sync-engine',
      status: 'active',
      handler: 'handler.js',
      mirrorPrefix: paths.mirrorPrefix,
      hosts: [...new Set(input.hosts)].sort(),
      signals: {
        ...(input.webhook ? { webhook: { signature: input.webhook.signature } } : {}),
        ...(input.pollEveryMinutes ? { poll: { everyMinutes: input.pollEveryMinutes } } : {}),
        ...(input.renewEveryHours ? { renew: { everyHours: input.renewEveryHours } } : {}),
      },
      createdBy: session.createdBy,
    };
    // The same validation every load applies: what is written here loads later.
    const text = formatSyncJson(parseSyncJson(formatSyncJson(config), paths.syncJson));
    session.layer.write(paths.syncJson, text);
    session.layer.write(filename, input.handler);
    session.handler = { source: input.handler, exports, tried: false };
    return { slug: connection.slug, exports, files: [paths.syncJson, filename] };
  },
  describe: (input, result) =>
    `handler.js ${Buffer.byteLength(input.handler)} B, exports ${result.exports.join(', ')}; hosts ${input.hosts.join(', ')}`,
});
