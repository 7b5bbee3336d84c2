import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import { DecodeError, KafkaEvent, type RawKafkaEvent } from '../src/index';

/** The MSK sample, frozen, with its first record's headers replaced. */
function withHeaders(headers: unknown[]): KafkaEvent {
  return new KafkaEvent(
    patchEvent<RawKafkaEvent>('kafka-event', (event) => {
      Object.assign(event.records['mytopic-0']?.[0] as object, { headers });
    })
  );
}

/** The bytes of `text` in UTF-8, as Java sends them: bytes above 127 as negative numbers. */
function javaBytes(text: string): number[] {
  return Array.from(new TextEncoder().encode(text), (byte) =>
    byte > 127 ? byte - 256 : byte
  );
}

describe('KafkaEventRecord', () => {
  // C1: an all-ASCII value was passed to String.fromCharCode as call arguments, and V8's
  // argument limit (about 123k on Node 20) turned a long header into a RangeError.
  describe('headersAsText with long values', () => {
    it('returns a 130,000-byte ASCII value as text', () => {
      const event = withHeaders([{ trace: new Array(130_000).fill(65) }]);

      const value = event.record.headersAsText.get('trace');

      expect(value).toBe('A'.repeat(130_000));
    });

    it('returns a 1,000,000-byte ASCII value as text, in order', () => {
      const text = '0123456789'.repeat(100_000);
      const event = withHeaders([{ trace: javaBytes(text) }]);

      const value = event.record.headersAsText.get('trace');

      expect(value?.length).toBe(1_000_000);
      expect(value === text).toBe(true);
    });

    it('returns a 1,000,000-byte value as bytes, in order, from decodedHeaders', () => {
      const text = '0123456789'.repeat(100_000);
      const event = withHeaders([{ trace: javaBytes(text) }]);

      const value = event.record.decodedHeaders.get('trace');

      expect(value?.length).toBe(1_000_000);
      expect(Buffer.from(value ?? []).toString('latin1') === text).toBe(true);
    });

    it('returns ASCII values on both sides of the short-value cut-off', () => {
      const event = withHeaders([
        { short: javaBytes(`${'a'.repeat(127)}z`) },
        { long: javaBytes(`${'b'.repeat(128)}z`) },
      ]);

      const headers = event.record.headersAsText;

      expect(headers.get('short')).toBe(`${'a'.repeat(127)}z`);
      expect(headers.get('long')).toBe(`${'b'.repeat(128)}z`);
    });

    it('returns a long non-ASCII UTF-8 value as text', () => {
      const text = 'Zürich €5 😀 '.repeat(20_000);
      const bytes = javaBytes(text);
      const event = withHeaders([{ 'X-City': bytes }]);

      const value = event.record.headersAsText.get('x-city');

      expect(bytes.length).toBeGreaterThan(300_000);
      expect(value === text).toBe(true);
    });

    it('throws DecodeError naming the header when a long value is not UTF-8', () => {
      const bytes = new Array(130_000).fill(65);
      bytes.push(-1);
      const event = withHeaders([{ trace: bytes }]);

      expectEvtError(
        () => event.record.headersAsText.get('trace'),
        DecodeError,
        'KafkaEvent: records.mytopic-0[0].headers[0].trace is not valid UTF-8: invalid byte sequence'
      );
    });

    it('throws DecodeError naming the item when a long value holds a non-byte', () => {
      const bytes = new Array(1_000_000).fill(65);
      bytes[999_999] = 256;
      const event = withHeaders([{ ok: [104] }, { trace: bytes }]);

      expect(event.record.headersAsText.get('ok')).toBe('h');
      expectEvtError(
        () => event.record.headersAsText.get('trace'),
        DecodeError,
        'KafkaEvent: records.mytopic-0[0].headers[1].trace is not valid byte array: item 999999 is not an integer from -128 to 255'
      );
    });
  });
});
