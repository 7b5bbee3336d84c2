import {
  BaseProxyEventV2,
  BaseProxyRequestContextV2,
  checkWrapper,
  child,
  childOrEmpty,
  type EventOptions,
  type EventWrapper,
  extendEventWrapper,
  optionalChild,
  type RawProxyEventV2Base,
  type RawProxyRequestContextV2Base,
  type RawRequestContextV2AuthorizerIam,
  RequestContextV2AuthorizerIam,
  UNSET,
} from '@evt/core';

/**
 * The caller identity of a request to a function URL with the `AWS_IAM` auth type
 * (`requestContext.authorizer`), as AWS documents it.
 */
export interface RawLambdaFunctionUrlRequestContextAuthorizer {
  /** The IAM identity that signed the request. */
  iam?: RawRequestContextV2AuthorizerIam | null | undefined;
}

/** The request context of a request to a function URL (`requestContext`), as AWS documents it. */
export interface RawLambdaFunctionUrlRequestContext
  extends RawProxyRequestContextV2Base {
  /**
   * The caller identity when the function URL uses the `AWS_IAM` auth type; `null` or absent
   * with the `NONE` auth type.
   */
  authorizer?: RawLambdaFunctionUrlRequestContextAuthorizer | null | undefined;
}

/**
 * The event Lambda sends to a function when its function URL receives a request (payload format
 * 2.0), as AWS documents it. Function URLs have no routes, stages or mutual TLS: `routeKey` and
 * `stage` are always `$default`, and `pathParameters`, `stageVariables` and
 * `requestContext.authentication` are `null` or absent, so they are not read.
 */
export interface RawLambdaFunctionUrlEvent extends RawProxyEventV2Base {
  /** The request context. */
  requestContext: RawLambdaFunctionUrlRequestContext;
}

export interface LambdaFunctionUrlRequestContextAuthorizer
  extends EventWrapper<RawLambdaFunctionUrlRequestContextAuthorizer> {}
/**
 * Wrapper for the caller identity (`requestContext.authorizer`) in the event that Lambda sends
 * when a function URL with the `AWS_IAM` auth type receives a request signed with Signature
 * Version 4.
 *
 * @example
 * ```ts
 * import {
 *   LambdaFunctionUrlEvent,
 *   type RawLambdaFunctionUrlEvent,
 * } from '@evt/lambda-url';
 *
 * export const handler = async (raw: RawLambdaFunctionUrlEvent) => {
 *   const iam = new LambdaFunctionUrlEvent(raw).requestContext.authorizer?.iam;
 *   return { account: iam?.accountId, caller: iam?.userArn };
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
 */
export class LambdaFunctionUrlRequestContextAuthorizer {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    LambdaFunctionUrlRequestContextAuthorizer,
    'LambdaFunctionUrlRequestContextAuthorizer'
  );
  declare protected readonly raw: RawLambdaFunctionUrlRequestContextAuthorizer;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(
    raw: RawLambdaFunctionUrlRequestContextAuthorizer,
    options?: EventOptions
  ) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #iam?: RequestContextV2AuthorizerIam;

  /**
   * The IAM identity that signed the request (`iam`): its access key, account, user ARN and
   * IDs. A function URL never sets its `cognitoIdentity`, so the `cognito*` members read empty;
   * every member reads empty when the authorizer has no `iam`.
   */
  get iam(): RequestContextV2AuthorizerIam {
    return (this.#iam ??= childOrEmpty(
      this,
      'iam',
      RequestContextV2AuthorizerIam
    ));
  }
}

export interface LambdaFunctionUrlRequestContext
  extends BaseProxyRequestContextV2<RawLambdaFunctionUrlRequestContext> {}
/**
 * Wrapper for the request context (`requestContext`) in the event that Lambda sends when a
 * function URL receives a request: the request ID and time, the URL's ID and domain, the HTTP
 * details, and the caller's IAM identity when the URL uses the `AWS_IAM` auth type.
 *
 * @example
 * ```ts
 * import {
 *   LambdaFunctionUrlEvent,
 *   type RawLambdaFunctionUrlEvent,
 * } from '@evt/lambda-url';
 *
 * export const handler = async (raw: RawLambdaFunctionUrlEvent) => {
 *   const context = new LambdaFunctionUrlEvent(raw).requestContext;
 *   return {
 *     requestId: context.requestId,
 *     ip: context.http.sourceIp,
 *     signedBy: context.authorizer?.iam.userArn ?? 'anonymous',
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads
 */
export class LambdaFunctionUrlRequestContext {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    LambdaFunctionUrlRequestContext,
    'LambdaFunctionUrlRequestContext',
    BaseProxyRequestContextV2
  );
  declare protected readonly raw: RawLambdaFunctionUrlRequestContext;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawLambdaFunctionUrlRequestContext, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #authorizer:
    | LambdaFunctionUrlRequestContextAuthorizer
    | undefined
    | typeof UNSET = UNSET;

  /**
   * The caller identity (`authorizer`) when the function URL uses the `AWS_IAM` auth type;
   * `undefined` with the `NONE` auth type, where Lambda sends `null` or nothing.
   *
   * @throws {@link FieldTypeError} when `authorizer` is not an object.
   */
  get authorizer(): LambdaFunctionUrlRequestContextAuthorizer | undefined {
    if (this.#authorizer === UNSET) {
      this.#authorizer = optionalChild(
        this,
        'authorizer',
        LambdaFunctionUrlRequestContextAuthorizer
      );
    }
    return this.#authorizer;
  }
}

export interface LambdaFunctionUrlEvent<TBody = unknown>
  extends BaseProxyEventV2<RawLambdaFunctionUrlEvent, TBody> {}
/**
 * Wrapper for the event that Lambda sends to a function when its function URL receives an
 * HTTP request. The event has the shape of API Gateway's payload format 2.0, without what only
 * API Gateway has: no path parameters or stage variables (`routeKey` and the stage are always
 * `$default`, so {@link LambdaFunctionUrlEvent.path} is `rawPath`), and an authorizer that is
 * only ever the caller's IAM identity. `TBody` types {@link LambdaFunctionUrlEvent.jsonBody}; it
 * is not checked at run time.
 *
 * @example
 * ```ts
 * import {
 *   LambdaFunctionUrlEvent,
 *   type RawLambdaFunctionUrlEvent,
 * } from '@evt/lambda-url';
 *
 * interface Order {
 *   orderId: string;
 * }
 *
 * export const handler = async (raw: RawLambdaFunctionUrlEvent) => {
 *   const event = new LambdaFunctionUrlEvent<Order>(raw);
 *   return {
 *     statusCode: 200,
 *     body: JSON.stringify({
 *       route: `${event.httpMethod} ${event.path}`,
 *       orderId: event.jsonBody?.orderId,
 *       caller: event.requestContext.authorizer?.iam.userArn,
 *     }),
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads
 */
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
export class LambdaFunctionUrlEvent<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    LambdaFunctionUrlEvent,
    'LambdaFunctionUrlEvent',
    BaseProxyEventV2
  );
  declare protected readonly raw: RawLambdaFunctionUrlEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawLambdaFunctionUrlEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #requestContext?: LambdaFunctionUrlRequestContext;

  /** The request context (`requestContext`). */
  get requestContext(): LambdaFunctionUrlRequestContext {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      LambdaFunctionUrlRequestContext
    ));
  }
}
