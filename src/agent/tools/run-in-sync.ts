import { z } from 'zod';
import { buildHostTable, type HostTableInput } from '../../engine/host-table.js';
import { InvalidInputError, toSyncError } from '../../errors.js';
import { ScopedMirror } from '../../mirror/index.js';
import { jsonSafe, runModule } from '../../sandbox/index.js';
import { LayeredTransaction } from '../layer.js';
import { defineAgentTool } from './agent-tool.js';

/** Default deadlines: the engine's long limit for backfill and code, the short one for a poll (DESIGN section 3). */
const defaultLongSeconds = 600;
const defaultShortSeconds = 60;
/** The answer keeps at most this much of the handler's result (as JSON) and of its logs. */
const maxResultChars = 16 * 1024;
const maxLogLines = 60;
const maxLogLineChars = 400;

/** What run_in_sync answers. */
export interface RunInSyncResult {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string };
  logs: string[];
  changes: { written: number; deleted: number };
}

/** `run_in_sync`: runs one-shot code or a handler export with ctx, inside the run's transaction. */
export const runInSyncTool = defineAgentTool({
  name: 'run_in_sync',
  description:
    'Run code in the sandbox with the same ctx a handler gets, inside this run (nothing is committed before finish): ' +
    'either `code`, an ES module `export default async function (ctx) { ... }` (probe the API through ctx.http, ' +
    'inspect ctx.state, repair the mirror), or `export`: "backfill" / "pollOnce" of the installed handler.js. ' +
    'Exactly one of code and export. Answers { ok, result, error, logs, changes }; a call that fails changes nothing ' +
    '(its writes and state changes are dropped), so fix the code and run it again. ctx.checkpoint() commits nothing ' +
    'here: the whole run lands at finish.',
  inputSchema: z
    .strictObject({
      code: z.string().min(1).optional().describe('export default async function (ctx) { ... }'),
      export: z.enum(['backfill', 'pollOnce']).optional().describe('run this export of the installed handler.js'),
      timeoutSeconds: z.number().int().min(1).max(3600).optional().describe('deadline (default 600, pollOnce 60)'),
    })
    .refine((input) => (input.code === undefined) !== (input.export === undefined), {
      message: 'give exactly one of code and export',
    }),
  execute: async (session, input): Promise<RunInSyncResult> => {
    session.assertOpen();
    const config = await session.runConfig();
    let source: { text: string; filename: string };
    let exportName: string;
    if (input.export !== undefined) {
      const filename = `${session.paths.handlerDir}/handler.js`;
      const text = await session.layer.readText(filename);
      if (text === null) throw new InvalidInputError('no handler.js yet: call create_sync_engine first');
      source = { text, filename };
      exportName = input.export;
    } else {
      source = { text: input.code as string, filename: `${session.paths.handlerDir}/run-in-sync.js` };
      exportName = 'default';
    }
    const defaultSeconds = input.export === 'pollOnce' ? defaultShortSeconds : defaultLongSeconds;
    const timeoutMs = Math.min((input.timeoutSeconds ?? defaultSeconds) * 1000, Math.max(1000, session.remainingMs()));
    // The call's writes and state live apart until it succeeds: a failed call leaves nothing behind.
    const call = new LayeredTransaction(session.layer);
    const state = structuredClone(session.state);
    const status = structuredClone(session.status);
    const logs: string[] = [];
    const logger = session.deps.logger;
    const capture =
      (level: 'info' | 'warn' | 'error') =>
      (event: string, fields: Record<string, unknown> = {}): void => {
        logger[level](event, fields);
        if (event !== 'handler-log' || logs.length >= maxLogLines) return;
        const { message, slug: _slug, kind: _kind, ...rest } = fields;
        const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(jsonSafe(rest))}` : '';
        logs.push(`${level} ${String(message)}${extra}`.slice(0, maxLogLineChars));
      };
    const hostInput: HostTableInput = {
      tx: call,
      slug: config.slug,
      mirror: new ScopedMirror(call, config.mirrorPrefix),
      event: 'connect',
      gateway: await session.gateway(),
      state,
      status,
      logger: { info: capture('info'), warn: capture('warn'), error: capture('error') },
      clock: session.deps.clock,
      raced: {},
    };
    let value: unknown;
    try {
      value = await runModule({
        source: source.text,
        filename: source.filename,
        exportName,
        ctxData: {
          sync: {
            slug: config.slug,
            app: config.app,
            accountId: config.accountId,
            externalUserId: config.externalUserId,
          },
        },
        host: (scope) => buildHostTable(hostInput, scope),
        limits: {
          timeoutMs,
          ...(session.deps.limits?.memoryBytes ? { memoryBytes: session.deps.limits.memoryBytes } : {}),
        },
        signal: session.signal,
      });
    } catch (error) {
      const syncError = toSyncError(error);
      return { ok: false, error: { code: syncError.code, message: syncError.message }, logs, changes: none };
    }
    const changes = { written: call.written.size, deleted: call.deleted.size };
    call.applyTo(session.layer);
    session.state = state;
    session.status = status;
    if (input.export !== undefined && session.handler) session.handler.tried = true;
    const result = resultPreview(value);
    return { ok: true, ...(result === undefined ? {} : { result }), logs, changes };
  },
  describe: (input, result) => {
    const what = input.export ?? `code (${Buffer.byteLength(input.code ?? '')} B)`;
    if (!result.ok) return `${what} failed: ${result.error?.message.split('\n')[0]?.slice(0, 160)}`;
    return `${what} ok: ${result.changes.written} written, ${result.changes.deleted} deleted`;
  },
});

const none = { written: 0, deleted: 0 };

/** The handler's result as JSON, or the head of its JSON text when it is too long to hand back whole. */
function resultPreview(value: unknown): unknown {
  if (value === undefined) return undefined;
  const whole = jsonSafe(value, maxResultChars);
  if (whole !== undefined) return whole;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  return text === undefined ? undefined : { truncated: true, head: text.slice(0, maxResultChars) };
}
