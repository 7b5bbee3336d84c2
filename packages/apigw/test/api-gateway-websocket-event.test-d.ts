import type { HeaderMap } from '@evt/core';
import type { APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  APIGatewayWebSocketEvent,
  type APIGatewayWebSocketEventIdentity,
  type APIGatewayWebSocketEventRequestContext,
  type RawAPIGatewayWebSocketEvent,
} from '../src/index';

declare const raw: RawAPIGatewayWebSocketEvent;

describe('APIGatewayWebSocketEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<APIGatewayProxyWebsocketEventV2>().toExtend<RawAPIGatewayWebSocketEvent>();
  });

  it('types jsonBody with the body type', () => {
    interface ChatMessage {
      message: string;
    }

    expectTypeOf(
      new APIGatewayWebSocketEvent<ChatMessage>(raw).jsonBody
    ).toEqualTypeOf<ChatMessage | undefined>();
  });

  it('types its getters', () => {
    const event = new APIGatewayWebSocketEvent(raw);
    const context = event.requestContext;

    expectTypeOf(event.multiValueHeaders).toEqualTypeOf<HeaderMap>();
    expectTypeOf(
      context
    ).toEqualTypeOf<APIGatewayWebSocketEventRequestContext>();
    expectTypeOf(context.connectionId).toEqualTypeOf<string>();
    expectTypeOf(context.messageId).toEqualTypeOf<string | undefined>();
    expectTypeOf(context.disconnectStatusCode).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(context.connectedAt).toEqualTypeOf<number>();
    expectTypeOf(
      context.identity
    ).toEqualTypeOf<APIGatewayWebSocketEventIdentity>();
    expectTypeOf(context.identity.userAgent).toEqualTypeOf<
      string | undefined
    >();
  });
});
