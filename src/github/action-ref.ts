import { InvalidInputError } from '../errors.js';

/** The action `init --workflows` points `uses:` at unless told otherwise. */
export const defaultActionRef = 'syncagent/syncagent@v0';

const actionRefPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*@[A-Za-z0-9_./-]+$/;

/** Checks an `owner/repo[/path]@ref` action reference (or `./path`, an action inside the repository itself). */
export function validateActionRef(ref: string): string {
  if (!actionRefPattern.test(ref) && !/^\.\/[A-Za-z0-9_./-]*$/.test(ref)) {
    throw new InvalidInputError(
      `--action-ref: expected owner/repo@ref (e.g. ${defaultActionRef}) or ./path, got ${JSON.stringify(ref)}`,
    );
  }
  return ref;
}
