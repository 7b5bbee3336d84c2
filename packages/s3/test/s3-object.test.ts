import { loadEvent } from '@evt/config/events';
import { DecodeError, FieldTypeError, MissingFieldError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import { type RawS3Event, S3Event } from '../src/s3-event';
import { type RawS3Object, S3Object } from '../src/s3-object';

function objectOf(name: string, index = 0): S3Object {
  const event = new S3Event(loadEvent<RawS3Event>(name));
  return event.records[index]?.s3.object as S3Object;
}

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

    it('returns the same string on every access', () => {
      const object = objectOf('s3-event', 1);

      expect(object.decodedKey).toBe(object.decodedKey);
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
      expect(new S3Object({ key: 'k', versionId: null }).versionId).toBe(
        undefined
      );
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
    const raw = loadEvent<RawS3Event>('s3-event', { frozen: false });
    (raw.Records[0]?.s3.object as unknown as Record<string, unknown>).key = key;
    return new S3Event(raw);
  }

  it('throws DecodeError naming the path for a malformed percent-escape', () => {
    const event = eventWithKey('report%E0%A4%A.txt');

    expect(() => event.record.s3.object.decodedKey).toThrow(DecodeError);
    expect(() => event.objectKey).toThrow(
      'S3Event: Records[0].s3.object.key is not valid URL encoding: malformed percent-escape'
    );
  });

  it('throws DecodeError for a truncated escape', () => {
    const object = new S3Object({ key: '100%' });

    expect(() => object.decodedKey).toThrow(DecodeError);
    expect(() => object.decodedKey).toThrow(
      'S3Object: key is not valid URL encoding: malformed percent-escape'
    );
  });

  it('throws MissingFieldError when the key is missing', () => {
    const event = eventWithKey(undefined);

    expect(() => event.objectKey).toThrow(MissingFieldError);
    expect(() => event.record.s3.object.key).toThrow(
      'S3Event: Records[0].s3.object.key is missing'
    );
  });

  it('throws FieldTypeError when the key is not a string', () => {
    const event = eventWithKey(['a']);

    expect(() => event.objectKey).toThrow(FieldTypeError);
    expect(() => event.objectKey).toThrow(
      'S3Event: Records[0].s3.object.key must be string, got array'
    );
  });

  it('throws FieldTypeError when the size is a string', () => {
    const object = new S3Object({
      key: 'k',
      size: '5',
    } as unknown as RawS3Object);

    expect(() => object.size).toThrow(FieldTypeError);
    expect(() => object.size).toThrow(
      'S3Object: size must be number, got string'
    );
  });

  it('throws FieldTypeError when the ETag is a number', () => {
    const object = new S3Object({
      key: 'k',
      eTag: 5,
    } as unknown as RawS3Object);

    expect(() => object.etag).toThrow(FieldTypeError);
    expect(() => object.etag).toThrow(
      'S3Object: eTag must be string, got number'
    );
  });
});
