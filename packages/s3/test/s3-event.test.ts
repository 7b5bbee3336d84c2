import { loadEvent } from '@evt/config/events';
import { FieldTypeError, MissingFieldError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import {
  type RawS3Event,
  S3Bucket,
  S3Event,
  S3EventRecord,
  S3EventRecordGlacierEventData,
  S3EventRecordGlacierRestoreEventData,
  S3Identity,
  S3Message,
  S3RequestParameters,
} from '../src/s3-event';
import { S3Object } from '../src/s3-object';

function load(name = 's3-event'): S3Event {
  return new S3Event(loadEvent<RawS3Event>(name));
}

describe('S3Event', () => {
  describe('records', () => {
    it('returns every record, in order', () => {
      const event = load();

      const records = event.records;

      expect(records).toHaveLength(2);
      expect(records[0]).toBeInstanceOf(S3EventRecord);
      expect(records[1]?.awsRegion).toBe('us-east-2');
    });

    it('returns the same array on every access', () => {
      const event = load();

      expect(event.records).toBe(event.records);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const event = load();

      expect(event.record).toBe(event.records[0]);
      expect(event.record.awsRegion).toBe('us-east-1');
    });
  });

  describe('bucketName', () => {
    it('returns the bucket name of the first record', () => {
      expect(load().bucketName).toBe('amzn-s3-demo-bucket');
    });
  });

  describe('objectKey', () => {
    it('returns the URL-decoded key of the first record', () => {
      expect(load().objectKey).toBe('test/key');
    });

    it('decodes a plus as a space', () => {
      expect(load('s3-event.glacier').objectKey).toBe(
        'archive/2020 report.csv'
      );
    });
  });
});

describe('S3EventRecord', () => {
  const record = (): S3EventRecord => load().records[1] as S3EventRecord;

  describe('eventVersion', () => {
    it('returns the record format version', () => {
      expect(record().eventVersion).toBe('2.1');
    });
  });

  describe('eventSource', () => {
    it('returns aws:s3', () => {
      expect(record().eventSource).toBe('aws:s3');
    });
  });

  describe('awsRegion', () => {
    it('returns the Region', () => {
      expect(record().awsRegion).toBe('us-east-2');
    });
  });

  describe('eventTime', () => {
    it('returns the ISO-8601 time', () => {
      expect(record().eventTime).toBe('2019-09-03T19:37:27.192Z');
    });
  });

  describe('eventName', () => {
    it('returns the event type', () => {
      expect(record().eventName).toBe('ObjectCreated:Put');
    });

    it('returns the removal type on a removal event', () => {
      expect(load('s3-event.object-removed').record.eventName).toBe(
        'ObjectRemoved:Delete'
      );
    });
  });

  describe('userIdentity', () => {
    it('returns the identity of the user', () => {
      const identity = record().userIdentity;

      expect(identity).toBeInstanceOf(S3Identity);
      expect(identity.principalId).toBe('AWS:AIDAINPONIXQXHT3IKHL2');
    });
  });

  describe('requestParameters', () => {
    it('returns the source IP address', () => {
      const parameters = record().requestParameters;

      expect(parameters).toBeInstanceOf(S3RequestParameters);
      expect(parameters.sourceIpAddress).toBe('205.255.255.255');
    });
  });

  describe('responseElements', () => {
    it('returns the request IDs', () => {
      expect(record().responseElements).toEqual({
        'x-amz-request-id': 'D82B88E5F771F645',
        'x-amz-id-2':
          'vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=',
      });
    });

    it('returns an empty object when absent', () => {
      const raw = loadEvent<RawS3Event>('s3-event', { frozen: false });
      const { responseElements: _, ...rest } = raw
        .Records[0] as never as Record<string, unknown>;

      expect(new S3EventRecord(rest as never).responseElements).toEqual({});
    });
  });

  describe('s3', () => {
    it('returns the S3 part', () => {
      const value = record();

      expect(value.s3).toBeInstanceOf(S3Message);
      expect(value.s3).toBe(value.s3);
      expect(value.s3.bucket.name).toBe('amzn-s3-demo-bucket');
    });
  });

  describe('glacierEventData', () => {
    it('returns undefined when absent', () => {
      const value = record();

      expect(value.glacierEventData).toBeUndefined();
      expect(value.glacierEventData).toBeUndefined();
    });

    it('returns the restore details of a restore event', () => {
      const glacier = load('s3-event.glacier').record.glacierEventData;

      expect(glacier).toBeInstanceOf(S3EventRecordGlacierEventData);
      expect(glacier?.restoreEventData).toBeInstanceOf(
        S3EventRecordGlacierRestoreEventData
      );
      expect(glacier?.restoreEventData.lifecycleRestorationExpiryTime).toBe(
        '2021-11-19T00:00:00.000Z'
      );
      expect(glacier?.restoreEventData.lifecycleRestoreStorageClass).toBe(
        'GLACIER'
      );
    });

    it('returns the same wrapper on every access', () => {
      const value = load('s3-event.glacier').record;

      expect(value.glacierEventData).toBe(value.glacierEventData);
    });
  });
});

describe('S3Message', () => {
  const message = (): S3Message => (load().records[1] as S3EventRecord).s3;

  describe('s3SchemaVersion', () => {
    it('returns 1.0', () => {
      expect(message().s3SchemaVersion).toBe('1.0');
    });
  });

  describe('configurationId', () => {
    it('returns the configuration ID', () => {
      expect(message().configurationId).toBe(
        '828aa6fc-f7b5-4305-8584-487c791949c1'
      );
    });
  });

  describe('bucket', () => {
    it('returns the bucket', () => {
      const value = message();

      expect(value.bucket).toBeInstanceOf(S3Bucket);
      expect(value.bucket).toBe(value.bucket);
    });
  });

  describe('object', () => {
    it('returns the object', () => {
      const value = message();

      expect(value.object).toBeInstanceOf(S3Object);
      expect(value.object).toBe(value.object);
    });
  });
});

describe('S3Bucket', () => {
  const bucket = (): S3Bucket => (load().records[1] as S3EventRecord).s3.bucket;

  describe('name', () => {
    it('returns the bucket name', () => {
      expect(bucket().name).toBe('amzn-s3-demo-bucket');
    });
  });

  describe('ownerIdentity', () => {
    it('returns the owner', () => {
      const value = bucket();

      expect(value.ownerIdentity.principalId).toBe('A3I5XTEXAMAI3E');
      expect(value.ownerIdentity).toBe(value.ownerIdentity);
    });
  });

  describe('arn', () => {
    it('returns the bucket ARN', () => {
      expect(bucket().arn).toBe('arn:aws:s3:::amzn-s3-demo-bucket');
    });
  });
});

describe('malformed input', () => {
  function mutated(change: (event: RawS3Event) => void): S3Event {
    const raw = loadEvent<RawS3Event>('s3-event', { frozen: false });
    change(raw);
    return new S3Event(raw);
  }

  it('throws MissingFieldError when Records is missing', () => {
    const event = new S3Event({} as RawS3Event);

    expect(() => event.records).toThrow(MissingFieldError);
    expect(() => event.records).toThrow('S3Event: Records is missing');
  });

  it('throws FieldTypeError when Records is not an array', () => {
    const event = new S3Event({ Records: 'x' } as never);

    expect(() => event.records).toThrow(FieldTypeError);
    expect(() => event.records).toThrow(
      'S3Event: Records must be array, got string'
    );
  });

  it('throws MissingFieldError from record when Records is empty', () => {
    const event = new S3Event({ Records: [] });

    expect(() => event.record).toThrow(MissingFieldError);
    expect(() => event.bucketName).toThrow('S3Event: Records[0] is missing');
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const event = new S3Event({ Records: [42] } as never);

    expect(() => event.records).toThrow(FieldTypeError);
    expect(() => event.records).toThrow(
      'S3Event: Records[0] must be object, got number'
    );
  });

  it('throws MissingFieldError naming the full path of the bucket name', () => {
    const event = mutated((raw) => {
      const bucket = raw.Records[0]?.s3.bucket as Partial<{ name: string }>;
      delete bucket.name;
    });

    expect(() => event.bucketName).toThrow(MissingFieldError);
    expect(() => event.bucketName).toThrow(
      'S3Event: Records[0].s3.bucket.name is missing'
    );
  });

  it('throws MissingFieldError when s3 is missing', () => {
    const event = mutated((raw) => {
      delete (raw.Records[1] as Partial<{ s3: unknown }>).s3;
    });

    expect(() => event.records[1]?.s3).toThrow(MissingFieldError);
    expect(() => event.records[1]?.s3).toThrow(
      'S3Event: Records[1].s3 is missing'
    );
  });

  it('throws FieldTypeError when eventName is a number', () => {
    const event = mutated((raw) => {
      (raw.Records[0] as unknown as Record<string, unknown>).eventName = 7;
    });

    expect(() => event.record.eventName).toThrow(FieldTypeError);
    expect(() => event.record.eventName).toThrow(
      'S3Event: Records[0].eventName must be string, got number'
    );
  });

  it('throws FieldTypeError when responseElements is a string', () => {
    const event = mutated((raw) => {
      (raw.Records[0] as unknown as Record<string, unknown>).responseElements =
        'x';
    });

    expect(() => event.record.responseElements).toThrow(FieldTypeError);
    expect(() => event.record.responseElements).toThrow(
      'S3Event: Records[0].responseElements must be object, got string'
    );
  });

  it('throws FieldTypeError when glacierEventData is a string', () => {
    const event = mutated((raw) => {
      (raw.Records[0] as unknown as Record<string, unknown>).glacierEventData =
        'x';
    });

    expect(() => event.record.glacierEventData).toThrow(FieldTypeError);
    expect(() => event.record.glacierEventData).toThrow(
      'S3Event: Records[0].glacierEventData must be object, got string'
    );
  });

  it('throws MissingFieldError for a missing restore storage class', () => {
    const raw = loadEvent<RawS3Event>('s3-event.glacier', { frozen: false });
    const restore = raw.Records[0]?.glacierEventData
      ?.restoreEventData as unknown as Record<string, unknown>;
    delete restore.lifecycleRestoreStorageClass;
    const glacier = new S3Event(raw).record.glacierEventData;

    expect(
      () => glacier?.restoreEventData.lifecycleRestoreStorageClass
    ).toThrow(MissingFieldError);
    expect(
      () => glacier?.restoreEventData.lifecycleRestoreStorageClass
    ).toThrow(
      'S3Event: Records[0].glacierEventData.restoreEventData.lifecycleRestoreStorageClass is missing'
    );
  });

  it('throws MissingFieldError for a missing principal ID', () => {
    const event = mutated((raw) => {
      (raw.Records[0] as unknown as Record<string, unknown>).userIdentity = {};
    });

    expect(() => event.record.userIdentity.principalId).toThrow(
      MissingFieldError
    );
    expect(() => event.record.userIdentity.principalId).toThrow(
      'S3Event: Records[0].userIdentity.principalId is missing'
    );
  });

  it('throws MissingFieldError for a missing source IP address', () => {
    const event = mutated((raw) => {
      (raw.Records[0] as unknown as Record<string, unknown>).requestParameters =
        {};
    });

    expect(() => event.record.requestParameters.sourceIpAddress).toThrow(
      MissingFieldError
    );
    expect(() => event.record.requestParameters.sourceIpAddress).toThrow(
      'S3Event: Records[0].requestParameters.sourceIPAddress is missing'
    );
  });
});
