import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropboxRecipe } from '../../../src/catalog/index.js';
import { connect, silentLogger } from '../../../src/engine/index.js';
import { createTokenCache } from '../../../src/gateway/index.js';
import { createMirrorTools } from '../../../src/mirror/index.js';
import { initStore } from '../../../src/store/index.js';
import { type FakeDropboxConnection, startFakeDropboxConnection } from '../../../src/testkit/index.js';
import { cliNodeArgs } from '../../support/cli.js';
import { tempDir } from '../../support/git.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
let fakes: FakeDropboxConnection;
let store: string;
const report = 'Quarterly numbers: revenue 42, costs 17.\n';
const download = {
  slug: 'dropbox',
  method: 'POST',
  url: 'https://content.dropboxapi.com/2/files/download',
  headers: { 'Dropbox-API-Arg': JSON.stringify({ path: '/Docs/Report.txt' }) },
};

beforeAll(async () => {
  dir = await tempDir('call-api-');
  fakes = await startFakeDropboxConnection({ accountId: 'apn_demo', externalUserId: 'demo-user' });
  fakes.dropbox.addFolder('/Docs');
  fakes.dropbox.addFile('/Docs/Report.txt', { content: report });
  fakes.dropbox.addFile('/Docs/Old.pdf', { size: 2048 });
  store = join(dir.path, 'store');
  const opened = await initStore({ root: store });
  await connect(
    {
      store: opened.store,
      env: fakes.env,
      clock: () => new Date(),
      logger: silentLogger,
      tokenCache: createTokenCache(),
    },
    { app: 'dropbox', accountId: 'apn_demo', externalUserId: 'demo-user', recipe: dropboxRecipe },
  );
});
afterAll(async () => {
  await fakes?.close();
  await dir?.cleanup();
});

const textOf = (result: Awaited<ReturnType<Client['callTool']>>) =>
  (result.content as Array<{ text: string }>)[0]?.text as string;

async function mcpClient(args: string[]): Promise<Client> {
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [...cliNodeArgs, 'mcp', ...args, '--store', store],
      env: { ...(process.env as Record<string, string>), ...(fakes.env as Record<string, string>) },
      stderr: 'pipe',
    }),
  );
  return client;
}

describe('call_api: the main agent acting on demand', () => {
  it('syncagent mcp --api: an MCP client downloads a file of the Dropbox demo store through the gateway', async () => {
    const client = await mcpClient(['--api']);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toContain('call_api');
      const answer = await client.callTool({ name: 'call_api', arguments: download });
      expect(answer.isError).toBeFalsy();
      expect(JSON.parse(textOf(answer))).toMatchObject({ status: 200, text: report, truncated: false });
      // The request went through the Pipedream proxy with the account; the fake saw the content host.
      expect(fakes.pipedream.proxied.at(-1)).toMatchObject({
        targetUrl: 'https://content.dropboxapi.com/2/files/download',
        accountId: 'apn_demo',
        status: 200,
      });
      const outside = await client.callTool({
        name: 'call_api',
        arguments: { slug: 'dropbox', url: 'https://example.com/steal' },
      });
      expect(outside.isError).toBe(true);
      expect(textOf(outside)).toMatch(
        /^invalid_input: http request: host example\.com is not allowed; allowed hosts: api\.dropboxapi\.com/,
      );
      const unknown = await client.callTool({
        name: 'call_api',
        arguments: { slug: 'nope', url: 'https://api.dropboxapi.com/2/x' },
      });
      expect(textOf(unknown)).toContain('unknown sync "nope"');
      const extra = await client.callTool({ name: 'call_api', arguments: { ...download, token: 'x' } });
      expect(extra.isError).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('without --api the MCP server has no call_api', async () => {
    const client = await mcpClient([]);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(['grep_file', 'list_files', 'list_skills', 'read_file']);
    } finally {
      await client.close();
    }
  });

  it('createMirrorTools({ store, api: true }) gives AI SDK code the same call_api; without api it is absent', async () => {
    const tools = createMirrorTools({ store: { root: store }, api: true, env: fakes.env });
    const options = { toolCallId: 'call_1', messages: [] };
    const answer = await tools.call_api?.execute?.(download, options);
    expect(answer).toMatchObject({ status: 200, text: report });
    const refused = await tools.call_api?.execute?.({ slug: 'dropbox', url: 'http://api.dropboxapi.com/2/x' }, options);
    expect(refused).toMatchObject({ error: { code: 'invalid_input', message: expect.stringContaining('only https') } });
    expect('call_api' in createMirrorTools({ store: { root: store } })).toBe(false);
  });
});
