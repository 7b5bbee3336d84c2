// Node before 20.15 has no `zlib.crc32`: the reader then checks entries with its own CRC-32.
import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it, vi } from 'vitest';
import {
  type CodePipelineArtifact,
  CodePipelineJobEvent,
  DecodeError,
  type RawCodePipelineJobEvent,
} from '../src/index';
import { readZipEntry } from '../src/zip-entry';

vi.mock('node:zlib', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:zlib')>()),
  crc32: undefined,
}));

const owner = () =>
  new CodePipelineJobEvent(
    loadEvent<RawCodePipelineJobEvent>('code-pipeline-job-event')
  ).findInputArtifact('my-pipeline-SourceArtifact') as CodePipelineArtifact;

describe('readZipEntry without zlib.crc32', () => {
  it('checks the CRC-32 itself', async () => {
    // `a.txt` holding `checked`, stored, as Python's zipfile writes it (the test's own
    // writer needs zlib.crc32).
    const archive = new Uint8Array(
      Buffer.from(
        '504b03041400000000000000210083ba03ad070000000700000005000000612e747874636865636b6564504b010214031400000000000000210083ba03ad0700000007000000050000000000000000000000800100000000612e747874504b05060000000001000100330000002a0000000000',
        'hex'
      )
    );
    const options = {
      owner: owner(),
      path: 'location.s3Location',
      maxBytes: 1024,
    };

    const read = new TextDecoder().decode(
      await readZipEntry(archive, 'a.txt', options)
    );
    archive[35] = 'C'.charCodeAt(0);
    const corrupt = await readZipEntry(archive, 'a.txt', options).catch(
      (thrown: unknown) => thrown
    );

    expect(read).toBe('checked');
    expect(corrupt).toBeInstanceOf(DecodeError);
  });
});
