import {
  BaseProxyEvent,
  checkWrapper,
  child,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  type HeaderMap,
  optionalNumber,
  optionalString,
  type RawProxyEventBase,
  readMultiValueHeaderMap,
  requireNumber,
  requireString,
} from '@evt/core';

/** The caller of a WebSocket API request, as AWS documents it. */
export interface RawAPIGatewayWebSocketEventIdentity {
  /** The source IP address of the TCP connection that made the request. */
  sourceIp: string;
  /** The `User-Agent` header of the client, on `$connect`. */
  userAgent?: string | null | undefined;
}

/** The request context of a WebSocket API request, as AWS documents it. */
export interface RawAPIGatewayWebSocketEventRequestContext {
  /** The route that matched the message: `$connect`, `$disconnect`, `$default` or a custom route key. */
  routeKey: string;
  /** The event type: `CONNECT`, `MESSAGE` or `DISCONNECT`. */
  eventType: string;
  /** The ID of the connection, for callbacks to the client. */
  connectionId: string;
  /** The ID of the message, for `MESSAGE` events. */
  messageId?: string | null | undefined;
  /** The direction of the message, `IN`. */
  messageDirection: string;
  /** The WebSocket close status code, for `DISCONNECT` events. */
  disconnectStatusCode?: number | null | undefined;
  /** Why the connection closed, for `DISCONNECT` events. */
  disconnectReason?: string | null | undefined;
  /** The connection time in milliseconds since the Unix epoch. */
  connectedAt: number;
  /** The identifier API Gateway assigns to the API. */
  apiId: string;
  /** The full domain name used to invoke the API. */
  domainName: string;
  /** The deployment stage that received the request. */
  stage: string;
  /** The ID API Gateway assigns to the request. */
  requestId: string;
  /** The longer ID API Gateway generates for the request, useful for debugging. */
  extendedRequestId: string;
  /** The request time in CLF format (`dd/MMM/yyyy:HH:mm:ss +-hhmm`). */
  requestTime: string;
  /** The request time in milliseconds since the Unix epoch. */
  requestTimeEpoch: number;
  /** The caller of the request; every AWS sample has it, though `@types/aws-lambda` leaves it out. */
  identity?: RawAPIGatewayWebSocketEventIdentity | null | undefined;
}

/**
 * The event API Gateway sends to a Lambda proxy integration of a WebSocket API route, as AWS
 * documents it: headers and query string on `$connect` only, a body on messages.
 */
export interface RawAPIGatewayWebSocketEvent extends RawProxyEventBase {
  /** The headers of the connection request, last value of each (`$connect` only). */
  headers?: Record<string, string | undefined> | null;
  /** The headers of the connection request, every value of each (`$connect` only). */
  multiValueHeaders?: Record<string, string[] | undefined> | null;
  /** The query string parameters of the connection request, last value of each (`$connect` only). */
  queryStringParameters?: Record<string, string | undefined> | null;
  /** The query string parameters of the connection request, every value of each (`$connect` only). */
  multiValueQueryStringParameters?: Record<string, string[] | undefined> | null;
  /** The request context. */
  requestContext: RawAPIGatewayWebSocketEventRequestContext;
  /** The message, as text or base64 (messages only). */
  body?: string | null;
  /** Whether `body` is base64 encoded (binary frames). */
  isBase64Encoded?: boolean | null;
}

const NO_IDENTITY: RawAPIGatewayWebSocketEventIdentity =
  /* @__PURE__ */ Object.freeze({}) as RawAPIGatewayWebSocketEventIdentity;

/**
 * Wrapper for the caller (`requestContext.identity`) in the event that API Gateway sends to a
 * WebSocket API route's integration.
 *
 * @example
 * ```ts
 * import { APIGatewayWebSocketEvent, type RawAPIGatewayWebSocketEvent } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayWebSocketEvent) => {
 *   const identity = new APIGatewayWebSocketEvent(raw).requestContext.identity;
 *   return { ip: identity.sourceIp, agent: identity.userAgent };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html
 */
export class APIGatewayWebSocketEventIdentity extends EventWrapper<RawAPIGatewayWebSocketEventIdentity> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'APIGatewayWebSocketEventIdentity';

  /** The source IP address of the TCP connection that made the request (`sourceIp`). */
  get sourceIp(): string {
    return requireString(this, this.raw.sourceIp, 'sourceIp');
  }

  /** The `User-Agent` header of the client (`userAgent`); `undefined` when the event has none. */
  get userAgent(): string | undefined {
    return optionalString(this, this.raw.userAgent, 'userAgent');
  }
}

/**
 * Wrapper for the request context (`requestContext`) in the event that API Gateway sends to a
 * WebSocket API route's integration: the connection, the route, the message and, on
 * `$disconnect`, why the connection closed.
 *
 * @example
 * ```ts
 * import { APIGatewayWebSocketEvent, type RawAPIGatewayWebSocketEvent } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayWebSocketEvent) => {
 *   const context = new APIGatewayWebSocketEvent(raw).requestContext;
 *   if (context.eventType === 'DISCONNECT') {
 *     console.log(context.connectionId, context.disconnectStatusCode, context.disconnectReason);
 *   }
 *   return { statusCode: 200 };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html
 */
export class APIGatewayWebSocketEventRequestContext extends EventWrapper<RawAPIGatewayWebSocketEventRequestContext> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string =
    'APIGatewayWebSocketEventRequestContext';

  #identity?: APIGatewayWebSocketEventIdentity;

  /**
   * The route that matched: `$connect`, `$disconnect`, `$default`, or the custom route key
   * the route selection expression gave for the message (`routeKey`).
   */
  get routeKey(): string {
    return requireString(this, this.raw.routeKey, 'routeKey');
  }

  /** The event type: `CONNECT`, `MESSAGE` or `DISCONNECT` (`eventType`). */
  get eventType(): string {
    return requireString(this, this.raw.eventType, 'eventType');
  }

  /** The ID of the connection, for sending messages back to the client (`connectionId`). */
  get connectionId(): string {
    return requireString(this, this.raw.connectionId, 'connectionId');
  }

  /** The ID of the message (`messageId`); `undefined` for `CONNECT` and `DISCONNECT` events. */
  get messageId(): string | undefined {
    return optionalString(this, this.raw.messageId, 'messageId');
  }

  /** The direction of the message, `IN` (`messageDirection`). */
  get messageDirection(): string {
    return requireString(this, this.raw.messageDirection, 'messageDirection');
  }

  /**
   * The WebSocket close status code the connection closed with, e.g. `1000` or `1005` when
   * the client sent none (`disconnectStatusCode`); `undefined` except on `$disconnect`.
   */
  get disconnectStatusCode(): number | undefined {
    return optionalNumber(
      this,
      this.raw.disconnectStatusCode,
      'disconnectStatusCode'
    );
  }

  /** Why the connection closed, as API Gateway words it (`disconnectReason`); `undefined` except on `$disconnect`. */
  get disconnectReason(): string | undefined {
    return optionalString(this, this.raw.disconnectReason, 'disconnectReason');
  }

  /** The connection time in milliseconds since the Unix epoch (`connectedAt`). */
  get connectedAt(): number {
    return requireNumber(this, this.raw.connectedAt, 'connectedAt');
  }

  /** The identifier API Gateway assigns to the API (`apiId`). */
  get apiId(): string {
    return requireString(this, this.raw.apiId, 'apiId');
  }

  /**
   * The full domain name used to invoke the API (`domainName`): with the stage, the endpoint
   * to post messages back to the connection.
   */
  get domainName(): string {
    return requireString(this, this.raw.domainName, 'domainName');
  }

  /** The deployment stage that received the request (`stage`). */
  get stage(): string {
    return requireString(this, this.raw.stage, 'stage');
  }

  /** The ID API Gateway assigns to the request (`requestId`). */
  get requestId(): string {
    return requireString(this, this.raw.requestId, 'requestId');
  }

  /** The longer ID API Gateway generates for the request, useful for debugging (`extendedRequestId`). */
  get extendedRequestId(): string {
    return requireString(this, this.raw.extendedRequestId, 'extendedRequestId');
  }

  /** The request time in CLF format, `dd/MMM/yyyy:HH:mm:ss +-hhmm` (`requestTime`). */
  get requestTime(): string {
    return requireString(this, this.raw.requestTime, 'requestTime');
  }

  /** The request time in milliseconds since the Unix epoch (`requestTimeEpoch`). */
  get requestTimeEpoch(): number {
    return requireNumber(this, this.raw.requestTimeEpoch, 'requestTimeEpoch');
  }

  /**
   * The caller of the request (`identity`); when the event has none, its members throw
   * naming `identity.<member>`.
   */
  get identity(): APIGatewayWebSocketEventIdentity {
    return (this.#identity ??= new APIGatewayWebSocketEventIdentity(
      this.raw.identity ?? NO_IDENTITY,
      { parent: this, path: 'identity' }
    ));
  }
}

export interface APIGatewayWebSocketEvent<TBody = unknown>
  extends BaseProxyEvent<RawAPIGatewayWebSocketEvent, TBody> {}
/**
 * Wrapper for the event that API Gateway sends to a Lambda proxy integration of a WebSocket
 * API route: `$connect` (with the connection request's headers and query string),
 * `$disconnect` (with the close status code and reason), and message routes (`$default` or a
 * custom route key, with the message as the body). `TBody` types
 * {@link APIGatewayWebSocketEvent.jsonBody}.
 *
 * @example
 * ```ts
 * import { APIGatewayWebSocketEvent, type RawAPIGatewayWebSocketEvent } from '@evt/apigw';
 *
 * interface ChatMessage { action: string; message: string }
 *
 * export const handler = async (raw: RawAPIGatewayWebSocketEvent) => {
 *   const event = new APIGatewayWebSocketEvent<ChatMessage>(raw);
 *   const { connectionId, routeKey } = event.requestContext;
 *   if (routeKey === '$connect') console.log(connectionId, event.headers.get('origin'));
 *   if (routeKey === 'sendmessage') console.log(connectionId, event.jsonBody?.message);
 *   return { statusCode: 200 };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html
 */
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
export class APIGatewayWebSocketEvent<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    APIGatewayWebSocketEvent,
    'APIGatewayWebSocketEvent',
    BaseProxyEvent
  );
  declare protected readonly raw: RawAPIGatewayWebSocketEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawAPIGatewayWebSocketEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #multiValueHeaders?: HeaderMap;
  #requestContext?: APIGatewayWebSocketEventRequestContext;

  /**
   * The headers of the connection request with every value of each, looked up
   * case-insensitively (`multiValueHeaders`); empty except on `$connect`.
   *
   * @throws {@link FieldTypeError} when `multiValueHeaders` is not an object, or (from the
   * map's reads) naming `multiValueHeaders.<name>` when a header's values are not an array of
   * strings.
   */
  get multiValueHeaders(): HeaderMap {
    return (this.#multiValueHeaders ??= readMultiValueHeaderMap(
      this,
      this.raw.multiValueHeaders,
      'multiValueHeaders'
    ));
  }

  /** The request context: connection, route, message and caller (`requestContext`). */
  get requestContext(): APIGatewayWebSocketEventRequestContext {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      APIGatewayWebSocketEventRequestContext
    ));
  }
}
