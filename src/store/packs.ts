import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { takeDeflated } from './blob-ahead.js';
import type { ObjectType } from './object-format.js';

/**
 * Git packfiles (version 2) and their indexes (version 2), written and read without loading a
 * whole pack: an index is read into memory once per process (28 bytes per object), an object is
 * read with a positioned read at the offset the index gives, inflated and, for a delta, applied
 * to its base. Formats: git's Documentation/gitformat-pack.txt.
 */

/** An object's type and content. */
export interface GitObject {
  type: ObjectType;
  content: Uint8Array;
}

/** An object to write into a pack. */
export interface PackInput extends GitObject {
  oid: string;
}

/** Reads an object that a REF_DELTA names but its pack does not hold (null when unknown). */
export type ExternalReader = (oid: string) => GitObject | null;

const typeCodes: Record<ObjectType, number> = { commit: 1, tree: 2, blob: 3, tag: 4 };
const typeNames: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const ofsDelta = 6;
const refDelta = 7;

const packSignature = Buffer.from('PACK', 'latin1');
const indexSignature = Buffer.from([0xff, 0x74, 0x4f, 0x63]);
const fanoutStart = 8;
const namesStart = fanoutStart + 256 * 4;
/** Offsets from 2^31 on go to the index's 8-byte table; the 4-byte entry holds its position with the top bit set. */
const largeOffset = 0x80000000;

/**
 * zlib level 1, as for loose objects. On mirror NDJSON level 6 (git's pack default) took ~1.7×
 * as long for output ~5% smaller. A later `git repack` recompresses what it deltifies and keeps
 * the rest as written (unless -F, as `gc --aggressive` does).
 */
export const packCompression = 1;
/** Bytes of resolved delta bases kept per pack reader (git's core.deltaBaseCacheLimit is 96 MiB). */
const deltaBaseCacheBytes = 32 * 1024 * 1024;
/** The first positioned read of an object: enough for its header and most trees and small blobs. */
const firstRead = 8192;

/** Names this process's temporary pack files (tmp_* so `git prune` clears one a crash leaves). */
const temporaryPrefix = `syncagent_${process.pid}_${randomBytes(4).toString('hex')}_`;
let temporaries = 0;

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * Writes `objects` as one pack (no deltas: each is a type/size header + zlib deflate of its
 * content) and its index into `packDir`, each through a temporary file and a rename, the index
 * last: git (and this reader) only consider a pack once its index exists. Returns the pack,
 * ready to read. `pace` is awaited between objects so a big pack does not starve the event loop.
 */
export async function writePack(packDir: string, objects: PackInput[], pace: () => Promise<void>): Promise<Pack> {
  fs.mkdirSync(packDir, { recursive: true });
  const temporary = join(packDir, `tmp_pack_${temporaryPrefix}${(temporaries += 1)}`);
  const entries: IndexEntry[] = [];
  let fd = fs.openSync(temporary, 'wx', 0o444);
  try {
    const hash = createHash('sha1');
    let chunks: Buffer[] = [];
    let buffered = 0;
    let position = 0;
    const write = (chunk: Buffer): void => {
      hash.update(chunk);
      chunks.push(chunk);
      buffered += chunk.length;
      position += chunk.length;
      if (buffered >= 1024 * 1024) flush();
    };
    const flush = (): void => {
      if (chunks.length > 0) fs.writeFileSync(fd, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      chunks = [];
      buffered = 0;
    };
    const header = Buffer.alloc(12);
    packSignature.copy(header, 0);
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(objects.length, 8);
    write(header);
    for (const object of objects) {
      await pace();
      const head = encodeObjectHeader(typeCodes[object.type], object.content.byteLength);
      const deflated =
        takeDeflated(object.content, object.oid) ?? deflateSync(object.content, { level: packCompression });
      entries.push({ oid: object.oid, offset: position, crc: crc32(deflated, crc32(head)) });
      write(head);
      write(deflated);
    }
    const checksum = hash.digest();
    chunks.push(checksum);
    flush();
    // As git does by default (core.fsync flushes packs and their indexes, not loose objects):
    // ~10 ms for a 20 MB pack here, once per big commit.
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = -1;
    const name = `pack-${checksum.toString('hex')}`;
    const packPath = join(packDir, `${name}.pack`);
    renameInto(temporary, packPath);
    const index = encodeIndex(entries, checksum);
    const indexTemporary = join(packDir, `tmp_idx_${temporaryPrefix}${(temporaries += 1)}`);
    const indexFd = fs.openSync(indexTemporary, 'wx', 0o444);
    try {
      fs.writeFileSync(indexFd, index);
      fs.fsyncSync(indexFd);
    } catch (error) {
      fs.rmSync(indexTemporary, { force: true });
      throw error;
    } finally {
      fs.closeSync(indexFd);
    }
    renameInto(indexTemporary, join(packDir, `${name}.idx`));
    return new Pack(name, packPath, index);
  } catch (error) {
    if (fd !== -1) fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Renames a finished temporary file into place; content-addressed, so a target another process wrote first is the same. */
function renameInto(temporary: string, target: string): void {
  try {
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (!fs.existsSync(target)) throw error;
  }
}

/** The type and inflated size of a packed object: 3 type bits and the size, 4 bits then 7 per byte. */
export function encodeObjectHeader(type: number, size: number): Buffer {
  const bytes: number[] = [];
  let byte = (type << 4) | (size % 16);
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes.push(byte | 0x80);
    byte = rest % 128;
    rest = Math.floor(rest / 128);
  }
  bytes.push(byte);
  return Buffer.from(bytes);
}

/** One object of a pack as its index lists it. */
export interface IndexEntry {
  oid: string;
  offset: number;
  crc: number;
}

/**
 * A version 2 pack index: magic, version, 256-entry fan-out, sorted object names, CRC32 of each
 * object's packed bytes, 4-byte offsets (+ the 8-byte table for offsets from 2^31), the pack's
 * checksum and the index's own.
 */
export function encodeIndex(entries: IndexEntry[], packChecksum: Buffer): Buffer {
  const sorted = [...entries].sort((a, b) => (a.oid < b.oid ? -1 : a.oid > b.oid ? 1 : 0));
  const count = sorted.length;
  const large = sorted.filter((entry) => entry.offset >= largeOffset).length;
  const index = Buffer.alloc(namesStart + count * 28 + large * 8 + 40);
  indexSignature.copy(index, 0);
  index.writeUInt32BE(2, 4);
  const crcStart = namesStart + count * 20;
  const offsetStart = crcStart + count * 4;
  const largeStart = offsetStart + count * 4;
  let nextLarge = 0;
  const fanout = new Uint32Array(256);
  sorted.forEach((entry, i) => {
    if (i > 0 && sorted[i - 1]!.oid === entry.oid) throw new Error(`object ${entry.oid} is twice in one pack`);
    index.write(entry.oid, namesStart + i * 20, 'hex');
    fanout[parseInt(entry.oid.slice(0, 2), 16)]! += 1;
    index.writeUInt32BE(entry.crc >>> 0, crcStart + i * 4);
    if (entry.offset < largeOffset) index.writeUInt32BE(entry.offset, offsetStart + i * 4);
    else {
      index.writeUInt32BE((largeOffset | nextLarge) >>> 0, offsetStart + i * 4);
      index.writeBigUInt64BE(BigInt(entry.offset), largeStart + nextLarge * 8);
      nextLarge += 1;
    }
  });
  let total = 0;
  for (let byte = 0; byte < 256; byte += 1) {
    total += fanout[byte]!;
    index.writeUInt32BE(total, fanoutStart + byte * 4);
  }
  const trailer = largeStart + large * 8;
  packChecksum.copy(index, trailer);
  createHash('sha1')
    .update(index.subarray(0, trailer + 20))
    .digest()
    .copy(index, trailer + 20);
  return index;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** One pack: its index in memory, its objects read from the .pack file on demand. */
export class Pack {
  readonly count: number;
  private readonly offsetStart: number;
  private readonly largeStart: number;

  constructor(
    /** pack-<checksum> */
    readonly name: string,
    readonly packPath: string,
    private readonly index: Buffer,
    /** A cruft pack (git ≥ 2.40's gc keeps unreachable objects in one, with a time per object in its .mtimes). */
    readonly cruft = false,
  ) {
    if (index.length < namesStart + 40 || !index.subarray(0, 4).equals(indexSignature) || index.readUInt32BE(4) !== 2) {
      throw new Error(`${name}.idx is not a version 2 pack index`);
    }
    this.count = index.readUInt32BE(namesStart - 4);
    this.offsetStart = namesStart + this.count * 24;
    this.largeStart = this.offsetStart + this.count * 4;
    if (index.length < this.largeStart + 40 || (index.length - this.largeStart - 40) % 8 !== 0) {
      throw new Error(`${name}.idx is truncated or malformed`);
    }
  }

  /** The offset of object `oid` (20 bytes) in the pack, or -1 when the pack does not hold it. */
  offset(oid: Buffer): number {
    const first = oid[0]!;
    let low = first === 0 ? 0 : this.index.readUInt32BE(fanoutStart + (first - 1) * 4);
    let high = this.index.readUInt32BE(fanoutStart + first * 4);
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = namesStart + middle * 20;
      const order = oid.compare(this.index, at, at + 20);
      if (order === 0) return this.offsetAt(middle);
      if (order < 0) high = middle;
      else low = middle + 1;
    }
    return -1;
  }

  private offsetAt(position: number): number {
    const small = this.index.readUInt32BE(this.offsetStart + position * 4);
    if (small < largeOffset) return small;
    const at = this.largeStart + (small - largeOffset) * 8;
    if (at + 8 > this.index.length - 40) throw new Error(`${this.name}.idx has a bad large offset`);
    return Number(this.index.readBigUInt64BE(at));
  }
}

/** An entry as stored in a pack: a whole object, or a delta against a base. */
interface RawEntry {
  type: number;
  /** Inflated content: the object, or the delta instructions. */
  data: Buffer;
  baseOffset?: number;
  baseOid?: string;
}

/**
 * The packs of one repository (objects/pack). Indexes are loaded on first use and kept; when an
 * object is not found the folder is listed again, since packs appear while a process runs
 * (another process's commit, a fetch) and `git gc` replaces them.
 */
export class PackReader {
  private packs: Pack[] | null = null;
  private readonly baseCache = new Map<string, GitObject>();
  private baseCacheSize = 0;

  constructor(
    private readonly packDir: string,
    private readonly external: ExternalReader,
  ) {}

  /**
   * True when a loaded pack holds `oid`, once that pack's file has been touched: what git does for an object it
   * would otherwise write again (git-gc NOTES), so that a gc running meanwhile keeps it, or loosens it as recent. A
   * pack that is gone (replaced by a repack) has the packs listed again, once. False when no loaded pack holds it, or
   * only a cruft pack does (its objects' times are in its .mtimes, not its file's: git writes those objects anew), or
   * its pack cannot be touched: the caller then writes the object anew, as git does.
   */
  freshen(oid: string): boolean {
    const key = Buffer.from(oid, 'hex');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const holders = this.loaded().filter((pack) => !pack.cruft && pack.offset(key) !== -1);
      if (holders.length === 0) return false;
      let gone = false;
      for (const pack of holders) {
        const touched = touch(pack.packPath);
        if (touched === true) return true;
        if (touched === 'gone') gone = true;
      }
      if (!gone || attempt > 0) return false;
      this.rescan();
    }
    return false;
  }

  /**
   * Reads `oid` from the loaded packs, or null when none holds it. With `rescan`, lists the pack
   * folder first and looks only when it changed (so a missing object costs one readdir).
   */
  read(oid: string, rescan: boolean): GitObject | null {
    if (rescan && !this.rescan()) return null;
    const key = Buffer.from(oid, 'hex');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        for (const pack of this.loaded()) {
          const offset = pack.offset(key);
          if (offset !== -1) return this.readAt(pack, offset);
        }
        return null;
      } catch (error) {
        // `git gc` / `git repack -d` removed a pack whose index this process had loaded: its
        // objects are in the pack that replaced it.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt > 0) throw error;
        this.rescan();
      }
    }
    return null;
  }

  /** Registers a pack this process just wrote (newest first, like a rescan would order it). */
  add(pack: Pack): void {
    const packs = this.loaded().filter((known) => known.name !== pack.name);
    this.packs = [pack, ...packs];
  }

  private loaded(): Pack[] {
    if (!this.packs) {
      this.packs = [];
      this.rescan();
    }
    return this.packs!;
  }

  /** Lists objects/pack again: loads new indexes (first), drops packs that are gone. True when anything changed. */
  private rescan(): boolean {
    let names: string[];
    try {
      names = fs
        .readdirSync(this.packDir)
        .filter((file) => file.startsWith('pack-') && file.endsWith('.idx'))
        .map((file) => file.slice(0, -4));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      names = [];
    }
    const current = this.packs ?? [];
    const present = new Set(names);
    const kept = current.filter((pack) => present.has(pack.name));
    const known = new Set(kept.map((pack) => pack.name));
    const added: Pack[] = [];
    for (const name of names) {
      if (known.has(name)) continue;
      let index: Buffer;
      try {
        index = fs.readFileSync(join(this.packDir, `${name}.idx`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // removed since the listing
        throw error;
      }
      added.push(
        new Pack(name, join(this.packDir, `${name}.pack`), index, fs.existsSync(join(this.packDir, `${name}.mtimes`))),
      );
    }
    this.packs = [...added, ...kept];
    if (kept.length !== current.length) {
      this.baseCache.clear();
      this.baseCacheSize = 0;
    }
    return added.length > 0 || kept.length !== current.length;
  }

  /** The object at `offset` in `pack`, following delta chains to their base. */
  private readAt(pack: Pack, offset: number): GitObject {
    const fd = fs.openSync(pack.packPath, 'r');
    try {
      const deltas: Buffer[] = [];
      let at = offset;
      let base: GitObject | null = null;
      const chain: number[] = [];
      for (;;) {
        const cached = this.baseCache.get(`${pack.name}:${at}`);
        if (cached) {
          // The caller gets its own copy of an object the cache keeps as a delta base.
          base = at === offset ? { type: cached.type, content: Buffer.from(cached.content) } : cached;
          break;
        }
        const entry = readEntry(fd, pack, at);
        if (entry.type !== ofsDelta && entry.type !== refDelta) {
          const type = typeNames[entry.type];
          if (!type) throw new Error(`${pack.name} has an object of unknown type ${entry.type} at ${at}`);
          base = { type, content: entry.data };
          if (deltas.length > 0) this.remember(`${pack.name}:${at}`, base);
          break;
        }
        if (deltas.length > 10_000) throw new Error(`${pack.name} has a delta chain longer than 10,000 at ${offset}`);
        deltas.push(entry.data);
        chain.push(at);
        if (entry.type === ofsDelta) {
          at = entry.baseOffset!;
          continue;
        }
        const inPack = pack.offset(Buffer.from(entry.baseOid!, 'hex'));
        if (inPack !== -1) {
          at = inPack;
          continue;
        }
        base = this.external(entry.baseOid!);
        if (!base) throw new Error(`${pack.name}: the delta base ${entry.baseOid} of the object at ${at} is missing`);
        break;
      }
      // Apply the deltas from the base outwards; each intermediate result may be another object's base.
      for (let i = deltas.length - 1; i >= 0; i -= 1) {
        base = { type: base.type, content: applyDelta(base.content, deltas[i]!) };
        if (i > 0) this.remember(`${pack.name}:${chain[i]}`, base);
      }
      return base;
    } finally {
      fs.closeSync(fd);
    }
  }

  private remember(key: string, object: GitObject): void {
    const size = object.content.byteLength;
    if (size > deltaBaseCacheBytes / 4 || this.baseCache.has(key)) return;
    while (this.baseCacheSize + size > deltaBaseCacheBytes && this.baseCache.size > 0) {
      const [oldest, evicted] = this.baseCache.entries().next().value as [string, GitObject];
      this.baseCache.delete(oldest);
      this.baseCacheSize -= evicted.content.byteLength;
    }
    this.baseCache.set(key, object);
    this.baseCacheSize += size;
  }
}

/**
 * Reads and inflates one pack entry. The compressed length is not stored, so read what the
 * inflated size allows (deflate adds a few bytes per 16 KiB at worst) and read further in the
 * rare case that was not enough.
 */
function readEntry(fd: number, pack: Pack, offset: number): RawEntry {
  let buffer = Buffer.allocUnsafe(firstRead);
  let length = fs.readSync(fd, buffer, 0, buffer.length, offset);
  let at = 0;
  const next = (): number => {
    if (at >= length) throw new Error(`${pack.name} is truncated at ${offset}`);
    return buffer[at++]!;
  };
  let byte = next();
  const type = (byte >> 4) & 7;
  let size = byte & 15;
  let scale = 16;
  while (byte & 0x80) {
    byte = next();
    size += (byte & 0x7f) * scale;
    scale *= 128;
  }
  const entry: RawEntry = { type, data: buffer };
  if (type === ofsDelta) {
    byte = next();
    let distance = byte & 0x7f;
    while (byte & 0x80) {
      byte = next();
      distance = (distance + 1) * 128 + (byte & 0x7f);
    }
    if (distance <= 0 || distance > offset) throw new Error(`${pack.name} has a bad delta base offset at ${offset}`);
    entry.baseOffset = offset - distance;
  } else if (type === refDelta) {
    if (at + 20 > length) throw new Error(`${pack.name} is truncated at ${offset}`);
    entry.baseOid = buffer.toString('hex', at, at + 20);
    at += 20;
  }
  let wanted = at + size + Math.floor(size / 1024) + 64;
  for (;;) {
    if (length === buffer.length && wanted > length) {
      const grown = Buffer.allocUnsafe(wanted);
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
      length += fs.readSync(fd, buffer, length, buffer.length - length, offset + length);
    }
    try {
      entry.data = inflateSync(buffer.subarray(at, length), { maxOutputLength: Math.max(size, 1) });
      break;
    } catch (error) {
      // Z_BUF_ERROR: the stream went on past what was read (only when the read was not cut short by the end of the file).
      if ((error as { code?: string }).code !== 'Z_BUF_ERROR' || length < buffer.length) {
        throw new Error(`${pack.name}: cannot inflate the object at ${offset}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      wanted = buffer.length * 2;
    }
  }
  if (entry.data.length !== size)
    throw new Error(`${pack.name}: the object at ${offset} inflates to ${entry.data.length} bytes, not ${size}`);
  return entry;
}

/**
 * Applies a git delta to `base`: two sizes (base, result; 7 bits a byte), then instructions that
 * copy a range of the base (high bit set; bits 0-3 say which offset bytes follow, 4-6 which size
 * bytes, size 0 meaning 0x10000) or insert the next 1-127 bytes of the delta.
 */
export function applyDelta(base: Uint8Array, delta: Uint8Array): Buffer {
  let at = 0;
  const next = (): number => {
    if (at >= delta.length) throw new Error('delta is truncated');
    return delta[at++]!;
  };
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = next();
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  };
  const baseSize = varint();
  if (baseSize !== base.byteLength)
    throw new Error(`delta expects a base of ${baseSize} bytes, not ${base.byteLength}`);
  const size = varint();
  const result = Buffer.allocUnsafe(size);
  const source = Buffer.from(base.buffer, base.byteOffset, base.byteLength);
  let out = 0;
  while (at < delta.length) {
    const op = next();
    if (op & 0x80) {
      let from = 0;
      let length = 0;
      if (op & 0x01) from += next();
      if (op & 0x02) from += next() * 0x100;
      if (op & 0x04) from += next() * 0x10000;
      if (op & 0x08) from += next() * 0x1000000;
      if (op & 0x10) length += next();
      if (op & 0x20) length += next() * 0x100;
      if (op & 0x40) length += next() * 0x10000;
      if (length === 0) length = 0x10000;
      if (from + length > source.length || out + length > size) throw new Error('delta copies out of bounds');
      source.copy(result, out, from, from + length);
      out += length;
    } else if (op !== 0) {
      if (at + op > delta.length || out + op > size) throw new Error('delta inserts out of bounds');
      result.set(delta.subarray(at, at + op), out);
      at += op;
      out += op;
    } else {
      throw new Error('delta has a reserved instruction 0');
    }
  }
  if (out !== size) throw new Error(`delta produced ${out} bytes, not ${size}`);
  return result;
}

/**
 * Sets a file's times to now: true, or 'gone' when it does not exist, or false when it cannot be touched (another
 * owner). Exported for loose objects (git-objects.ts).
 */
export function touch(path: string): true | 'gone' | false {
  try {
    const now = new Date();
    fs.utimesSync(path, now, now);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : false;
  }
}
