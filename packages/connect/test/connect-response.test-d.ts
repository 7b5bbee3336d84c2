import type { ConnectContactFlowResult } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ConnectContactFlowResponse,
  type ConnectResponseValue,
  connectResponse,
} from '../src/index';

describe('connectResponse', () => {
  it('returns what @types/aws-lambda expects a Connect handler to return', () => {
    expectTypeOf(
      connectResponse({ a: 'b' })
    ).toEqualTypeOf<ConnectContactFlowResponse>();
    expectTypeOf<ConnectContactFlowResponse>().toExtend<ConnectContactFlowResult>();
  });

  it('takes strings, numbers and booleans, and refuses nested values', () => {
    expectTypeOf<ConnectResponseValue>().toEqualTypeOf<
      string | number | boolean | undefined
    >();
    // @ts-expect-error nested objects are not a STRING_MAP
    connectResponse({ name: { first: 'John' } });
    // @ts-expect-error null is not a string
    connectResponse({ name: null });
  });
});
