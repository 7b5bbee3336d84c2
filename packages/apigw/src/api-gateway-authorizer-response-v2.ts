import { argumentError, isObject } from '@evt/core';

/**
 * The simple response of an HTTP API Lambda authorizer, exactly as API Gateway reads it; it
 * fits the `APIGatewaySimpleAuthorizerResult` of `@types/aws-lambda`.
 */
export interface APIGatewayAuthorizerResponseV2Dict {
  /** Whether the caller may call the route. */
  isAuthorized: boolean;
  /** The context passed on to the integration (`requestContext.authorizer.lambda`); absent when empty. */
  context?: Record<string, unknown>;
}

/**
 * Builder of the simple response an HTTP API Lambda authorizer returns when simple responses
 * are turned on (`enableSimpleResponses`): whether the caller is authorized, and the context
 * API Gateway passes on to the integration as `requestContext.authorizer.lambda`.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayAuthorizerEventV2,
 *   APIGatewayAuthorizerResponseV2,
 *   type RawAPIGatewayAuthorizerEventV2,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayAuthorizerEventV2) => {
 *   const event = new APIGatewayAuthorizerEventV2(raw);
 *   const key = event.headers.get('x-api-key');
 *   return new APIGatewayAuthorizerResponseV2(key === 'expected-key', {
 *     route: event.routeKey,
 *   }).asDict();
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export class APIGatewayAuthorizerResponseV2 {
  /** Whether the caller may call the route. */
  readonly authorize: boolean;
  /** The context passed on to the integration (a frozen copy); `undefined` when none was given. */
  readonly context: Readonly<Record<string, unknown>> | undefined;

  /**
   * Builds a simple response.
   *
   * @param authorize Whether the caller may call the route; `false` by default.
   * @param context The context passed on to the integration; left out of the response when
   * empty.
   * @throws {TypeError} when `authorize` is not a boolean or `context` is not an object.
   */
  constructor(authorize = false, context?: Readonly<Record<string, unknown>>) {
    if (typeof authorize !== 'boolean') {
      throw argumentError(
        'APIGatewayAuthorizerResponseV2',
        'authorize',
        'a boolean',
        authorize
      );
    }
    if (context !== undefined && !isObject(context)) {
      throw argumentError(
        'APIGatewayAuthorizerResponseV2',
        'context',
        'an object',
        context
      );
    }
    this.authorize = authorize;
    this.context =
      context === undefined ? undefined : Object.freeze({ ...context });
  }

  /**
   * Builds the response API Gateway reads: `{ isAuthorized, context }`, the context only when
   * it has entries. Each call returns a fresh object.
   *
   * @returns The response, ready to return from the handler.
   */
  asDict(): APIGatewayAuthorizerResponseV2Dict {
    const response: APIGatewayAuthorizerResponseV2Dict = {
      isAuthorized: this.authorize,
    };
    if (this.context && Object.keys(this.context).length > 0) {
      response.context = { ...this.context };
    }
    return response;
  }

  /**
   * Builds the response for `JSON.stringify`, so that a handler can return the builder itself.
   *
   * @returns The same object as {@link APIGatewayAuthorizerResponseV2.asDict}.
   */
  toJSON(): APIGatewayAuthorizerResponseV2Dict {
    return this.asDict();
  }
}
