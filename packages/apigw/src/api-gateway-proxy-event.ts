import {
  BaseProxyEvent,
  checkWrapper,
  child,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  type HeaderMap,
  mapOrEmpty,
  optionalNumber,
  optionalString,
  type RawProxyEventBase,
  readMultiValueHeaderMap,
  stringArrayOrEmpty,
  stringMapOrEmpty,
} from '@evt/core';
import {
  BaseRequestContext,
  type RawBaseRequestContext,
} from './base-request-context';

/**
 * The authorizer output API Gateway adds to a request (`requestContext.authorizer`), as AWS
 * documents it: Cognito or JWT claims and scopes, or the principal and context a Lambda
 * authorizer returned. A Lambda authorizer's context keys sit next to `principalId`; read them
 * with {@link APIGatewayEventAuthorizer.get} or {@link APIGatewayEventAuthorizer.getContext}.
 */
export interface RawAPIGatewayEventAuthorizer {
  /** The claims of the caller's token (Cognito user pool or JWT authorizer). */
  claims?: Record<string, unknown> | null | undefined;
  /** The OAuth scopes of the caller's token (JWT authorizer). */
  scopes?: readonly string[] | null | undefined;
  /** The principal a Lambda authorizer returned. */
  principalId?: string | null | undefined;
  /** How long the Lambda authorizer took, in milliseconds. */
  integrationLatency?: number | null | undefined;
}

/**
 * The request context of a REST API or HTTP API (payload 1.0) request, as AWS documents it,
 * including the fields WebSocket APIs add.
 */
export interface RawAPIGatewayEventRequestContext
  extends RawBaseRequestContext {
  /** The authorizer output, when the route uses an authorizer. */
  authorizer?: RawAPIGatewayEventAuthorizer | null | undefined;
  /** The connection time in milliseconds since the Unix epoch (WebSocket APIs). */
  connectedAt?: number | null | undefined;
  /** The ID of the connection, for callbacks to the client (WebSocket APIs). */
  connectionId?: string | null | undefined;
  /** The event type: `CONNECT`, `MESSAGE` or `DISCONNECT` (WebSocket APIs). */
  eventType?: string | null | undefined;
  /** The direction of the message, `IN` (WebSocket APIs). */
  messageDirection?: string | null | undefined;
  /** The ID of the message, for `MESSAGE` events (WebSocket APIs). */
  messageId?: string | null | undefined;
  /** The name of the operation, as set on the method. */
  operationName?: string | null | undefined;
  /** The route that matched the request (HTTP and WebSocket APIs). */
  routeKey?: string | null | undefined;
}

/**
 * The event API Gateway sends for a REST API or an HTTP API with payload format 1.0, as AWS
 * documents it.
 */
export interface RawAPIGatewayProxyEvent extends RawProxyEventBase {
  /** The payload format version, `1.0`; REST APIs leave it out. */
  version?: string | undefined;
  /** The resource path that matched the request, e.g. `/pets/{petId}`; WebSocket APIs leave it out. */
  resource?: string | undefined;
  /** The request path; WebSocket APIs leave it out. */
  path?: string;
  /** The HTTP method of the request; WebSocket APIs leave it out. */
  httpMethod?: string;
  /** The request headers, last value of each. */
  headers?: Record<string, string | undefined> | null;
  /** The request headers, every value of each. */
  multiValueHeaders?: Record<string, string[] | undefined> | null;
  /** The query string parameters, last value of each. */
  queryStringParameters?: Record<string, string | undefined> | null;
  /** The query string parameters, every value of each. */
  multiValueQueryStringParameters?: Record<string, string[] | undefined> | null;
  /** The path parameters of the matched resource. */
  pathParameters?: Record<string, string | undefined> | null;
  /** The stage variables of the deployment stage. */
  stageVariables?: Record<string, string | undefined> | null;
  /** The request context. */
  requestContext: RawAPIGatewayEventRequestContext;
  /** The request body, as text or base64. */
  body?: string | null;
  /** Whether `body` is base64 encoded. */
  isBase64Encoded?: boolean | null;
}

const NO_AUTHORIZER: RawAPIGatewayEventAuthorizer =
  /* @__PURE__ */ Object.freeze({});

/**
 * Wrapper for the authorizer output (`requestContext.authorizer`) in the event that API
 * Gateway sends when a REST API or an HTTP API (payload 1.0) route uses an authorizer.
 *
 * @example
 * ```ts
 * import { APIGatewayProxyEvent, type RawAPIGatewayProxyEvent } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEvent) => {
 *   const authorizer = new APIGatewayProxyEvent(raw).requestContext.authorizer;
 *   return {
 *     subject: authorizer.claims.sub,
 *     principal: authorizer.principalId,
 *     tenant: authorizer.get('tenantId'),
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
export class APIGatewayEventAuthorizer extends EventWrapper<RawAPIGatewayEventAuthorizer> {
  static override readonly typeName: string = 'APIGatewayEventAuthorizer';

  /** The claims of the caller's token, from a Cognito user pool or JWT authorizer (`claims`). Empty object when the event has none. */
  get claims(): Record<string, unknown> {
    return mapOrEmpty(this, this.raw.claims, 'claims');
  }

  /** The OAuth scopes of the caller's token, from a JWT authorizer (`scopes`). Empty array when the event has none. */
  get scopes(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.scopes, 'scopes');
  }

  /** The principal a Lambda authorizer returned (`principalId`). Empty string when the event has none. */
  get principalId(): string {
    return optionalString(this, this.raw.principalId, 'principalId') ?? '';
  }

  /** How long the Lambda authorizer took, in milliseconds (`integrationLatency`). */
  get integrationLatency(): number | undefined {
    return optionalNumber(
      this,
      this.raw.integrationLatency,
      'integrationLatency'
    );
  }

  /**
   * Returns the whole authorizer output: the context a Lambda authorizer returned (with
   * `principalId` and `integrationLatency`), or the claims of a token authorizer.
   *
   * @returns The authorizer output as sent (not a copy); empty when the route has no authorizer.
   * @example
   * ```ts
   * import { APIGatewayProxyEvent, type RawAPIGatewayProxyEvent } from '@evt/apigw';
   *
   * export const handler = async (raw: RawAPIGatewayProxyEvent) => {
   *   const context = new APIGatewayProxyEvent(raw).requestContext.authorizer.getContext();
   *   return { tenant: context.tenantId };
   * };
   * ```
   */
  getContext(): Record<string, unknown> {
    return this.raw as Record<string, unknown>;
  }
}

/**
 * Wrapper for the request context (`requestContext`) in the event that API Gateway sends when
 * a REST API or an HTTP API (payload 1.0) invokes a function.
 *
 * @example
 * ```ts
 * import { APIGatewayProxyEvent, type RawAPIGatewayProxyEvent } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEvent) => {
 *   const context = new APIGatewayProxyEvent(raw).requestContext;
 *   return { requestId: context.requestId, ip: context.identity.sourceIp };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 */
export class APIGatewayEventRequestContext extends BaseRequestContext<RawAPIGatewayEventRequestContext> {
  static override readonly typeName: string = 'APIGatewayEventRequestContext';

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  // Declared, not inherited: see "Declared constructors" in CONTRIBUTING.md.
  constructor(raw: RawAPIGatewayEventRequestContext, options?: EventOptions) {
    super(raw, options);
  }

  #authorizer?: APIGatewayEventAuthorizer;

  /** The connection time in milliseconds since the Unix epoch, for WebSocket APIs (`connectedAt`). */
  get connectedAt(): number | undefined {
    return optionalNumber(this, this.raw.connectedAt, 'connectedAt');
  }

  /** The ID of the connection, for callbacks to the client of a WebSocket API (`connectionId`). */
  get connectionId(): string | undefined {
    return optionalString(this, this.raw.connectionId, 'connectionId');
  }

  /** The event type of a WebSocket API request: `CONNECT`, `MESSAGE` or `DISCONNECT` (`eventType`). */
  get eventType(): string | undefined {
    return optionalString(this, this.raw.eventType, 'eventType');
  }

  /** The direction of a WebSocket API message, `IN` (`messageDirection`). */
  get messageDirection(): string | undefined {
    return optionalString(this, this.raw.messageDirection, 'messageDirection');
  }

  /** The ID of a WebSocket API message, for `MESSAGE` events (`messageId`). */
  get messageId(): string | undefined {
    return optionalString(this, this.raw.messageId, 'messageId');
  }

  /** The name of the operation, as set on the method (`operationName`). */
  get operationName(): string | undefined {
    return optionalString(this, this.raw.operationName, 'operationName');
  }

  /** The route that matched the request, for HTTP and WebSocket APIs (`routeKey`). */
  get routeKey(): string | undefined {
    return optionalString(this, this.raw.routeKey, 'routeKey');
  }

  /** The authorizer output (`authorizer`); reads as empty when the route has no authorizer. */
  get authorizer(): APIGatewayEventAuthorizer {
    return (this.#authorizer ??= new APIGatewayEventAuthorizer(
      this.raw.authorizer ?? NO_AUTHORIZER,
      { parent: this, path: 'authorizer' }
    ));
  }
}

export interface APIGatewayProxyEvent<TBody = unknown>
  extends BaseProxyEvent<RawAPIGatewayProxyEvent, TBody> {}
/**
 * Wrapper for the event that API Gateway sends when a REST API, or an HTTP API with payload
 * format 1.0, invokes a function through a Lambda proxy integration. `TBody` types
 * {@link APIGatewayProxyEvent.jsonBody}.
 *
 * @example
 * ```ts
 * import { APIGatewayProxyEvent, type RawAPIGatewayProxyEvent } from '@evt/apigw';
 *
 * interface Pet { name: string }
 *
 * export const handler = async (raw: RawAPIGatewayProxyEvent) => {
 *   const event = new APIGatewayProxyEvent<Pet>(raw);
 *   return {
 *     statusCode: 200,
 *     body: JSON.stringify({
 *       route: `${event.httpMethod} ${event.resource}`,
 *       name: event.jsonBody?.name,
 *     }),
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 */
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
export class APIGatewayProxyEvent<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    APIGatewayProxyEvent,
    'APIGatewayProxyEvent',
    BaseProxyEvent
  );
  declare protected readonly raw: RawAPIGatewayProxyEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawAPIGatewayProxyEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #multiValueHeaders?: HeaderMap;
  #requestContext?: APIGatewayEventRequestContext;

  /** The payload format version, `1.0` for HTTP APIs (`version`); `undefined` for REST APIs, which leave it out. */
  get version(): string | undefined {
    return optionalString(this, this.raw.version, 'version');
  }

  /**
   * The resource path that matched the request, e.g. `/pets/{petId}` (`resource`). Undefined
   * when the event has none.
   */
  get resource(): string | undefined {
    return optionalString(this, this.raw.resource, 'resource');
  }

  /**
   * The request headers with every value of each, looked up case-insensitively
   * (`multiValueHeaders`); use `getAll(name)` for the values. Empty when the event has none.
   * The map reads the raw object in place and checks a header's values when a lookup first
   * reaches them.
   *
   * @throws {@link FieldTypeError} when `multiValueHeaders` is not an object, or (from the map's
   * reads) naming `multiValueHeaders.<name>` or `multiValueHeaders.<name>[i]` when a header's
   * values are not an array of strings.
   */
  get multiValueHeaders(): HeaderMap {
    return (this.#multiValueHeaders ??= readMultiValueHeaderMap(
      this,
      this.raw.multiValueHeaders,
      'multiValueHeaders'
    ));
  }

  /**
   * The headers used for resolving a request: {@link APIGatewayProxyEvent.multiValueHeaders}
   * when the event has any, else {@link APIGatewayProxyEvent.headers}.
   */
  get resolvedHeadersField(): HeaderMap {
    const multi = this.multiValueHeaders;
    return multi.size > 0 ? multi : this.headers;
  }

  /** The request context (`requestContext`). */
  get requestContext(): APIGatewayEventRequestContext {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      APIGatewayEventRequestContext
    ));
  }

  /** The path parameters of the matched resource (`pathParameters`). Empty object when the event has none. */
  get pathParameters(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.pathParameters, 'pathParameters');
  }

  /** The stage variables of the deployment stage (`stageVariables`). Empty object when the event has none. */
  get stageVariables(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.stageVariables, 'stageVariables');
  }
}
