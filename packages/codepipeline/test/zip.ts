// A minimal ZIP writer for the tests: artifacts are ZIP archives, and the tests build their own
// (stored or deflated entries, UTF-8 names, optionally in ZIP64 form) to read them back.
import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a test archive. */
export interface ZipFile {
  /** The path inside the archive. */
  readonly name: string;
  /** The file's content (text is written as UTF-8). */
  readonly content: string | Uint8Array;
  /** How the content is stored; deflated unless told. */
  readonly method?: 'stored' | 'deflated';
}

/** Options of {@link zip}. */
export interface ZipOptions {
  /**
   * Write ZIP64 records and extra fields, as tools do for large archives: `true` moves each
   * entry's sizes and offset into its ZIP64 extra field, `'sizes'` its sizes only.
   */
  readonly zip64?: boolean | 'sizes';
  /** Put an extended-timestamp extra field (as Info-ZIP writes) before any other. */
  readonly timestamps?: boolean;
  /** The archive comment, written after the end record. */
  readonly comment?: string;
}

class Writer {
  readonly parts: Buffer[] = [];
  length = 0;

  push(part: Buffer): void {
    this.parts.push(part);
    this.length += part.length;
  }
}

function fields(...values: [number, 1 | 2 | 4 | 8][]): Buffer {
  const buffer = Buffer.alloc(values.reduce((sum, [, size]) => sum + size, 0));
  let offset = 0;
  for (const [value, size] of values) {
    if (size === 1) buffer.writeUInt8(value, offset);
    else if (size === 2) buffer.writeUInt16LE(value, offset);
    else if (size === 4) buffer.writeUInt32LE(value, offset);
    else buffer.writeBigUInt64LE(BigInt(value), offset);
    offset += size;
  }
  return buffer;
}

/**
 * Builds a ZIP archive of `files`.
 *
 * @param files The files, in order.
 * @param options ZIP64 form and a comment.
 * @returns The archive's bytes.
 */
export function zip(
  files: readonly ZipFile[],
  options: ZipOptions = {}
): Uint8Array {
  const out = new Writer();
  const directory = new Writer();
  const UTF8_FLAG = 0x800;
  const SATURATED = 0xffffffff;
  for (const file of files) {
    const content = Buffer.from(file.content);
    const stored = file.method === 'stored';
    const data = stored ? content : deflateRawSync(content);
    const name = Buffer.from(file.name, 'utf8');
    const crc = crc32(content);
    const method = stored ? 0 : 8;
    const offset = out.length;
    out.push(
      fields(
        [0x04034b50, 4],
        [20, 2],
        [UTF8_FLAG, 2],
        [method, 2],
        [0, 2],
        [0, 2],
        [crc, 4],
        [data.length, 4],
        [content.length, 4],
        [name.length, 2],
        [0, 2]
      )
    );
    out.push(name);
    out.push(data);
    const offsetToo = options.zip64 === true;
    const extra = Buffer.concat([
      options.timestamps
        ? fields([0x5455, 2], [5, 2], [1, 1], [0, 4])
        : Buffer.alloc(0),
      options.zip64
        ? fields(
            [1, 2],
            [offsetToo ? 24 : 16, 2],
            [content.length, 8],
            [data.length, 8],
            ...(offsetToo ? [[offset, 8] as [number, 8]] : [])
          )
        : Buffer.alloc(0),
    ]);
    directory.push(
      fields(
        [0x02014b50, 4],
        [45, 2],
        [45, 2],
        [UTF8_FLAG, 2],
        [method, 2],
        [0, 2],
        [0, 2],
        [crc, 4],
        [options.zip64 ? SATURATED : data.length, 4],
        [options.zip64 ? SATURATED : content.length, 4],
        [name.length, 2],
        [extra.length, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 4],
        [offsetToo ? SATURATED : offset, 4]
      )
    );
    directory.push(name);
    directory.push(extra);
  }
  const directoryOffset = out.length;
  for (const part of directory.parts) out.push(part);
  if (options.zip64) {
    const record = out.length;
    out.push(
      fields(
        [0x06064b50, 4],
        [44, 8],
        [45, 2],
        [45, 2],
        [0, 4],
        [0, 4],
        [files.length, 8],
        [files.length, 8],
        [directory.length, 8],
        [directoryOffset, 8]
      )
    );
    out.push(fields([0x07064b50, 4], [0, 4], [record, 8], [1, 4]));
  }
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  out.push(
    fields(
      [0x06054b50, 4],
      [0, 2],
      [0, 2],
      [options.zip64 ? 0xffff : files.length, 2],
      [options.zip64 ? 0xffff : files.length, 2],
      [options.zip64 ? SATURATED : directory.length, 4],
      [options.zip64 ? SATURATED : directoryOffset, 4],
      [comment.length, 2]
    )
  );
  out.push(comment);
  return new Uint8Array(Buffer.concat(out.parts));
}
