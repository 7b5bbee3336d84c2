import { FieldTypeError, MissingFieldError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  type RawS3Event,
  type RawS3EventRecord,
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

const raw = (name = 's3-event'): RawS3Event => loadEvent<RawS3Event>(name);

/** The second record of the sample (versioned bucket, key with `+` and escapes). */
function second(): { raw: RawS3EventRecord; record: S3EventRecord } {
  const event = raw();
  return {
    raw: event.Records[1] as RawS3EventRecord,
    record: new S3Event(event).records[1] as S3EventRecord,
  };
}

describe('S3Event', () => {
  describe('records', () => {
    it('wraps every record, in order', () => {
      const event = raw();

      const records = new S3Event(event).records;

      expect(records).toHaveLength(2);
      expect(records[0]).toBeInstanceOf(S3EventRecord);
      expect(records[0]?.rawEvent).toBe(event.Records[0]);
      expect(records[1]?.rawEvent).toBe(event.Records[1]);
      expect(records[1]?.awsRegion).toBe('us-east-2');
    });

    it('returns the same array on every access', () => {
      const event = new S3Event(raw());

      expect(event.records).toBe(event.records);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const event = new S3Event(raw());

      expect(event.record).toBe(event.records[0]);
      expect(event.record.awsRegion).toBe('us-east-1');
    });
  });

  describe('bucketName', () => {
    it('returns the bucket name of the first record', () => {
      expect(new S3Event(raw()).bucketName).toBe('amzn-s3-demo-bucket');
    });
  });

  describe('objectKey', () => {
    it('returns the URL-decoded key of the first record', () => {
      expect(new S3Event(raw()).objectKey).toBe('test/key');
    });

    it('decodes a plus as a space', () => {
      expect(new S3Event(raw('s3-event.glacier')).objectKey).toBe(
        'archive/2020 report.csv'
      );
    });
  });
});

describe('S3EventRecord', () => {
  describe('eventVersion', () => {
    it('returns the record format version', () => {
      expect(second().record.eventVersion).toBe('2.1');
    });
  });

  describe('eventSource', () => {
    it('returns aws:s3', () => {
      expect(second().record.eventSource).toBe('aws:s3');
    });
  });

  describe('awsRegion', () => {
    it('returns the Region', () => {
      expect(second().record.awsRegion).toBe('us-east-2');
    });
  });

  describe('eventTime', () => {
    it('returns the ISO-8601 time', () => {
      expect(second().record.eventTime).toBe('2019-09-03T19:37:27.192Z');
    });
  });

  describe('eventName', () => {
    it('returns the event type', () => {
      expect(second().record.eventName).toBe('ObjectCreated:Put');
    });

    it('returns the removal type on a removal event', () => {
      expect(new S3Event(raw('s3-event.object-removed')).record.eventName).toBe(
        'ObjectRemoved:Delete'
      );
    });
  });

  describe('userIdentity', () => {
    it('wraps userIdentity, the same wrapper on every access', () => {
      const { raw: rawRecord, record } = second();

      expect(record.userIdentity).toBeInstanceOf(S3Identity);
      expect(record.userIdentity.rawEvent).toBe(rawRecord.userIdentity);
      expect(record.userIdentity.principalId).toBe('AWS:AIDAINPONIXQXHT3IKHL2');
      expect(record.userIdentity).toBe(record.userIdentity);
    });
  });

  describe('requestParameters', () => {
    it('wraps requestParameters, the same wrapper on every access', () => {
      const { raw: rawRecord, record } = second();

      expect(record.requestParameters).toBeInstanceOf(S3RequestParameters);
      expect(record.requestParameters.rawEvent).toBe(
        rawRecord.requestParameters
      );
      expect(record.requestParameters.sourceIpAddress).toBe('205.255.255.255');
      expect(record.requestParameters).toBe(record.requestParameters);
    });
  });

  describe('responseElements', () => {
    it('returns the request IDs', () => {
      expect(second().record.responseElements).toEqual({
        'x-amz-request-id': 'D82B88E5F771F645',
        'x-amz-id-2':
          'vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=',
      });
    });

    it('returns an empty object when absent', () => {
      const event = patchEvent<RawS3Event>('s3-event', (event) => {
        delete (event.Records[0] as Partial<RawS3EventRecord>).responseElements;
      });

      expect(new S3Event(event).record.responseElements).toEqual({});
    });
  });

  describe('s3', () => {
    it('wraps s3, the same wrapper on every access', () => {
      const { raw: rawRecord, record } = second();

      expect(record.s3).toBeInstanceOf(S3Message);
      expect(record.s3.rawEvent).toBe(rawRecord.s3);
      expect(record.s3).toBe(record.s3);
    });
  });

  describe('glacierEventData', () => {
    it('returns undefined when absent, on every access', () => {
      const { record } = second();

      expect(record.glacierEventData).toBeUndefined();
      expect(record.glacierEventData).toBeUndefined();
    });

    it('wraps the restore details of a restore event', () => {
      const event = raw('s3-event.glacier');

      const glacier = new S3Event(event).record.glacierEventData;

      expect(glacier).toBeInstanceOf(S3EventRecordGlacierEventData);
      expect(glacier?.rawEvent).toBe(event.Records[0]?.glacierEventData);
    });

    it('returns the same wrapper on every access', () => {
      const record = new S3Event(raw('s3-event.glacier')).record;

      expect(record.glacierEventData).toBe(record.glacierEventData);
    });
  });
});

describe('S3EventRecordGlacierEventData', () => {
  describe('restoreEventData', () => {
    it('wraps restoreEventData, the same wrapper on every access', () => {
      const event = raw('s3-event.glacier');
      const glacier = new S3Event(event).record
        .glacierEventData as S3EventRecordGlacierEventData;

      expect(glacier.restoreEventData).toBeInstanceOf(
        S3EventRecordGlacierRestoreEventData
      );
      expect(glacier.restoreEventData.rawEvent).toBe(
        event.Records[0]?.glacierEventData?.restoreEventData
      );
      expect(glacier.restoreEventData).toBe(glacier.restoreEventData);
    });
  });
});

describe('S3EventRecordGlacierRestoreEventData', () => {
  const restore = (): S3EventRecordGlacierRestoreEventData =>
    (
      new S3Event(raw('s3-event.glacier')).record
        .glacierEventData as S3EventRecordGlacierEventData
    ).restoreEventData;

  describe('lifecycleRestorationExpiryTime', () => {
    it('returns when the restored copy expires', () => {
      expect(restore().lifecycleRestorationExpiryTime).toBe(
        '2021-11-19T00:00:00.000Z'
      );
    });
  });

  describe('lifecycleRestoreStorageClass', () => {
    it('returns the storage class restored from', () => {
      expect(restore().lifecycleRestoreStorageClass).toBe('GLACIER');
    });
  });
});

describe('S3Identity', () => {
  describe('principalId', () => {
    it('returns the principal ID', () => {
      expect(second().record.userIdentity.principalId).toBe(
        'AWS:AIDAINPONIXQXHT3IKHL2'
      );
    });
  });
});

describe('S3RequestParameters', () => {
  describe('sourceIpAddress', () => {
    it('returns the source IP address', () => {
      expect(second().record.requestParameters.sourceIpAddress).toBe(
        '205.255.255.255'
      );
    });
  });
});

describe('S3Message', () => {
  describe('s3SchemaVersion', () => {
    it('returns 1.0', () => {
      expect(second().record.s3.s3SchemaVersion).toBe('1.0');
    });
  });

  describe('configurationId', () => {
    it('returns the configuration ID', () => {
      expect(second().record.s3.configurationId).toBe(
        '828aa6fc-f7b5-4305-8584-487c791949c1'
      );
    });
  });

  describe('bucket', () => {
    it('wraps s3.bucket, the same wrapper on every access', () => {
      const { raw: rawRecord, record } = second();

      expect(record.s3.bucket).toBeInstanceOf(S3Bucket);
      expect(record.s3.bucket.rawEvent).toBe(rawRecord.s3.bucket);
      expect(record.s3.bucket).toBe(record.s3.bucket);
    });
  });

  describe('object', () => {
    it('wraps s3.object, the same wrapper on every access', () => {
      const { raw: rawRecord, record } = second();

      expect(record.s3.object).toBeInstanceOf(S3Object);
      expect(record.s3.object.rawEvent).toBe(rawRecord.s3.object);
      expect(record.s3.object).toBe(record.s3.object);
    });
  });
});

describe('S3Bucket', () => {
  describe('name', () => {
    it('returns the bucket name', () => {
      expect(second().record.s3.bucket.name).toBe('amzn-s3-demo-bucket');
    });
  });

  describe('ownerIdentity', () => {
    it('wraps ownerIdentity, the same wrapper on every access', () => {
      const { raw: rawRecord, record } = second();
      const bucket = record.s3.bucket;

      expect(bucket.ownerIdentity).toBeInstanceOf(S3Identity);
      expect(bucket.ownerIdentity.rawEvent).toBe(
        rawRecord.s3.bucket.ownerIdentity
      );
      expect(bucket.ownerIdentity.principalId).toBe('A3I5XTEXAMAI3E');
      expect(bucket.ownerIdentity).toBe(bucket.ownerIdentity);
    });
  });

  describe('arn', () => {
    it('returns the bucket ARN', () => {
      expect(second().record.s3.bucket.arn).toBe(
        'arn:aws:s3:::amzn-s3-demo-bucket'
      );
    });
  });
});

describe('S3Event on event types the documented samples do not show', () => {
  it('reads a failed replication record, whose identity is S3 itself', () => {
    const record = new S3Event(raw('s3-event.replication-failed')).record;

    expect(record.eventName).toBe('Replication:OperationFailedReplication');
    expect(record.userIdentity.principalId).toBe('s3.amazonaws.com');
    expect(record.requestParameters.sourceIpAddress).toBe('s3.amazonaws.com');
    expect(record.s3.object.key).toBe('videos/2024/launch-teaser.mp4');
    expect(record.s3.object.versionId).toBe('Xk4vR9mT2pQ7sL1nB8cW3yZ6hJ0dF5gA');
    expect(record.glacierEventData).toBeUndefined();
  });

  it('reads lifecycle and Intelligent-Tiering records, an expiration without size or ETag', () => {
    const records = new S3Event(raw('s3-event.lifecycle')).records;

    expect(records.map((record) => record.eventName)).toEqual([
      'LifecycleTransition',
      'LifecycleExpiration:Delete',
      'IntelligentTiering',
    ]);
    expect(records[0]?.s3.object.size).toBe(1073741824);
    expect(records[1]?.s3.object.size).toBeUndefined();
    expect(records[1]?.s3.object.etag).toBe('');
    expect(records[1]?.s3.object.key).toBe('tmp/uploads/part-0003');
    expect(records[2]?.s3.bucket.name).toBe('media-archive-eu');
  });
});

describe('malformed input', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the patches write shapes the raw type forbids
  const patched = (patch: (event: any) => void): S3Event =>
    new S3Event(patchEvent<RawS3Event>('s3-event', patch));

  it('throws MissingFieldError when Records is missing', () => {
    const event = new S3Event({} as RawS3Event);

    expectEvtError(
      () => event.records,
      MissingFieldError,
      'S3Event: Records is missing'
    );
  });

  it('throws FieldTypeError when Records is not an array', () => {
    const event = new S3Event({ Records: 'x' } as never);

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'S3Event: Records must be array, got string'
    );
  });

  it('throws MissingFieldError naming Records[0] when Records is empty', () => {
    const event = new S3Event({ Records: [] });

    expectEvtError(
      () => event.record,
      MissingFieldError,
      'S3Event: Records[0] is missing'
    );
    expectEvtError(
      () => event.bucketName,
      MissingFieldError,
      'S3Event: Records[0] is missing'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const event = new S3Event({ Records: [42] } as never);

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'S3Event: Records[0] must be object, got number'
    );
  });

  it('throws MissingFieldError naming the full path of the bucket name', () => {
    const event = patched((event) => {
      delete event.Records[0].s3.bucket.name;
    });

    expectEvtError(
      () => event.bucketName,
      MissingFieldError,
      'S3Event: Records[0].s3.bucket.name is missing'
    );
  });

  it('throws MissingFieldError when s3 is missing', () => {
    const event = patched((event) => {
      delete event.Records[1].s3;
    });

    expectEvtError(
      () => event.records[1]?.s3,
      MissingFieldError,
      'S3Event: Records[1].s3 is missing'
    );
  });

  it('throws FieldTypeError when s3.object is a string', () => {
    const event = patched((event) => {
      event.Records[0].s3.object = 'x';
    });

    expectEvtError(
      () => event.record.s3.object,
      FieldTypeError,
      'S3Event: Records[0].s3.object must be object, got string'
    );
  });

  it('throws FieldTypeError when eventName is a number', () => {
    const event = patched((event) => {
      event.Records[0].eventName = 7;
    });

    expectEvtError(
      () => event.record.eventName,
      FieldTypeError,
      'S3Event: Records[0].eventName must be string, got number'
    );
  });

  it('throws FieldTypeError when responseElements is a string', () => {
    const event = patched((event) => {
      event.Records[0].responseElements = 'x';
    });

    expectEvtError(
      () => event.record.responseElements,
      FieldTypeError,
      'S3Event: Records[0].responseElements must be object, got string'
    );
  });

  it('throws FieldTypeError when glacierEventData is a string', () => {
    const event = patched((event) => {
      event.Records[0].glacierEventData = 'x';
    });

    expectEvtError(
      () => event.record.glacierEventData,
      FieldTypeError,
      'S3Event: Records[0].glacierEventData must be object, got string'
    );
  });

  it('throws MissingFieldError for a missing restore storage class', () => {
    const event = new S3Event(
      patchEvent<RawS3Event>('s3-event.glacier', (event) => {
        const restore = event.Records[0]?.glacierEventData?.restoreEventData;
        delete (restore as { lifecycleRestoreStorageClass?: string })
          .lifecycleRestoreStorageClass;
      })
    );

    expectEvtError(
      () =>
        event.record.glacierEventData?.restoreEventData
          .lifecycleRestoreStorageClass,
      MissingFieldError,
      'S3Event: Records[0].glacierEventData.restoreEventData.lifecycleRestoreStorageClass is missing'
    );
  });

  it('throws MissingFieldError for a missing principal ID', () => {
    const event = patched((event) => {
      event.Records[0].userIdentity = {};
    });

    expectEvtError(
      () => event.record.userIdentity.principalId,
      MissingFieldError,
      'S3Event: Records[0].userIdentity.principalId is missing'
    );
  });

  it('throws MissingFieldError for a missing source IP address', () => {
    const event = patched((event) => {
      event.Records[0].requestParameters = {};
    });

    expectEvtError(
      () => event.record.requestParameters.sourceIpAddress,
      MissingFieldError,
      'S3Event: Records[0].requestParameters.sourceIPAddress is missing'
    );
  });
});
