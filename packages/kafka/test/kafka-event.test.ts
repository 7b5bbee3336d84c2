import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
  thrownBy,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  KafkaEvent,
  KafkaEventRecord,
  KafkaEventRecordSchemaMetadata,
  type KafkaHeaderMap,
  MissingFieldError,
  type RawKafkaEvent,
  type RawKafkaEventRecord,
} from '../src/index';

const msk = () => new KafkaEvent(loadEvent<RawKafkaEvent>('kafka-event'));
const selfManaged = () =>
  new KafkaEvent(loadEvent<RawKafkaEvent>('kafka-event.self-managed'));
const noKey = () =>
  new KafkaEvent(loadEvent<RawKafkaEvent>('kafka-event.no-key'));
const withHeaders = () =>
  new KafkaEvent(loadEvent<RawKafkaEvent>('kafka-event.headers'));
const withBinaryHeaders = () =>
  new KafkaEvent(loadEvent<RawKafkaEvent>('kafka-event.binary-headers'));
const withSchemas = () =>
  new KafkaEvent(loadEvent<RawKafkaEvent>('kafka-event.schema-registry'));

/** The MSK sample, frozen, with fields of its first record set to anything. */
function withRecord(fields: Record<string, unknown>): KafkaEvent {
  return new KafkaEvent(
    patchEvent<RawKafkaEvent>('kafka-event', (event) => {
      Object.assign(event.records['mytopic-0']?.[0] as object, fields);
    })
  );
}

/** The MSK sample, frozen, with top-level fields set to anything. */
function withEvent(fields: Record<string, unknown>): KafkaEvent {
  return new KafkaEvent(
    patchEvent<RawKafkaEvent>('kafka-event', (event) => {
      Object.assign(event, fields);
    })
  );
}

const text = (bytes: Uint8Array | undefined) =>
  Buffer.from(bytes ?? []).toString('utf8');
const hex = (bytes: Uint8Array | undefined) =>
  Buffer.from(bytes ?? []).toString('hex');

/** The HMAC-SHA256 that `kafka-event.binary-headers` carries in `X-Signature`. */
const SIGNATURE =
  'a152b612075f8ecff84ec50ee52a07caa67d28090a33890cc9985010e813f9b2';

describe('KafkaEvent', () => {
  describe('eventSource', () => {
    it('returns aws:kafka for Amazon MSK', () => {
      const event = msk();

      expect(event.eventSource).toBe('aws:kafka');
    });

    it('returns SelfManagedKafka for a self-managed cluster', () => {
      const event = selfManaged();

      expect(event.eventSource).toBe('SelfManagedKafka');
    });
  });

  describe('eventSourceArn', () => {
    it('returns the MSK cluster ARN', () => {
      const event = msk();

      expect(event.eventSourceArn).toBe(
        'arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2'
      );
    });

    it('returns undefined for self-managed Kafka', () => {
      const event = selfManaged();

      expect(event.eventSourceArn).toBeUndefined();
    });
  });

  describe('bootstrapServers', () => {
    it('returns the comma-separated broker list', () => {
      const event = msk();

      expect(event.bootstrapServers).toBe(
        'b-2.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092,b-1.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092'
      );
    });
  });

  describe('decodedBootstrapServers', () => {
    it('returns one broker per item', () => {
      const event = msk();

      expect(event.decodedBootstrapServers).toEqual([
        'b-2.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092',
        'b-1.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092',
      ]);
    });

    it('returns the same array on every read', () => {
      const event = msk();

      expect(event.decodedBootstrapServers).toBe(event.decodedBootstrapServers);
    });
  });

  describe('records', () => {
    it('returns the records of every partition in delivery order', () => {
      const event = selfManaged();

      const records = event.records;

      expect(
        records.map((record) => [record.partition, record.offset])
      ).toEqual([
        [0, 15],
        [0, 16],
        [1, 3],
      ]);
    });

    it('wraps each record of each partition, in delivery order', () => {
      const raw = loadEvent<RawKafkaEvent>('kafka-event.self-managed');

      const records = new KafkaEvent(raw).records;

      expect(records[0]).toBeInstanceOf(KafkaEventRecord);
      expect(records.map((record) => record.rawEvent)).toEqual([
        raw.records['mytopic-0']?.[0],
        raw.records['mytopic-0']?.[1],
        raw.records['mytopic-1']?.[0],
      ]);
      expect(records[1]?.rawEvent).toBe(raw.records['mytopic-0']?.[1]);
      expect(records[2]?.rawEvent).toBe(raw.records['mytopic-1']?.[0]);
    });

    it('returns the same array on every read', () => {
      const event = selfManaged();

      expect(event.records).toBe(event.records);
    });

    it('returns an empty array when records is empty', () => {
      const event = withEvent({ records: {} });

      expect(event.records).toEqual([]);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const raw = loadEvent<RawKafkaEvent>('kafka-event.self-managed');
      const event = new KafkaEvent(raw);

      expect(event.record.rawEvent).toBe(raw.records['mytopic-0']?.[0]);
      expect(event.record.offset).toBe(15);
      expect(event.record).toBe(event.records[0]);
    });

    it('returns the first record of a later partition when the first is empty', () => {
      const raw = patchEvent<RawKafkaEvent>(
        'kafka-event.self-managed',
        (event) => {
          event.records['mytopic-0'] = [];
        }
      );

      expect(new KafkaEvent(raw).record.rawEvent).toBe(
        raw.records['mytopic-1']?.[0]
      );
    });

    it('throws MissingFieldError naming the first record of the first partition when every partition is empty', () => {
      const event = withEvent({
        records: { 'mytopic-0': [], 'mytopic-1': [] },
      });

      expectEvtError(
        () => event.record,
        MissingFieldError,
        'KafkaEvent: records.mytopic-0[0] is missing'
      );
    });

    it('throws FieldTypeError naming records when it holds no partition', () => {
      const event = withEvent({ records: {} });

      expectEvtError(
        () => event.record,
        FieldTypeError,
        'KafkaEvent: records must be non-empty object, got object'
      );
    });
  });

  describe('toJSON', () => {
    it('returns the raw event', () => {
      const raw = loadEvent<RawKafkaEvent>('kafka-event');

      expect(JSON.parse(JSON.stringify(new KafkaEvent(raw)))).toEqual(raw);
    });
  });

  describe('toString', () => {
    it('renders every getter, decoding no payload', () => {
      const view = JSON.parse(String(msk()));

      expect(view.records[0].topic).toBe('mytopic');
      expect(view.records[0].jsonValue).toBe('[not decoded: 32 bytes]');
    });
  });
});

describe('KafkaEventRecord', () => {
  describe('topic', () => {
    it('returns the topic', () => {
      expect(msk().record.topic).toBe('mytopic');
    });
  });

  describe('partition', () => {
    it('returns the partition', () => {
      expect(selfManaged().records[2]?.partition).toBe(1);
    });
  });

  describe('offset', () => {
    it('returns the offset', () => {
      expect(msk().record.offset).toBe(15);
    });
  });

  describe('timestamp', () => {
    it('returns the timestamp in milliseconds', () => {
      expect(msk().record.timestamp).toBe(1545084650987);
    });
  });

  describe('timestampType', () => {
    it('returns the timestamp type', () => {
      expect(msk().record.timestampType).toBe('CREATE_TIME');
    });
  });

  describe('key', () => {
    it('returns the base64 key', () => {
      expect(msk().record.key).toBe('abcDEFghiJKLmnoPQRstuVWXyz1234==');
    });

    it('returns undefined when the record has no key', () => {
      expect(noKey().records[0]?.key).toBeUndefined();
    });

    it('returns undefined when the key is null', () => {
      expect(noKey().records[1]?.key).toBeUndefined();
    });
  });

  describe('rawEvent', () => {
    it('returns the raw record, not a copy', () => {
      const raw = loadEvent<RawKafkaEvent>('kafka-event');

      expect(new KafkaEvent(raw).record.rawEvent).toBe(
        raw.records['mytopic-0']?.[0]
      );
    });
  });

  describe('decodedKey', () => {
    it('returns the key bytes', () => {
      const record = selfManaged().record;

      expect(text(record.decodedKey)).toBe('order-1001');
    });

    it('returns binary keys byte for byte', () => {
      const record = msk().record;

      expect(record.decodedKey?.byteLength).toBe(22);
      expect(record.decodedKey?.[0]).toBe(0x69);
    });

    it('returns undefined when the record has no key', () => {
      const event = noKey();

      expect(event.records[0]?.decodedKey).toBeUndefined();
      expect(event.records[1]?.decodedKey).toBeUndefined();
    });

    it('returns the same bytes on every read', () => {
      const record = msk().record;

      expect(record.decodedKey).toBe(record.decodedKey);
    });
  });

  describe('value', () => {
    it('returns the base64 value', () => {
      expect(msk().record.value).toBe('SGVsbG8sIHRoaXMgaXMgYSB0ZXN0Lg==');
    });
  });

  describe('decodedValue', () => {
    it('returns the value bytes', () => {
      const record = msk().record;

      expect(text(record.decodedValue)).toBe('Hello, this is a test.');
      expect(record.decodedValue).toBe(record.decodedValue);
    });
  });

  describe('jsonValue', () => {
    it('returns the parsed value', () => {
      const record = new KafkaEvent<{ orderId: string; total: number }>(
        loadEvent<RawKafkaEvent>('kafka-event.self-managed')
      ).record;

      expect(record.jsonValue).toEqual({ orderId: '1001', total: 42.5 });
      expect(record.jsonValue.total).toBe(42.5);
    });

    it('parses once and caches the result', () => {
      const deserializer = counted(JSON.parse);
      const event = new KafkaEvent(
        loadEvent<RawKafkaEvent>('kafka-event.self-managed'),
        { jsonDeserializer: deserializer }
      );

      const first = event.record.jsonValue;

      expect(event.record.jsonValue).toBe(first);
      expect(deserializer.calls).toBe(1);
    });

    it('caches a null value', () => {
      const deserializer = counted(JSON.parse);
      const raw = patchEvent<RawKafkaEvent>('kafka-event', (event) => {
        (event.records['mytopic-0']?.[0] as RawKafkaEventRecord).value =
          'bnVsbA==';
      });
      const record = new KafkaEvent(raw, { jsonDeserializer: deserializer })
        .record;

      expect(record.jsonValue).toBeNull();
      expect(record.jsonValue).toBeNull();
      expect(deserializer.calls).toBe(1);
    });

    it('decodes the value once for its bytes and its JSON', () => {
      const record = selfManaged().record;

      const bytes = record.decodedValue;

      expect(record.jsonValue).toEqual({ orderId: '1001', total: 42.5 });
      expect(record.decodedValue).toBe(bytes);
    });
  });

  describe('headers', () => {
    it('returns the raw headers', () => {
      expect(msk().record.headers).toEqual([
        { headerKey: [104, 101, 97, 100, 101, 114, 86, 97, 108, 117, 101] },
      ]);
    });

    it('returns an empty array when the record has no headers', () => {
      expect(withRecord({ headers: undefined }).record.headers).toEqual([]);
    });
  });

  describe('decodedHeaders', () => {
    it('returns header values as bytes', () => {
      const value = msk().record.decodedHeaders.get('headerKey');

      expect(value).toBeInstanceOf(Uint8Array);
      expect(text(value)).toBe('headerValue');
    });

    it('returns binary values as sent, Java signed bytes made unsigned', () => {
      const headers = withBinaryHeaders().record.decodedHeaders;

      expect(hex(headers.get('x-signature'))).toBe(SIGNATURE);
      expect(hex(headers.get('X-Message-Id'))).toBe(
        '3f2504e04f8911d39a0c0305e82c3301'
      );
      expect([...(headers.get('x-city') ?? [])]).toEqual([]);
    });

    it('reads Java signed bytes as the unsigned bytes they stand for', () => {
      const value = withHeaders().record.decodedHeaders.get('X-City');

      expect([...(value ?? [])]).toEqual([90, 195, 188, 114, 105, 99, 104]);
    });

    it('returns the last value of a repeated name, whatever its case', () => {
      const headers = withHeaders().record.decodedHeaders;

      expect(text(headers.get('x-trace-id'))).toBe('second');
      expect(headers.getAll('x-trace-id').map(text)).toEqual([
        'Root=1-5759e988-bd862e3fe1be46a994272793',
        'second',
      ]);
    });

    it('decodes a value once and returns the same bytes on every read', () => {
      const headers = withBinaryHeaders().record.decodedHeaders;

      expect(headers.get('X-Signature')).toBe(headers.get('x-signature'));
      expect(headers.get('X-Message-Id')).toBe(headers.get('x-message-id'));
      expect(headers.getAll('X-Message-Id')[0]).toBe(
        headers.get('X-Message-Id')
      );
    });

    it('returns the same map on every read', () => {
      const record = withHeaders().record;

      expect(record.decodedHeaders).toBe(record.decodedHeaders);
    });

    it('returns an empty map when the record has no headers', () => {
      const headers = withRecord({ headers: [] }).record.decodedHeaders;

      expect(headers.size).toBe(0);
      expect(headers.get('anything')).toBeUndefined();
      expect(headers.has('anything')).toBe(false);
    });
  });

  describe('headersAsText', () => {
    it('returns header values as text', () => {
      expect(msk().record.headersAsText.get('headerKey')).toBe('headerValue');
    });

    it('looks header names up whatever their case', () => {
      const headers = withHeaders().record.headersAsText;

      expect(headers.get('content-type')).toBe('application/json');
      expect(headers.get('X-TRACE-ID')).toBe('second');
      expect(headers.getAll('x-trace-id')).toEqual([
        'Root=1-5759e988-bd862e3fe1be46a994272793',
        'second',
      ]);
      expect(headers.has('X-CITY')).toBe(true);
      expect(headers.has('x-country')).toBe(false);
    });

    it('reads Java signed bytes as UTF-8', () => {
      expect(withHeaders().record.headersAsText.get('X-City')).toBe('Zürich');
    });

    it('keeps the names as sent, in order, with every value', () => {
      const headers = withHeaders().record.headersAsText;

      expect(headers.size).toBe(4);
      expect([...headers.keys()]).toEqual([
        'Content-Type',
        'X-Trace-Id',
        'x-city',
        'X-TRACE-ID',
      ]);
      expect([...headers.values()]).toEqual([
        'application/json',
        'Root=1-5759e988-bd862e3fe1be46a994272793',
        'Zürich',
        'second',
      ]);
      expect([...headers]).toEqual([...headers.entries()]);
      expect([...headers][2]).toEqual(['x-city', 'Zürich']);
    });

    it('serialises to an object of each name and its last value', () => {
      const headers = withHeaders().record.headersAsText;

      expect(JSON.parse(JSON.stringify(headers))).toEqual({
        'Content-Type': 'application/json',
        'X-Trace-Id': 'Root=1-5759e988-bd862e3fe1be46a994272793',
        'x-city': 'Zürich',
        'X-TRACE-ID': 'second',
      });
    });

    it('reads the text headers of a record whose other headers are binary', () => {
      const headers = withBinaryHeaders().record.headersAsText;

      expect(headers.get('Content-Type')).toBe('application/json');
      expect(headers.get('traceparent')).toBe(
        '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'
      );
      expect(headers.has('X-Signature')).toBe(true);
    });

    it('throws DecodeError naming a binary header only when it is read as text', () => {
      const headers = withBinaryHeaders().record.headersAsText;

      expectEvtError(
        () => headers.get('x-signature'),
        DecodeError,
        'KafkaEvent: records.mytopic-0[0].headers[1].X-Signature is not valid UTF-8: invalid byte sequence'
      );
      expectEvtError(
        () => headers.toJSON(),
        DecodeError,
        'KafkaEvent: records.mytopic-0[0].headers[1].X-Signature is not valid UTF-8: invalid byte sequence'
      );
    });

    it('decodes each value once, when first read', () => {
      let byteReads = 0;
      const event = new KafkaEvent(
        patchEvent<RawKafkaEvent>(
          'kafka-event.headers',
          (raw) => {
            const header = raw.records['mytopic-0']?.[0]?.headers[1] as Record<
              string,
              number[]
            >;
            header['X-Trace-Id'] = new Proxy(header['X-Trace-Id'] as number[], {
              get(target, key, receiver) {
                if (key === '0') byteReads++;
                return Reflect.get(target, key, receiver);
              },
            });
          },
          { frozen: false }
        )
      );
      const headers = event.record.headersAsText;

      expect(headers.get('x-city')).toBe('Zürich');
      expect(byteReads).toBe(0);
      const all = headers.getAll('X-Trace-Id');
      const decoding = byteReads;
      expect(headers.getAll('x-trace-id')).toEqual(all);
      expect([...headers.values()]).toContain(all[0]);

      expect(all[0]).toBe('Root=1-5759e988-bd862e3fe1be46a994272793');
      expect(decoding).toBeGreaterThan(0);
      expect(byteReads).toBe(decoding);
    });

    it('returns the same map on every read, apart from the bytes view', () => {
      const record = withHeaders().record;

      expect(record.headersAsText).toBe(record.headersAsText);
      expect(record.headersAsText).not.toBe(record.decodedHeaders);
    });
  });

  describe('keySchemaMetadata', () => {
    it('returns the key schema metadata', () => {
      const raw = loadEvent<RawKafkaEvent>('kafka-event.schema-registry');

      const metadata = new KafkaEvent(raw).record.keySchemaMetadata;

      expect(metadata).toBeInstanceOf(KafkaEventRecordSchemaMetadata);
      expect(metadata?.rawEvent).toBe(
        raw.records['mytopic-0']?.[0]?.keySchemaMetadata
      );
      expect(metadata?.dataFormat).toBe('AVRO');
      expect(metadata?.schemaId).toBe('a1b2c3d4-5678-90ab-cdef-EXAMPLE11111');
    });

    it('returns undefined without a schema registry', () => {
      const record = msk().record;

      expect(record.keySchemaMetadata).toBeUndefined();
      expect(record.keySchemaMetadata).toBeUndefined();
    });

    it('returns the same wrapper on every read', () => {
      const record = withSchemas().record;

      expect(record.keySchemaMetadata).toBe(record.keySchemaMetadata);
    });
  });

  describe('valueSchemaMetadata', () => {
    it('returns the value schema metadata', () => {
      const raw = loadEvent<RawKafkaEvent>('kafka-event.schema-registry');

      const metadata = new KafkaEvent(raw).record.valueSchemaMetadata;

      expect(metadata?.rawEvent).toBe(
        raw.records['mytopic-0']?.[0]?.valueSchemaMetadata
      );
      expect(metadata?.dataFormat).toBe('JSON');
      expect(metadata?.schemaId).toBe('a1b2c3d4-5678-90ab-cdef-EXAMPLE22222');
    });

    it('returns undefined without a schema registry', () => {
      const record = msk().record;

      expect(record.valueSchemaMetadata).toBeUndefined();
      expect(record.valueSchemaMetadata).toBeUndefined();
    });

    it('returns the same wrapper on every read', () => {
      const record = withSchemas().record;

      expect(record.valueSchemaMetadata).toBe(record.valueSchemaMetadata);
    });
  });
});

describe('KafkaEventRecordSchemaMetadata', () => {
  describe('dataFormat', () => {
    it('returns undefined when absent', () => {
      const metadata = new KafkaEventRecordSchemaMetadata({});

      expect(metadata.dataFormat).toBeUndefined();
    });
  });

  describe('schemaId', () => {
    it('returns undefined when absent', () => {
      const metadata = new KafkaEventRecordSchemaMetadata({});

      expect(metadata.schemaId).toBeUndefined();
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when eventSource is missing', () => {
    const event = withEvent({ eventSource: undefined });

    expectEvtError(
      () => event.eventSource,
      MissingFieldError,
      'KafkaEvent: eventSource is missing'
    );
  });

  it('throws FieldTypeError when eventSourceArn is not a string', () => {
    const event = withEvent({ eventSourceArn: 42 });

    expectEvtError(
      () => event.eventSourceArn,
      FieldTypeError,
      'KafkaEvent: eventSourceArn must be string, got number'
    );
  });

  it('throws FieldTypeError when bootstrapServers is not a string', () => {
    const event = withEvent({ bootstrapServers: ['b-1:9092'] });

    expectEvtError(
      () => event.decodedBootstrapServers,
      FieldTypeError,
      'KafkaEvent: bootstrapServers must be string, got array'
    );
  });

  it('throws MissingFieldError when records is missing', () => {
    const event = withEvent({ records: undefined });

    expectEvtError(
      () => event.records,
      MissingFieldError,
      'KafkaEvent: records is missing'
    );
  });

  it('throws FieldTypeError when a partition is not an array', () => {
    const event = withEvent({ records: { 'mytopic-0': 'oops' } });

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'KafkaEvent: records.mytopic-0 must be array, got string'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const event = withEvent({ records: { 'mytopic-0': [7] } });

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0] must be object, got number'
    );
  });

  it('throws MissingFieldError naming the record path when topic is missing', () => {
    const event = withRecord({ topic: undefined });

    expectEvtError(
      () => event.record.topic,
      MissingFieldError,
      'KafkaEvent: records.mytopic-0[0].topic is missing'
    );
  });

  it('throws FieldTypeError when partition is a string', () => {
    const event = withRecord({ partition: '0' });

    expectEvtError(
      () => event.record.partition,
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].partition must be number, got string'
    );
  });

  it('throws FieldTypeError when the key is not a string', () => {
    const event = withRecord({ key: 12 });

    expectEvtError(
      () => event.record.decodedKey,
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].key must be string, got number'
    );
  });

  it('throws DecodeError when the key is not base64', () => {
    const event = withRecord({ key: 'not base64!' });

    expectEvtError(
      () => event.record.decodedKey,
      DecodeError,
      'KafkaEvent: records.mytopic-0[0].key is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when the value is not base64', () => {
    const event = withRecord({ value: 'e30=!' });

    expectEvtError(
      () => event.record.decodedValue,
      DecodeError,
      'KafkaEvent: records.mytopic-0[0].value is not valid base64: unexpected character, padding or length'
    );
  });

  it('throws DecodeError when the value is not JSON', () => {
    const event = msk();

    const error = expectEvtError(
      () => event.record.jsonValue,
      DecodeError,
      `KafkaEvent: records.mytopic-0[0].value is not valid JSON: ${jsonErrorOf('Hello, this is a test.')}`
    );

    expect(error.cause).toBeUndefined();
  });

  it('throws DecodeError when the value is not UTF-8', () => {
    const event = withRecord({ value: '/w==' });

    expectEvtError(
      () => event.record.jsonValue,
      DecodeError,
      'KafkaEvent: records.mytopic-0[0].value is not valid UTF-8: invalid byte sequence'
    );
  });

  it('throws FieldTypeError when headers is not an array', () => {
    const event = withRecord({ headers: { headerKey: [104] } });

    expectEvtError(
      () => event.record.decodedHeaders,
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].headers must be array, got object'
    );
  });

  it('throws FieldTypeError when a header entry is not an object', () => {
    const event = withRecord({ headers: ['headerKey'] });

    expectEvtError(
      () => event.record.decodedHeaders.get('headerKey'),
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].headers[0] must be object, got string'
    );
  });

  it('throws FieldTypeError when a header value is not an array', () => {
    const event = withRecord({ headers: [{ headerKey: 'aGVhZGVyVmFsdWU=' }] });

    expectEvtError(
      () => event.record.headersAsText.get('headerKey'),
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].headers[0].headerKey must be array, got string'
    );
  });

  it('throws MissingFieldError when a header value is null', () => {
    const event = withRecord({ headers: [{ ok: [104] }, { headerKey: null }] });

    expect(event.record.decodedHeaders.get('ok')).toEqual(
      new Uint8Array([104])
    );
    expectEvtError(
      () => event.record.decodedHeaders.get('headerKey'),
      MissingFieldError,
      'KafkaEvent: records.mytopic-0[0].headers[1].headerKey is missing'
    );
  });

  it.each([
    ['a string', 'h'],
    ['above 255', 300],
    ['below -128', -129],
    ['a fraction', 1.5],
    ['null', null],
  ])('throws DecodeError when a header byte is %s', (_, item) => {
    const event = withRecord({
      headers: [{ ok: [104] }, { 'X-Bad': [104, item] }],
    });

    for (const headers of [
      event.record.decodedHeaders,
      event.record.headersAsText,
    ]) {
      expect(headers.has('x-bad')).toBe(true);
      expectEvtError(
        () => headers.get('x-bad'),
        DecodeError,
        'KafkaEvent: records.mytopic-0[0].headers[1].X-Bad is not valid byte array: item 1 is not an integer from -128 to 255'
      );
    }
  });

  it('throws DecodeError when header bytes read as text are not UTF-8', () => {
    const event = withRecord({ headers: [{ headerKey: [255] }] });

    expect(event.record.decodedHeaders.get('headerKey')).toEqual(
      new Uint8Array([255])
    );
    expectEvtError(
      () => event.record.headersAsText.get('headerKey'),
      DecodeError,
      'KafkaEvent: records.mytopic-0[0].headers[0].headerKey is not valid UTF-8: invalid byte sequence'
    );
  });

  it('throws FieldTypeError naming the header that is not an object only when a read reaches it', () => {
    const event = withRecord({ headers: [42, { 'X-Id': [49] }] });
    const headers = event.record.headersAsText;

    expect(headers.get('x-id')).toBe('1');
    expectEvtError(
      () => headers.get('x-other'),
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].headers[0] must be object, got number'
    );
    expectEvtError(
      () => headers.size,
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].headers[0] must be object, got number'
    );
  });

  it.each([
    ['get', (headers: KafkaHeaderMap<string>) => headers.get(7 as never)],
    ['getAll', (headers: KafkaHeaderMap<string>) => headers.getAll(7 as never)],
    ['has', (headers: KafkaHeaderMap<string>) => headers.has(7 as never)],
  ])(
    'throws TypeError naming %s when the name is not a string',
    (method, read) => {
      const error = thrownBy(() => read(withHeaders().record.headersAsText));

      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(
        `KafkaHeaderMap.${method}: name must be a string, got number 7`
      );
    }
  );

  it('throws FieldTypeError when keySchemaMetadata is not an object', () => {
    const event = withRecord({ keySchemaMetadata: 'AVRO' });

    expectEvtError(
      () => event.record.keySchemaMetadata,
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].keySchemaMetadata must be object, got string'
    );
  });

  it('throws FieldTypeError naming the path when valueSchemaMetadata.schemaId is a number', () => {
    const event = withRecord({ valueSchemaMetadata: { schemaId: 1234 } });

    expectEvtError(
      () => event.record.valueSchemaMetadata?.schemaId,
      FieldTypeError,
      'KafkaEvent: records.mytopic-0[0].valueSchemaMetadata.schemaId must be string, got number'
    );
  });

  it('does not change the frozen input', () => {
    const raw = loadEvent<RawKafkaEvent>('kafka-event.headers');
    const copy = structuredClone(raw);
    const event = new KafkaEvent(raw);

    String(event);
    for (const record of event.records) {
      void record.decodedHeaders.toJSON();
      void record.headersAsText.toJSON();
    }

    expect(raw).toEqual(copy);
  });

  it('accepts a record typed as RawKafkaEventRecord on its own', () => {
    const raw = loadEvent<RawKafkaEvent>('kafka-event');
    const record = new KafkaEventRecord(
      raw.records['mytopic-0']?.[0] as RawKafkaEventRecord
    );

    expect(record.topic).toBe('mytopic');
  });
});
