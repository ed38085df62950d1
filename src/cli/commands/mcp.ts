import { realpathSync } from 'node:fs';
import type { Command } from 'commander';
import type { ActionRunner } from '../command-types.js';
import { withCommonOptions } from '../context.js';
import { storeRoot } from '../store-options.js';

/** `syncagent mcp`: an MCP server on stdio with read_file, grep_file, list_files, list_skills. */
export function registerMcp(program: Command, run: ActionRunner): void {
  withCommonOptions(
    program
      .command('mcp')
      .summary('MCP server on stdio: read_file, grep_file, list_files, list_skills (call_api with --api)')
      .description(
        "Serve the store to an MCP client over stdio (JSON-RPC on stdin/stdout; logs on stderr). Tools: read_file, grep_file, list_files, list_skills; with --api also call_api (one request through the gateway with a sync's account, only to the hosts in its sync.json; needs the gateway settings). Runs until the client closes stdin.",
      )
      .option('--api', 'also offer call_api (content on demand, api-only skills)', false),
  )
    .addHelpText('after', () => {
      // The absolute path of this CLI, so the configuration works from any folder (no global install needed).
      const script = process.argv[1] ? realpathSync(process.argv[1]) : 'dist/cli.cjs';
      const config = { command: process.execPath, args: [script, 'mcp', '--store', '/path/to/store'] };
      const withApi = {
        ...config,
        args: [script, 'mcp', '--api', '--store', '/path/to/store'],
        env: { PIPEDREAM_CLIENT_ID: '...', PIPEDREAM_CLIENT_SECRET: '...', PIPEDREAM_PROJECT_ID: '...' },
      };
      return (
        `\nExample client configuration (Claude Desktop, Cursor, ...):\n  ${JSON.stringify(config)}\n  ${JSON.stringify(withApi)}\n` +
        '(or, after `npm link`: { "command": "syncagent", "args": ["mcp", "--store", "/path/to/store"] })'
      );
    })
    .action(
      run(async (context, options: { store?: string; api?: boolean }) => {
        const { serveMcpOverStdio } = await import('../../mirror/mcp-server.js');
        await serveMcpOverStdio(storeRoot(context, options), options.api ? { api: { env: context.env } } : {});
      }),
    );
}
