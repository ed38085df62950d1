/** Quotes a word for a POSIX shell when it needs it (a path with spaces, a JSON body, a value with a quote). */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
