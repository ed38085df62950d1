import { createHash } from 'node:crypto';

/** sha256 (hex) of a text's UTF-8 bytes: the identity local sync diffs by. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
