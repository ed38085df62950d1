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

/** Parses an ISO-8601 time given by a flag (`tick --now`); `invalid_input` naming the flag otherwise. */
export function parseIsoTime(value: string, flag: string): Date {
  const time = Date.parse(value);
  if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new InvalidInputError(
      `${flag}: expected an ISO-8601 time such as 2025-01-01T12:00:00Z, got ${JSON.stringify(value)}`,
    );
  }
  return new Date(time);
}

/** Parses `Name: value` header lines (`webhook --header`) into lower-cased names; later lines win. */
export function parseHeaderLines(lines: readonly string[], flag: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new InvalidInputError(`${flag}: expected 'Name: value', got ${JSON.stringify(line)}`);
    }
    headers[name.toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
