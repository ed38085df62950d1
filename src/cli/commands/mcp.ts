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
    .addHelpText(
      'after',
      '\nExample client configuration (Claude Desktop, Cursor, ...):\n  { "command": "npx", "args": ["syncagent", "mcp", "--store", "/path/to/store"] }',
    )
    .action(
      run(async (context, options: { store?: string }) => {
        const { serveMcpOverStdio } = await import('../../mirror/mcp-server.js');
        await serveMcpOverStdio(storeRoot(context, options));
      }),
    );
}
