import { DecodeError, FieldTypeError, MissingFieldError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type RawS3Event, S3Event } from '../src/s3-event';
import { type RawS3Object, S3Object } from '../src/s3-object';

function objectOf(name: string, index = 0): S3Object {
  const event = new S3Event(loadEvent<RawS3Event>(name));
  return event.records[index]?.s3.object as S3Object;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('S3Object', () => {
  describe('key', () => {
    it('returns the key exactly as S3 sent it', () => {
      expect(objectOf('s3-event', 1).key).toBe('my+file%281%29.txt');
    });
  });

  describe('decodedKey', () => {
    it('decodes plus signs and percent-escapes', () => {
      expect(objectOf('s3-event', 1).decodedKey).toBe('my file(1).txt');
    });

    it('decodes an escaped slash', () => {
      expect(objectOf('s3-event').decodedKey).toBe('test/key');
    });

    it('returns a key without escapes unchanged', () => {
      expect(objectOf('s3-event.object-removed').decodedKey).toBe(
        'b21b84d653bb07b05b1e6b33684dc11b'
      );
    });

    it('decodes an escaped plus to a plus, after turning plus signs into spaces', () => {
      const object = new S3Object({ key: 'a+b%2Bc%20d%C3%A9' });

      expect(object.decodedKey).toBe('a b+c dé');
    });

    it('decodes only what a key holds: `+` and percent-escapes', () => {
      const decode = vi.spyOn(globalThis, 'decodeURIComponent');

      expect(new S3Object({ key: 'uploads/2024/photo.jpg' }).decodedKey).toBe(
        'uploads/2024/photo.jpg'
      );
      expect(new S3Object({ key: 'holiday+photo+1.jpg' }).decodedKey).toBe(
        'holiday photo 1.jpg'
      );
      expect(decode).not.toHaveBeenCalled();
      expect(new S3Object({ key: 'report%281%29.pdf' }).decodedKey).toBe(
        'report(1).pdf'
      );
      expect(new S3Object({ key: 'a+%2B+b' }).decodedKey).toBe('a + b');
      expect(decode).toHaveBeenCalledTimes(2);
    });

    it('decodes the key once, however often it is read', () => {
      const object = objectOf('s3-event', 1);
      const decode = vi.spyOn(globalThis, 'decodeURIComponent');

      const first = object.decodedKey;
      const again = object.decodedKey;

      expect(first).toBe('my file(1).txt');
      expect(again).toBe('my file(1).txt');
      expect(decode).toHaveBeenCalledTimes(1);
    });
  });

  describe('size', () => {
    it('returns the size in bytes', () => {
      expect(objectOf('s3-event', 1).size).toBe(1305107);
    });

    it('returns undefined on a removal event', () => {
      expect(objectOf('s3-event.object-removed').size).toBeUndefined();
    });
  });

  describe('etag', () => {
    it('returns the ETag', () => {
      expect(objectOf('s3-event', 1).etag).toBe(
        'b21b84d653bb07b05b1e6b33684dc11b'
      );
    });

    it('returns an empty string on a removal event', () => {
      expect(objectOf('s3-event.object-removed').etag).toBe('');
    });
  });

  describe('versionId', () => {
    it('returns the version ID', () => {
      expect(objectOf('s3-event', 1).versionId).toBe(
        '096fKKXTRTtl3on89fVO.nfljtsv6qko'
      );
    });

    it('returns undefined when the bucket is not versioned', () => {
      expect(objectOf('s3-event').versionId).toBeUndefined();
    });

    it('returns undefined when S3 sends null', () => {
      expect(
        new S3Object({ key: 'k', versionId: null }).versionId
      ).toBeUndefined();
    });
  });

  describe('sequencer', () => {
    it('returns the sequencer', () => {
      expect(objectOf('s3-event', 1).sequencer).toBe('0C0F6F405D6ED209E1');
    });

    it('returns the sequencer of a removal event', () => {
      expect(objectOf('s3-event.object-removed').sequencer).toBe(
        '0C0F6F405D6ED2A4F3'
      );
    });

    it('returns undefined on a restore event', () => {
      expect(objectOf('s3-event.glacier').sequencer).toBeUndefined();
    });
  });
});

describe('malformed input', () => {
  function eventWithKey(key: unknown): S3Event {
    return new S3Event(
      patchEvent<RawS3Event>('s3-event', (event) => {
        (event.Records[0]?.s3.object as unknown as { key: unknown }).key = key;
      })
    );
  }

  it('throws DecodeError naming the path for a malformed percent-escape', () => {
    const event = eventWithKey('report%E0%A4%A.txt');

    expectEvtError(
      () => event.objectKey,
      DecodeError,
      'S3Event: Records[0].s3.object.key is not valid URL encoding: malformed percent-escape'
    );
  });

  it('throws DecodeError for a truncated escape', () => {
    const object = new S3Object({ key: '100%' });

    expectEvtError(
      () => object.decodedKey,
      DecodeError,
      'S3Object: key is not valid URL encoding: malformed percent-escape'
    );
  });

  it('throws MissingFieldError when the key is missing', () => {
    const event = eventWithKey(undefined);

    expectEvtError(
      () => event.objectKey,
      MissingFieldError,
      'S3Event: Records[0].s3.object.key is missing'
    );
  });

  it('throws FieldTypeError when the key is not a string', () => {
    const event = eventWithKey(['a']);

    expectEvtError(
      () => event.record.s3.object.key,
      FieldTypeError,
      'S3Event: Records[0].s3.object.key must be string, got array'
    );
  });

  it('throws FieldTypeError when the size is a string', () => {
    const object = new S3Object({
      key: 'k',
      size: '5',
    } as unknown as RawS3Object);

    expectEvtError(
      () => object.size,
      FieldTypeError,
      'S3Object: size must be number, got string'
    );
  });

  it('throws FieldTypeError when the ETag is a number', () => {
    const object = new S3Object({
      key: 'k',
      eTag: 5,
    } as unknown as RawS3Object);

    expectEvtError(
      () => object.etag,
      FieldTypeError,
      'S3Object: eTag must be string, got number'
    );
  });
});
