import type {
  ConnectContactFlowEvent as AwsConnectContactFlowEvent,
  ConnectContactFlowHandler,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ConnectContactFlowChannel,
  type ConnectContactFlowData,
  type ConnectContactFlowEndpoint,
  type ConnectContactFlowEndpointType,
  ConnectContactFlowEvent,
  type ConnectContactFlowInitiationMethod,
  type ConnectContactFlowMediaStreams,
  type ConnectContactFlowQueue,
  type RawConnectContactFlowEvent,
  type RawConnectContactFlowReference,
  type RawConnectContactFlowSegmentAttributeValue,
} from '../src/index';
import { createConnectContactFlowEvent } from '../src/testing';

declare const raw: RawConnectContactFlowEvent;

describe('ConnectContactFlowEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsConnectContactFlowEvent>().toExtend<RawConnectContactFlowEvent>();
  });

  it('builds samples that fit @types/aws-lambda', () => {
    expectTypeOf(
      createConnectContactFlowEvent()
    ).toExtend<AwsConnectContactFlowEvent>();
    expectTypeOf(createConnectContactFlowEvent()).toExtend<
      Parameters<ConnectContactFlowHandler>[0]
    >();
  });

  it('types the parameters with the parameters type', () => {
    expectTypeOf(new ConnectContactFlowEvent(raw).parameters).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(
      new ConnectContactFlowEvent<{ age: number }>(raw).parameters
    ).toEqualTypeOf<{ age: number }>();
  });

  it('types its getters', () => {
    const event = new ConnectContactFlowEvent(raw);
    const data = event.contactData;

    expectTypeOf(event.name).toEqualTypeOf<string | undefined>();
    expectTypeOf(data).toEqualTypeOf<ConnectContactFlowData>();
    expectTypeOf(data.channel).toEqualTypeOf<ConnectContactFlowChannel>();
    expectTypeOf(
      data.initiationMethod
    ).toEqualTypeOf<ConnectContactFlowInitiationMethod>();
    expectTypeOf(data.customerEndpoint).toEqualTypeOf<
      ConnectContactFlowEndpoint | undefined
    >();
    expectTypeOf(data.customerEndpoint?.endpointType).toEqualTypeOf<
      ConnectContactFlowEndpointType | undefined
    >();
    expectTypeOf(data.queue).toEqualTypeOf<
      ConnectContactFlowQueue | undefined
    >();
    expectTypeOf(
      data.mediaStreams
    ).toEqualTypeOf<ConnectContactFlowMediaStreams>();
    expectTypeOf(data.mediaStreams.customer.audio.streamArn).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(data.attributes).toEqualTypeOf<Record<string, string>>();
    expectTypeOf(data.references).toEqualTypeOf<
      Record<string, RawConnectContactFlowReference>
    >();
    expectTypeOf(data.segmentAttributes).toEqualTypeOf<
      Record<string, RawConnectContactFlowSegmentAttributeValue>
    >();
    expectTypeOf(data.campaignId).toEqualTypeOf<string | undefined>();
  });

  it('offers the known enumerated values and accepts any other string', () => {
    expectTypeOf<'VOICE'>().toExtend<ConnectContactFlowChannel>();
    expectTypeOf<'SOME_FUTURE_CHANNEL'>().toExtend<ConnectContactFlowChannel>();
    expectTypeOf<'QUEUE_TRANSFER'>().toExtend<ConnectContactFlowInitiationMethod>();
    expectTypeOf<'EMAIL_ADDRESS'>().toExtend<ConnectContactFlowEndpointType>();
  });
});
