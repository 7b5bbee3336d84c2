import { DecodeError, FieldTypeError, MissingFieldError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type RawS3EventBridgeNotificationEvent,
  S3EventBridgeNotificationDetail,
  S3EventBridgeNotificationEvent,
  S3EventBridgeNotificationObject,
  S3EventNotificationEventBridgeBucket,
} from '../src/s3-event-bridge-notification-event';

const FIXTURE = 's3-event-bridge-notification-event';

const raw = (variant?: string): RawS3EventBridgeNotificationEvent =>
  loadEvent<RawS3EventBridgeNotificationEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );

const load = (variant?: string): S3EventBridgeNotificationEvent =>
  new S3EventBridgeNotificationEvent(raw(variant));

const patched = (
  // biome-ignore lint/suspicious/noExplicitAny: the patches write shapes the raw type forbids
  patch: (event: any) => void
): S3EventBridgeNotificationEvent =>
  new S3EventBridgeNotificationEvent(
    patchEvent<RawS3EventBridgeNotificationEvent>(FIXTURE, patch)
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('S3EventBridgeNotificationEvent', () => {
  describe('id', () => {
    it('returns the event ID', () => {
      expect(load().id).toBe('17793124-05d4-b198-2fde-7ededc63b103');
    });
  });

  describe('version', () => {
    it('returns 0', () => {
      expect(load().version).toBe('0');
    });

    it('returns undefined when absent', () => {
      const event = patched((event) => {
        delete event.version;
      });

      expect(event.version).toBeUndefined();
    });
  });

  describe('account', () => {
    it('returns the account ID', () => {
      expect(load().account).toBe('111122223333');
    });
  });

  describe('time', () => {
    it('returns the event time', () => {
      expect(load().time).toBe('2021-11-12T00:00:00Z');
    });
  });

  describe('region', () => {
    it('returns the Region', () => {
      expect(load().region).toBe('ca-central-1');
    });
  });

  describe('resources', () => {
    it('returns the bucket ARN', () => {
      expect(load().resources).toEqual(['arn:aws:s3:::amzn-s3-demo-bucket1']);
    });

    it('returns an empty array when absent', () => {
      const event = patched((event) => {
        delete event.resources;
      });

      expect(event.resources).toEqual([]);
    });
  });

  describe('source', () => {
    it('returns aws.s3', () => {
      expect(load().source).toBe('aws.s3');
    });
  });

  describe('detailType', () => {
    it('returns the event type', () => {
      expect(load().detailType).toBe('Object Created');
      expect(load('object-deleted').detailType).toBe('Object Deleted');
    });
  });

  describe('detail', () => {
    it('wraps detail, the same wrapper on every access', () => {
      const source = raw();
      const event = new S3EventBridgeNotificationEvent(source);

      expect(event.detail).toBeInstanceOf(S3EventBridgeNotificationDetail);
      expect(event.detail.rawEvent).toBe(source.detail);
      expect(event.detail).toBe(event.detail);
    });
  });

  describe('replayName', () => {
    it('returns undefined when the event is not replayed', () => {
      expect(load().replayName).toBeUndefined();
    });

    it('returns the replay name', () => {
      const event = patched((event) => {
        event['replay-name'] = 'replay-2021-11';
      });

      expect(event.replayName).toBe('replay-2021-11');
    });
  });
});

describe('S3EventBridgeNotificationDetail', () => {
  describe('version', () => {
    it('returns the detail version', () => {
      expect(load().detail.version).toBe('0');
    });
  });

  describe('bucket', () => {
    it('wraps detail.bucket, the same wrapper on every access', () => {
      const source = raw();
      const detail = new S3EventBridgeNotificationEvent(source).detail;

      expect(detail.bucket).toBeInstanceOf(
        S3EventNotificationEventBridgeBucket
      );
      expect(detail.bucket.rawEvent).toBe(source.detail.bucket);
      expect(detail.bucket).toBe(detail.bucket);
    });
  });

  describe('object', () => {
    it('wraps detail.object, the same wrapper on every access', () => {
      const source = raw();
      const detail = new S3EventBridgeNotificationEvent(source).detail;

      expect(detail.object).toBeInstanceOf(S3EventBridgeNotificationObject);
      expect(detail.object.rawEvent).toBe(source.detail.object);
      expect(detail.object).toBe(detail.object);
    });
  });

  describe('requestId', () => {
    it('returns the request ID', () => {
      expect(load().detail.requestId).toBe('N4N7GDK58NMKJ12R');
    });
  });

  describe('requester', () => {
    it('returns the requester account', () => {
      expect(load().detail.requester).toBe('123456789012');
    });

    it('returns the service principal for a restore', () => {
      expect(load('restore-completed').detail.requester).toBe(
        's3.amazonaws.com'
      );
    });
  });

  describe('sourceIpAddress', () => {
    it('returns the source IP address', () => {
      expect(load().detail.sourceIpAddress).toBe('1.2.3.4');
    });

    it('returns undefined when S3 itself caused the event', () => {
      expect(load('restore-completed').detail.sourceIpAddress).toBeUndefined();
    });
  });

  describe('reason', () => {
    it('returns the API that created the object', () => {
      expect(load().detail.reason).toBe('PutObject');
    });

    it('returns the API that deleted the object', () => {
      expect(load('object-deleted').detail.reason).toBe('DeleteObject');
    });

    it('returns undefined when absent', () => {
      expect(load('storage-class-changed').detail.reason).toBeUndefined();
    });
  });

  describe('deletionType', () => {
    it('returns the kind of deletion', () => {
      expect(load('object-deleted').detail.deletionType).toBe(
        'Delete Marker Created'
      );
    });

    it('returns undefined on other events', () => {
      expect(load().detail.deletionType).toBeUndefined();
    });
  });

  describe('restoreExpiryTime', () => {
    it('returns when the restored copy expires', () => {
      expect(load('restore-completed').detail.restoreExpiryTime).toBe(
        '2021-11-13T00:00:00Z'
      );
    });

    it('returns undefined on other events', () => {
      expect(load().detail.restoreExpiryTime).toBeUndefined();
    });
  });

  describe('sourceStorageClass', () => {
    it('returns the storage class restored from', () => {
      expect(load('restore-completed').detail.sourceStorageClass).toBe(
        'GLACIER'
      );
    });

    it('returns undefined on other events', () => {
      expect(load().detail.sourceStorageClass).toBeUndefined();
    });
  });

  describe('destinationStorageClass', () => {
    it('returns the new storage class', () => {
      expect(load('storage-class-changed').detail.destinationStorageClass).toBe(
        'INTELLIGENT_TIERING'
      );
    });

    it('returns undefined on other events', () => {
      expect(load().detail.destinationStorageClass).toBeUndefined();
    });
  });

  describe('destinationAccessTier', () => {
    it('returns the new access tier', () => {
      expect(load('access-tier-changed').detail.destinationAccessTier).toBe(
        'DEEP_ARCHIVE_ACCESS'
      );
    });

    it('returns undefined on other events', () => {
      expect(load().detail.destinationAccessTier).toBeUndefined();
    });
  });
});

describe('S3EventNotificationEventBridgeBucket', () => {
  describe('name', () => {
    it('returns the bucket name', () => {
      expect(load().detail.bucket.name).toBe('amzn-s3-demo-bucket1');
    });
  });
});

describe('S3EventBridgeNotificationObject', () => {
  describe('key', () => {
    it('returns the key', () => {
      expect(load().detail.object.key).toBe('example-key');
    });

    it('URL-decodes the key', () => {
      const object = new S3EventBridgeNotificationObject({
        key: 'my+file%281%29.txt',
      });

      expect(object.key).toBe('my file(1).txt');
    });

    it('decodes the key once, however often it is read', () => {
      const object = new S3EventBridgeNotificationObject({
        key: 'my+file%281%29.txt',
      });
      const decode = vi.spyOn(globalThis, 'decodeURIComponent');

      const first = object.key;
      const again = object.key;

      expect(first).toBe('my file(1).txt');
      expect(again).toBe('my file(1).txt');
      expect(decode).toHaveBeenCalledTimes(1);
    });
  });

  describe('size', () => {
    it('returns the size', () => {
      expect(load().detail.object.size).toBe(5);
    });

    it('returns undefined on a deletion event', () => {
      expect(load('object-deleted').detail.object.size).toBeUndefined();
    });
  });

  describe('etag', () => {
    it('returns the ETag', () => {
      expect(load().detail.object.etag).toBe(
        'b1946ac92492d2347c6235b4d2611184'
      );
    });

    it('returns an empty string when absent', () => {
      expect(load('object-deleted').detail.object.etag).toBe('');
    });
  });

  describe('versionId', () => {
    it('returns the version ID', () => {
      expect(load().detail.object.versionId).toBe(
        'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e'
      );
    });

    it('returns undefined when absent', () => {
      expect(
        new S3EventBridgeNotificationObject({ key: 'k' }).versionId
      ).toBeUndefined();
    });
  });

  describe('sequencer', () => {
    it('returns the sequencer', () => {
      expect(load().detail.object.sequencer).toBe('617f08299329d189');
    });

    it('returns undefined on a restore event', () => {
      expect(load('restore-completed').detail.object.sequencer).toBeUndefined();
    });
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when detail is missing', () => {
    const event = patched((event) => {
      delete event.detail;
    });

    expectEvtError(
      () => event.detail,
      MissingFieldError,
      'S3EventBridgeNotificationEvent: detail is missing'
    );
  });

  it('throws MissingFieldError naming the full path of the bucket name', () => {
    const event = patched((event) => {
      event.detail.bucket = {};
    });

    expectEvtError(
      () => event.detail.bucket.name,
      MissingFieldError,
      'S3EventBridgeNotificationEvent: detail.bucket.name is missing'
    );
  });

  it('throws FieldTypeError when detail.object is a string', () => {
    const event = patched((event) => {
      event.detail.object = 'x';
    });

    expectEvtError(
      () => event.detail.object,
      FieldTypeError,
      'S3EventBridgeNotificationEvent: detail.object must be object, got string'
    );
  });

  it('throws DecodeError for a malformed escape in the key', () => {
    const event = patched((event) => {
      event.detail.object.key = 'a%zz';
    });

    expectEvtError(
      () => event.detail.object.key,
      DecodeError,
      'S3EventBridgeNotificationEvent: detail.object.key is not valid URL encoding: malformed percent-escape'
    );
  });

  it('throws FieldTypeError when a resource is not a string', () => {
    const event = patched((event) => {
      event.resources = [1];
    });

    expectEvtError(
      () => event.resources,
      FieldTypeError,
      'S3EventBridgeNotificationEvent: resources[0] must be string, got number'
    );
  });

  it('throws FieldTypeError when version is a number', () => {
    const event = patched((event) => {
      event.version = 0;
    });

    expectEvtError(
      () => event.version,
      FieldTypeError,
      'S3EventBridgeNotificationEvent: version must be string, got number'
    );
  });

  it('throws FieldTypeError when detail-type is a boolean', () => {
    const event = patched((event) => {
      event['detail-type'] = true;
    });

    expectEvtError(
      () => event.detailType,
      FieldTypeError,
      'S3EventBridgeNotificationEvent: detail-type must be string, got boolean'
    );
  });

  it('throws MissingFieldError when request-id is missing', () => {
    const event = patched((event) => {
      delete event.detail['request-id'];
    });

    expectEvtError(
      () => event.detail.requestId,
      MissingFieldError,
      'S3EventBridgeNotificationEvent: detail.request-id is missing'
    );
  });

  it('throws FieldTypeError when the size is a string', () => {
    const event = patched((event) => {
      event.detail.object.size = '5';
    });

    expectEvtError(
      () => event.detail.object.size,
      FieldTypeError,
      'S3EventBridgeNotificationEvent: detail.object.size must be number, got string'
    );
  });
});
