// syncagent relay: a Pipedream workflow code step (Node.js) behind an HTTP trigger. It turns Pipedream Connect
// connection webhooks and provider webhooks into GitHub `repository_dispatch` events for the syncagent Action:
//
//   POST /connect?token=…           Connect CONNECTION_SUCCESS  -> syncagent.connect { app, account_id, external_user_id }
//                                   Connect CONNECTION_ERROR    -> logged, nothing sent
//   POST /hooks/<slug>              a provider webhook           -> syncagent.webhook { slug, delivery_id, headers, body, received_at }
//                                   (body kept raw, as a string, so the Action can check the signature; a body too big
//                                   for GitHub's 64 KB payload goes as { slug, delivery_id, received_at, truncated: true,
//                                   size } and the sync polls instead)
//   GET  /hooks/<slug>?challenge=X  verification handshake       -> answers X as text/plain (Dropbox and the like)
//
// The HTTP trigger must be set to "Return a custom response from your workflow". See README.md next to this file.

/** GitHub's limits on a repository_dispatch request. */
const limits = { maxClientPayloadKeys: 10, maxPayloadBytes: 65_536, maxEventTypeLength: 100 };

/** Provider headers that carry a delivery id, most specific first; else the Pipedream event id is used. */
const deliveryIdHeaders = ['x-github-delivery', 'x-delivery-id', 'webhook-id', 'svix-id', 'x-request-id'];

/** Headers never relayed: credentials, and what proxies and Pipedream add on the way. */
const droppedHeaders = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'via',
  'cdn-loop',
  'x-real-ip',
]);
const droppedHeaderPrefixes = ['x-forwarded-', 'x-amzn-', 'x-pd-'];

/** Outside Pipedream (tests, local runs) `defineComponent` does not exist: the component is the plain object. */
const define = globalThis.defineComponent ?? ((component) => component);

export default define({
  name: 'syncagent relay',
  description: 'Relays Pipedream Connect connection webhooks and provider webhooks to GitHub as repository_dispatch',
  key: 'syncagent-relay',
  version: '0.1.0',
  type: 'action',
  props: {
    githubToken: {
      type: 'string',
      label: 'GitHub token',
      description:
        'A fine-grained token with Contents: read and write on the store repository (to send repository_dispatch)',
      secret: true,
    },
    repository: {
      type: 'string',
      label: 'Store repository',
      description: 'owner/repo of the repository that runs the syncagent Action',
    },
    hookToken: {
      type: 'string',
      label: 'Connect webhook token',
      description:
        'Required on /connect as ?token= or Authorization: Bearer (Connect does not sign its webhooks); the same value as SYNCAGENT_HOOK_TOKEN',
      secret: true,
    },
    apiUrl: {
      type: 'string',
      label: 'GitHub API URL',
      description: 'Only for GitHub Enterprise Server',
      optional: true,
      default: 'https://api.github.com',
    },
  },
  methods: {
    /**
     * Decides what one HTTP request becomes: `{ respond }` (answer it and stop), or `{ dispatch, respond }` (send
     * the repository_dispatch, then answer). `request` is the HTTP trigger's event plus `id` (the Pipedream event id).
     */
    plan(request) {
      const method = String(request.method ?? 'GET').toUpperCase();
      const path = String(request.path ?? '/').replace(/\/+$/, '') || '/';
      const query = request.query ?? {};
      const headers = lowerCaseHeaders(request.headers ?? {});
      const receivedAt = new Date().toISOString();
      if (path === '/connect') {
        if (method !== 'POST') return { respond: text(405, 'method not allowed') };
        const bearer = /^Bearer (.+)$/i.exec(headers.authorization ?? '')?.[1];
        const given = typeof query.token === 'string' ? query.token : bearer;
        if (!this.hookToken || !given || !sameSecret(given, this.hookToken)) {
          return { respond: text(401, 'missing or wrong token') };
        }
        const event = parseJson(rawBody(request));
        if (!event || typeof event !== 'object') return { respond: text(400, 'expected a JSON body') };
        if (event.event === 'CONNECTION_ERROR') {
          console.log(`syncagent relay: connection error: ${String(event.error ?? 'unknown')}`);
          return { respond: text(200, 'connection error logged') };
        }
        if (event.event !== 'CONNECTION_SUCCESS') return { respond: text(400, 'unknown Connect event') };
        const account = event.account ?? {};
        const app = account.app?.name_slug;
        if (typeof account.id !== 'string' || typeof app !== 'string') {
          return { respond: text(400, 'CONNECTION_SUCCESS without account.id or account.app.name_slug') };
        }
        const clientPayload = { app, account_id: account.id };
        if (typeof account.external_id === 'string' && account.external_id !== '') {
          clientPayload.external_user_id = account.external_id;
        }
        return { dispatch: { eventType: 'syncagent.connect', clientPayload }, respond: text(202, 'relayed') };
      }
      const hook = /^\/hooks\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(path);
      if (!hook || hook[1].length > 64) return { respond: text(404, 'not found: use /connect or /hooks/<slug>') };
      const slug = hook[1];
      if (method === 'GET' && typeof query.challenge === 'string') {
        return {
          respond: {
            status: 200,
            headers: { 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' },
            body: query.challenge,
          },
        };
      }
      if (method !== 'POST') return { respond: text(405, 'method not allowed') };
      const body = rawBody(request);
      const deliveryId = deliveryIdHeaders.map((name) => headers[name]).find(isDeliveryId) ?? `pd-${request.id}`;
      const clientPayload = {
        slug,
        delivery_id: deliveryId,
        headers: relayedHeaders(headers),
        body,
        received_at: receivedAt,
      };
      if (payloadBytes('syncagent.webhook', clientPayload) >= limits.maxPayloadBytes) {
        const signal = {
          slug,
          delivery_id: deliveryId,
          received_at: receivedAt,
          truncated: true,
          size: Buffer.byteLength(body),
        };
        return { dispatch: { eventType: 'syncagent.webhook', clientPayload: signal }, respond: text(202, 'relayed') };
      }
      return { dispatch: { eventType: 'syncagent.webhook', clientPayload }, respond: text(202, 'relayed') };
    },

    /** Sends one repository_dispatch; throws with GitHub's message when it is refused. */
    async sendDispatch({ eventType, clientPayload }) {
      if (eventType.length > limits.maxEventTypeLength) throw new Error(`event_type too long: ${eventType}`);
      if (Object.keys(clientPayload).length > limits.maxClientPayloadKeys) {
        throw new Error(`client_payload has more than ${limits.maxClientPayloadKeys} top-level keys`);
      }
      if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(this.repository ?? '')) {
        throw new Error(`repository: expected owner/repo, got ${JSON.stringify(this.repository)}`);
      }
      const base = String(this.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
      const response = await fetch(`${base}/repos/${this.repository}/dispatches`, {
        method: 'POST',
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.githubToken}`,
          'content-type': 'application/json',
          'user-agent': 'syncagent-relay',
          'x-github-api-version': '2022-11-28',
        },
        body: JSON.stringify({ event_type: eventType, client_payload: clientPayload }),
      });
      if (response.status !== 204) {
        const detail = await response.text().catch(() => '');
        throw new Error(`GitHub refused the repository_dispatch (${response.status}): ${detail.slice(0, 500)}`);
      }
    },
  },

  async run({ steps, $ }) {
    const event = steps.trigger.event;
    const plan = this.plan({ ...event, id: steps.trigger.context?.id ?? String(Date.now()) });
    if (plan.dispatch) {
      try {
        await this.sendDispatch(plan.dispatch);
      } catch (error) {
        // The sender may retry: answer 502 so it knows the delivery did not get through.
        await $.respond(text(502, 'could not relay to GitHub'));
        throw error;
      }
    }
    await $.respond(plan.respond);
    return plan.dispatch
      ? { relayed: plan.dispatch.eventType, slug: plan.dispatch.clientPayload.slug ?? null }
      : { relayed: null, status: plan.respond.status };
  },
});

function text(status, body) {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

function lowerCaseHeaders(headers) {
  const result = {};
  for (const [name, value] of Object.entries(headers)) {
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return result;
}

function relayedHeaders(headers) {
  const result = {};
  for (const [name, value] of Object.entries(headers)) {
    if (droppedHeaders.has(name) || droppedHeaderPrefixes.some((prefix) => name.startsWith(prefix))) continue;
    result[name] = value;
  }
  return result;
}

/** The raw request body as received (signatures are computed over these exact bytes). */
function rawBody(request) {
  if (typeof request.bodyRaw === 'string') return request.bodyRaw;
  if (typeof request.body === 'string') return request.body;
  if (request.body === undefined || request.body === null) return '';
  // Without bodyRaw the parsed body is all there is: re-serialised, a signature over the original may not verify.
  return JSON.stringify(request.body);
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isDeliveryId(value) {
  return typeof value === 'string' && /^\S{1,200}$/.test(value);
}

function payloadBytes(eventType, clientPayload) {
  return Buffer.byteLength(JSON.stringify({ event_type: eventType, client_payload: clientPayload }));
}

function sameSecret(given, expected) {
  const a = Buffer.from(String(given));
  const b = Buffer.from(String(expected));
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}
