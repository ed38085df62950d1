import { z } from 'zod';
import { formatIssues } from '../config.js';
import { InvalidInputError } from '../errors.js';

/** An `owner/repo` pair. */
export interface Repository {
  owner: string;
  repo: string;
}

/** The standard `GITHUB_*` variables a run reads, validated once. */
export interface GitHubSettings {
  /** REST API base URL (GITHUB_API_URL, default https://api.github.com); tests point it at a loopback fake. */
  apiUrl: string;
  /** Web base URL for links (GITHUB_SERVER_URL, default https://github.com). */
  serverUrl: string;
  /** GITHUB_REPOSITORY, when set. */
  repository: Repository | null;
  /** GITHUB_TOKEN, when set (the Action's `github-token` input). */
  token: string | null;
  /** GITHUB_RUN_ID, for a link to the run. */
  runId: string | null;
  /** GITHUB_STEP_SUMMARY: the job summary file, when running in Actions. */
  stepSummary: string | null;
  /** GITHUB_EVENT_NAME and GITHUB_EVENT_PATH. */
  eventName: string | null;
  eventPath: string | null;
  /** GITHUB_ACTIONS=true: running on a runner (workflow commands such as `::add-mask::` are understood). */
  inActions: boolean;
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const text = z.preprocess(blankToUndefined, z.string().optional());
const url = z.preprocess(
  blankToUndefined,
  z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
);

const settingsSchema = z.object({
  GITHUB_API_URL: url,
  GITHUB_SERVER_URL: url,
  GITHUB_REPOSITORY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected owner/repo')
      .optional(),
  ),
  GITHUB_TOKEN: text,
  GITHUB_RUN_ID: text,
  GITHUB_STEP_SUMMARY: text,
  GITHUB_EVENT_NAME: text,
  GITHUB_EVENT_PATH: text,
  GITHUB_ACTIONS: text,
});

/** Reads the `GITHUB_*` settings from `env`; a malformed one is `invalid_input` naming the variable. */
export function readGitHubSettings(env: NodeJS.ProcessEnv): GitHubSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) throw new InvalidInputError(formatIssues('environment', parsed.error));
  const values = parsed.data;
  const [owner, repo] = values.GITHUB_REPOSITORY?.split('/') ?? [];
  return {
    apiUrl: values.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: values.GITHUB_SERVER_URL ?? 'https://github.com',
    repository: owner && repo ? { owner, repo } : null,
    token: values.GITHUB_TOKEN ?? null,
    runId: values.GITHUB_RUN_ID ?? null,
    stepSummary: values.GITHUB_STEP_SUMMARY ?? null,
    eventName: values.GITHUB_EVENT_NAME ?? null,
    eventPath: values.GITHUB_EVENT_PATH ?? null,
    inActions: values.GITHUB_ACTIONS === 'true',
  };
}

/** Web links of a repository: commits, the run. */
export function repositoryLinks(settings: GitHubSettings): {
  commit: (sha: string) => string | null;
  run: string | null;
} {
  const base = settings.repository
    ? `${settings.serverUrl}/${settings.repository.owner}/${settings.repository.repo}`
    : null;
  return {
    commit: (sha) => (base ? `${base}/commit/${sha}` : null),
    run: base && settings.runId ? `${base}/actions/runs/${settings.runId}` : null,
  };
}
