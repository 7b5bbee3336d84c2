import type {
  IoTPreProvisioningHookEvent as AwsIoTPreProvisioningHookEvent,
  IoTPreProvisioningHookResult as AwsIoTPreProvisioningHookResult,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildIoTPreProvisioningHookResponse,
  IoTPreProvisioningHookEvent,
  type IoTPreProvisioningHookResponse,
  type RawIoTPreProvisioningHookEvent,
} from '../src/index';
import {
  createIoTPreProvisioningHookEvent,
  type SampleIoTPreProvisioningHookEvent,
} from '../src/testing';

describe('IoTPreProvisioningHookEvent types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsIoTPreProvisioningHookEvent>().toExtend<RawIoTPreProvisioningHookEvent>();
  });

  it('builds samples that fit the @types/aws-lambda event', () => {
    expectTypeOf(
      createIoTPreProvisioningHookEvent()
    ).toEqualTypeOf<SampleIoTPreProvisioningHookEvent>();
    expectTypeOf<SampleIoTPreProvisioningHookEvent>().toExtend<AwsIoTPreProvisioningHookEvent>();
  });

  it('types the members', () => {
    const event = new IoTPreProvisioningHookEvent(
      createIoTPreProvisioningHookEvent()
    );

    expectTypeOf(event.certificatePem).toEqualTypeOf<string>();
    expectTypeOf(event.parameters).toEqualTypeOf<
      Readonly<Record<string, string>>
    >();
  });
});

describe('buildIoTPreProvisioningHookResponse types', () => {
  it('returns what the @types/aws-lambda result accepts', () => {
    expectTypeOf(
      buildIoTPreProvisioningHookResponse({ allowProvisioning: true })
    ).toEqualTypeOf<IoTPreProvisioningHookResponse>();
    expectTypeOf<IoTPreProvisioningHookResponse>().toExtend<AwsIoTPreProvisioningHookResult>();
  });
});
