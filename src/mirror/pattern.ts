import { InvalidInputError } from '../errors.js';

/** A compiled grep pattern: the regex that decides, plus a byte-level prefilter when one is safe. */
export interface CompiledPattern {
  /** Tests one line (no `g` or `y` flag, so it keeps no state). */
  regex: RegExp;
  /** A literal every match must contain, as UTF-8 bytes (null when none could be proven): the rarest by byte. */
  literal: Buffer | null;
  /**
   * Every literal that every match must contain and bytes can find (`literal` first, then by rarity): a search may
   * prefilter with whichever turns out rarest in the data.
   */
  literals: Buffer[];
  /** Whether the literal is compared ignoring ASCII case. */
  ignoreCase: boolean;
  /** The pattern is exactly the literal: a hit needs no regex confirmation. */
  pureLiteral: boolean;
}

const allowedFlags = new Set(['i', 's', 'u', 'm']);
const metaCharacters = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const quantifierStart = new Set(['?', '*', '{']);
// Escapes that stand for one literal character.
const literalEscapes: Record<string, string> = {
  '/': '/',
  '-': '-',
  ',': ',',
  ':': ':',
  '"': '"',
  "'": "'",
  ' ': ' ',
  '#': '#',
  '=': '=',
  '@': '@',
  '%': '%',
  '&': '&',
  '<': '<',
  '>': '>',
  '!': '!',
  '~': '~',
  '`': '`',
  _: '_',
};

/** Compiles a JavaScript regex for grep_file, validating flags, and finds a required literal. */
export function compilePattern(pattern: string, flags = ''): CompiledPattern {
  for (const flag of flags) {
    if (!allowedFlags.has(flag)) {
      throw new InvalidInputError(`unsupported regex flag ${JSON.stringify(flag)}: use any of i, s, u, m`);
    }
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, [...new Set(flags)].join(''));
  } catch (error) {
    throw new InvalidInputError(`invalid regex ${JSON.stringify(pattern)}: ${(error as Error).message}`);
  }
  const ignoreCase = flags.includes('i');
  const { runs, pure } = requiredLiterals(pattern, ignoreCase);
  // Unicode case folding ('iu') lets "k" match the Kelvin sign and "s" the long s: bytes can't
  // prefilter that, nor can they fold non-ASCII letters.
  const usable = (literal: string): boolean =>
    literal.length > 0 &&
    (!ignoreCase || (/^[\x20-\x7e]+$/.test(literal) && !(flags.includes('u') && /[ks]/i.test(literal))));
  const literals = runs.filter(usable).map((literal) => Buffer.from(literal, 'utf8'));
  const first = literals[0] ?? null;
  return {
    regex,
    literal: first,
    literals,
    ignoreCase,
    pureLiteral: first !== null && pure && runs.length === 1 && !flags.includes('m'),
  };
}

/**
 * The runs of literal characters that every match must contain, found conservatively: only at the top level of a
 * pattern without top-level alternation, and never a character made optional by a following quantifier. Sorted by
 * rarity, rarest first (the run holding the rarest byte makes the best prefilter: `name":"` is on every NDJSON line).
 * `pure` says the pattern is nothing but its one run.
 */
function requiredLiterals(pattern: string, ignoreCase = false): { runs: string[]; pure: boolean } {
  if (hasTopLevelAlternation(pattern)) return { runs: [], pure: false };
  const runs: string[] = [];
  let run = '';
  let pure = true;
  let depth = 0;
  const breakRun = (): void => {
    pure = false;
    if (run) runs.push(run);
    run = '';
  };
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] as string;
    let literalChar: string;
    if (char === '\\') {
      const escaped = pattern[index + 1] ?? '';
      index += 1;
      if (!metaCharacters.has(escaped) && literalEscapes[escaped] === undefined) {
        breakRun(); // \d, \w, \b, \n ...: a class or an assertion
        continue;
      }
      literalChar = escaped;
    } else if (char === '[') {
      breakRun();
      index = skipClass(pattern, index);
      continue;
    } else if (char === '(' || char === ')') {
      depth += char === '(' ? 1 : -1;
      breakRun();
      continue;
    } else if (metaCharacters.has(char)) {
      breakRun();
      continue;
    } else {
      literalChar = char;
    }
    const following = pattern[index + 1] ?? '';
    if (depth > 0 || quantifierStart.has(following)) {
      breakRun(); // inside a group, or made optional by ?, * or {n,m}
      continue;
    }
    run += literalChar;
    if (following === '+') breakRun(); // required once, but the run cannot continue past the repeat
  }
  const wasPure = pure;
  if (run) runs.push(run);
  const order = (a: string, b: string): number => rarity(b, ignoreCase) - rarity(a, ignoreCase) || b.length - a.length;
  return { runs: [...new Set(runs)].sort(order), pure: wasPure && runs.length === 1 };
}

function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === '\\') index += 1;
    else if (char === '[') index = skipClass(pattern, index);
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

function skipClass(pattern: string, open: number): number {
  for (let index = open + 1; index < pattern.length; index += 1) {
    if (pattern[index] === '\\') index += 1;
    else if (pattern[index] === ']' && index > open + 1) return index;
  }
  return pattern.length;
}

// Bytes from most to least common in text and NDJSON mirrors; anything not listed counts as rare.
const commonBytes = ' "e:,taoinsr0l12d/h_c.um-p3456789fgywb{}xvkTSA"';
const byteRank = new Map<number, number>([...commonBytes].map((char, index) => [char.charCodeAt(0), index]));

/** How rare a byte is (higher is rarer); ASCII case is folded when `ignoreCase`. */
export function byteRarity(byte: number, ignoreCase = false): number {
  const rank = (value: number): number => byteRank.get(value) ?? 200 + (value >= 0x80 ? 0 : 1);
  if (!ignoreCase) return rank(byte);
  const lower = byte >= 0x41 && byte <= 0x5a ? byte + 32 : byte;
  const upper = byte >= 0x61 && byte <= 0x7a ? byte - 32 : byte;
  return Math.min(rank(lower), rank(upper));
}

function rarity(text: string, ignoreCase: boolean): number {
  let best = -1;
  for (const byte of Buffer.from(text, 'utf8')) best = Math.max(best, byteRarity(byte, ignoreCase));
  return best;
}
