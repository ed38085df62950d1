/** Names of settings whose values are secrets (DESIGN 4.2 and the providers' keys). */
const secretName = /SECRET|TOKEN|PASSWORD|API_KEY|_KEY$|DATABASE_URL/;

/** Shortest value treated as a secret: shorter ones would match ordinary text. */
const minSecretChars = 8;

/**
 * The secret values among the settings (Pipedream client secret, provider keys, direct tokens, webhook secrets,
 * GitHub token...): what the agent's answers, trace and log must never contain. Tests grep for the same.
 */
export function knownSecrets(env: NodeJS.ProcessEnv, extra: string[] = []): string[] {
  const found = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= minSecretChars && secretName.test(name)) found.add(value);
  }
  for (const value of extra) if (value.length >= minSecretChars) found.add(value);
  // Longest first, so a secret that contains another is replaced whole.
  return [...found].sort((a, b) => b.length - a.length);
}
