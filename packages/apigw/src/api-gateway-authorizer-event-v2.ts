import {
  type EventOptions,
  type EventWrapper,
  requireString,
  stringArrayOrEmpty,
} from '@evt/core';
import {
  APIGatewayProxyEventV2,
  type RawAPIGatewayProxyEventV2,
} from './api-gateway-proxy-event-v2';
import {
  type APIGatewayRouteArn,
  parseEventArn,
} from './api-gateway-route-arn';

/**
 * The event API Gateway sends to an HTTP API Lambda authorizer with payload format 2.0, as AWS
 * documents it: the request as a payload 2.0 integration gets it, without the body.
 */
export interface RawAPIGatewayAuthorizerEventV2
  extends Omit<RawAPIGatewayProxyEventV2, 'body' | 'isBase64Encoded'> {
  /** The authorizer type, `REQUEST`. */
  type: string;
  /** The ARN of the route the caller called. */
  routeArn: string;
  /** The values of the identity sources the authorizer names, one per source. */
  identitySource?: readonly string[] | null | undefined;
}

// Reads through this class's own raw type: the proxy event it extends types `raw` as its own,
// and a path is only checked against a known type.
function authorizer(
  wrapper: EventWrapper
): EventWrapper<RawAPIGatewayAuthorizerEventV2> {
  return wrapper as EventWrapper<RawAPIGatewayAuthorizerEventV2>;
}

/**
 * Wrapper for the event that API Gateway sends to a Lambda authorizer of an HTTP API with
 * payload format 2.0. It reads the request as a payload 2.0 integration would (it extends
 * {@link APIGatewayProxyEventV2}: route key, raw path and query string, cookies, headers,
 * request context), plus the authorizer's own fields. Answer with an
 * {@link APIGatewayAuthorizerResponseV2} (simple responses) or an
 * {@link APIGatewayAuthorizerResponse} policy.
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
 *   const [apiKey] = event.identitySource;
 *   return new APIGatewayAuthorizerResponseV2(apiKey === 'expected-key', {
 *     route: event.routeKey,
 *     stage: event.parsedArn.stage,
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export class APIGatewayAuthorizerEventV2 extends APIGatewayProxyEventV2 {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'APIGatewayAuthorizerEventV2';
  /** The identity sources' values are the caller's credentials (an API key, a token): hidden. */
  static readonly sensitiveMembers: readonly string[] = ['identitySource'];

  #parsedArn?: APIGatewayRouteArn;

  /**
   * Wraps the event. Nothing is read or copied beyond checking that it is an object.
   *
   * @param raw The event API Gateway sent to the authorizer.
   * @param options The JSON deserializer and the decoding budgets.
   */
  constructor(raw: RawAPIGatewayAuthorizerEventV2, options?: EventOptions) {
    // The proxy event's raw type also names the body fields, which an authorizer event lacks:
    // the getters that read them find nothing, as for a request without a body.
    super(raw as unknown as RawAPIGatewayProxyEventV2, options);
  }

  get #event(): RawAPIGatewayAuthorizerEventV2 {
    return this.raw as unknown as RawAPIGatewayAuthorizerEventV2;
  }

  /** The authorizer type, `REQUEST` (`type`). */
  get type(): string {
    return requireString(authorizer(this), this.#event.type, 'type');
  }

  /**
   * The ARN of the route the caller called,
   * `arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource>`
   * (`routeArn`).
   */
  get routeArn(): string {
    return requireString(authorizer(this), this.#event.routeArn, 'routeArn');
  }

  /**
   * The route ARN split into its parts (partition, Region, account, API ID, stage, HTTP
   * method, resource path), parsed once and cached.
   *
   * @throws {@link DecodeError} when `routeArn` is not an execute-api ARN.
   */
  get parsedArn(): APIGatewayRouteArn {
    return (this.#parsedArn ??= parseEventArn(
      this,
      this.routeArn,
      'routeArn',
      false
    ));
  }

  /**
   * The values of the identity sources the authorizer names, one per source, e.g. the
   * `Authorization` header's value (`identitySource`). Empty array when the event has none
   * (a `REQUEST` authorizer need not name any). Hidden in the debug view.
   */
  get identitySource(): readonly string[] {
    return stringArrayOrEmpty(
      authorizer(this),
      this.#event.identitySource,
      'identitySource'
    );
  }
}
