import { describe, expectTypeOf, it } from 'vitest';
import {
  CloudFrontRequestEvent,
  type CloudFrontRequestEventRecord,
} from '../src/index';
import { createCloudFrontRequestEvent } from '../src/testing';

describe('CloudFrontRequestEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new CloudFrontRequestEvent<{ id: string }>(
      createCloudFrontRequestEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      CloudFrontRequestEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
