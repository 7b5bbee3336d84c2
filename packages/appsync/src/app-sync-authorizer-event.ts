import {
  child,
  EventWrapper,
  type HeaderMap,
  mapOrEmpty,
  optionalString,
  readHeaderMap,
  requireString,
} from '@evt/core';

/** The GraphQL request a Lambda authorizer is asked about (`requestContext`), as AppSync documents it. */
export interface RawAppSyncAuthorizerEventRequestContext {
  /** The ID of the AppSync API. */
  apiId: string;
  /** The AWS account ID of the API. */
  accountId: string;
  /** The ID AppSync gave the request. */
  requestId: string;
  /** The GraphQL document of the request. */
  queryString: string;
  /** The operation of the document to run, when the request names one. */
  operationName?: string | null | undefined;
  /** The variables of the request. */
  variables?: Record<string, unknown> | null | undefined;
}

/** The event AWS AppSync sends to a Lambda authorizer, as AppSync documents it. */
export interface RawAppSyncAuthorizerEvent {
  /** The value of the request's `Authorization` header. */
  authorizationToken: string;
  /** The GraphQL request to authorize. */
  requestContext: RawAppSyncAuthorizerEventRequestContext;
  /** The headers of the request. */
  requestHeaders?: Record<string, string | undefined> | null | undefined;
}

/**
 * Wrapper for the GraphQL request (`requestContext`) in the event that AWS AppSync sends to
 * a Lambda authorizer.
 *
 * @example
 * ```ts
 * import { AppSyncAuthorizerEvent, type RawAppSyncAuthorizerEvent } from '@evt/appsync';
 *
 * export const handler = async (raw: RawAppSyncAuthorizerEvent) => {
 *   const context = new AppSyncAuthorizerEvent(raw).requestContext;
 *   console.log(context.apiId, context.operationName);
 *   return { isAuthorized: !context.queryString.includes('__schema') };
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
export class AppSyncAuthorizerEventRequestContext extends EventWrapper<RawAppSyncAuthorizerEventRequestContext> {
  static override readonly typeName: string =
    'AppSyncAuthorizerEventRequestContext';

  /** The ID of the AppSync API (`apiId`). */
  get apiId(): string {
    return requireString(this, this.raw.apiId, 'apiId');
  }

  /** The AWS account ID of the API (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The ID AppSync gave the request (`requestId`). */
  get requestId(): string {
    return requireString(this, this.raw.requestId, 'requestId');
  }

  /** The GraphQL document of the request (`queryString`). */
  get queryString(): string {
    return requireString(this, this.raw.queryString, 'queryString');
  }

  /**
   * The operation of the document to run (`operationName`). Undefined when the request
   * names none.
   */
  get operationName(): string | undefined {
    return optionalString(this, this.raw.operationName, 'operationName');
  }

  /**
   * The variables of the request (`variables`): the raw object, not copied. Empty object
   * when the event has none.
   */
  get variables(): Record<string, unknown> {
    return mapOrEmpty(this, this.raw.variables, 'variables');
  }
}

/**
 * Wrapper for the event that AWS AppSync sends to a Lambda authorizer (`AWS_LAMBDA`
 * authorization) before it runs a GraphQL request. Answer with
 * {@link AppSyncAuthorizerResponse}.
 *
 * @example
 * ```ts
 * import {
 *   AppSyncAuthorizerEvent,
 *   AppSyncAuthorizerResponse,
 *   type RawAppSyncAuthorizerEvent,
 * } from '@evt/appsync';
 *
 * export const handler = async (raw: RawAppSyncAuthorizerEvent) => {
 *   const event = new AppSyncAuthorizerEvent(raw);
 *   const authorize = event.authorizationToken === 'custom-authorized';
 *   return new AppSyncAuthorizerResponse({
 *     authorize,
 *     resolverContext: { requestId: event.requestContext.requestId },
 *     maxAge: 300,
 *   }).asDict();
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
export class AppSyncAuthorizerEvent extends EventWrapper<RawAppSyncAuthorizerEvent> {
  static override readonly typeName: string = 'AppSyncAuthorizerEvent';

  #requestContext?: AppSyncAuthorizerEventRequestContext;
  #requestHeaders?: HeaderMap;

  /**
   * The token the client sent in its `Authorization` header (`authorizationToken`). Hidden
   * in the debug view.
   */
  get authorizationToken(): string {
    return requireString(
      this,
      this.raw.authorizationToken,
      'authorizationToken'
    );
  }

  /** The GraphQL request to authorize (`requestContext`). */
  get requestContext(): AppSyncAuthorizerEventRequestContext {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      AppSyncAuthorizerEventRequestContext
    ));
  }

  /**
   * The headers of the request (`requestHeaders`), looked up case-insensitively. Empty when
   * the event has none. The map reads the raw object in place; a value that is not a string
   * throws when a lookup first reaches it.
   *
   * @throws {@link FieldTypeError} when `requestHeaders` is not an object, or (from the map's
   * reads) naming `requestHeaders.<name>` when a value is not a string.
   */
  get requestHeaders(): HeaderMap {
    return (this.#requestHeaders ??= readHeaderMap(
      this,
      this.raw.requestHeaders,
      'requestHeaders'
    ));
  }
}
