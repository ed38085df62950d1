import type { z } from 'zod';
import { InvalidInputError, MissingConfigError } from './errors.js';
import type { Author } from './store/types.js';

const authorPattern = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/;

/** Parses SYNCAGENT_AUTHOR (`Name <email>`); undefined when unset. */
export function parseAuthor(env: NodeJS.ProcessEnv): Author | undefined {
  const value = env.SYNCAGENT_AUTHOR;
  if (value === undefined || value.trim() === '') return undefined;
  const match = authorPattern.exec(value);
  if (!match) {
    throw new InvalidInputError(`SYNCAGENT_AUTHOR: expected "Name <email>", got ${JSON.stringify(value)}`);
  }
  return { name: match[1] as string, email: match[2] as string };
}

/** Reads a required setting or throws `missing_config` naming the variable (and flag, if any). */
export function requireSetting(env: NodeJS.ProcessEnv, variable: string, flag?: string): string {
  const value = env[variable];
  if (value === undefined || value.trim() === '') {
    throw new MissingConfigError(variable, `missing configuration: set ${variable}${flag ? ` (or pass ${flag})` : ''}`);
  }
  return value;
}

/** Formats zod issues as `path: message` lines, prefixed with where the data came from. */
export function formatIssues(source: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${source}${issue.path.length ? `: ${issue.path.join('.')}` : ''}: ${issue.message}`)
    .join('; ');
}
