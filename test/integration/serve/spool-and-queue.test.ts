import { appendFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Spool, type SpoolPayload, type SpoolRecord, WorkQueue } from '../../../src/serve/index.js';
import { tempDirPerTest } from '../../support/git.js';

const dir = tempDirPerTest('spool-');
const webhook = (id: string, slug = 'dropbox'): SpoolPayload => ({
  kind: 'webhook',
  slug,
  deliveryId: id,
  headers: { 'content-type': 'application/json' },
  body: `{"id":"${id}","text":"line one\\nline two"}`,
  receivedAt: '2025-01-01T00:00:00.000Z',
});

describe('the spool', () => {
  it('hands back, after a reopen, every record not acknowledged, in order, with sequence numbers going on', async () => {
    const { spool } = await Spool.open(dir.path);
    const records = await Promise.all(['a', 'b', 'c', 'd'].map((id) => spool.append(webhook(id))));
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3, 4]);
    await spool.ack([records[1]?.seq as number]);
    expect(spool.depth).toBe(3);
    await spool.close();
    const reopened = await Spool.open(dir.path);
    expect(reopened.pending.map((record) => record.kind === 'webhook' && record.deliveryId)).toEqual(['a', 'c', 'd']);
    expect(reopened.pending[0]).toEqual({ ...webhook('a'), seq: 1 });
    expect((await reopened.spool.append(webhook('e'))).seq).toBe(5);
    await reopened.spool.close();
  });

  it('ignores a torn or damaged line (a write the process died in), and keeps the rest', async () => {
    const { spool } = await Spool.open(dir.path);
    await spool.append(webhook('kept'));
    await spool.close();
    const [segment] = (await readdir(dir.path)).filter((name) => name.endsWith('.log'));
    await appendFile(join(dir.path, segment as string), '0badc0de {"kind":"webhook","seq":9,"slug":"x"}\n{"torn');
    const reopened = await Spool.open(dir.path);
    expect(reopened.pending.map((record) => record.seq)).toEqual([1]);
    await reopened.spool.close();
  });

  it('starts new segments as they fill, and deletes a segment once all of it is acknowledged', async () => {
    const { spool } = await Spool.open(dir.path, { segmentBytes: 1024 });
    const records: SpoolRecord[] = [];
    for (let index = 0; index < 40; index += 1) records.push(await spool.append(webhook(`r${index}`)));
    const logs = async () => (await readdir(dir.path)).filter((name) => name.endsWith('.log')).length;
    expect(await logs()).toBeGreaterThan(5);
    await spool.ack(records.map((record) => record.seq));
    expect(spool.depth).toBe(0);
    expect(await logs()).toBe(1); // only the active one
    await spool.close();
    expect((await Spool.open(dir.path)).pending).toEqual([]);
  });
});

describe('the work queue', () => {
  const record = (seq: number, slug: string): SpoolRecord => ({ ...webhook(`d${seq}`, slug), seq }) as SpoolRecord;

  it('runs one batch per slug at a time and coalesces what waits meanwhile', async () => {
    const batches: string[][] = [];
    const settled: number[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queue = new WorkQueue({
      laneOf: (item) => (item.kind === 'webhook' ? item.slug : 'connect'),
      maxBatch: () => 10,
      maxConcurrent: 2,
      run: async (_lane, items) => {
        batches.push(items.map((item) => (item.kind === 'webhook' ? item.deliveryId : '')));
        if (batches.length === 1) await gate;
      },
      decide: () => ({ giveUp: true }),
      settle: async (items) => {
        settled.push(...items.map((item) => item.seq));
      },
    });
    queue.push(record(1, 'a'));
    for (let seq = 2; seq <= 6; seq += 1) queue.push(record(seq, 'a'));
    expect(batches).toEqual([['d1']]);
    release();
    await queue.idle();
    expect(batches).toEqual([['d1'], ['d2', 'd3', 'd4', 'd5', 'd6']]);
    expect(settled.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('splits a failed batch so a bad record backs off alone while the good ones go on, then gives it up', async () => {
    const runs: string[][] = [];
    const givenUp: number[] = [];
    const done: number[] = [];
    const queue = new WorkQueue({
      laneOf: () => 'a',
      maxBatch: () => 10,
      maxConcurrent: 1,
      run: async (_lane, items) => {
        runs.push(items.map((item) => (item.kind === 'webhook' ? item.deliveryId : '')));
        if (items.some((item) => item.seq === 2)) throw new Error('bad delivery');
      },
      decide: (_item, _error, attempts) => (attempts >= 3 ? { giveUp: true } : { retryInMs: 5 }),
      settle: async (items, error) => {
        (error ? givenUp : done).push(...items.map((item) => item.seq));
      },
    });
    // d1 starts at once (the lane is free); d2 and d3 wait for it and run as one batch.
    for (const seq of [1, 2, 3]) queue.push(record(seq, 'a'));
    await queue.idle();
    expect(runs[0]).toEqual(['d1']);
    expect(runs[1]).toEqual(['d2', 'd3']);
    // After the split: d2 alone (3 attempts), d3 alone and done.
    expect(runs.filter((batch) => batch.length === 1 && batch[0] === 'd2')).toHaveLength(3);
    expect(done.sort()).toEqual([1, 3]);
    expect(givenUp).toEqual([2]);
  });
});
