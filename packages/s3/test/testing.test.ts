import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import { S3BatchOperationEvent } from '../src/s3-batch-operation-event';
import { S3Event } from '../src/s3-event';
import { S3EventBridgeNotificationEvent } from '../src/s3-event-bridge-notification-event';
import { S3ObjectLambdaEvent } from '../src/s3-object-lambda-event';
import {
  createS3BatchOperationEvent,
  createS3Event,
  createS3EventBridgeNotificationEvent,
  createS3ObjectLambdaEvent,
} from '../src/testing';

describe('createS3Event', () => {
  it('returns a copy of the sample event', () => {
    const first = createS3Event();

    expect(first).toEqual(loadEvent('s3-event'));
    expect(createS3Event()).not.toBe(first);
    expect(createS3Event().Records[0]).not.toBe(first.Records[0]);
  });

  it('applies the overrides to every record', () => {
    const event = new S3Event(
      createS3Event({
        bucket: 'photos',
        key: 'a+b.jpg',
        size: 7,
        eventName: 'ObjectRemoved:Delete',
        region: 'eu-west-1',
      })
    );

    expect(event.records.map((record) => record.s3.bucket.arn)).toEqual([
      'arn:aws:s3:::photos',
      'arn:aws:s3:::photos',
    ]);
    expect(event.records[1]?.s3.bucket.name).toBe('photos');
    expect(event.records[1]?.s3.object.decodedKey).toBe('a b.jpg');
    expect(event.records[1]?.s3.object.size).toBe(7);
    expect(event.records[1]?.eventName).toBe('ObjectRemoved:Delete');
    expect(event.records[1]?.awsRegion).toBe('eu-west-1');
  });

  it('names the partition of the Region in the sample bucket ARN', () => {
    const event = new S3Event(createS3Event({ region: 'cn-north-1' }));

    expect(event.records[0]?.s3.bucket.arn).toBe(
      'arn:aws-cn:s3:::amzn-s3-demo-bucket'
    );
  });

  it.each([
    ['us-gov-west-1', 'arn:aws-us-gov:s3:::photos'],
    ['us-iso-east-1', 'arn:aws-iso:s3:::photos'],
    ['eu-west-1', 'arn:aws:s3:::photos'],
  ])('names the partition of %s in the bucket ARN', (region, arn) => {
    const event = new S3Event(createS3Event({ region, bucket: 'photos' }));

    expect(event.records.map((record) => record.s3.bucket.arn)).toEqual([
      arn,
      arn,
    ]);
  });

  it('builds one record per key, copies of the first with numbered sequencers', () => {
    const event = new S3Event(createS3Event({ keys: ['one.jpg'] }));

    expect(event.records.map((record) => record.s3.object.key)).toEqual([
      'one.jpg',
    ]);
    expect(event.records[0]?.s3.object.sequencer).toBe('0A1B2C3D4E5F670000');
  });

  it('builds as many records as the count asks, with the record changes merged', () => {
    const event = new S3Event(
      createS3Event({
        count: 3,
        records: [{}, {}, { s3: { object: { key: 'third.jpg' } } }],
        record: { s3: { object: { versionId: 'v2' } } },
      })
    );

    expect(event.records.map((record) => record.s3.object.key)).toEqual([
      'test%2Fkey',
      'test%2Fkey',
      'third.jpg',
    ]);
    expect(event.records[2]?.s3.object.versionId).toBe('v2');
    expect(event.records[2]?.s3.object.size).toBe(1024);
  });
});

describe('changes at any depth', () => {
  it('merges detail and event changes into the EventBridge notification', () => {
    const event = new S3EventBridgeNotificationEvent(
      createS3EventBridgeNotificationEvent({
        detail: { object: { size: 99 } },
        event: { region: 'eu-west-1' },
      })
    );

    expect(event.detail.object.size).toBe(99);
    expect(event.detail.object.etag).toBe('b1946ac92492d2347c6235b4d2611184');
    expect(event.region).toBe('eu-west-1');
  });

  it('merges event changes into the batch operation and Object Lambda events', () => {
    const batch = new S3BatchOperationEvent(
      createS3BatchOperationEvent({ event: { job: { id: 'job-2' } } })
    );
    const lambda = new S3ObjectLambdaEvent(
      createS3ObjectLambdaEvent({
        event: { configuration: { payload: 'p' } },
      })
    );

    expect(batch.job.id).toBe('job-2');
    expect(lambda.configuration.payload).toBe('p');
    expect(lambda.configuration.accessPointArn).toBe(
      'arn:aws:s3-object-lambda:us-east-1:111122223333:accesspoint/example-object-lambda-ap'
    );
  });
});

describe('createS3EventBridgeNotificationEvent', () => {
  it('returns a copy of the Object Created sample', () => {
    expect(createS3EventBridgeNotificationEvent()).toEqual(
      loadEvent('s3-event-bridge-notification-event')
    );
  });

  it('applies the overrides', () => {
    const event = new S3EventBridgeNotificationEvent(
      createS3EventBridgeNotificationEvent({
        detailType: 'Object Deleted',
        bucket: 'photos',
        key: 'my+cat.jpg',
        detail: { 'deletion-type': 'Permanently Deleted' },
      })
    );

    expect(event.detailType).toBe('Object Deleted');
    expect(event.resources).toEqual(['arn:aws:s3:::photos']);
    expect(event.detail.bucket.name).toBe('photos');
    expect(event.detail.object.key).toBe('my cat.jpg');
    expect(event.detail.deletionType).toBe('Permanently Deleted');
  });
});

describe('createS3BatchOperationEvent', () => {
  it('returns a copy of the schema 1.0 sample', () => {
    expect(createS3BatchOperationEvent()).toEqual(
      loadEvent('s3-batch-operation-event')
    );
  });

  it('applies the overrides to a schema 1.0 event', () => {
    const event = new S3BatchOperationEvent(
      createS3BatchOperationEvent({
        bucket: 'photos',
        key: 'a+b',
        taskId: 't1',
      })
    );

    expect(event.task.s3BucketArn).toBe('arn:aws:s3:::photos');
    expect(event.task.s3Bucket).toBe('photos');
    expect(event.task.s3Key).toBe('a b');
    expect(event.task.taskId).toBe('t1');
  });

  it('applies the overrides to a schema 2.0 event', () => {
    const event = new S3BatchOperationEvent(
      createS3BatchOperationEvent({
        schemaVersion: '2.0',
        bucket: 'photos',
        userArguments: { mode: 'copy' },
      })
    );

    expect(event.invocationSchemaVersion).toBe('2.0');
    expect(event.task.s3Bucket).toBe('photos');
    expect(event.job.userArguments).toEqual({ mode: 'copy' });
  });
});

describe('createS3ObjectLambdaEvent', () => {
  it('returns a copy of the GetObject sample', () => {
    expect(createS3ObjectLambdaEvent()).toEqual(
      loadEvent('s3-object-lambda-event')
    );
  });

  it('returns the sample of the operation asked for', () => {
    expect(createS3ObjectLambdaEvent({ operation: 'ListObjectsV2' })).toEqual(
      loadEvent('s3-object-lambda-event.list-objects-v2')
    );
  });

  it('applies the overrides', () => {
    const event = new S3ObjectLambdaEvent(
      createS3ObjectLambdaEvent({
        operation: 'HeadObject',
        url: 'https://example.com/a',
        headers: { Range: 'bytes=0-99' },
        payload: '{"mode":"upper"}',
      })
    );

    expect(event.headObjectContext?.inputS3Url).toContain('X-Amz-Security');
    expect(event.userRequest.url).toBe('https://example.com/a');
    expect(event.userRequest.headers.get('range')).toBe('bytes=0-99');
    expect(event.configuration.payload).toBe('{"mode":"upper"}');
  });
});
