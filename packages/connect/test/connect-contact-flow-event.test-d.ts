import { describe, expectTypeOf, it } from 'vitest';
import {
  ConnectContactFlowEvent,
  type ConnectContactFlowEventRecord,
} from '../src/index';
import { createConnectContactFlowEvent } from '../src/testing';

describe('ConnectContactFlowEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new ConnectContactFlowEvent<{ id: string }>(
      createConnectContactFlowEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      ConnectContactFlowEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
