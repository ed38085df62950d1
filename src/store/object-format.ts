import { createHash } from 'node:crypto';

/**
 * Git's object encodings (blob, tree, commit) as pure functions, so the store can hash and
 * serialise objects with node:crypto instead of going through isomorphic-git per object.
 */

/** The object types the store reads and writes. */
export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

/** One entry of a git tree. */
export interface TreeEntry {
  name: string;
  /** Six-digit mode as isomorphic-git reports it: '040000' for trees, '100644', '100755', '120000', '160000'. */
  mode: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}

/** A commit author or committer. */
export interface Signature {
  name: string;
  email: string;
  when: Date;
}

/** The empty tree: git knows it without it being stored, so readers must too. */
export const emptyTreeOid = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const oidPattern = /^[0-9a-f]{40}$/;
const slash = Buffer.from('/');

/** The `<type> <length>\0` header that git hashes and stores in front of an object's content. */
export function objectHeader(type: ObjectType, length: number): Buffer {
  return Buffer.from(`${type} ${length}\0`, 'latin1');
}

/** The object id of `content` stored as `type`: SHA-1 over header and content. */
export function hashObject(type: ObjectType, content: Uint8Array): string {
  return createHash('sha1').update(objectHeader(type, content.byteLength)).update(content).digest('hex');
}

/** The blob id of `content` (what `git hash-object` prints). */
export function hashBlob(content: Uint8Array): string {
  return hashObject('blob', content);
}

/**
 * Serialises a tree. Git orders entries by the bytes of their names, comparing a directory as
 * if its name ended in "/" (so "a-b" sorts before the folder "a" but after a file "a"), and
 * writes the mode without a leading zero ("40000"). fsck --strict rejects any other order.
 */
export function encodeTree(entries: Iterable<TreeEntry>): Buffer {
  const rows = [...entries].map((entry) => {
    if (!oidPattern.test(entry.oid)) throw new Error(`tree entry ${entry.name} has an invalid oid ${entry.oid}`);
    const name = Buffer.from(entry.name, 'utf8');
    const key = entry.type === 'tree' ? Buffer.concat([name, slash]) : name;
    const mode = Buffer.from(entry.mode.startsWith('0') ? entry.mode.slice(1) : entry.mode, 'latin1');
    return { key, name, mode, oid: entry.oid };
  });
  rows.sort((a, b) => Buffer.compare(a.key, b.key));
  let size = 0;
  for (const row of rows) size += row.mode.length + row.name.length + 22;
  const buffer = Buffer.allocUnsafe(size);
  let at = 0;
  for (const row of rows) {
    at += row.mode.copy(buffer, at);
    buffer[at++] = 0x20;
    at += row.name.copy(buffer, at);
    buffer[at++] = 0;
    at += buffer.write(row.oid, at, 'hex');
  }
  return buffer;
}

/** Parses a tree, rejecting entry names that could escape the work tree or reach into .git. */
export function decodeTree(content: Uint8Array): TreeEntry[] {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < buffer.length) {
    const space = buffer.indexOf(0x20, at);
    const nul = space === -1 ? -1 : buffer.indexOf(0, space);
    if (space === -1 || nul === -1 || nul + 21 > buffer.length) throw new Error(`malformed tree entry at byte ${at}`);
    let mode = buffer.toString('latin1', at, space);
    if (mode === '40000') mode = '040000';
    const name = buffer.toString('utf8', space + 1, nul);
    assertSafeName(name);
    entries.push({ name, mode, oid: buffer.toString('hex', nul + 1, nul + 21), type: modeType(mode) });
    at = nul + 21;
  }
  return entries;
}

function modeType(mode: string): TreeEntry['type'] {
  switch (mode) {
    case '040000':
      return 'tree';
    case '100644':
    case '100755':
    case '120000':
      return 'blob';
    case '160000':
      return 'commit';
    default:
      throw new Error(`unexpected tree entry mode ${mode}`);
  }
}

/**
 * The names git's verify_path() refuses (the same checks isomorphic-git made when it parsed our
 * trees): separators, "." and "..", and ".git" including its NTFS and HFS+ aliases. A tree
 * fetched from a remote could otherwise make the work-tree update write outside the work tree.
 */
function assertSafeName(name: string): void {
  const hfsClean = name.replace(/[\u200C-\u200F\u202A-\u202E\u206A-\u206F\uFEFF]/g, '');
  const normalized = (hfsClean.split(':')[0] ?? '').toLowerCase().replace(/[. ]+$/, '');
  if (
    name === '' ||
    name.includes('/') ||
    name.includes('\\') ||
    hfsClean === '.' ||
    hfsClean === '..' ||
    normalized === '.git' ||
    /^\.?git~[1-9]$/.test(normalized)
  ) {
    throw new Error(`unsafe tree entry name ${JSON.stringify(name)}`);
  }
}

/**
 * Serialises a commit exactly as isomorphic-git's writeCommit did for the store (UTC signatures,
 * message with CRs removed, no leading blank lines and one trailing newline), so the same inputs
 * still give the same commit id.
 */
export function encodeCommit(commit: {
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}): Buffer {
  let text = `tree ${commit.tree}\n`;
  for (const parent of commit.parents) text += `parent ${parent}\n`;
  text += `author ${formatSignature(commit.author)}\n`;
  text += `committer ${formatSignature(commit.committer)}\n`;
  text += `\n${normalizeMessage(commit.message)}`;
  return Buffer.from(text, 'utf8');
}

function formatSignature(signature: Signature): string {
  return `${signature.name} <${signature.email}> ${Math.floor(signature.when.getTime() / 1000)} +0000`;
}

function normalizeMessage(message: string): string {
  return `${message.replace(/\r/g, '').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
}

/** The tree id of a commit (its first header line). */
export function decodeCommitTree(content: Uint8Array): string {
  const head = Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, 46)).toString('latin1');
  const oid = head.slice(5, 45);
  if (!head.startsWith('tree ') || head[45] !== '\n' || !oidPattern.test(oid))
    throw new Error('malformed commit: no tree header');
  return oid;
}
