import { crc32 as zlibCrc32 } from 'node:zlib';
import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  type CodePipelineArtifact,
  CodePipelineJobEvent,
  DecodeError,
  PayloadTooLargeError,
  type RawCodePipelineJobEvent,
} from '../src/index';
import { crc32, readZipEntry } from '../src/zip-entry';
import { zip } from './zip';

const artifact = () =>
  new CodePipelineJobEvent(
    loadEvent<RawCodePipelineJobEvent>('code-pipeline-job-event')
  ).findInputArtifact('my-pipeline-SourceArtifact') as CodePipelineArtifact;

const read = (bytes: Uint8Array, name: string, maxBytes = 1024 * 1024) =>
  readZipEntry(bytes, name, {
    owner: artifact(),
    path: 'location.s3Location',
    maxBytes,
  });

const text = async (promise: Promise<Uint8Array>) =>
  new TextDecoder().decode(await promise);

/** `archive`'s first central directory record, to corrupt one of its fields. */
function firstRecord(archive: Uint8Array): { view: DataView; at: number } {
  const view = new DataView(archive.buffer);
  return { view, at: view.getUint32(archive.length - 6, true) };
}

const WHERE =
  'CodePipelineJobEvent: CodePipeline.job.data.inputArtifacts[0].location.s3Location';

describe('readZipEntry', () => {
  it('reads a deflated file', async () => {
    const archive = zip([
      { name: 'README.md', content: '# demo' },
      { name: 'config/app.json', content: '{"stage":"prod"}' },
    ]);

    expect(await text(read(archive, 'config/app.json'))).toBe(
      '{"stage":"prod"}'
    );
  });

  it('reads a stored file', async () => {
    const archive = zip([
      { name: 'imagedefinitions.json', content: '[]', method: 'stored' },
    ]);

    expect(await text(read(archive, 'imagedefinitions.json'))).toBe('[]');
  });

  it('reads a file of a ZIP64 archive', async () => {
    const archive = zip(
      [
        { name: 'a.txt', content: 'first' },
        { name: 'b.txt', content: 'second', method: 'stored' },
      ],
      { zip64: true }
    );

    expect(await text(read(archive, 'b.txt'))).toBe('second');
    expect(await text(read(archive, 'a.txt'))).toBe('first');
  });

  it('reads ZIP64 sizes after another extra field, with the offset left in place', async () => {
    const archive = zip(
      [
        { name: 'a.txt', content: 'first' },
        { name: 'b.txt', content: 'second' },
      ],
      { zip64: 'sizes', timestamps: true }
    );

    expect(await text(read(archive, 'b.txt'))).toBe('second');
  });

  it('finds the end record behind an archive comment', async () => {
    const archive = zip([{ name: 'x', content: 'y' }], {
      comment: 'built by CodeBuild',
    });

    expect(await text(read(archive, 'x'))).toBe('y');
  });

  it('matches UTF-8 names', async () => {
    const archive = zip([{ name: 'données/résumé.txt', content: 'ok' }]);

    expect(await text(read(archive, 'données/résumé.txt'))).toBe('ok');
  });

  it('reads the last of two entries with the same name, as zipfile does', async () => {
    const archive = zip([
      { name: 'dup.txt', content: 'old' },
      { name: 'dup.txt', content: 'new' },
    ]);

    expect(await text(read(archive, 'dup.txt'))).toBe('new');
  });

  it('reads an empty file', async () => {
    const archive = zip([{ name: 'empty', content: '' }]);

    expect(await text(read(archive, 'empty'))).toBe('');
  });

  describe('malformed archives', () => {
    const failsWith = async (
      bytes: Uint8Array,
      name: string,
      detail: string
    ) => {
      const error = await read(bytes, name).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).message).toBe(
        `${WHERE} is not valid ZIP archive: ${detail}`
      );
    };

    it('names a file the archive does not have', async () => {
      await failsWith(
        zip([{ name: 'a', content: 'b' }]),
        'missing.json',
        'it has no file named "missing.json"'
      );
    });

    it('refuses bytes that are not an archive', async () => {
      await failsWith(
        new TextEncoder().encode('not a zip archive at all, just text'),
        'a',
        'no end of central directory record'
      );
    });

    it('refuses an archive shorter than an end record', async () => {
      await failsWith(
        new Uint8Array(3),
        'a',
        'no end of central directory record'
      );
    });

    it('refuses an entry that runs past the end of the archive', async () => {
      const archive = zip([{ name: 'a', content: 'b'.repeat(100) }]);
      const { view, at } = firstRecord(archive);
      view.setUint32(at + 20, 1_000_000, true);

      await failsWith(archive, 'a', 'truncated or corrupt structure');
    });

    it('refuses a corrupt central directory', async () => {
      const archive = zip([{ name: 'a', content: 'b' }]);
      const { view, at } = firstRecord(archive);
      view.setUint32(at, 0x12345678, true);

      await failsWith(archive, 'a', 'corrupt central directory');
    });

    it('refuses a corrupt local header', async () => {
      const archive = zip([{ name: 'a', content: 'b' }]);
      new DataView(archive.buffer).setUint32(0, 0, true);

      await failsWith(archive, 'a', 'corrupt local file header');
    });

    it('refuses an encrypted entry', async () => {
      const archive = zip([{ name: 'a', content: 'b' }]);
      const { view, at } = firstRecord(archive);
      view.setUint16(at + 8, 0x801, true);

      await failsWith(archive, 'a', 'the entry is encrypted');
    });

    it('refuses a compression method other than stored or deflated', async () => {
      const archive = zip([{ name: 'a', content: 'b' }]);
      const { view, at } = firstRecord(archive);
      view.setUint16(at + 10, 12, true);

      await failsWith(archive, 'a', 'compression method 12 is not supported');
    });

    it('refuses a corrupt deflate stream', async () => {
      const archive = zip([{ name: 'a', content: 'hello hello hello' }]);
      archive.fill(0xff, 31, 36);

      await failsWith(archive, 'a', 'corrupt deflate stream');
    });

    it('refuses an entry whose CRC-32 does not match', async () => {
      const archive = zip([{ name: 'a', content: 'b', method: 'stored' }]);
      archive[31] = 'c'.charCodeAt(0);

      await failsWith(archive, 'a', 'the entry does not match its CRC-32');
    });

    it('refuses an entry whose size does not match', async () => {
      const archive = zip([{ name: 'a', content: 'hello' }]);
      const { view, at } = firstRecord(archive);
      view.setUint32(at + 24, 4, true);

      await failsWith(
        archive,
        'a',
        'the entry is not the size its header records'
      );
    });

    it.each([
      {
        what: 'an end record without its locator',
        edit: (view: DataView, locator: number) =>
          view.setUint32(locator, 0, true),
        detail: 'no ZIP64 end of central directory locator',
      },
      {
        what: 'a locator that points elsewhere',
        edit: (view: DataView, locator: number) =>
          view.setBigUint64(locator + 8, 0n, true),
        detail: 'no ZIP64 end of central directory record',
      },
      {
        what: 'an offset beyond what a number holds exactly',
        edit: (view: DataView, locator: number) =>
          view.setBigUint64(locator + 8, 2n ** 60n, true),
        detail: 'a ZIP64 size or offset is out of range',
      },
    ])('refuses a ZIP64 archive with $what', async ({ edit, detail }) => {
      const archive = zip([{ name: 'a', content: 'b' }], { zip64: true });
      // The locator's 20 bytes come right before the 22-byte end record.
      edit(new DataView(archive.buffer), archive.length - 22 - 20);

      await failsWith(archive, 'a', detail);
    });
  });

  describe('size limit', () => {
    it('refuses an entry whose recorded size passes the limit, before inflating', async () => {
      const archive = zip([{ name: 'big', content: 'x'.repeat(2048) }]);

      const error = await read(archive, 'big', 1024).catch((thrown) => thrown);

      expect(error).toBeInstanceOf(PayloadTooLargeError);
      expect((error as PayloadTooLargeError).message).toBe(
        `${WHERE} inflates to more than 1024 bytes (maxInflatedBytes)`
      );
    });

    it('stops inflating at the limit when the recorded size lies', async () => {
      const archive = zip([{ name: 'bomb', content: 'x'.repeat(100_000) }]);
      const { view, at } = firstRecord(archive);
      view.setUint32(at + 24, 10, true);

      const error = await read(archive, 'bomb', 1024).catch((thrown) => thrown);

      expect(error).toBeInstanceOf(PayloadTooLargeError);
      expect((error as PayloadTooLargeError).limit).toBe(1024);
    });

    it('reads an entry of exactly the limit', async () => {
      const archive = zip([{ name: 'fits', content: 'x'.repeat(1024) }]);

      expect((await read(archive, 'fits', 1024)).byteLength).toBe(1024);
    });
  });
});

describe('crc32', () => {
  it('gives the checksum zlib gives', () => {
    const bytes = new TextEncoder().encode(
      'The quick brown fox jumps over the lazy dog'
    );

    expect(crc32(bytes)).toBe(0x414fa339);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
