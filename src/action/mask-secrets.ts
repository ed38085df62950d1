import { setSecret } from '@actions/core';

/** Names of settings that hold secrets: tokens, keys, passwords, webhook secrets, database URLs. */
const secretName = /(SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|CREDENTIALS|DATABASE_URL)/i;

/** Values shorter than this are not treated as secrets (masking "1" or "true" would blank the log). */
const minimumSecretLength = 4;

/**
 * The secret values among the settings a run reads: every variable whose name says it is a secret, plus `names`
 * (the webhook secrets sync.json files name).
 */
export function secretValues(env: NodeJS.ProcessEnv, names: Iterable<string> = []): string[] {
  const wanted = new Set(names);
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value.trim().length < minimumSecretLength) continue;
    if (secretName.test(name) || wanted.has(name)) values.add(value);
  }
  return [...values];
}

/**
 * Masks each value in the runner's log (`::add-mask::`, through `@actions/core`). Only on a runner: anywhere else
 * the command would print the secret instead of hiding it.
 */
export function maskSecrets(values: readonly string[], inActions: boolean): void {
  if (!inActions) return;
  for (const value of values) {
    setSecret(value);
    // A multi-line secret is masked line by line, as the runner matches single lines.
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= minimumSecretLength && line !== value) setSecret(line);
  }
}
