/** Types of the relay step for the tests that drive it under Node (Pipedream itself needs none). */

/** What the HTTP trigger hands the step (plus `id`, the Pipedream event id). */
export interface RelayRequest {
  id?: string;
  method?: string;
  path?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  bodyRaw?: string;
}

/** An HTTP response for `$.respond`. */
export interface RelayResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A repository_dispatch to send. */
export interface RelayDispatch {
  eventType: string;
  clientPayload: Record<string, unknown>;
}

/** The step's props, bound as `this` by Pipedream. */
export interface RelayProps {
  githubToken: string;
  repository: string;
  hookToken: string;
  apiUrl?: string;
}

/** The component's methods. */
export interface RelayMethods {
  plan(this: RelayProps, request: RelayRequest): { dispatch?: RelayDispatch; respond: RelayResponse };
  sendDispatch(this: RelayProps, dispatch: RelayDispatch): Promise<void>;
}

declare const component: {
  name: string;
  key: string;
  version: string;
  props: Record<string, unknown>;
  methods: RelayMethods;
  run(
    this: RelayProps & RelayMethods,
    context: {
      steps: { trigger: { event: RelayRequest; context?: { id?: string } } };
      $: { respond(response: RelayResponse): Promise<void> | void };
    },
  ): Promise<Record<string, unknown>>;
};
export default component;
