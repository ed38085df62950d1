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
      .summary('MCP server on stdio: read_file, grep_file, list_files, list_skills')
      .description(
        'Serve the store to an MCP client over stdio (JSON-RPC on stdin/stdout; logs on stderr). Tools: read_file, grep_file, list_files, list_skills. Runs until the client closes stdin.',
      ),
  )
    .addHelpText('after', () => {
      // The absolute path of this CLI, so the configuration works from any folder (no global install needed).
      const script = process.argv[1] ? realpathSync(process.argv[1]) : 'dist/cli.js';
      const config = { command: process.execPath, args: [script, 'mcp', '--store', '/path/to/store'] };
      return `\nExample client configuration (Claude Desktop, Cursor, ...):\n  ${JSON.stringify(config)}\n(or, after \`npm link\`: { "command": "syncagent", "args": ["mcp", "--store", "/path/to/store"] })`;
    })
    .action(
      run(async (context, options: { store?: string }) => {
        const { serveMcpOverStdio } = await import('../../mirror/mcp-server.js');
        await serveMcpOverStdio(storeRoot(context, options));
      }),
    );
}
