import { ValidationError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEvent,
  type RawAPIGatewayProxyEventV2,
} from '../src/index';

// The order an HTTP API route accepts.
const Order = z.object({
  orderId: z.string(),
  quantity: z.number().int().positive(),
});

const v2 = (variant?: string): APIGatewayProxyEventV2 =>
  new APIGatewayProxyEventV2(
    loadEvent<RawAPIGatewayProxyEventV2>(
      variant
        ? `api-gateway-proxy-event-v2.${variant}`
        : 'api-gateway-proxy-event-v2'
    )
  );

describe('APIGatewayProxyEventV2', () => {
  describe('parse', () => {
    it('returns the JSON body a zod schema accepts', () => {
      const order = v2().parse('jsonBody', Order);

      expect(order).toEqual({ orderId: 'o-1001', quantity: 2 });
      expectTypeOf(order).toEqualTypeOf<{
        orderId: string;
        quantity: number;
      }>();
    });

    it('rejects a base64 body without a quantity, naming body', () => {
      const error = expectEvtError(
        () => v2('base64').parse('jsonBody', Order),
        ValidationError,
        'APIGatewayProxyEventV2: body does not match the schema: 1 issue'
      );

      expect(error.issues[0]?.path).toEqual(['quantity']);
    });

    it('names the path parameters and the query string parameters', () => {
      const event = v2();

      expect(
        event.parse('pathParameters', v.object({ parameter1: v.string() }))
      ).toEqual({ parameter1: 'value1' });
      expectEvtError(
        () =>
          event.parse('queryStringParameters', v.object({ page: v.string() })),
        ValidationError,
        'APIGatewayProxyEventV2: queryStringParameters does not match the schema: 1 issue'
      );
    });
  });
});

describe('APIGatewayProxyEvent', () => {
  describe('parse', () => {
    const event = new APIGatewayProxyEvent(
      loadEvent<RawAPIGatewayProxyEvent>('api-gateway-proxy-event')
    );

    it('rejects a pet where an order is expected, naming body', () => {
      const error = expectEvtError(
        () => event.parse('jsonBody', Order),
        ValidationError,
        'APIGatewayProxyEvent: body does not match the schema: 2 issues'
      );

      expect(error.issues.map((issue) => issue.path?.[0])).toEqual([
        'orderId',
        'quantity',
      ]);
    });

    it('names a nested raw field through the request context', () => {
      expect(
        event.parse('pathParameters', v.object({ petId: v.string() }))
      ).toEqual({ petId: '42' });
      expectEvtError(
        () =>
          event.requestContext.parse('httpMethod', v.picklist(['GET', 'HEAD'])),
        ValidationError,
        'APIGatewayProxyEvent: requestContext.httpMethod does not match the schema: 1 issue'
      );
    });
  });
});
