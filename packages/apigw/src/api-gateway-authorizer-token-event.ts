import { EventWrapper, requireString } from '@evt/core';
import {
  type APIGatewayRouteArn,
  parseEventArn,
} from './api-gateway-route-arn';

/** The event API Gateway sends to a REST API Lambda authorizer of the `TOKEN` type, as AWS documents it. */
export interface RawAPIGatewayAuthorizerTokenEvent {
  /** The authorizer type, `TOKEN`. */
  type: string;
  /** The token the caller sent in the authorizer's token source header. */
  authorizationToken: string;
  /** The ARN of the method the caller called. */
  methodArn: string;
}

/**
 * Wrapper for the event that API Gateway sends when a REST API method with a `TOKEN` Lambda
 * authorizer is called: the caller's token and the ARN of the method. Answer with an
 * {@link APIGatewayAuthorizerResponse} policy.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayAuthorizerResponse,
 *   APIGatewayAuthorizerTokenEvent,
 *   type RawAPIGatewayAuthorizerTokenEvent,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayAuthorizerTokenEvent) => {
 *   const event = new APIGatewayAuthorizerTokenEvent(raw);
 *   const policy = APIGatewayAuthorizerResponse.fromRouteArn(event.parsedArn, {
 *     principalId: 'user-1',
 *   });
 *   if (event.authorizationToken === 'Bearer allow') policy.allowAllRoutes();
 *   else policy.denyAllRoutes();
 *   return policy.asDict();
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export class APIGatewayAuthorizerTokenEvent extends EventWrapper<RawAPIGatewayAuthorizerTokenEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'APIGatewayAuthorizerTokenEvent';

  #parsedArn?: APIGatewayRouteArn;

  /** The authorizer type, `TOKEN` (`type`). */
  get type(): string {
    return requireString(this, this.raw.type, 'type');
  }

  /**
   * The token the caller sent in the header the authorizer names as its token source, e.g.
   * `Bearer eyJ…` (`authorizationToken`). Hidden in the debug view.
   */
  get authorizationToken(): string {
    return requireString(
      this,
      this.raw.authorizationToken,
      'authorizationToken'
    );
  }

  /**
   * The ARN of the method the caller called,
   * `arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource>`
   * (`methodArn`).
   */
  get methodArn(): string {
    return requireString(this, this.raw.methodArn, 'methodArn');
  }

  /**
   * The method ARN split into its parts (partition, Region, account, API ID, stage, HTTP
   * method, resource path), parsed once and cached.
   *
   * @throws {@link DecodeError} when `methodArn` is not an execute-api ARN.
   */
  get parsedArn(): APIGatewayRouteArn {
    return (this.#parsedArn ??= parseEventArn(
      this,
      this.methodArn,
      'methodArn',
      false
    ));
  }
}
