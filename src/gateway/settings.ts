import { InvalidInputError, MissingConfigError } from '../errors.js';

/** Settings of the Pipedream Connect gateway (DESIGN sections 4.2 and 5). */
export interface PipedreamSettings {
  mode: 'pipedream';
  clientId: string;
  clientSecret: string;
  projectId: string;
  environment: 'development' | 'production';
  /** Without a trailing slash. */
  apiUrl: string;
}

/** Settings of the direct gateway: one bearer token per app. */
export interface DirectSettings {
  mode: 'direct';
  token: string;
  /** The variable the token came from, e.g. `SYNCAGENT_TOKEN_DROPBOX`. */
  variable: string;
}

/** Either gateway's settings. */
export type GatewaySettings = PipedreamSettings | DirectSettings;

/** Default Pipedream API base URL. */
export const DEFAULT_PIPEDREAM_API_URL = 'https://api.pipedream.com';

/** `SYNCAGENT_TOKEN_<APP>`: the app slug upper-cased, every non-alphanumeric character replaced by `_`. */
export function directTokenVariable(app: string): string {
  return `SYNCAGENT_TOKEN_${app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** Reads SYNCAGENT_GATEWAY (trimmed, any case, default `pipedream`); anything else is `invalid_input`. */
export function gatewayMode(env: NodeJS.ProcessEnv): GatewaySettings['mode'] {
  const mode = (value(env, 'SYNCAGENT_GATEWAY') ?? 'pipedream').toLowerCase();
  if (mode !== 'pipedream' && mode !== 'direct') {
    throw new InvalidInputError(
      `SYNCAGENT_GATEWAY: expected "pipedream" or "direct", got ${JSON.stringify(env.SYNCAGENT_GATEWAY)}`,
      {
        data: { variable: 'SYNCAGENT_GATEWAY' },
      },
    );
  }
  return mode;
}

/** Reads SYNCAGENT_GATEWAY and the settings of the chosen gateway; `missing_config` names every absent variable. */
export function resolveGatewaySettings(env: NodeJS.ProcessEnv, app: string): GatewaySettings {
  if (gatewayMode(env) === 'direct') {
    const variable = directTokenVariable(app);
    const token = value(env, variable);
    if (token === undefined) {
      throw new MissingConfigError(
        variable,
        `missing configuration: set ${variable} (the ${app} access token used by SYNCAGENT_GATEWAY=direct)`,
      );
    }
    return { mode: 'direct', token, variable };
  }
  return resolvePipedreamSettings(env);
}

/** Reads the Pipedream Connect settings (also used by the accounts client whatever SYNCAGENT_GATEWAY says). */
export function resolvePipedreamSettings(env: NodeJS.ProcessEnv): PipedreamSettings {
  const required = ['PIPEDREAM_CLIENT_ID', 'PIPEDREAM_CLIENT_SECRET', 'PIPEDREAM_PROJECT_ID'] as const;
  const missing = required.filter((name) => value(env, name) === undefined);
  if (missing.length > 0) {
    throw new MissingConfigError(
      missing[0]!,
      `missing configuration: set ${missing.join(', ')} (Pipedream Connect gateway; or set SYNCAGENT_GATEWAY=direct with SYNCAGENT_TOKEN_<APP>)`,
      { data: { variables: missing } },
    );
  }
  const environment = (value(env, 'PIPEDREAM_ENVIRONMENT') ?? 'development').toLowerCase();
  if (environment !== 'development' && environment !== 'production') {
    throw new InvalidInputError(
      `PIPEDREAM_ENVIRONMENT: expected "development" or "production", got ${JSON.stringify(env.PIPEDREAM_ENVIRONMENT)}`,
      { data: { variable: 'PIPEDREAM_ENVIRONMENT' } },
    );
  }
  const apiUrl = value(env, 'PIPEDREAM_API_URL') ?? DEFAULT_PIPEDREAM_API_URL;
  let parsed: URL;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new InvalidInputError(`PIPEDREAM_API_URL: expected an http(s) URL, got ${JSON.stringify(apiUrl)}`, {
      data: { variable: 'PIPEDREAM_API_URL' },
    });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InvalidInputError(`PIPEDREAM_API_URL: expected an http(s) URL, got ${JSON.stringify(apiUrl)}`, {
      data: { variable: 'PIPEDREAM_API_URL' },
    });
  }
  return {
    mode: 'pipedream',
    clientId: value(env, 'PIPEDREAM_CLIENT_ID')!,
    clientSecret: value(env, 'PIPEDREAM_CLIENT_SECRET')!,
    projectId: value(env, 'PIPEDREAM_PROJECT_ID')!,
    environment,
    apiUrl: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`,
  };
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}
