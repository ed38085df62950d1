import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Frontmatter, parseMarkdown, renderFrontmatter, renderMarkdown } from '../../../src/appdata/index.js';
import { SyncError } from '../../../src/errors.js';

const tricky: Frontmatter = {
  name: 'tricky',
  description: 'Says "hi": then # not a comment, and \'single\' quotes',
  colon: 'key: value',
  hash: '# heading',
  leadingSpace: '  indented',
  trailingSpace: 'trailing  ',
  unicode: 'naïve café — 日本語 🚀',
  multiline: 'line one\nline two\n\n  indented line\n',
  noFinalNewline: 'a\nb',
  documentMarker: 'before\n---\nafter',
  looksLikeBool: 'true',
  looksLikeNull: 'null',
  looksLikeNumber: '0123',
  yes: 'yes',
  empty: '',
  tab: 'a\tb',
  backslash: 'C:\\path\\to',
  nested: {
    list: ['- dash', '[bracket', '{brace', '*star', '&amp', '!bang', '%pct', '@at', '`tick'],
    number: 1.5,
    flag: false,
    nothing: null,
  },
};

describe('frontmatter export', () => {
  it('writes YAML that reads back to exactly the same data (quotes, colons, #, unicode, multi-line)', () => {
    const block = renderFrontmatter(tricky);
    expect(block.startsWith('---\n')).toBe(true);
    expect(block.endsWith('---\n')).toBe(true);
    const yaml = block.slice(4, -4);
    expect(parse(yaml)).toEqual(tricky);
    const document = parseMarkdown(`${block}# Body\n`, 'x.md');
    expect(document.frontmatter).toEqual(tricky);
    expect(document.body).toBe('# Body\n');
  });

  it('reuses the frontmatter block verbatim while it still matches, byte for byte', () => {
    const text =
      '---\r\n# a comment\r\nname:   "spaced"   # trailing comment\r\nlist: [a, b]\r\n---\r\n\r\nBody with CRLF\r\n';
    const document = parseMarkdown(text, 'x.md');
    expect(document.frontmatter).toEqual({ name: 'spaced', list: ['a', 'b'] });
    expect(renderMarkdown(document)).toBe(text);
  });

  it('writes fresh YAML when the data changed, keeping the old key order', () => {
    const document = parseMarkdown('---\nzeta: 1\nalpha: 2\n---\nbody\n', 'x.md');
    const rendered = renderMarkdown({ ...document, frontmatter: { alpha: 'new: value # here', zeta: 1, added: true } });
    expect(rendered).toBe('---\nzeta: 1\nalpha: "new: value # here"\nadded: true\n---\nbody\n');
    expect(parseMarkdown(rendered, 'x.md').frontmatter).toEqual({ alpha: 'new: value # here', zeta: 1, added: true });
  });

  it('keeps files without frontmatter as they are, and protects a body that starts with ---', () => {
    expect(renderMarkdown(parseMarkdown('Just text\n', 'x.md'))).toBe('Just text\n');
    const rendered = renderMarkdown({
      frontmatter: {},
      frontmatterSource: null,
      body: '---\ntitle: not frontmatter\n---\n',
    });
    expect(rendered).toBe('---\n---\n---\ntitle: not frontmatter\n---\n');
    expect(parseMarkdown(rendered, 'x.md').body).toBe('---\ntitle: not frontmatter\n---\n');
  });
});

describe('frontmatter errors', () => {
  const failure = (text: string): SyncError => {
    try {
      parseMarkdown(text, 'content/post.md');
    } catch (error) {
      if (SyncError.isInstance(error)) return error;
      throw error;
    }
    throw new Error('expected an error');
  };

  it('names the file and the line of a YAML syntax error', () => {
    // The classic: an unquoted colon inside a value.
    const error = failure('---\ntitle: ok\ndescription: Use when: the user asks\nmore: x\n---\nbody\n');
    expect(error.code).toBe('invalid_input');
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^content\/post\.md:3: invalid frontmatter: /);
    expect(error.data).toMatchObject({ file: 'content/post.md', line: 3 });
  });

  it('rejects duplicate keys, unclosed blocks, non-mappings and values JSON cannot hold', () => {
    expect(failure('---\na: 1\na: 2\n---\n').message).toMatch(/^content\/post\.md:3: invalid frontmatter: .*[Uu]nique/);
    expect(failure('---\ntitle: x\nno closing line\n').message).toBe(
      'content/post.md:1: frontmatter is not closed: add a line with --- after it',
    );
    expect(failure('---\n- a\n- b\n---\n').message).toBe(
      'content/post.md:2: invalid frontmatter: expected a mapping of keys to values',
    );
    expect(failure('---\ntitle: x\nsize: .inf\n---\n').message).toBe(
      'content/post.md:3: invalid frontmatter: size: numbers must be finite',
    );
  });
});
