import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { toSyncError } from '../errors.js';
import { version } from '../version.js';
import { type CallApiOptions, callApiInput, callApiOperation } from './call-api.js';
import {
  grepFileInput,
  grepFileOperation,
  listFilesInput,
  listFilesOperation,
  listSkillsOperation,
  readFileInput,
  readFileOperation,
} from './operations.js';

type ToolResult = { content: Array<{ type: 'text'; text: string }>; isError?: boolean };

async function answer(body: () => Promise<unknown>, text?: (value: never) => string): Promise<ToolResult> {
  try {
    const value = await body();
    return { content: [{ type: 'text', text: text ? text(value as never) : JSON.stringify(value, null, 2) }] };
  } catch (error) {
    const syncError = toSyncError(error);
    return { content: [{ type: 'text', text: `${syncError.code}: ${syncError.message}` }], isError: true };
  }
}

/** Options of the MCP server: `api` adds call_api (DESIGN section 7), with its gateway settings. */
export interface McpServerOptions {
  api?: CallApiOptions;
}

/** An MCP server exposing read_file, grep_file, list_files and list_skills over a store (and call_api with `api`). */
export function createMcpServer(root: string, options: McpServerOptions = {}): McpServer {
  const server = new McpServer({ name: 'syncagent', version });
  const api = options.api;
  if (api) {
    server.registerTool(
      'call_api',
      {
        description:
          "Call a connected app's API for a sync: one request through the gateway with that sync's account, only to the " +
          'hosts in its sync.json (the gateway adds credentials). For content the mirror leaves out and api-only skills.',
        inputSchema: callApiInput,
      },
      (input) => answer(() => callApiOperation(root, input, api)),
    );
  }
  server.registerTool(
    'read_file',
    {
      description: 'Read numbered lines of a store file (64 KiB cap per read; use offset/limit).',
      inputSchema: readFileInput.shape,
    },
    (input) =>
      answer(
        () => readFileOperation(root, input),
        (result: Awaited<ReturnType<typeof readFileOperation>>) =>
          [
            result.content,
            result.hint ? `\n[${result.hint}]` : '',
            `\n[${result.path}: ${result.totalLines} lines]`,
          ].join(''),
      ),
  );
  server.registerTool(
    'grep_file',
    {
      description: 'Search store files with a JavaScript regex (path, or prefix + glob).',
      inputSchema: grepFileInput.shape,
    },
    (input) => answer(() => grepFileOperation(root, input)),
  );
  server.registerTool(
    'list_files',
    { description: 'List store files below a prefix, with sizes.', inputSchema: listFilesInput.shape },
    (input) => answer(() => listFilesOperation(root, input)),
  );
  server.registerTool('list_skills', { description: 'List the skills in the store with their descriptions.' }, () =>
    answer(() => listSkillsOperation(root)),
  );
  return server;
}

/** Serves the MCP server on stdio until the client closes the stream. */
export async function serveMcpOverStdio(root: string, options: McpServerOptions = {}): Promise<void> {
  const server = createMcpServer(root, options);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
