/** Query parameters whose values never appear in errors or logs. */
const secretParameter = /token|secret|key|pass|signature|sig$|auth|code|credential|session|cookie/i;

/** The URL with secret-looking query values replaced by `REDACTED` and any userinfo removed. */
export function redactUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  for (const name of [...new Set(copy.searchParams.keys())]) {
    if (secretParameter.test(name)) copy.searchParams.set(name, 'REDACTED');
  }
  return copy.href;
}

/** Replaces every occurrence of each known secret in `text` with `[REDACTED]`. */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('[REDACTED]');
  }
  return result;
}

/** At most `maxBytes` bytes of UTF-8 text, and whether it was cut. */
export function truncateBytes(text: string, maxBytes: number): { text: string; truncated: boolean } {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return { text, truncated: false };
  // Drop a partial multi-byte character at the cut rather than emitting U+FFFD.
  return {
    text: bytes
      .subarray(0, maxBytes)
      .toString('utf8')
      .replace(/\uFFFD$/, ''),
    truncated: true,
  };
}
