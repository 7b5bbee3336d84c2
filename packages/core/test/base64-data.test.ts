import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
  thrownBy,
} from '@evt/tooling-config/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Base64Data,
  child,
  DecodeError,
  type EventOptions,
  EventWrapper,
  wrapEach,
} from '../src/index';

// A stand-in for a Kinesis stream event: the record's `kinesis.data` is the base64 field.

interface RawKinesisPayload {
  data: string;
  partitionKey: string;
}

interface RawKinesisRecord {
  kinesis: RawKinesisPayload;
}

interface RawKinesisEvent {
  Records: RawKinesisRecord[];
}

class KinesisPayload extends EventWrapper<RawKinesisPayload> {
  static override readonly typeName: string = 'KinesisPayload';
}

class KinesisRecord extends EventWrapper<RawKinesisRecord> {
  static override readonly typeName: string = 'KinesisRecord';
  #kinesis?: KinesisPayload;

  get kinesis(): KinesisPayload {
    return (this.#kinesis ??= child(this, 'kinesis', KinesisPayload));
  }
}

class KinesisEvent extends EventWrapper<RawKinesisEvent> {
  static override readonly typeName: string = 'KinesisEvent';
  #records?: KinesisRecord[];

  get records(): KinesisRecord[] {
    return (this.#records ??= wrapEach(this, 'Records', KinesisRecord));
  }
}

interface Reading {
  sensor: string;
  temperature: number;
  unit: string;
}

const READING = '{"sensor":"thermostat-12","temperature":21.5,"unit":"C"}';
const INVALID_BASE64 =
  'KinesisEvent: Records[0].kinesis.data is not valid base64: unexpected character, padding or length';
const INVALID_UTF8 =
  'KinesisEvent: Records[0].kinesis.data is not valid UTF-8: invalid byte sequence';

function dataOf(
  raw: RawKinesisEvent,
  options?: EventOptions
): Base64Data<Reading> {
  const payload = new KinesisEvent(raw, options).records[0]?.kinesis;
  return new Base64Data<Reading>(
    payload as KinesisPayload,
    payload?.rawEvent.data as string,
    'data'
  );
}

function withData(data: string): RawKinesisEvent {
  return patchEvent<RawKinesisEvent>(
    'kinesis-stream-event.json-data',
    (event) => {
      (event.Records[0] as RawKinesisRecord).kinesis.data = data;
    }
  );
}

/**
 * Counts base64 decodes from now on. Node's own decoder, `base64Write`, runs once per decode
 * whether Buffer.from calls it or core calls it on its reused buffer.
 */
function countBase64Decodes(): () => number {
  const write = vi.spyOn(
    Buffer.prototype as unknown as {
      base64Write(text: string, offset: number): number;
    },
    'base64Write'
  );
  return () => write.mock.calls.length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Base64Data', () => {
  const raw = loadEvent<RawKinesisEvent>('kinesis-stream-event.json-data');

  describe('bytes', () => {
    it('returns the decoded bytes', () => {
      const data = dataOf(raw);

      expect(Buffer.from(data.bytes).toString('utf8')).toBe(READING);
      expect(data.bytes.length).toBe(56);
    });

    it('returns the bytes of short base64 text', () => {
      expect([...dataOf(withData('aGk=')).bytes]).toEqual([104, 105]);
    });

    it('decodes once and returns the same bytes on every read', () => {
      const data = dataOf(raw);
      const base64Decodes = countBase64Decodes();

      const first = data.bytes;

      expect(data.bytes).toBe(first);
      expect(base64Decodes()).toBe(1);
    });

    it('decodes nothing until read', () => {
      const base64Decodes = countBase64Decodes();

      dataOf(withData('not base64!'));

      expect(base64Decodes()).toBe(0);
    });
  });

  describe('text', () => {
    it('returns the decoded bytes read as UTF-8', () => {
      expect(dataOf(raw).text).toBe(READING);
      expect(dataOf(withData('aMOp')).text).toBe('hé');
    });

    it('decodes once on repeated reads', () => {
      const data = dataOf(raw);
      const base64Decodes = countBase64Decodes();

      expect(data.text).toBe(READING);
      expect(data.text).toBe(READING);
      expect(base64Decodes()).toBe(1);
    });

    it('reads the bytes already decoded instead of decoding base64 again', () => {
      const data = dataOf(raw);
      const base64Decodes = countBase64Decodes();

      const bytes = data.bytes;
      const text = data.text;

      expect(text).toBe(READING);
      expect(base64Decodes()).toBe(1);
      expect(data.bytes).toBe(bytes);
    });

    it('reads short bytes already decoded without decoding base64 again', () => {
      const data = dataOf(withData('aMOp'));
      const base64Decodes = countBase64Decodes();

      expect([...data.bytes]).toEqual([104, 195, 169]);
      expect(data.text).toBe('hé');
      expect(base64Decodes()).toBe(1);
    });
  });

  describe('json', () => {
    it('returns the decoded text parsed as JSON', () => {
      expect(dataOf(raw).json).toEqual({
        sensor: 'thermostat-12',
        temperature: 21.5,
        unit: 'C',
      });
    });

    it('parses once with the owner’s jsonDeserializer', () => {
      const jsonDeserializer = counted((text: string) => JSON.parse(text));
      const data = dataOf(raw, { jsonDeserializer });

      const first = data.json;

      expect(data.json).toBe(first);
      expect(first.sensor).toBe('thermostat-12');
      expect(jsonDeserializer.calls).toBe(1);
    });

    it.each([
      ['null', 'bnVsbA=='],
      ['false', 'ZmFsc2U='],
      ['0', 'MA=='],
    ])('parses once when the JSON is %s', (text, data) => {
      const jsonDeserializer = counted((text: string) => JSON.parse(text));
      const decoded = dataOf(withData(data), { jsonDeserializer });

      const first = decoded.json;

      expect(decoded.json).toBe(first);
      expect(String(first)).toBe(text);
      expect(jsonDeserializer.calls).toBe(1);
    });

    it('parses the text already decoded', () => {
      const data = dataOf(raw);
      const base64Decodes = countBase64Decodes();

      expect(data.text).toBe(READING);
      expect(data.json.unit).toBe('C');
      expect(base64Decodes()).toBe(1);
    });
  });

  describe('malformed input', () => {
    it('throws DecodeError naming the full path when the data is not base64', () => {
      const bad = withData('not base64!');

      expectEvtError(() => dataOf(bad).bytes, DecodeError, INVALID_BASE64);
      expectEvtError(() => dataOf(bad).text, DecodeError, INVALID_BASE64);
      expectEvtError(() => dataOf(bad).json, DecodeError, INVALID_BASE64);
    });

    it('throws DecodeError naming the full path when the bytes are not UTF-8', () => {
      const data = dataOf(withData('/w=='));

      expectEvtError(() => data.text, DecodeError, INVALID_UTF8);
      expect([...data.bytes]).toEqual([255]);
      expectEvtError(() => data.text, DecodeError, INVALID_UTF8);
      expectEvtError(() => data.json, DecodeError, INVALID_UTF8);
    });

    it('throws DecodeError naming the full path when the text is not JSON', () => {
      const data = dataOf(withData('e25vcGU='));
      const cause = thrownBy(() => JSON.parse('{nope')) as SyntaxError;

      expect(data.text).toBe('{nope');
      const error = expectEvtError(
        () => data.json,
        DecodeError,
        `KinesisEvent: Records[0].kinesis.data is not valid JSON: ${cause.message}`
      );
      expect((error as DecodeError).format).toBe('JSON');
    });
  });
});
