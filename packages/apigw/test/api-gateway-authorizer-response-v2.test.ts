import { describe, expect, it } from 'vitest';
import { APIGatewayAuthorizerResponseV2 } from '../src/index';

describe('APIGatewayAuthorizerResponseV2', () => {
  describe('asDict', () => {
    it('gives the simple response AWS documents, with the context', () => {
      const response = new APIGatewayAuthorizerResponseV2(true, {
        exampleKey: 'exampleValue',
      });

      expect(response.asDict()).toEqual({
        isAuthorized: true,
        context: { exampleKey: 'exampleValue' },
      });
    });

    it('denies by default, and leaves out a missing or empty context', () => {
      expect(new APIGatewayAuthorizerResponseV2().asDict()).toEqual({
        isAuthorized: false,
      });
      expect(new APIGatewayAuthorizerResponseV2(true, {}).asDict()).toEqual({
        isAuthorized: true,
      });
    });

    it('passes nested context values on as they are', () => {
      const response = new APIGatewayAuthorizerResponseV2(true, {
        user: { id: 'u-1', roles: ['admin'] },
      });

      expect(response.asDict().context).toEqual({
        user: { id: 'u-1', roles: ['admin'] },
      });
    });

    it('returns a fresh object on every call', () => {
      const response = new APIGatewayAuthorizerResponseV2(true, { a: 1 });
      const first = response.asDict();

      (first.context as Record<string, unknown>).a = 2;

      expect(response.asDict()).toEqual({
        isAuthorized: true,
        context: { a: 1 },
      });
    });
  });

  describe('toJSON', () => {
    it('serialises to the response, so a handler can return the builder', () => {
      const response = new APIGatewayAuthorizerResponseV2(true, {
        tenant: 'acme',
      });

      expect(JSON.stringify(response)).toBe(
        '{"isAuthorized":true,"context":{"tenant":"acme"}}'
      );
      expect(response.toJSON()).toEqual(response.asDict());
    });
  });

  describe('authorize and context', () => {
    it('keep what the response was built from, the context as a frozen copy', () => {
      const context = { tenant: 'acme' };

      const response = new APIGatewayAuthorizerResponseV2(true, context);

      expect(response.authorize).toBe(true);
      expect(response.context).toEqual({ tenant: 'acme' });
      expect(response.context).not.toBe(context);
      expect(Object.isFrozen(response.context)).toBe(true);
      expect(new APIGatewayAuthorizerResponseV2().context).toBeUndefined();
    });
  });

  describe('misuse', () => {
    it('throws TypeError when authorize is not a boolean', () => {
      expect(() => new APIGatewayAuthorizerResponseV2('true' as never)).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponseV2: authorize must be a boolean, got string'
        )
      );
    });

    it('throws TypeError when the context is not an object', () => {
      expect(
        () => new APIGatewayAuthorizerResponseV2(true, ['a'] as never)
      ).toThrow(
        new TypeError(
          'APIGatewayAuthorizerResponseV2: context must be an object, got array'
        )
      );
    });
  });
});
