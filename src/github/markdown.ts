/** Small text helpers for the Markdown/HTML GitHub renders (PR bodies, issues, job summaries). */

/** Escapes text for HTML (job summary tables are HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text as an inline code span that no backtick or newline in it can break. */
export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const fence = flat.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${flat}${fence === '``' ? ' ' : ''}${fence}`;
}

/** Text for a Markdown table cell: one line, pipes escaped. */
export function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
}

/** Plain text for Markdown: HTML and Markdown link/emphasis characters neutralised, one line. */
export function plain(text: string): string {
  return escapeHtml(text.replace(/[\r\n]+/g, ' ')).replace(/([\\`*_[\]])/g, '\\$1');
}

/** Bytes as `812 B`, `12.3 KiB`, `4.0 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Replaces every occurrence of a secret value with `***` (a last line of defence before text leaves the run). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) result = result.split(secret).join('***');
  }
  return result;
}
