import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { InvalidInputError, MissingConfigError } from '../errors.js';

/** The providers `SYNCAGENT_MODEL` may name (DESIGN section 7). */
export const modelProviders = ['anthropic', 'openai', 'openai-compatible'] as const;

/** A provider `SYNCAGENT_MODEL` may name. */
export type ModelProvider = (typeof modelProviders)[number];

/** The model the agent runs on, and how it is named in sync.json and commit messages. */
export interface ResolvedModel {
  model: LanguageModel;
  provider: ModelProvider;
  modelId: string;
  /** `<provider>:<model>`, as SYNCAGENT_MODEL spells it. */
  id: string;
  /** sync.json `createdBy`: `agent:<provider>:<model>`. */
  createdBy: string;
  /** Values that must never appear in a trace, a log or the store (the provider key). */
  secrets: string[];
}

/** Where each provider's key comes from when SYNCAGENT_MODEL_API_KEY is not set. */
const keyVariables: Record<Exclude<ModelProvider, 'openai-compatible'>, string> = {
  anthropic: 'ANTHROPIC_API_KEY',
  openai: 'OPENAI_API_KEY',
};

function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Parses `SYNCAGENT_MODEL` (`anthropic:<model>`, `openai:<model>`, `openai-compatible:<model>`). */
export function parseModelSetting(value: string): { provider: ModelProvider; modelId: string } {
  const colon = value.indexOf(':');
  const provider = colon === -1 ? '' : value.slice(0, colon);
  const modelId = colon === -1 ? '' : value.slice(colon + 1).trim();
  if (!(modelProviders as readonly string[]).includes(provider) || modelId === '') {
    throw new InvalidInputError(
      `SYNCAGENT_MODEL: expected <provider>:<model> with provider ${modelProviders.join(', ')} ` +
        `(e.g. anthropic:claude-sonnet-4-5), got ${JSON.stringify(value)}`,
    );
  }
  return { provider: provider as ModelProvider, modelId };
}

/**
 * The language model `SYNCAGENT_MODEL` names, on the AI SDK 6 line. The key is `SYNCAGENT_MODEL_API_KEY` or the
 * provider's own (`ANTHROPIC_API_KEY`, `OPENAI_API_KEY`); `openai-compatible` needs `SYNCAGENT_MODEL_BASE_URL` (Ollama,
 * vLLM, llama.cpp server, LiteLLM, the scripted server of the testkit) and takes a key only when the server wants one.
 * `SYNCAGENT_MODEL_BASE_URL` also redirects the other two (a proxy). A missing setting is `missing_config` naming it.
 */
export function resolveModel(env: NodeJS.ProcessEnv, options: { fetch?: typeof fetch } = {}): ResolvedModel {
  const value = setting(env, 'SYNCAGENT_MODEL');
  if (value === undefined) {
    throw new MissingConfigError(
      'SYNCAGENT_MODEL',
      'missing configuration: set SYNCAGENT_MODEL (anthropic:<model>, openai:<model> or openai-compatible:<model>) to run the LLM sync agent',
    );
  }
  const { provider, modelId } = parseModelSetting(value);
  const baseURL = setting(env, 'SYNCAGENT_MODEL_BASE_URL');
  if (baseURL !== undefined && !/^https?:\/\/[^\s]+$/.test(baseURL)) {
    throw new InvalidInputError(`SYNCAGENT_MODEL_BASE_URL: expected an http(s) URL, got ${JSON.stringify(baseURL)}`);
  }
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  const baseOption = baseURL ? { baseURL: baseURL.replace(/\/+$/, '') } : {};
  let model: LanguageModel;
  let apiKey = setting(env, 'SYNCAGENT_MODEL_API_KEY');
  if (provider === 'openai-compatible') {
    if (!baseURL) {
      throw new MissingConfigError(
        'SYNCAGENT_MODEL_BASE_URL',
        'missing configuration: set SYNCAGENT_MODEL_BASE_URL (e.g. http://127.0.0.1:11434/v1) for an openai-compatible model',
      );
    }
    model = createOpenAICompatible({
      name: 'openai-compatible',
      baseURL: baseURL.replace(/\/+$/, ''),
      includeUsage: true,
      ...(apiKey ? { apiKey } : {}),
      ...fetchOption,
    }).chatModel(modelId);
  } else {
    const variable = keyVariables[provider];
    apiKey ??= setting(env, variable);
    if (!apiKey) {
      throw new MissingConfigError(
        variable,
        `missing configuration: set ${variable} (or SYNCAGENT_MODEL_API_KEY) for ${provider}:${modelId}`,
      );
    }
    model =
      provider === 'anthropic'
        ? createAnthropic({ apiKey, ...baseOption, ...fetchOption })(modelId)
        : createOpenAI({ apiKey, ...baseOption, ...fetchOption })(modelId);
  }
  return {
    model,
    provider,
    modelId,
    id: `${provider}:${modelId}`,
    createdBy: `agent:${provider}:${modelId}`,
    secrets: apiKey ? [apiKey] : [],
  };
}
