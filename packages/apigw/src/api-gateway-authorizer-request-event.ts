import {
  type EventOptions,
  type EventWrapper,
  optionalString,
  requireString,
} from '@evt/core';
import {
  APIGatewayProxyEvent,
  type RawAPIGatewayProxyEvent,
} from './api-gateway-proxy-event';
import {
  type APIGatewayRouteArn,
  parseEventArn,
} from './api-gateway-route-arn';

/**
 * The event API Gateway sends to a Lambda authorizer of the `REQUEST` type, as AWS documents
 * it: for a REST API, for an HTTP API with payload format 1.0, and for the `$connect` route of
 * a WebSocket API. It carries the request parameters a proxy integration gets, without the
 * body.
 */
export interface RawAPIGatewayAuthorizerRequestEvent
  extends RawAPIGatewayProxyEvent {
  /** The authorizer type, `REQUEST`. */
  type: string;
  /** The ARN of the method (or WebSocket route) the caller called. */
  methodArn: string;
  /** The values of the identity sources, comma-separated (HTTP APIs). */
  identitySource?: string | null | undefined;
  /** The values of the identity sources again, as HTTP APIs (payload 1.0) also send them. */
  authorizationToken?: string | null | undefined;
}

// Reads through this class's own raw type: the proxy event it extends types `raw` as its own,
// and a path is only checked against a known type.
function request(
  wrapper: EventWrapper
): EventWrapper<RawAPIGatewayAuthorizerRequestEvent> {
  return wrapper as EventWrapper<RawAPIGatewayAuthorizerRequestEvent>;
}

/**
 * Wrapper for the event that API Gateway sends to a `REQUEST` Lambda authorizer: when a REST
 * API method, an HTTP API route (payload format 1.0) or a WebSocket API's `$connect` route
 * with such an authorizer is called. It reads the request as a proxy integration would (it
 * extends {@link APIGatewayProxyEvent}: headers, query string, path parameters, stage
 * variables, request context), plus the authorizer's own fields. Answer with an
 * {@link APIGatewayAuthorizerResponse} policy, or an
 * {@link APIGatewayAuthorizerResponseWebSocket} one for a WebSocket API.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayAuthorizerRequestEvent,
 *   APIGatewayAuthorizerResponse,
 *   type RawAPIGatewayAuthorizerRequestEvent,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayAuthorizerRequestEvent) => {
 *   const event = new APIGatewayAuthorizerRequestEvent(raw);
 *   const policy = APIGatewayAuthorizerResponse.fromRouteArn(event.parsedArn, {
 *     principalId: event.requestContext.identity.sourceIp,
 *   });
 *   if (event.headers.get('x-tenant') === 'acme') policy.allowAllRoutes();
 *   else policy.denyAllRoutes();
 *   return policy;
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export class APIGatewayAuthorizerRequestEvent extends APIGatewayProxyEvent {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'APIGatewayAuthorizerRequestEvent';
  /** The identity sources' values are the caller's credentials (an API key, a token): hidden. */
  static readonly sensitiveMembers: readonly string[] = ['identitySource'];

  declare protected readonly raw: RawAPIGatewayAuthorizerRequestEvent;
  #parsedArn?: APIGatewayRouteArn;

  /**
   * Wraps the event. Nothing is read or copied beyond checking that it is an object.
   *
   * @param raw The event API Gateway sent to the authorizer.
   * @param options The JSON deserializer and the decoding budgets.
   */
  constructor(
    raw: RawAPIGatewayAuthorizerRequestEvent,
    options?: EventOptions
  ) {
    super(raw, options);
  }

  /** The authorizer type, `REQUEST` (`type`). */
  get type(): string {
    return requireString(request(this), this.raw.type, 'type');
  }

  /**
   * The ARN of the method the caller called (`methodArn`):
   * `arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource>`, or
   * `…/<stage>/$connect` for a WebSocket API.
   */
  get methodArn(): string {
    return requireString(request(this), this.raw.methodArn, 'methodArn');
  }

  /**
   * The method ARN split into its parts, parsed once and cached. For a WebSocket `$connect`
   * event (`requestContext.eventType` is `CONNECT`), the route key (`$connect`) is the
   * resource and there is no HTTP method.
   *
   * @throws {@link DecodeError} when `methodArn` is not an execute-api ARN.
   */
  get parsedArn(): APIGatewayRouteArn {
    return (this.#parsedArn ??= parseEventArn(
      this,
      this.methodArn,
      'methodArn',
      this.raw.requestContext?.eventType === 'CONNECT'
    ));
  }

  /**
   * The values of the identity sources the authorizer names, comma-separated, e.g.
   * `user1,123` (`identitySource`); sent by HTTP APIs, `undefined` for REST and WebSocket APIs.
   * Hidden in the debug view.
   */
  get identitySource(): string | undefined {
    return optionalString(
      request(this),
      this.raw.identitySource,
      'identitySource'
    );
  }

  /**
   * The values of the identity sources, comma-separated, as HTTP APIs (payload 1.0) send them
   * (`authorizationToken`); `undefined` for REST and WebSocket APIs. Hidden in the debug view.
   */
  get authorizationToken(): string | undefined {
    return optionalString(
      request(this),
      this.raw.authorizationToken,
      'authorizationToken'
    );
  }
}
