import { describe, expectTypeOf, it } from 'vitest';
import {
  type AlexaSmartHomeEndpoint,
  AlexaSmartHomeEvent,
  type AlexaSmartHomeScope,
  type AlexaSmartHomeScopeType,
  type RawAlexaSmartHomeEvent,
} from '../src/index';
import { createAlexaSmartHomeEvent } from '../src/testing';

describe('AlexaSmartHomeEvent types', () => {
  it('takes the raw event and the testing sample', () => {
    expectTypeOf(
      createAlexaSmartHomeEvent()
    ).toExtend<RawAlexaSmartHomeEvent>();
    expectTypeOf(AlexaSmartHomeEvent).toBeConstructibleWith(
      createAlexaSmartHomeEvent()
    );
  });

  it('types the payload with the type parameter, and the optional parts', () => {
    const event = new AlexaSmartHomeEvent<{ brightness: number }>(
      createAlexaSmartHomeEvent()
    );

    expectTypeOf(event.payload).toEqualTypeOf<{ brightness: number }>();
    expectTypeOf(event.directive.payload).toEqualTypeOf<{
      brightness: number;
    }>();
    expectTypeOf(event.endpoint).toEqualTypeOf<
      AlexaSmartHomeEndpoint | undefined
    >();
    expectTypeOf(event.scope).toEqualTypeOf<AlexaSmartHomeScope | undefined>();
    expectTypeOf(event.scope?.type).toEqualTypeOf<
      AlexaSmartHomeScopeType | undefined
    >();
    expectTypeOf(event.header.correlationToken).toEqualTypeOf<
      string | undefined
    >();
  });
});
