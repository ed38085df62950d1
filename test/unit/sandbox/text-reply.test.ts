import { describe, expect, it } from 'vitest';
import { TextReply } from '../../../src/sandbox/index.js';
import { run } from './helpers.js';

// A body that is not what JSON.stringify(data) would print: spacing, escapes, non-ASCII, astral characters.
const entries = Array.from(
  { length: 3000 },
  (_, index) => `{ "name": "file-${index} é ✓ 😀", "path": "/a\\/b\\n${index}" }`,
);
const body = `{"entries": [${entries.join(',\n ')}], "has_more": false}\n`;

describe('text replies (large text crosses raw, after the JSON head)', () => {
  it('gives an HTTP response its exact text and data parsed from it, in the usual field order', async () => {
    const host = {
      'http.request': async () =>
        TextReply.withFields({ status: 200, headers: { 'content-type': 'application/json' } }, body, 'text', {
          field: 'data',
          parse: true,
        }),
    };
    const result = (await run(
      `export default async (ctx) => {
        const response = await ctx.http.request({ url: 'https://api.dropboxapi.com/2/x' });
        return { keys: Object.keys(response), text: response.text, count: response.data.entries.length,
          last: response.data.entries[2999].name, more: response.data.has_more, status: response.status };
      }`,
      { host, limits: { memoryBytes: 64 * 1024 * 1024, maxResultBytes: 4 * 1024 * 1024 } },
    )) as Record<string, unknown>;
    expect(result).toEqual({
      keys: ['status', 'headers', 'text', 'data'],
      text: body,
      count: 3000,
      last: 'file-2999 é ✓ 😀',
      more: false,
      status: 200,
    });
  });

  it('gives data null when the host says the body is not JSON, and a read its exact text', async () => {
    const host = {
      'http.request': async () =>
        TextReply.withFields({ status: 200, headers: {} }, 'T\nnot json', 'text', { field: 'data', parse: false }),
      'mirror.read': async () => TextReply.of(body),
    };
    const result = await run(
      `export default async (ctx) => {
        const response = await ctx.http.request({ url: 'https://api.dropboxapi.com/2/x' });
        const text = await ctx.mirror.read('big.ndjson');
        return [response.text, response.data, text === ${JSON.stringify(body)}, text.length];
      }`,
      { host, limits: { memoryBytes: 64 * 1024 * 1024 } },
    );
    expect(result).toEqual(['T\nnot json', null, true, body.length]);
  });

  it('carries large arguments out of the isolate unchanged', async () => {
    let written: unknown;
    const host = { 'mirror.write': (_path: unknown, text: unknown) => void (written = text) };
    await run(`export default async (ctx) => { await ctx.mirror.write('big.ndjson', ${JSON.stringify(body)}); }`, {
      host,
      limits: { memoryBytes: 64 * 1024 * 1024, maxResultBytes: 4 * 1024 * 1024 },
    });
    expect(written).toBe(body);
  });
});
