import type { IoTCustomAuthorizerEvent as AwsIoTCustomAuthorizerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildIoTCustomAuthorizerResponse,
  IoTCustomAuthorizerEvent,
  type IoTCustomAuthorizerMqttData,
  type IoTCustomAuthorizerProtocol,
  type IoTCustomAuthorizerResponse,
  type IoTPolicyDocument,
  type RawIoTCustomAuthorizerEvent,
} from '../src/index';
import {
  createIoTCustomAuthorizerEvent,
  type SampleIoTCustomAuthorizerEvent,
} from '../src/testing';

describe('IoTCustomAuthorizerEvent types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsIoTCustomAuthorizerEvent>().toExtend<RawIoTCustomAuthorizerEvent>();
  });

  it('builds samples that fit the @types/aws-lambda event', () => {
    expectTypeOf(
      createIoTCustomAuthorizerEvent()
    ).toEqualTypeOf<SampleIoTCustomAuthorizerEvent>();
    expectTypeOf<SampleIoTCustomAuthorizerEvent>().toExtend<AwsIoTCustomAuthorizerEvent>();
  });

  it('types the members', () => {
    const event = new IoTCustomAuthorizerEvent(
      createIoTCustomAuthorizerEvent()
    );

    expectTypeOf(event.token).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.signatureVerified).toEqualTypeOf<boolean>();
    expectTypeOf(event.protocols).toEqualTypeOf<
      readonly IoTCustomAuthorizerProtocol[]
    >();
    expectTypeOf(event.protocolData.mqtt).toEqualTypeOf<
      IoTCustomAuthorizerMqttData | undefined
    >();
    expectTypeOf(event.protocolData.mqtt?.decodedPassword).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.connectionMetadata.id).toEqualTypeOf<string>();
  });
});

describe('buildIoTCustomAuthorizerResponse types', () => {
  it('returns the response with its policies as objects or JSON text', () => {
    const response = buildIoTCustomAuthorizerResponse({
      isAuthenticated: true,
      principalId: 'a',
    });

    expectTypeOf(response).toEqualTypeOf<IoTCustomAuthorizerResponse>();
    expectTypeOf(response.policyDocuments).toEqualTypeOf<
      (IoTPolicyDocument | string)[]
    >();
  });

  it('requires isAuthenticated and principalId', () => {
    // @ts-expect-error principalId is required
    buildIoTCustomAuthorizerResponse({ isAuthenticated: true });
  });
});
