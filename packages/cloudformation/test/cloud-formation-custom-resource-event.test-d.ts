import { describe, expectTypeOf, it } from 'vitest';
import {
  CloudFormationCustomResourceEvent,
  type CloudFormationCustomResourceEventRecord,
} from '../src/index';
import { createCloudFormationCustomResourceEvent } from '../src/testing';

describe('CloudFormationCustomResourceEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new CloudFormationCustomResourceEvent<{ id: string }>(
      createCloudFormationCustomResourceEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      CloudFormationCustomResourceEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
