import { runInNewContext } from 'node:vm';
import { formatMs, measure, type Report } from './harness.js';

// Sandbox cold start, per-call overhead against node:vm, and per host-call overhead.
export default async function (report: Report): Promise<void> {
  const ctxData = { sync: { slug: 'bench', app: 'bench', accountId: 'apn_bench', externalUserId: 'user' } };

  // Cold: the first call in the process, including importing the module and loading the WASM.
  const coldStarted = performance.now();
  const { runModule } = await import('../src/sandbox/index.js');
  await runModule({ source: 'export default () => 1', filename: 'bench.js', exportName: 'default', ctxData, host: {} });
  report.figure('sandbox cold start (import + WASM load + first call)', formatMs(performance.now() - coldStarted));

  // Warm: a fresh runtime + context per call (the WASM module is pooled).
  const trivial = 'export default async (ctx) => ({ added: 1, note: ctx.sync.slug })';
  const callsPerRound = 50;
  const oursMs = await measure(async () => {
    for (let index = 0; index < callsPerRound; index += 1) {
      await runModule({ source: trivial, filename: 'bench.js', exportName: 'default', ctxData, host: {} });
    }
  }, 5);
  const vmMs = await measure(() => {
    for (let index = 0; index < callsPerRound; index += 1) {
      const sandbox = { ctx: { sync: ctxData.sync }, result: undefined as unknown };
      runInNewContext('result = (async (ctx) => ({ added: 1, note: ctx.sync.slug }))(ctx)', sandbox, {
        timeout: 60_000,
      });
    }
  }, 5);
  report.add({
    name: `sandbox trivial call, fresh isolate (per call, ${callsPerRound} calls)`,
    oursMs: oursMs / callsPerRound,
    referenceName: 'node:vm',
    referenceMs: vmMs / callsPerRound,
    note: 'node:vm is not a security boundary; the reference is for scale',
  });

  // Host calls: 10,000 awaited ctx.state.get round trips in one call.
  const state = new Map([['cursor', 'abc']]);
  const hostCalls = 10_000;
  const hostMs = await measure(
    () =>
      runModule({
        source: `export default async (ctx) => { let n = 0; for (let i = 0; i < ${hostCalls}; i++) if (await ctx.state.get('cursor')) n++; return n; }`,
        filename: 'bench.js',
        exportName: 'default',
        ctxData,
        host: { 'state.get': (key: unknown) => state.get(String(key)) },
      }),
    3,
  );
  report.figure(
    `sandbox host call overhead (${hostCalls} awaited ctx.state.get)`,
    `${formatMs(hostMs)} total, ${((hostMs * 1000) / hostCalls).toFixed(1)} µs per call`,
  );
}
