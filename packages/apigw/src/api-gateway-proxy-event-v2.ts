import {
  BaseProxyEventV2,
  checkWrapper,
  child,
  childOrEmpty,
  type EventOptions,
  type EventWrapper,
  extendEventWrapper,
  mapOrEmpty,
  optionalObject,
  type RawProxyEventV2Base,
  type RawRequestContextV2AuthorizerIam,
  RequestContextV2AuthorizerIam,
  stringArrayOrEmpty,
  stringMapOrEmpty,
} from '@evt/core';
import {
  BaseRequestContextV2,
  type RawBaseRequestContextV2,
} from './base-request-context-v2';

// The IAM caller identity is the same in every payload 2.0 event (function URLs too), so it
// lives in core; re-exported here, where this package has always exported it.
export {
  type RawRequestContextV2AuthorizerIam,
  type RawRequestContextV2AuthorizerIamCognitoIdentity,
  RequestContextV2AuthorizerIam,
} from '@evt/core';

/** The JWT authorizer output of an HTTP API (payload 2.0) request, as AWS documents it. */
export interface RawRequestContextV2AuthorizerJwt {
  /** The claims of the caller's JWT. */
  claims?: Record<string, unknown> | null | undefined;
  /** The OAuth scopes of the caller's JWT. */
  scopes?: readonly string[] | null | undefined;
}

/** The authorizer output of an HTTP API (payload 2.0) request, as AWS documents it. */
export interface RawRequestContextV2Authorizer {
  /** The output of a JWT authorizer. */
  jwt?: RawRequestContextV2AuthorizerJwt | null | undefined;
  /** The output of an IAM authorizer. */
  iam?: RawRequestContextV2AuthorizerIam | null | undefined;
  /** The context a Lambda authorizer returned. */
  lambda?: Record<string, unknown> | null | undefined;
  /** The principal of a JWT authorizer, when API Gateway sends one. */
  principalId?: string | null | undefined;
  /** How long the authorizer took, in milliseconds, when API Gateway sends it. */
  integrationLatency?: number | null | undefined;
}

/** The request context of an HTTP API (payload 2.0) request, as AWS documents it. */
export interface RawRequestContextV2 extends RawBaseRequestContextV2 {
  /** The authorizer output, when the route uses an authorizer. */
  authorizer?: RawRequestContextV2Authorizer | null | undefined;
}

/** The event API Gateway sends for an HTTP API with payload format 2.0, as AWS documents it. */
export interface RawAPIGatewayProxyEventV2 extends RawProxyEventV2Base {
  /** The path parameters of the matched route. */
  pathParameters?: Record<string, string | undefined> | null | undefined;
  /** The stage variables of the deployment stage. */
  stageVariables?: Record<string, string | undefined> | null | undefined;
  /** The request context. */
  requestContext: RawRequestContextV2;
}

export interface RequestContextV2Authorizer
  extends EventWrapper<RawRequestContextV2Authorizer> {}
/**
 * Wrapper for the authorizer output (`requestContext.authorizer`) in the event that API
 * Gateway sends when an HTTP API (payload 2.0) route uses a JWT, IAM or Lambda authorizer.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayProxyEventV2,
 *   type RawAPIGatewayProxyEventV2,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
 *   const authorizer = new APIGatewayProxyEventV2(raw).requestContext.authorizer;
 *   return {
 *     subject: authorizer.jwtClaim.sub,
 *     scopes: authorizer.jwtScopes,
 *     tenant: authorizer.lambda.tenantId,
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html
 */
export class RequestContextV2Authorizer {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    RequestContextV2Authorizer,
    'RequestContextV2Authorizer'
  );
  declare protected readonly raw: RawRequestContextV2Authorizer;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawRequestContextV2Authorizer, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  /** The Lambda authorizer's context is whatever it chose to pass on, often tokens: hidden. */
  static readonly sensitiveMembers: readonly string[] = ['lambda'];

  #iam?: RequestContextV2AuthorizerIam;

  /** The claims of the caller's JWT, from a JWT authorizer (`jwt.claims`). Empty object when the event has none. */
  get jwtClaim(): Record<string, unknown> {
    return mapOrEmpty(this, this.#jwt()?.claims, 'jwt.claims');
  }

  /**
   * The OAuth scopes of the caller's JWT, from a JWT authorizer (`jwt.scopes`). Empty array
   * when the event has none, as Powertools v3 reads it, and also when AWS sends `null`, as it
   * does for tokens without scopes (ID tokens).
   */
  get jwtScopes(): readonly string[] {
    return stringArrayOrEmpty(this, this.#jwt()?.scopes, 'jwt.scopes');
  }

  /** The context a Lambda authorizer returned (`lambda`). Empty object when the event has none. */
  get lambda(): Record<string, unknown> {
    return mapOrEmpty(this, this.raw.lambda, 'lambda');
  }

  /** The output of an IAM authorizer (`iam`); every member reads as empty when the event has none. */
  get iam(): RequestContextV2AuthorizerIam {
    return (this.#iam ??= childOrEmpty(
      this,
      'iam',
      RequestContextV2AuthorizerIam
    ));
  }

  /**
   * Returns the context a Lambda authorizer returned: the same object as
   * {@link RequestContextV2Authorizer.lambda}.
   *
   * @returns The Lambda authorizer context; empty when the event has none.
   * @example
   * ```ts
   * import {
   *   APIGatewayProxyEventV2,
   *   type RawAPIGatewayProxyEventV2,
   * } from '@evt/apigw';
   *
   * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
   *   const context = new APIGatewayProxyEventV2(raw).requestContext.authorizer.getContext();
   *   return { tenant: context.tenantId };
   * };
   * ```
   */
  getContext(): Record<string, unknown> {
    return this.lambda;
  }

  #jwt(): RawRequestContextV2AuthorizerJwt | undefined {
    return optionalObject(this, this.raw.jwt, 'jwt');
  }
}

/**
 * Wrapper for the request context (`requestContext`) in the event that API Gateway sends when
 * an HTTP API (payload 2.0) invokes a function.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayProxyEventV2,
 *   type RawAPIGatewayProxyEventV2,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
 *   const context = new APIGatewayProxyEventV2(raw).requestContext;
 *   return { requestId: context.requestId, subject: context.authorizer.jwtClaim.sub };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export class RequestContextV2 extends BaseRequestContextV2<RawRequestContextV2> {
  static override readonly typeName: string = 'RequestContextV2';

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  // Declared, not inherited: see "Declared constructors" in CONTRIBUTING.md.
  constructor(raw: RawRequestContextV2, options?: EventOptions) {
    super(raw, options);
  }

  #authorizer?: RequestContextV2Authorizer;

  /** The authorizer output (`authorizer`); every member reads as empty when the route has no authorizer. */
  get authorizer(): RequestContextV2Authorizer {
    return (this.#authorizer ??= childOrEmpty(
      this,
      'authorizer',
      RequestContextV2Authorizer
    ));
  }
}

export interface APIGatewayProxyEventV2<TBody = unknown>
  extends BaseProxyEventV2<RawAPIGatewayProxyEventV2, TBody> {}
/**
 * Wrapper for the event that API Gateway sends when an HTTP API with payload format 2.0
 * invokes a function through a Lambda proxy integration. `TBody` types
 * {@link APIGatewayProxyEventV2.jsonBody}.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayProxyEventV2,
 *   type RawAPIGatewayProxyEventV2,
 * } from '@evt/apigw';
 *
 * interface Order { id: string }
 *
 * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
 *   const event = new APIGatewayProxyEventV2<Order>(raw);
 *   return {
 *     statusCode: 200,
 *     body: JSON.stringify({
 *       route: `${event.httpMethod} ${event.path}`,
 *       requestId: event.headers.get('x-request-id'),
 *       orderId: event.jsonBody?.id,
 *     }),
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
export class APIGatewayProxyEventV2<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    APIGatewayProxyEventV2,
    'APIGatewayProxyEventV2',
    BaseProxyEventV2
  );
  declare protected readonly raw: RawAPIGatewayProxyEventV2;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawAPIGatewayProxyEventV2, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #requestContext?: RequestContextV2;

  /** The request context (`requestContext`). */
  get requestContext(): RequestContextV2 {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      RequestContextV2
    ));
  }

  /** The path parameters of the matched route (`pathParameters`). Empty object when the event has none. */
  get pathParameters(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.pathParameters, 'pathParameters');
  }

  /** The stage variables of the deployment stage (`stageVariables`). Empty object when the event has none. */
  get stageVariables(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.stageVariables, 'stageVariables');
  }
}
