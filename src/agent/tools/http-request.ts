import { z } from 'zod';
import { truncateBytes } from '../../gateway/index.js';
import { defineAgentTool } from './agent-tool.js';

/** Most response text one http_request answers (DESIGN section 7). */
export const maxResponseBytes = 64 * 1024;

/** What http_request answers. */
export interface HttpRequestResult {
  status: number;
  headers: Record<string, string>;
  text: string;
  truncated: boolean;
}

/** `http_request`: one request to the app's API through the gateway, with this connection's credentials. */
export const httpRequestTool = defineAgentTool({
  name: 'http_request',
  description:
    "Send one HTTP request to the app's API through the gateway (Pipedream Connect adds the account's credentials: " +
    'never send your own Authorization). Use it to probe: list a few records, read the pagination and change-tracking ' +
    'fields, check error shapes. url is an absolute https URL on an allowed host. An error status comes back as ' +
    '{ error: { code, message, status, body } }. The answer text is capped at 64 KiB (truncated: true): ask for small ' +
    'pages while probing.',
  inputSchema: z.strictObject({
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'expected an HTTP method such as GET or POST')
      .default('GET'),
    url: z.string().min(1).describe('absolute https URL, e.g. https://api.example.com/v1/items?limit=5'),
    headers: z.record(z.string(), z.string()).optional().describe('request headers (no Authorization)'),
    body: z.string().optional().describe('request body as text (JSON as a string, with a content-type header)'),
  }),
  execute: async (session, input): Promise<HttpRequestResult> => {
    const gateway = await session.gateway();
    const response = await gateway.request(
      {
        method: input.method.toUpperCase(),
        url: input.url,
        ...(input.headers ? { headers: input.headers } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
      },
      { signal: session.signal },
    );
    const { text, truncated } = truncateBytes(response.text, maxResponseBytes);
    return { status: response.status, headers: response.headers, text, truncated };
  },
  describe: (input, result) =>
    `${input.method.toUpperCase()} ${input.url} → ${result.status} (${formatBytes(Buffer.byteLength(result.text))}${result.truncated ? ', truncated' : ''})`,
});

/** `1.2 KiB`, `830 B`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} B`;
}
