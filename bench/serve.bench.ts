import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { initStore } from '../src/store/index.js';
import { dropboxWebhookBody, signDropboxWebhook } from '../src/testkit/index.js';
import { populate, secret, startFakes } from '../test/integration/engine/support.js';
import {
  connectionSuccess,
  metricValue,
  percentile,
  send,
  sendBurst,
  startServe,
} from '../test/integration/serve/support.js';
import { benchDir, type Report } from './harness.js';

// `serve` intake on loopback: 2,000 signed Dropbox deliveries from 50 keep-alive clients while the
// service also runs them (coalesced) against the Pipedream + Dropbox fakes; deliveries/s and p50/p99
// time to the 200 (verified and spooled with fsync). Reference: a bare node:http server that reads
// the body and answers 200, also a subprocess, hit the same way.
const count = Number(process.env.BENCH_SERVE_DELIVERIES ?? 2000);
const concurrency = 50;

const bareServer = `
const server = require('node:http').createServer((request, response) => {
  request.resume();
  request.on('end', () => response.end('{"accepted":true}'));
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ listening: 'http://127.0.0.1:' + server.address().port })));
`;

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', bareServer], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).once('line', (text) => resolve(text)),
  );
  return { url: (JSON.parse(line) as { listening: string }).listening, stop: () => child.kill('SIGKILL') };
}

export default async function serveBench(report: Report): Promise<void> {
  const fakes = await startFakes();
  populate(fakes.dropbox, 2000);
  const dir = await benchDir('serve');
  const store = join(dir, 'store');
  await rm(dir, { recursive: true, force: true });
  await initStore({ root: store });
  const serve = await startServe(['--store', store, '--tick-minutes', '0'], {
    ...fakes.env,
    SYNCAGENT_HOOK_TOKEN: 'hook',
  });
  const bare = await startBare();
  try {
    await send(`${serve.url}/hooks/pipedream`, {
      headers: { authorization: 'Bearer hook' },
      body: connectionSuccess('apn_test1'),
    });
    await serve.logged('connect-end', { slug: 'dropbox' });
    const body = dropboxWebhookBody(['dbid:fake-account']);
    const headers = { 'content-type': 'application/json', 'x-dropbox-signature': signDropboxWebhook(body, secret) };
    const burst = (url: string, prefix: string) =>
      sendBurst({
        count,
        concurrency,
        build: (index) => ({ url, headers: { ...headers, 'x-syncagent-delivery-id': `${prefix}-${index}` }, body }),
      });
    const reference = await burst(`${bare.url}/hooks/dropbox`, 'bare');
    const ours = await burst(`${serve.url}/hooks/dropbox`, 'bench');
    const failed = ours.statuses.filter((status) => status !== 200).length;
    if (failed > 0) throw new Error(`serve bench: ${failed} deliveries were not answered 200`);
    const drainStart = performance.now();
    for (;;) {
      const depth = metricValue((await send(`${serve.url}/metrics`)).text, 'syncagent_spool_depth');
      if (depth === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const drainMs = performance.now() - drainStart;
    const rate = (result: { elapsedMs: number }) => (count / result.elapsedMs) * 1000;
    report.add({
      name: `serve intake: ${count} signed deliveries, ${concurrency} clients (time per delivery)`,
      oursMs: ours.elapsedMs / count,
      referenceName: 'bare node:http 200',
      referenceMs: reference.elapsedMs / count,
      note: 'ours verifies the signature and fsyncs the spool, while the events run',
    });
    report.figure(
      'serve intake deliveries/s, p50, p99',
      `${rate(ours).toFixed(0)}/s, p50 ${percentile(ours.latenciesMs, 50).toFixed(1)} ms, p99 ${percentile(ours.latenciesMs, 99).toFixed(1)} ms (bare node:http: ${rate(reference).toFixed(0)}/s, p99 ${percentile(reference.latenciesMs, 99).toFixed(1)} ms)`,
    );
    const { execFileSync } = await import('node:child_process');
    const commits = execFileSync('git', ['log', '--format=%s'], { cwd: store, encoding: 'utf8' })
      .split('\n')
      .filter((subject) => subject.startsWith('sync(dropbox): webhook')).length;
    report.figure(
      'serve: events after the burst',
      `${commits} webhook commits for ${count} deliveries; spool drained ${(drainMs / 1000).toFixed(1)} s after the last 200`,
    );
  } finally {
    bare.stop();
    serve.child.kill('SIGTERM');
    await serve.exited;
    await fakes.close();
  }
}
