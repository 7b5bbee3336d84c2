import {
  DecodeError,
  type EventWrapper,
  type FieldLocation,
  locate,
  oneLine,
  PayloadTooLargeError,
} from '@evt/core';

// Reads one file out of a ZIP archive held in memory, the way CodePipeline stores artifacts in
// S3: the central directory names each entry, and the entry's bytes are stored or deflated.
// Only `node:zlib` is used (loaded when an archive is read), so the package needs no ZIP
// library; ZIP64 archives are read, encrypted entries and other compression methods are not.

/** Where an archive came from and how far one entry may inflate. */
export interface ZipEntryOptions {
  /** The wrapper of the artifact the archive was downloaded for (for the error's class). */
  readonly owner: EventWrapper;
  /** The path of the artifact's S3 location inside the owner (for the error's path). */
  readonly path: string;
  /** The most bytes the entry may inflate to. */
  readonly maxBytes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_EXTRA_FIELD = 0x0001;
/** The end record's fixed part; a comment of up to 65,535 bytes may follow it. */
const END_RECORD_BYTES = 22;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = /* @__PURE__ */ new TextDecoder();

/** What the central directory says about one entry. */
interface Entry {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

type Zlib = typeof import('node:zlib');

let crcTable: Int32Array | undefined;

/**
 * The CRC-32 of `bytes` (the checksum ZIP stores per entry), for Node before 20.15, whose
 * `zlib` has no `crc32`.
 *
 * @param bytes The bytes.
 * @returns The checksum, unsigned.
 * @internal
 */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let byte = 0; byte < 256; byte++) {
      let value = byte;
      for (let bit = 0; bit < 8; bit++) {
        value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
      }
      crcTable[byte] = value;
    }
  }
  let crc = -1;
  for (const byte of bytes) {
    crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

/** Reads the archive's structures, failing with a DecodeError at the first inconsistency. */
class ZipReader {
  readonly #view: DataView;
  readonly #where: FieldLocation;

  constructor(
    readonly bytes: Uint8Array,
    where: FieldLocation
  ) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#where = where;
  }

  fail(detail: string): DecodeError {
    return new DecodeError('ZIP archive', detail, this.#where);
  }

  tooLarge(limit: number, cause?: unknown): PayloadTooLargeError {
    return new PayloadTooLargeError(limit, {
      ...this.#where,
      option: 'maxInflatedBytes',
      cause,
    });
  }

  /** Checks that `length` bytes from `offset` lie inside the archive. */
  at(offset: number, length: number): number {
    if (offset < 0 || offset + length > this.bytes.byteLength) {
      throw this.fail('truncated or corrupt structure');
    }
    return offset;
  }

  u16(offset: number): number {
    return this.#view.getUint16(this.at(offset, 2), true);
  }

  u32(offset: number): number {
    return this.#view.getUint32(this.at(offset, 4), true);
  }

  u64(offset: number): number {
    const value = this.#view.getBigUint64(this.at(offset, 8), true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw this.fail('a ZIP64 size or offset is out of range');
    }
    return Number(value);
  }

  /** The offset of the end-of-central-directory record, searched from the end. */
  endRecord(): number {
    const last = this.bytes.byteLength - END_RECORD_BYTES;
    const first = Math.max(0, last - 0xffff);
    for (let offset = last; offset >= first; offset--) {
      if (this.u32(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
    }
    throw this.fail('no end of central directory record');
  }

  /** The central directory's offset and entry count, from the ZIP64 record when there is one. */
  directory(): { offset: number; count: number } {
    const end = this.endRecord();
    const count = this.u16(end + 10);
    const offset = this.u32(end + 16);
    if (count !== 0xffff && offset !== 0xffffffff) return { offset, count };
    const locator = end - 20;
    if (this.u32(locator) !== ZIP64_END_LOCATOR) {
      throw this.fail('no ZIP64 end of central directory locator');
    }
    const record = this.u64(locator + 8);
    if (this.u32(record) !== ZIP64_END_OF_CENTRAL_DIRECTORY) {
      throw this.fail('no ZIP64 end of central directory record');
    }
    return { offset: this.u64(record + 48), count: this.u64(record + 32) };
  }

  /** The last entry named `name` (as Python's `zipfile` keeps the last of duplicates). */
  find(name: string): Entry | undefined {
    let { offset, count } = this.directory();
    let found: Entry | undefined;
    for (; count > 0; count--) {
      if (this.u32(offset) !== CENTRAL_DIRECTORY_ENTRY) {
        throw this.fail('corrupt central directory');
      }
      const nameLength = this.u16(offset + 28);
      const extraLength = this.u16(offset + 30);
      const next =
        offset + 46 + nameLength + extraLength + this.u16(offset + 32);
      const start = this.at(offset + 46, nameLength);
      if (
        UTF8_NAMES.decode(this.bytes.subarray(start, start + nameLength)) ===
        name
      ) {
        found = this.entryAt(offset, start + nameLength, extraLength);
      }
      offset = next;
    }
    return found;
  }

  /** The entry whose central directory record is at `offset`, ZIP64 fields applied. */
  entryAt(offset: number, extra: number, extraLength: number): Entry {
    const entry: Entry = {
      flags: this.u16(offset + 8),
      method: this.u16(offset + 10),
      crc: this.u32(offset + 16),
      compressedSize: this.u32(offset + 20),
      size: this.u32(offset + 24),
      headerOffset: this.u32(offset + 42),
    };
    // The ZIP64 extra field holds, in this order, each 32-bit field that is saturated.
    for (let field = extra; field + 4 <= extra + extraLength; ) {
      const length = this.u16(field + 2);
      if (this.u16(field) === ZIP64_EXTRA_FIELD) {
        let value = field + 4;
        for (const key of ['size', 'compressedSize', 'headerOffset'] as const) {
          if (entry[key] === 0xffffffff) {
            entry[key] = this.u64(value);
            value += 8;
          }
        }
      }
      field += 4 + length;
    }
    return entry;
  }

  /** The entry's stored bytes (compressed or not), after its local header. */
  dataOf(entry: Entry): Uint8Array {
    const header = entry.headerOffset;
    if (this.u32(header) !== LOCAL_FILE_HEADER) {
      throw this.fail('corrupt local file header');
    }
    const start = header + 30 + this.u16(header + 26) + this.u16(header + 28);
    this.at(start, entry.compressedSize);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** The entry's content: inflated within `maxBytes`, its size and CRC-32 checked. */
  contentOf(entry: Entry, zlib: Zlib, maxBytes: number): Uint8Array {
    if (entry.flags & 1) throw this.fail('the entry is encrypted');
    if (entry.size > maxBytes) throw this.tooLarge(maxBytes);
    const data = this.dataOf(entry);
    let content: Uint8Array;
    if (entry.method === STORED) content = data;
    else if (entry.method === DEFLATED) {
      try {
        content = zlib.inflateRawSync(data, { maxOutputLength: maxBytes });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw this.tooLarge(maxBytes, error);
        }
        throw this.fail('corrupt deflate stream');
      }
    } else {
      throw this.fail(`compression method ${entry.method} is not supported`);
    }
    if (content.byteLength !== entry.size) {
      throw this.fail('the entry is not the size its header records');
    }
    if ((zlib.crc32?.(content) ?? crc32(content)) !== entry.crc) {
      throw this.fail('the entry does not match its CRC-32');
    }
    return content;
  }
}

/**
 * Reads the file `name` out of a ZIP archive, as Python's `zipfile.ZipFile.read` does: the
 * central directory is searched for the name (the last entry of that name wins), and the
 * entry is inflated, with its size and CRC-32 checked.
 *
 * @param bytes The archive.
 * @param name The path of the file inside the archive, e.g. `build/output.json`.
 * @param options The artifact it came from (for errors) and the most bytes it may inflate to.
 * @returns The file's bytes.
 * @throws {@link DecodeError} when the archive is corrupt, has no such file, or the entry is
 * encrypted or compressed other than by deflate.
 * @throws {@link PayloadTooLargeError} when the file is larger than `maxBytes`.
 */
export async function readZipEntry(
  bytes: Uint8Array,
  name: string,
  options: ZipEntryOptions
): Promise<Uint8Array> {
  const reader = new ZipReader(bytes, locate(options.owner, options.path));
  const entry = reader.find(name);
  if (!entry) throw reader.fail(`it has no file named "${oneLine(name, 200)}"`);
  const zlib = await import('node:zlib');
  return reader.contentOf(entry, zlib, options.maxBytes);
}
