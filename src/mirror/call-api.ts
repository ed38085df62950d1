import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseSyncJson } from '../engine/registry.js';
import { InvalidInputError } from '../errors.js';
import { createGateway, type TokenCache, truncateBytes } from '../gateway/index.js';
import { syncPaths, validateSlug } from '../store/index.js';
import { resolveFile } from './files.js';

// call_api (DESIGN section 7, last paragraph): the main agent's hands. One request through the gateway with a sync's
// account, only to the hosts of its sync.json: content the mirror leaves out, and every use of an api-only skill.

/** Most response text one call_api answers. */
export const maxCallApiBytes = 64 * 1024;

/** Input of call_api. */
export const callApiInput = z.strictObject({
  slug: z.string().describe('the sync whose account and hosts to use (skills/<slug>/SKILL.md names it)'),
  method: z
    .string()
    .regex(/^[A-Za-z]+$/, 'expected an HTTP method such as GET or POST')
    .optional()
    .describe('HTTP method (default GET)'),
  url: z.string().describe("absolute https URL on one of the sync's hosts"),
  headers: z
    .record(z.string(), z.string())
    .optional()
    .describe('request headers (never Authorization: the gateway adds credentials)'),
  body: z.string().optional().describe('request body as text (JSON as a string, with a content-type header)'),
});

/** What call_api answers. */
export interface CallApiResult {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The text was cut at 64 KiB. */
  truncated: boolean;
}

/** Where call_api gets its settings and transport; the faces pass the process's own by default. */
export interface CallApiOptions {
  /** Gateway settings (PIPEDREAM_*, SYNCAGENT_GATEWAY, SYNCAGENT_TOKEN_<APP>). */
  env: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  tokenCache?: TokenCache;
}

/** call_api over a store work tree: reads the sync's sync.json, then sends the request through the gateway. */
export async function callApiOperation(
  root: string,
  input: z.infer<typeof callApiInput>,
  options: CallApiOptions,
): Promise<CallApiResult> {
  const slug = validateSlug(input.slug);
  const file = syncPaths(slug).syncJson;
  let text: string;
  try {
    text = await readFile((await resolveFile(root, file)).absolute, 'utf8');
  } catch (error) {
    if (InvalidInputError.isInstance(error) && error.message.startsWith('no such file')) {
      throw new InvalidInputError(`unknown sync "${slug}": ${file} does not exist (list_skills shows the syncs)`);
    }
    throw error;
  }
  const config = parseSyncJson(text, file);
  if (config.status === 'pending-review') {
    throw new InvalidInputError(`sync "${slug}" is pending review: merge it before calling its API`);
  }
  const gateway = createGateway({
    env: options.env,
    connection: { app: config.app, accountId: config.accountId, externalUserId: config.externalUserId },
    allowedHosts: config.hosts,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.tokenCache ? { tokenCache: options.tokenCache } : {}),
  });
  const response = await gateway.request({
    method: (input.method ?? 'GET').toUpperCase(),
    url: input.url,
    ...(input.headers ? { headers: input.headers } : {}),
    ...(input.body !== undefined ? { body: input.body } : {}),
  });
  const capped = truncateBytes(response.text, maxCallApiBytes);
  return { status: response.status, headers: response.headers, text: capped.text, truncated: capped.truncated };
}
