import { z } from 'zod';
import type { AgentConnection } from '../session.js';
import { defineAgentTool } from './agent-tool.js';

/** `get_connection {}`: who and what this run installs for. */
export const getConnectionTool = defineAgentTool({
  name: 'get_connection',
  description:
    'The connection this run installs a sync for: app slug, sync slug, Pipedream account id, external user id and, ' +
    'when Pipedream knows them, the app name, the API domains the proxy may reach (allowedDomains) and the API base ' +
    'URL. Call it first.',
  inputSchema: z.strictObject({}),
  execute: async (session): Promise<AgentConnection> => {
    const { app, slug, accountId, externalUserId, appName, allowedDomains, baseUrl } = session.connection;
    return {
      app,
      slug,
      accountId,
      externalUserId,
      ...(appName ? { appName } : {}),
      ...(allowedDomains ? { allowedDomains } : {}),
      ...(baseUrl ? { baseUrl } : {}),
    };
  },
  describe: (_input, result) => `${result.app} as ${result.slug} (${result.accountId})`,
});
