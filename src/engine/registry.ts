import { z } from 'zod';
import { formatIssues } from '../config.js';
import { InvalidInputError } from '../errors.js';
import { hostNameProblem } from '../gateway/index.js';
import type { StoreReader } from '../store/index.js';
import { syncPaths, validateSlug } from '../store/index.js';
import { isSlug } from '../store/paths.js';

const slugSchema = z
  .string()
  .min(1)
  .max(64)
  // Too long is the max check's issue alone.
  .refine(
    (value) => value.length > 64 || isSlug(value),
    'expected 1-64 characters of a-z, 0-9 and single inner hyphens',
  );

/** A sync.json `hosts` entry: a public DNS name (see hostNameProblem); the gateway sends credentials to it. */
const hostSchema = z.string().superRefine((host, context) => {
  const problem = hostNameProblem(host);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** The `signals.webhook.signature` block: how the host verifies a delivery before the handler sees it. */
const signatureSchema = z
  .object({
    header: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9-]+$/, 'expected an HTTP header name'),
    scheme: z.literal('hmac-sha256-hex'),
    secretEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an environment variable name (A-Z, 0-9, _)'),
  })
  .strict();

/**
 * The `signals.webhook.challenge` block: a verification handshake answered without the handler
 * (`GET /hooks/<slug>?<query>=X` is answered `X` as text/plain, as Dropbox requires).
 */
const challengeSchema = z
  .object({
    query: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected a query parameter name (1-64 of A-Z, a-z, 0-9, _ . -)'),
  })
  .strict();

/** zod schema of `handlers/<slug>/sync.json` (DESIGN 2.2). */
export const syncJsonSchema = z
  .object({
    version: z.literal(1),
    slug: slugSchema,
    app: slugSchema,
    accountId: z.string().min(1),
    externalUserId: z.string().min(1),
    flavor: z.enum(['sync-engine', 'api-only']),
    status: z.enum(['active', 'paused', 'pending-review']),
    handler: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\.js$/, 'expected a file name ending in .js')
      .optional(),
    mirrorPrefix: z.string().regex(/^mirrors\/[a-z0-9-]+\/$/, 'expected "mirrors/<slug>/"'),
    hosts: z.array(hostSchema),
    signals: z
      .object({
        webhook: z
          .object({ signature: signatureSchema.optional(), challenge: challengeSchema.optional() })
          .strict()
          .optional(),
        poll: z.object({ everyMinutes: z.number().int().positive() }).strict().optional(),
        renew: z.object({ everyHours: z.number().positive() }).strict().optional(),
      })
      .strict()
      .default({}),
    createdBy: z.string().min(1),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.mirrorPrefix !== `mirrors/${value.slug}/`) {
      context.addIssue({
        code: 'custom',
        path: ['mirrorPrefix'],
        message: `expected "mirrors/${value.slug}/" (the slug's mirror)`,
      });
    }
    if (value.flavor === 'sync-engine' && value.handler === undefined) {
      context.addIssue({ code: 'custom', path: ['handler'], message: 'a sync-engine sync names its handler file' });
    }
  });

/** A validated sync.json. */
export type SyncConfig = z.infer<typeof syncJsonSchema>;

/** Parses sync.json text; every problem is `invalid_input` naming the file and the field. */
export function parseSyncJson(text: string, file: string): SyncConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${file}: not valid JSON (${(error as Error).message})`, { data: { file } });
  }
  const result = syncJsonSchema.safeParse(value);
  if (!result.success) throw new InvalidInputError(formatIssues(file, result.error), { data: { file } });
  return result.data;
}

/** A sync as installed in the store: its config and where its files are. */
export interface InstalledSync {
  slug: string;
  config: SyncConfig;
  paths: ReturnType<typeof syncPaths>;
}

/** Loads and validates one sync; an unknown slug is `invalid_input`. */
export async function loadSync(reader: StoreReader, slug: string): Promise<InstalledSync> {
  validateSlug(slug);
  const paths = syncPaths(slug);
  const text = await reader.readText(paths.syncJson);
  if (text === null) {
    throw new InvalidInputError(`unknown sync "${slug}": ${paths.syncJson} does not exist (see \`syncagent status\`)`, {
      data: { slug },
    });
  }
  const config = parseSyncJson(text, paths.syncJson);
  if (config.slug !== slug) {
    throw new InvalidInputError(`${paths.syncJson}: slug: expected "${slug}" (the folder name), got "${config.slug}"`, {
      data: { file: paths.syncJson },
    });
  }
  return { slug, config, paths };
}

/** The slugs that have a `handlers/<slug>/sync.json`, sorted. */
export async function listSyncSlugs(reader: StoreReader): Promise<string[]> {
  const entries = await reader.list('handlers');
  const slugs: string[] = [];
  for (const entry of entries) {
    if (entry.type !== 'dir') continue;
    const slug = entry.path.slice('handlers/'.length);
    if (!isSlug(slug)) continue;
    if ((await reader.size(syncPaths(slug).syncJson)) !== null) slugs.push(slug);
  }
  return slugs.sort();
}

/** Serializes a sync.json the way the store keeps it (stable key order, trailing newline). */
export function formatSyncJson(config: SyncConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The handler file sync.json names, read through `reader`; a sync without one, or a missing file, is `invalid_input`. */
export async function readHandlerSource(
  reader: StoreReader,
  config: SyncConfig,
): Promise<{ text: string; filename: string }> {
  const { slug } = config;
  if (config.flavor !== 'sync-engine' || !config.handler) {
    throw new InvalidInputError(`sync "${slug}" is ${config.flavor}: it has no handler to run`, { data: { slug } });
  }
  const filename = `${syncPaths(slug).handlerDir}/${config.handler}`;
  const text = await reader.readText(filename);
  if (text === null)
    throw new InvalidInputError(`${filename} does not exist (sync.json names it)`, { data: { file: filename } });
  return { text, filename };
}
