import { expectTypeOf, it } from 'vitest';
import {
  isActiveMQEvent,
  isRabbitMQEvent,
  type RawActiveMQEvent,
  type RawRabbitMQEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isActiveMQEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawActiveMQEvent>();
  if (isRabbitMQEvent(raw)) expectTypeOf(raw).toEqualTypeOf<RawRabbitMQEvent>();
});
