import type { InboundFederationTriggerEvent as AwsInboundFederationTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  InboundFederationTriggerEvent,
  type InboundFederationTriggerSource,
  type RawInboundFederationTriggerEvent,
} from '../src/index';
import { createInboundFederationTriggerEvent } from '../src/testing';

describe('InboundFederationTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsInboundFederationTriggerEvent>().toExtend<RawInboundFederationTriggerEvent>();
    expectTypeOf(
      createInboundFederationTriggerEvent()
    ).toExtend<AwsInboundFederationTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new InboundFederationTriggerEvent(
      createInboundFederationTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<InboundFederationTriggerSource>();
    expectTypeOf(event.request.providerType).toEqualTypeOf<
      | 'OIDC'
      | 'SAML'
      | 'Facebook'
      | 'Google'
      | 'SignInWithApple'
      | 'LoginWithAmazon'
    >();
    expectTypeOf(event.request.attributes.idToken).toEqualTypeOf<
      Readonly<Record<string, unknown>>
    >();
  });
});
