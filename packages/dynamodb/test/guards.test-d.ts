import { expectTypeOf, it } from 'vitest';
import {
  isDynamoDBStreamEvent,
  type RawDynamoDBStreamEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isDynamoDBStreamEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawDynamoDBStreamEvent>();
});
