import { z } from 'zod';
import { formatIssues } from '../config.js';
import { InvalidInputError } from '../errors.js';
import { isSlug } from '../store/paths.js';

/*
 * The GitHub events the Action handles (DESIGN 4.1). `repository_dispatch` events arrive as GitHub's webhook payload
 * (`{ action: <event_type>, branch, client_payload, repository, sender, ... }`); `schedule` and `workflow_dispatch`
 * as theirs. A payload is checked against GitHub's own limits for `repository_dispatch` (≤ 10 top-level keys in
 * client_payload, under 64 KB, event_type ≤ 100 characters) and a strict zod schema before anything runs: a bad one
 * is one clear `invalid_input` error and nothing is touched.
 */

/** GitHub's limits on a `repository_dispatch` request. */
export const dispatchLimits = {
  /** Top-level keys of `client_payload`. */
  maxClientPayloadKeys: 10,
  /** The whole dispatch request body must be under this many bytes (64 KB). */
  maxPayloadBytes: 65_536,
  maxEventTypeLength: 100,
} as const;

/** The `repository_dispatch` event types syncagent handles. */
export const dispatchEventTypes = ['syncagent.connect', 'syncagent.webhook', 'syncagent.delete'] as const;

/** A string field whose absence reads "required" instead of zod's type message. */
const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'required' : 'expected a string') });
const slug = text().refine(isSlug, 'expected a sync slug: 1-64 characters of a-z, 0-9 and single inner hyphens');
const app = text().regex(
  /^[a-z0-9][a-z0-9_-]{0,63}$/,
  'expected an app slug (a-z, 0-9, _ and -, at most 64 characters)',
);
const accountId = text().regex(/^[A-Za-z0-9_-]{1,100}$/, 'expected a Pipedream account id such as apn_abc123');
const externalUserId = text().min(1).max(250);
const deliveryId = text().regex(/^\S{1,200}$/, 'expected at most 200 characters without spaces');
const isoTime = z.iso.datetime({ offset: true });
const headerName = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/** `syncagent.connect` client_payload. */
export const connectPayloadSchema = z
  .object({
    app,
    account_id: accountId,
    external_user_id: externalUserId.optional(),
    slug: slug.optional(),
    force: z.boolean().optional(),
  })
  .strict();

/** `syncagent.webhook` client_payload: the raw body as a string, or a `truncated` signal (the handler polls). */
export const webhookPayloadSchema = z
  .object({
    slug: slug.optional(),
    app: app.optional(),
    account_id: accountId.optional(),
    delivery_id: deliveryId,
    headers: z
      .record(z.string(), z.string())
      .superRefine((headers, context) => {
        for (const name of Object.keys(headers)) {
          if (!headerName.test(name))
            context.addIssue({ code: 'custom', message: 'expected an HTTP header name', path: [name] });
        }
      })
      .optional()
      .default({}),
    body: z.string().optional(),
    received_at: isoTime.optional(),
    truncated: z.boolean().optional(),
    /** Size in bytes of the body the relay left out (with `truncated`). */
    size: z.number().int().nonnegative().optional(),
  })
  .strict()
  .superRefine((payload, context) => {
    const byAccount = payload.app !== undefined || payload.account_id !== undefined;
    if (payload.slug !== undefined && byAccount) {
      context.addIssue({ code: 'custom', message: 'give either slug or app + account_id, not both', path: ['slug'] });
    } else if (payload.slug === undefined && (payload.app === undefined || payload.account_id === undefined)) {
      context.addIssue({ code: 'custom', message: 'give slug, or app and account_id', path: ['slug'] });
    }
    if (payload.truncated !== true && payload.body === undefined) {
      context.addIssue({ code: 'custom', message: 'required (the raw request body as a string)', path: ['body'] });
    }
  });

/** `syncagent.delete` client_payload. */
export const deletePayloadSchema = z.object({ slug }).strict();

const booleanInput = z
  .union([z.boolean(), z.enum(['true', 'false', ''])])
  .transform((value) => value === true || value === 'true');
const optionalText = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** `workflow_dispatch` inputs (strings from the Actions UI; booleans from the API). */
export const workflowInputsSchema = z
  .object({
    command: optionalText(z.enum(['tick', 'poll', 'renew', 'connect', 'delete'])),
    slug: optionalText(slug),
    app: optionalText(app),
    account_id: optionalText(accountId),
    external_user_id: optionalText(externalUserId),
    force: booleanInput.optional(),
  })
  .strict();

/** Who a webhook is for: a slug, or the sync of an app account. */
export type SyncTarget = { slug: string } | { app: string; accountId: string };

/** What a GitHub event asks syncagent to do. */
export type DispatchRequest =
  | { kind: 'connect'; app: string; accountId: string; externalUserId?: string; slug?: string; force: boolean }
  | {
      kind: 'webhook';
      target: SyncTarget;
      deliveryId: string;
      headers: Record<string, string>;
      body: string;
      receivedAt?: string;
    }
  /** An oversize delivery relayed without its body: the sync polls instead. */
  | { kind: 'webhook-signal'; target: SyncTarget; deliveryId: string; size?: number; receivedAt?: string }
  | { kind: 'delete'; slug: string }
  | { kind: 'poll' | 'renew'; slug: string }
  | { kind: 'tick' };

/** A GitHub event as received, and what it asks for. */
export interface GitHubEvent {
  /** `repository_dispatch`, `schedule` or `workflow_dispatch`. */
  name: string;
  /** The `repository_dispatch` event_type. */
  type?: string;
  request: DispatchRequest;
}

const eventNames = ['repository_dispatch', 'schedule', 'workflow_dispatch'] as const;

/**
 * Parses a GitHub event payload (the file at GITHUB_EVENT_PATH) for the event `name` (GITHUB_EVENT_NAME; inferred
 * from the payload's shape when absent). `source` names the file in errors. Throws `invalid_input` naming the field.
 */
export function parseGitHubEvent(name: string | undefined, text: string, source: string): GitHubEvent {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${source}: not valid JSON: ${(error as Error).message}`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new InvalidInputError(`${source}: expected a JSON object (a GitHub event payload)`);
  }
  const record = payload as Record<string, unknown>;
  const eventName = name?.trim() || inferEventName(record, source);
  if (!(eventNames as readonly string[]).includes(eventName)) {
    throw new InvalidInputError(
      `GITHUB_EVENT_NAME: syncagent handles ${eventNames.join(', ')}; got ${JSON.stringify(eventName)}`,
    );
  }
  if (eventName === 'schedule') return { name: eventName, request: { kind: 'tick' } };
  if (eventName === 'workflow_dispatch') return { name: eventName, request: parseWorkflowInputs(record, source) };
  return parseRepositoryDispatch(record, source);
}

function inferEventName(payload: Record<string, unknown>, source: string): string {
  if ('client_payload' in payload) return 'repository_dispatch';
  if ('schedule' in payload) return 'schedule';
  if ('inputs' in payload) return 'workflow_dispatch';
  throw new InvalidInputError(
    `${source}: cannot tell which GitHub event this is: set GITHUB_EVENT_NAME or pass --event-name`,
  );
}

function parseRepositoryDispatch(payload: Record<string, unknown>, source: string): GitHubEvent {
  const type = payload.action ?? payload.event_type;
  if (typeof type !== 'string' || type === '') {
    throw new InvalidInputError(`${source}: action: expected the repository_dispatch event_type`);
  }
  if (type.length > dispatchLimits.maxEventTypeLength) {
    throw new InvalidInputError(
      `${source}: event_type is ${type.length} characters; GitHub allows ${dispatchLimits.maxEventTypeLength}`,
    );
  }
  if (!(dispatchEventTypes as readonly string[]).includes(type)) {
    throw new InvalidInputError(
      `${source}: event_type ${JSON.stringify(type)} is not one syncagent handles (${dispatchEventTypes.join(', ')})`,
    );
  }
  const clientPayload = payload.client_payload ?? {};
  checkClientPayloadLimits(type, clientPayload, source);
  const where = `${source}: client_payload`;
  const name = 'repository_dispatch';
  if (type === 'syncagent.connect') {
    const parsed = parseWith(connectPayloadSchema, clientPayload, where);
    return {
      name,
      type,
      request: {
        kind: 'connect',
        app: parsed.app,
        accountId: parsed.account_id,
        externalUserId: parsed.external_user_id,
        slug: parsed.slug,
        force: parsed.force ?? false,
      },
    };
  }
  if (type === 'syncagent.delete') {
    return { name, type, request: { kind: 'delete', slug: parseWith(deletePayloadSchema, clientPayload, where).slug } };
  }
  const parsed = parseWith(webhookPayloadSchema, clientPayload, where);
  const target: SyncTarget =
    parsed.slug !== undefined ? { slug: parsed.slug } : { app: parsed.app!, accountId: parsed.account_id! };
  if (parsed.truncated === true) {
    return {
      name,
      type,
      request: {
        kind: 'webhook-signal',
        target,
        deliveryId: parsed.delivery_id,
        size: parsed.size,
        receivedAt: parsed.received_at,
      },
    };
  }
  return {
    name,
    type,
    request: {
      kind: 'webhook',
      target,
      deliveryId: parsed.delivery_id,
      headers: parsed.headers,
      body: parsed.body ?? '',
      receivedAt: parsed.received_at,
    },
  };
}

/** Checks a client_payload against GitHub's limits (so a payload GitHub would refuse is refused here too). */
export function checkClientPayloadLimits(type: string, clientPayload: unknown, source: string): void {
  if (clientPayload === null || typeof clientPayload !== 'object' || Array.isArray(clientPayload)) {
    throw new InvalidInputError(`${source}: client_payload: expected a JSON object`);
  }
  const keys = Object.keys(clientPayload).length;
  if (keys > dispatchLimits.maxClientPayloadKeys) {
    throw new InvalidInputError(
      `${source}: client_payload has ${keys} top-level keys; GitHub allows ${dispatchLimits.maxClientPayloadKeys}`,
    );
  }
  const bytes = Buffer.byteLength(JSON.stringify({ event_type: type, client_payload: clientPayload }));
  if (bytes >= dispatchLimits.maxPayloadBytes) {
    throw new InvalidInputError(
      `${source}: the dispatch payload is ${bytes} bytes; GitHub allows less than ${dispatchLimits.maxPayloadBytes} (64 KB): relay an oversize body as { truncated: true }`,
    );
  }
}

function parseWorkflowInputs(payload: Record<string, unknown>, source: string): DispatchRequest {
  const inputs = parseWith(workflowInputsSchema, payload.inputs ?? {}, `${source}: inputs`);
  const command = inputs.command ?? 'tick';
  const need = <T>(value: T | undefined, input: string): T => {
    if (value === undefined) throw new InvalidInputError(`${source}: inputs: ${input}: required for ${command}`);
    return value;
  };
  switch (command) {
    case 'tick':
      return { kind: 'tick' };
    case 'poll':
    case 'renew':
      return { kind: command, slug: need(inputs.slug, 'slug') };
    case 'delete':
      return { kind: 'delete', slug: need(inputs.slug, 'slug') };
    case 'connect':
      return {
        kind: 'connect',
        app: need(inputs.app, 'app'),
        accountId: need(inputs.account_id, 'account_id'),
        externalUserId: inputs.external_user_id,
        slug: inputs.slug,
        force: inputs.force ?? false,
      };
  }
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError(formatIssues(where, parsed.error));
  return parsed.data;
}
