import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CloudFormationCustomResourceEvent,
  FieldTypeError,
  MissingFieldError,
  type RawCloudFormationCustomResourceEvent,
} from '../src/index';
import { createCloudFormationCustomResourceEvent } from '../src/testing';

const FIXTURE = 'cloud-formation-custom-resource-event';
const load = (variant?: string): RawCloudFormationCustomResourceEvent =>
  loadEvent<RawCloudFormationCustomResourceEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );

const STACK_ID =
  'arn:aws:cloudformation:us-west-2:123456789012:stack/mystack/5b918d10-cd98-11ea-90d5-0a9cd3354c10';
const SERVICE_TOKEN =
  'arn:aws:lambda:us-west-2:123456789012:function:mystack-CustomResourceProvider-3hN5v9KcQ2Xb';
const QUERY =
  'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240501T120000Z&X-Amz-SignedHeaders=host&X-Amz-Expires=7200&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
const responseUrlOf = (requestId: string): string =>
  `https://cloudformation-custom-resource-response-uswest2.s3.us-west-2.amazonaws.com/arn%3Aaws%3Acloudformation%3Aus-west-2%3A123456789012%3Astack/mystack/5b918d10-cd98-11ea-90d5-0a9cd3354c10%7CMyCustomResource%7C${requestId}?${QUERY}`;
const PHYSICAL_ID = 'mystack-MyCustomResource-1BZ5X0QH6TQ4K';

const propertiesOf = (key1: string) => ({
  ServiceToken: SERVICE_TOKEN,
  key1,
  key2: ['list'],
  key3: { key4: 'map' },
});

/** The fields every fixture shares. */
const COMMON = {
  serviceToken: SERVICE_TOKEN,
  stackId: STACK_ID,
  logicalResourceId: 'MyCustomResource',
  resourceType: 'Custom::MyCustomResourceType',
};

/** Each fixture variant and every member's value in it. */
const REQUESTS: [string, string | undefined, Record<string, unknown>][] = [
  [
    'a Create request',
    undefined,
    {
      requestType: 'Create',
      responseUrl: responseUrlOf('e2fc8f5c-0391-4a65-a645-7c695646739e'),
      requestId: 'e2fc8f5c-0391-4a65-a645-7c695646739e',
      // As in Powertools: a Create request has no physical ID and no old properties.
      physicalResourceId: '',
      resourceProperties: propertiesOf('string'),
      oldResourceProperties: {},
    },
  ],
  [
    'an Update request',
    'update',
    {
      requestType: 'Update',
      responseUrl: responseUrlOf('3d0a1f36-52c7-4b58-9a44-6c1e2f8b7d90'),
      requestId: '3d0a1f36-52c7-4b58-9a44-6c1e2f8b7d90',
      physicalResourceId: PHYSICAL_ID,
      resourceProperties: propertiesOf('new-string'),
      oldResourceProperties: propertiesOf('string'),
    },
  ],
  [
    'a Delete request',
    'delete',
    {
      requestType: 'Delete',
      responseUrl: responseUrlOf('8a0d6c1e-4f5b-4e2a-b3c7-91d2e6f04a18'),
      requestId: '8a0d6c1e-4f5b-4e2a-b3c7-91d2e6f04a18',
      physicalResourceId: PHYSICAL_ID,
      resourceProperties: propertiesOf('new-string'),
      oldResourceProperties: {},
    },
  ],
  [
    'a provider framework request',
    'provider-framework',
    {
      requestType: 'Create',
      responseUrl: undefined,
      requestId: 'b6f3e2a1-7c94-4d0e-8f21-5a3c9e7d1b64',
      physicalResourceId: '',
      resourceProperties: propertiesOf('string'),
      oldResourceProperties: {},
    },
  ],
];

describe('CloudFormationCustomResourceEvent', () => {
  it.each(REQUESTS)('returns each member of %s', (_title, variant, values) => {
    const event = new CloudFormationCustomResourceEvent(load(variant));

    expectGetters(event, { ...COMMON, ...values });
  });

  it('returns the raw property objects, not copies', () => {
    const raw = load('update');
    const event = new CloudFormationCustomResourceEvent(raw);

    expect(event.resourceProperties).toBe(raw.ResourceProperties);
    expect(raw.RequestType === 'Update' && raw.OldResourceProperties).toBe(
      event.oldResourceProperties
    );
  });

  describe('resourceProperties', () => {
    it('returns an empty object, as Powertools does, when the request has none', () => {
      const raw = patchEvent<Record<string, unknown>>(FIXTURE, (event) => {
        delete event.ResourceProperties;
      }) as unknown as RawCloudFormationCustomResourceEvent;

      expect(
        new CloudFormationCustomResourceEvent(raw).resourceProperties
      ).toEqual({});
    });
  });

  describe('debug view', () => {
    it('hides the presigned response URL and shows the request', () => {
      const event = new CloudFormationCustomResourceEvent(load('update'));

      const view = JSON.parse(String(event));

      expect(view.responseUrl).toBe('[SENSITIVE]');
      expect(String(event)).not.toContain('X-Amz-Signature=');
      expect(inspect(event)).not.toContain('AKIAIOSFODNN7EXAMPLE');
      expect(view.requestType).toBe('Update');
      expect(view.physicalResourceId).toBe(PHYSICAL_ID);
      expect(view.oldResourceProperties.key1).toBe('string');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the Create sample by default', () => {
      const raw = createCloudFormationCustomResourceEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createCloudFormationCustomResourceEvent());
    });

    it('builds the sample of each request type', () => {
      expect(
        createCloudFormationCustomResourceEvent({ requestType: 'Update' })
      ).toEqual(load('update'));
      expect(
        createCloudFormationCustomResourceEvent({ requestType: 'Delete' })
      ).toEqual(load('delete'));
    });

    it('builds a provider framework request without the response URL', () => {
      const raw = createCloudFormationCustomResourceEvent({
        providerFramework: true,
      });

      expect(raw).not.toHaveProperty('ResponseURL');
      expect(raw.RequestType).toBe('Create');
    });

    it('replaces the fields given, keeping the sample ServiceToken among the properties', () => {
      const event = new CloudFormationCustomResourceEvent(
        createCloudFormationCustomResourceEvent({
          requestType: 'Update',
          responseUrl: 'http://127.0.0.1:8080/response?X-Amz-Signature=abc',
          logicalResourceId: 'Prefix',
          physicalResourceId: 'prefix-1',
          resourceProperties: { Prefix: 'new' },
          oldResourceProperties: { Prefix: 'old' },
          event: { RequestId: 'request-2' },
        })
      );

      expect(event.responseUrl).toBe(
        'http://127.0.0.1:8080/response?X-Amz-Signature=abc'
      );
      expect(event.logicalResourceId).toBe('Prefix');
      expect(event.physicalResourceId).toBe('prefix-1');
      expect(event.resourceProperties).toEqual({
        ServiceToken: SERVICE_TOKEN,
        Prefix: 'new',
      });
      expect(event.oldResourceProperties).toEqual({
        ServiceToken: SERVICE_TOKEN,
        Prefix: 'old',
      });
      expect(event.requestId).toBe('request-2');
    });

    it('throws TypeError for a field the request type does not carry', () => {
      expect(() =>
        createCloudFormationCustomResourceEvent({ physicalResourceId: 'x' })
      ).toThrow(
        new TypeError(
          'createCloudFormationCustomResourceEvent: physicalResourceId is not part of a Create request'
        )
      );
      expect(() =>
        createCloudFormationCustomResourceEvent({
          providerFramework: true,
          responseUrl: 'https://example.com/',
        })
      ).toThrow(
        new TypeError(
          'createCloudFormationCustomResourceEvent: responseUrl is not part of a provider framework Create request'
        )
      );
    });

    it('throws TypeError for an unknown request type', () => {
      expect(() =>
        createCloudFormationCustomResourceEvent({
          requestType: 'Replace' as 'Create',
        })
      ).toThrow(
        new TypeError(
          "createCloudFormationCustomResourceEvent: requestType must be 'Create', 'Update' or 'Delete', got string"
        )
      );
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming a required field that is absent', () => {
      const raw = patchEvent<Record<string, unknown>>(FIXTURE, (event) => {
        delete event.StackId;
      }) as unknown as RawCloudFormationCustomResourceEvent;

      expectEvtError(
        () => new CloudFormationCustomResourceEvent(raw).stackId,
        MissingFieldError,
        'CloudFormationCustomResourceEvent: StackId is missing'
      );
    });

    it('throws MissingFieldError when the request type is absent', () => {
      const raw = patchEvent<Record<string, unknown>>(FIXTURE, (event) => {
        delete event.RequestType;
      }) as unknown as RawCloudFormationCustomResourceEvent;

      expectEvtError(
        () => new CloudFormationCustomResourceEvent(raw).requestType,
        MissingFieldError,
        'CloudFormationCustomResourceEvent: RequestType is missing'
      );
    });

    it('throws FieldTypeError naming the documented request types for another one', () => {
      const raw = patchEvent<Record<string, unknown>>(FIXTURE, (event) => {
        event.RequestType = 'Replace';
      }) as unknown as RawCloudFormationCustomResourceEvent;

      expectEvtError(
        () => new CloudFormationCustomResourceEvent(raw).requestType,
        FieldTypeError,
        'CloudFormationCustomResourceEvent: RequestType must be Create | Update | Delete, got "Replace"'
      );
    });

    it('throws FieldTypeError naming the path of a mistyped field', () => {
      const raw = patchEvent<Record<string, unknown>>(
        `${FIXTURE}.update`,
        (event) => {
          event.OldResourceProperties = 'old';
          event.PhysicalResourceId = 7;
        }
      ) as unknown as RawCloudFormationCustomResourceEvent;
      const event = new CloudFormationCustomResourceEvent(raw);

      expectEvtError(
        () => event.oldResourceProperties,
        FieldTypeError,
        'CloudFormationCustomResourceEvent: OldResourceProperties must be object, got string'
      );
      expectEvtError(
        () => event.physicalResourceId,
        FieldTypeError,
        'CloudFormationCustomResourceEvent: PhysicalResourceId must be string, got number'
      );
    });
  });
});
