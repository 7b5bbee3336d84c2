import {
  type DeepPartial,
  type Filled,
  mergeDeep,
  type Sample,
} from '@evt/core/testing';
import authorizerV2Fixture from '../test/events/api-gateway-authorizer-event-v2.json';
import requestAuthorizerFixture from '../test/events/api-gateway-authorizer-request-event.json';
import tokenAuthorizerFixture from '../test/events/api-gateway-authorizer-token-event.json';
import v1Fixture from '../test/events/api-gateway-proxy-event.json';
import v2Fixture from '../test/events/api-gateway-proxy-event-v2.json';
import webSocketFixture from '../test/events/api-gateway-websocket-event.json';
import type { RawAPIGatewayEventIdentity } from './api-gateway-event-identity';
import type {
  RawAPIGatewayEventRequestContext,
  RawAPIGatewayProxyEvent,
} from './api-gateway-proxy-event';
import type {
  RawAPIGatewayProxyEventV2,
  RawRequestContextV2,
} from './api-gateway-proxy-event-v2';
import type {
  RawAPIGatewayWebSocketEvent,
  RawAPIGatewayWebSocketEventRequestContext,
} from './api-gateway-websocket-event';
import type { RawRequestContextClientCert } from './request-context-client-cert';

/**
 * The caller of a REST API request as {@link createAPIGatewayProxyEvent} builds it: every
 * field present, `null` where the caller has none (as API Gateway sends it).
 */
export interface SampleAPIGatewayEventIdentity
  extends Required<Sample<RawAPIGatewayEventIdentity>> {}

/** The fields of a request context that only WebSocket APIs send. */
export type WebSocketField =
  | 'connectedAt'
  | 'connectionId'
  | 'eventType'
  | 'messageDirection'
  | 'messageId'
  | 'operationName'
  | 'routeKey';

/**
 * The optional fields of an HTTP API (payload 2.0) event that the sample always fills.
 */
export type FilledV2Field =
  | 'cookies'
  | 'headers'
  | 'queryStringParameters'
  | 'pathParameters'
  | 'stageVariables';

/**
 * The fields of a REST request context that AWS may leave out of some events (console tests,
 * WebSocket APIs) but that the sample always fills.
 */
export type FilledContextField =
  | 'domainName'
  | 'domainPrefix'
  | 'extendedRequestId'
  | 'requestTime'
  | 'resourceId'
  | 'accountId'
  | 'protocol'
  | 'httpMethod'
  | 'path'
  | 'requestTimeEpoch'
  | 'resourcePath';

/** The request context of a REST API request as {@link createAPIGatewayProxyEvent} builds it. */
export interface SampleAPIGatewayEventRequestContext
  extends Sample<
      Omit<
        RawAPIGatewayEventRequestContext,
        'identity' | 'authorizer' | WebSocketField | FilledContextField
      >
    >,
    Filled<Pick<RawAPIGatewayEventRequestContext, FilledContextField>>,
    Partial<Filled<Pick<RawAPIGatewayEventRequestContext, WebSocketField>>> {
  /** The caller of the request. */
  identity: SampleAPIGatewayEventIdentity;
  /** What the authorizer of the method returned; `null` when the method has none. */
  authorizer: Sample<
    NonNullable<RawAPIGatewayEventRequestContext['authorizer']>
  > | null;
}

/**
 * The REST API event {@link createAPIGatewayProxyEvent} returns: a fresh copy that fits both
 * `APIGatewayProxyEvent`'s constructor and the `APIGatewayProxyEvent` of `@types/aws-lambda`
 * (and so an `APIGatewayProxyHandler`).
 */
export interface SampleAPIGatewayProxyEvent
  extends Sample<Pick<RawAPIGatewayProxyEvent, 'version'>>,
    Filled<
      Pick<
        RawAPIGatewayProxyEvent,
        | 'resource'
        | 'path'
        | 'httpMethod'
        | 'headers'
        | 'multiValueHeaders'
        | 'isBase64Encoded'
      >
    >,
    Required<
      Sample<
        Pick<
          RawAPIGatewayProxyEvent,
          | 'body'
          | 'pathParameters'
          | 'queryStringParameters'
          | 'multiValueQueryStringParameters'
          | 'stageVariables'
        >
      >
    > {
  /** The context of the request. */
  requestContext: SampleAPIGatewayEventRequestContext;
}

/** The request context of an HTTP API request as {@link createAPIGatewayProxyEventV2} builds it. */
export interface SampleRequestContextV2
  extends Sample<Omit<RawRequestContextV2, 'authentication'>> {
  /** The mutual TLS authentication of the request. */
  authentication?: {
    /** The client certificate the caller presented. */
    clientCert: Sample<RawRequestContextClientCert>;
  };
}

/**
 * The HTTP API (payload 2.0) event {@link createAPIGatewayProxyEventV2} returns: a fresh copy
 * that fits both `APIGatewayProxyEventV2`'s constructor and the `APIGatewayProxyEventV2` of
 * `@types/aws-lambda` (and so an `APIGatewayProxyHandlerV2`).
 */
export interface SampleAPIGatewayProxyEventV2
  extends Sample<
      Omit<RawAPIGatewayProxyEventV2, FilledV2Field | 'body' | 'requestContext'>
    >,
    Filled<Pick<RawAPIGatewayProxyEventV2, FilledV2Field>> {
  /** The body of the request; absent when the request has none. */
  body?: string;
  /** The context of the request. */
  requestContext: SampleRequestContextV2;
}

/** Convenience overrides for {@link createAPIGatewayProxyEvent}. */
export interface APIGatewayProxyEventOverrides {
  /** The HTTP method, set in `httpMethod` and `requestContext.httpMethod`. */
  readonly httpMethod?: string;
  /** The request path, set in `path` (and, with the stage prefix, `requestContext.path`). */
  readonly path?: string;
  /** The matched resource, set in `resource` and `requestContext.resourcePath`. */
  readonly resource?: string;
  /** The headers, set in `headers` and, one value each, in `multiValueHeaders`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The query string, set in `queryStringParameters` and `multiValueQueryStringParameters`. */
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  /** The path parameters. */
  readonly pathParameters?: Readonly<Record<string, string>>;
  /** The body text; `null` for none. */
  readonly body?: string | null;
  /** A value serialised to JSON as the body (wins over `body`). */
  readonly jsonBody?: unknown;
  /** Whether the body is base64 encoded. */
  readonly isBase64Encoded?: boolean;
  /** The deployment stage, set in `requestContext.stage`. */
  readonly stage?: string;
  /**
   * Changes merged into the whole event, at any depth, applied last: e.g. the authorizer's
   * claims (`{ requestContext: { authorizer: { claims: { sub: 'u-1' } } } }`).
   */
  readonly event?: DeepPartial<SampleAPIGatewayProxyEvent> | undefined;
}

/** Convenience overrides for {@link createAPIGatewayProxyEventV2}. */
export interface APIGatewayProxyEventV2Overrides {
  /** The HTTP method, set in `requestContext.http.method`. */
  readonly method?: string;
  /** The request path, set in `rawPath` and `requestContext.http.path`. */
  readonly rawPath?: string;
  /** The route key, set in `routeKey` and `requestContext.routeKey`. */
  readonly routeKey?: string;
  /** The headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The query string, set in `queryStringParameters` and as `rawQueryString`. */
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  /** The cookies, one `name=value` per item. */
  readonly cookies?: readonly string[];
  /** The path parameters. */
  readonly pathParameters?: Readonly<Record<string, string>>;
  /** The body text; `null` for none. */
  readonly body?: string | null;
  /** A value serialised to JSON as the body (wins over `body`). */
  readonly jsonBody?: unknown;
  /** Whether the body is base64 encoded. */
  readonly isBase64Encoded?: boolean;
  /** The deployment stage, set in `requestContext.stage`. */
  readonly stage?: string;
  /**
   * Changes merged into the whole event, at any depth, applied last: e.g. a raw query string
   * with repeated names (`{ rawQueryString: 'tag=a&tag=b' }`) or the JWT claims
   * (`{ requestContext: { authorizer: { jwt: { claims: { sub: 'u-1' } } } } }`).
   */
  readonly event?: DeepPartial<SampleAPIGatewayProxyEventV2> | undefined;
}

function bodyOf(
  overrides: { readonly body?: string | null; readonly jsonBody?: unknown },
  fallback: string | null | undefined
): string | null | undefined {
  if (overrides.jsonBody !== undefined) {
    return JSON.stringify(overrides.jsonBody);
  }
  return overrides.body !== undefined ? overrides.body : fallback;
}

function multiValue(
  values: Readonly<Record<string, string>>
): Record<string, string[]> {
  const multi: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(values)) multi[name] = [value];
  return multi;
}

/** The request parameters a payload 1.0 factory can replace. */
interface RequestParameterOverrides {
  readonly headers?: Readonly<Record<string, string>>;
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  readonly pathParameters?: Readonly<Record<string, string>>;
}

/** Sets the headers, query string and path parameters of a payload 1.0 event, one value each. */
function setRequestParameters(
  event: Pick<
    SampleAPIGatewayProxyEvent,
    | 'headers'
    | 'multiValueHeaders'
    | 'queryStringParameters'
    | 'multiValueQueryStringParameters'
    | 'pathParameters'
  >,
  overrides: RequestParameterOverrides
): void {
  if (overrides.headers !== undefined) {
    event.headers = { ...overrides.headers };
    event.multiValueHeaders = multiValue(overrides.headers);
  }
  if (overrides.queryStringParameters !== undefined) {
    event.queryStringParameters = { ...overrides.queryStringParameters };
    event.multiValueQueryStringParameters = multiValue(
      overrides.queryStringParameters
    );
  }
  if (overrides.pathParameters !== undefined) {
    event.pathParameters = { ...overrides.pathParameters };
  }
}

/** The request parameters a payload 2.0 factory can replace. */
interface RequestParameterOverridesV2 {
  readonly headers?: Readonly<Record<string, string>>;
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  readonly cookies?: readonly string[];
  readonly pathParameters?: Readonly<Record<string, string>>;
}

/**
 * Sets the headers, query string (also as `rawQueryString`, percent-encoded), cookies and path
 * parameters of a payload 2.0 event.
 */
function setRequestParametersV2(
  event: Pick<
    SampleAPIGatewayProxyEventV2,
    | 'headers'
    | 'queryStringParameters'
    | 'rawQueryString'
    | 'cookies'
    | 'pathParameters'
  >,
  overrides: RequestParameterOverridesV2
): void {
  if (overrides.headers !== undefined) event.headers = { ...overrides.headers };
  if (overrides.queryStringParameters !== undefined) {
    const query = overrides.queryStringParameters;
    event.queryStringParameters = { ...query };
    event.rawQueryString = Object.entries(query)
      .map(
        ([name, value]) =>
          `${encodeURIComponent(name)}=${encodeURIComponent(value)}`
      )
      .join('&');
  }
  if (overrides.cookies !== undefined) event.cookies = [...overrides.cookies];
  if (overrides.pathParameters !== undefined) {
    event.pathParameters = { ...overrides.pathParameters };
  }
}

/**
 * Builds a REST API proxy event (a fresh copy of the package's sample event: `POST
 * /pets/{petId}` with a JSON body) with the given fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new APIGatewayProxyEvent(...)`.
 * @example
 * ```ts
 * import { APIGatewayProxyEvent } from '@evt/apigw';
 * import { createAPIGatewayProxyEvent } from '@evt/apigw/testing';
 *
 * const event = new APIGatewayProxyEvent(
 *   createAPIGatewayProxyEvent({ httpMethod: 'GET', path: '/pets/7', body: null }),
 * );
 * ```
 */
export function createAPIGatewayProxyEvent(
  overrides: APIGatewayProxyEventOverrides = {}
): SampleAPIGatewayProxyEvent {
  const { requestContext, ...fields } = structuredClone(v1Fixture);
  // The sample request has neither a client certificate nor an authorizer; both are null
  // rather than absent, as the types of @types/aws-lambda expect.
  const event: SampleAPIGatewayProxyEvent = {
    ...fields,
    requestContext: {
      authorizer: null,
      ...requestContext,
      identity: { clientCert: null, ...requestContext.identity },
    },
  };
  const context = event.requestContext;
  if (overrides.httpMethod !== undefined) {
    event.httpMethod = overrides.httpMethod;
    context.httpMethod = overrides.httpMethod;
  }
  if (overrides.stage !== undefined) context.stage = overrides.stage;
  if (overrides.path !== undefined) {
    event.path = overrides.path;
    context.path = `/${context.stage}${overrides.path}`;
  }
  if (overrides.resource !== undefined) {
    event.resource = overrides.resource;
    context.resourcePath = overrides.resource;
  }
  setRequestParameters(event, overrides);
  event.body = bodyOf(overrides, event.body) ?? null;
  if (overrides.isBase64Encoded !== undefined) {
    event.isBase64Encoded = overrides.isBase64Encoded;
  }
  return mergeDeep(event, overrides.event);
}

/**
 * Builds an HTTP API (payload 2.0) event (a fresh copy of the package's sample event: `POST
 * /my/path` on the `$default` stage with a JWT authorizer and a JSON body) with the given
 * fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new APIGatewayProxyEventV2(...)`.
 * @example
 * ```ts
 * import { APIGatewayProxyEventV2 } from '@evt/apigw';
 * import { createAPIGatewayProxyEventV2 } from '@evt/apigw/testing';
 *
 * const event = new APIGatewayProxyEventV2(
 *   createAPIGatewayProxyEventV2({
 *     method: 'PUT',
 *     headers: { 'x-request-id': 'abc' },
 *     jsonBody: { id: 'o-1' },
 *   }),
 * );
 * ```
 */
export function createAPIGatewayProxyEventV2(
  overrides: APIGatewayProxyEventV2Overrides = {}
): SampleAPIGatewayProxyEventV2 {
  const event = structuredClone(v2Fixture) as SampleAPIGatewayProxyEventV2;
  const context = event.requestContext;
  if (overrides.method !== undefined) context.http.method = overrides.method;
  if (overrides.stage !== undefined) context.stage = overrides.stage;
  if (overrides.rawPath !== undefined) {
    event.rawPath = overrides.rawPath;
    context.http.path = overrides.rawPath;
  }
  if (overrides.routeKey !== undefined) {
    event.routeKey = overrides.routeKey;
    context.routeKey = overrides.routeKey;
  }
  setRequestParametersV2(event, overrides);
  const body = bodyOf(overrides, event.body);
  if (body === undefined || body === null) delete event.body;
  else event.body = body;
  if (overrides.isBase64Encoded !== undefined) {
    event.isBase64Encoded = overrides.isBase64Encoded;
  }
  return mergeDeep(event, overrides.event);
}

/**
 * The `TOKEN` authorizer event {@link createAPIGatewayAuthorizerTokenEvent} returns: a fresh
 * copy that fits both `APIGatewayAuthorizerTokenEvent`'s constructor and the
 * `APIGatewayTokenAuthorizerEvent` of `@types/aws-lambda` (and so an
 * `APIGatewayTokenAuthorizerHandler`).
 */
export interface SampleAPIGatewayAuthorizerTokenEvent {
  /** The authorizer type. */
  type: 'TOKEN';
  /** The caller's token. */
  authorizationToken: string;
  /** The ARN of the method called. */
  methodArn: string;
}

/** The request context of a `REQUEST` authorizer event as {@link createAPIGatewayAuthorizerRequestEvent} builds it. */
export interface SampleAPIGatewayAuthorizerRequestContext
  extends Omit<SampleAPIGatewayEventRequestContext, 'authorizer'> {
  /** An authorizer is called before any authorizer output exists: always `undefined`. */
  authorizer: undefined;
}

/**
 * The REST API `REQUEST` authorizer event {@link createAPIGatewayAuthorizerRequestEvent}
 * returns: a fresh copy that fits both `APIGatewayAuthorizerRequestEvent`'s constructor and
 * the `APIGatewayRequestAuthorizerEvent` of `@types/aws-lambda` (and so an
 * `APIGatewayRequestAuthorizerHandler`).
 */
export interface SampleAPIGatewayAuthorizerRequestEvent
  extends Omit<
    SampleAPIGatewayProxyEvent,
    'version' | 'body' | 'isBase64Encoded' | 'requestContext'
  > {
  /** The authorizer type. */
  type: 'REQUEST';
  /** The ARN of the method called. */
  methodArn: string;
  /** The context of the request. */
  requestContext: SampleAPIGatewayAuthorizerRequestContext;
}

/**
 * The HTTP API (payload 2.0) authorizer event {@link createAPIGatewayAuthorizerEventV2}
 * returns: a fresh copy that fits both `APIGatewayAuthorizerEventV2`'s constructor and the
 * `APIGatewayRequestAuthorizerEventV2` of `@types/aws-lambda` (and so an
 * `APIGatewayRequestSimpleAuthorizerHandlerV2`).
 */
export interface SampleAPIGatewayAuthorizerEventV2
  extends Omit<
    SampleAPIGatewayProxyEventV2,
    'body' | 'isBase64Encoded' | 'requestContext'
  > {
  /** The authorizer type. */
  type: 'REQUEST';
  /** The ARN of the route called. */
  routeArn: string;
  /** The values of the identity sources. */
  identitySource: string[];
  /** The context of the request. */
  requestContext: Omit<SampleRequestContextV2, 'authorizer'>;
}

/**
 * The request context of a WebSocket API message as {@link createAPIGatewayWebSocketEvent}
 * builds it: with the event types and direction `@types/aws-lambda` spells out.
 */
export interface SampleAPIGatewayWebSocketEventRequestContext
  extends Omit<
    Sample<RawAPIGatewayWebSocketEventRequestContext>,
    'eventType' | 'messageDirection' | 'messageId'
  > {
  /** The event type. */
  eventType: 'CONNECT' | 'MESSAGE' | 'DISCONNECT';
  /** The direction of the message. */
  messageDirection: 'IN';
  /** The ID of the message. */
  messageId: string;
}

/**
 * The WebSocket API message event {@link createAPIGatewayWebSocketEvent} returns: a fresh copy
 * that fits both `APIGatewayWebSocketEvent`'s constructor and the
 * `APIGatewayProxyWebsocketEventV2` of `@types/aws-lambda` (and so an
 * `APIGatewayProxyWebsocketHandlerV2`).
 */
export interface SampleAPIGatewayWebSocketEvent
  extends Partial<
    Filled<
      Pick<
        RawAPIGatewayWebSocketEvent,
        | 'headers'
        | 'multiValueHeaders'
        | 'queryStringParameters'
        | 'multiValueQueryStringParameters'
      >
    >
  > {
  /** The message; absent when the event has none. */
  body?: string;
  /** Whether the message is base64 encoded. */
  isBase64Encoded: boolean;
  /** The context of the message. */
  requestContext: SampleAPIGatewayWebSocketEventRequestContext;
}

/** Convenience overrides for {@link createAPIGatewayAuthorizerTokenEvent}. */
export interface APIGatewayAuthorizerTokenEventOverrides {
  /** The caller's token. */
  readonly authorizationToken?: string;
  /** The ARN of the method called. */
  readonly methodArn?: string;
  /** Changes merged into the whole event, applied last. */
  readonly event?:
    | DeepPartial<SampleAPIGatewayAuthorizerTokenEvent>
    | undefined;
}

/** Convenience overrides for {@link createAPIGatewayAuthorizerRequestEvent}. */
export interface APIGatewayAuthorizerRequestEventOverrides {
  /** The ARN of the method called. */
  readonly methodArn?: string;
  /** The headers, set in `headers` and, one value each, in `multiValueHeaders`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The query string, set in `queryStringParameters` and `multiValueQueryStringParameters`. */
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  /** The path parameters. */
  readonly pathParameters?: Readonly<Record<string, string>>;
  /**
   * Changes merged into the whole event, at any depth, applied last: e.g. the caller's IP
   * (`{ requestContext: { identity: { sourceIp: '203.0.113.9' } } }`).
   */
  readonly event?:
    | DeepPartial<SampleAPIGatewayAuthorizerRequestEvent>
    | undefined;
}

/** Convenience overrides for {@link createAPIGatewayAuthorizerEventV2}. */
export interface APIGatewayAuthorizerEventV2Overrides {
  /** The ARN of the route called. */
  readonly routeArn?: string;
  /** The values of the identity sources. */
  readonly identitySource?: readonly string[];
  /** The headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The query string, set in `queryStringParameters` and as `rawQueryString`. */
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  /** The cookies, one `name=value` per item. */
  readonly cookies?: readonly string[];
  /** The path parameters. */
  readonly pathParameters?: Readonly<Record<string, string>>;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleAPIGatewayAuthorizerEventV2> | undefined;
}

/** Convenience overrides for {@link createAPIGatewayWebSocketEvent}. */
export interface APIGatewayWebSocketEventOverrides {
  /** The route key, set in `requestContext.routeKey`. */
  readonly routeKey?: string;
  /** The connection ID, set in `requestContext.connectionId`. */
  readonly connectionId?: string;
  /** The message text; `null` for none. */
  readonly body?: string | null;
  /** A value serialised to JSON as the message (wins over `body`). */
  readonly jsonBody?: unknown;
  /** Whether the message is base64 encoded. */
  readonly isBase64Encoded?: boolean;
  /**
   * Changes merged into the whole event, at any depth, applied last: e.g. a `$disconnect`
   * (`{ requestContext: { eventType: 'DISCONNECT', disconnectStatusCode: 1000 } }`).
   */
  readonly event?: DeepPartial<SampleAPIGatewayWebSocketEvent> | undefined;
}

/**
 * Builds a REST API `TOKEN` authorizer event (a fresh copy of the package's sample event: the
 * token `allow` for `GET /` in any stage) with the given fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new APIGatewayAuthorizerTokenEvent(...)`.
 * @example
 * ```ts
 * import { APIGatewayAuthorizerTokenEvent } from '@evt/apigw';
 * import { createAPIGatewayAuthorizerTokenEvent } from '@evt/apigw/testing';
 *
 * const event = new APIGatewayAuthorizerTokenEvent(
 *   createAPIGatewayAuthorizerTokenEvent({ authorizationToken: 'Bearer abc' }),
 * );
 * ```
 */
export function createAPIGatewayAuthorizerTokenEvent(
  overrides: APIGatewayAuthorizerTokenEventOverrides = {}
): SampleAPIGatewayAuthorizerTokenEvent {
  const event = structuredClone(
    tokenAuthorizerFixture
  ) as SampleAPIGatewayAuthorizerTokenEvent;
  if (overrides.authorizationToken !== undefined) {
    event.authorizationToken = overrides.authorizationToken;
  }
  if (overrides.methodArn !== undefined) event.methodArn = overrides.methodArn;
  return mergeDeep(event, overrides.event);
}

/**
 * Builds a REST API `REQUEST` authorizer event (a fresh copy of the package's sample event:
 * `GET /request` on stage `test`, with an API key and a client certificate) with the given
 * fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new APIGatewayAuthorizerRequestEvent(...)`.
 * @example
 * ```ts
 * import { APIGatewayAuthorizerRequestEvent } from '@evt/apigw';
 * import { createAPIGatewayAuthorizerRequestEvent } from '@evt/apigw/testing';
 *
 * const event = new APIGatewayAuthorizerRequestEvent(
 *   createAPIGatewayAuthorizerRequestEvent({ headers: { 'X-Tenant': 'acme' } }),
 * );
 * ```
 */
export function createAPIGatewayAuthorizerRequestEvent(
  overrides: APIGatewayAuthorizerRequestEventOverrides = {}
): SampleAPIGatewayAuthorizerRequestEvent {
  const { requestContext, ...fields } = structuredClone(
    requestAuthorizerFixture
  );
  // An authorizer runs before any authorizer output exists; `@types/aws-lambda` types the
  // key as present and `undefined`.
  const event = {
    ...fields,
    requestContext: { ...requestContext, authorizer: undefined },
  } as SampleAPIGatewayAuthorizerRequestEvent;
  if (overrides.methodArn !== undefined) event.methodArn = overrides.methodArn;
  setRequestParameters(event, overrides);
  return mergeDeep(event, overrides.event);
}

/**
 * Builds an HTTP API (payload 2.0) authorizer event (a fresh copy of the package's sample
 * event: `GET /request` on stage `test`, identity sources `user1` and `123`) with the given
 * fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new APIGatewayAuthorizerEventV2(...)`.
 * @example
 * ```ts
 * import { APIGatewayAuthorizerEventV2 } from '@evt/apigw';
 * import { createAPIGatewayAuthorizerEventV2 } from '@evt/apigw/testing';
 *
 * const event = new APIGatewayAuthorizerEventV2(
 *   createAPIGatewayAuthorizerEventV2({ identitySource: ['Bearer abc'] }),
 * );
 * ```
 */
export function createAPIGatewayAuthorizerEventV2(
  overrides: APIGatewayAuthorizerEventV2Overrides = {}
): SampleAPIGatewayAuthorizerEventV2 {
  const event = structuredClone(
    authorizerV2Fixture
  ) as SampleAPIGatewayAuthorizerEventV2;
  if (overrides.routeArn !== undefined) event.routeArn = overrides.routeArn;
  if (overrides.identitySource !== undefined) {
    event.identitySource = [...overrides.identitySource];
  }
  setRequestParametersV2(event, overrides);
  return mergeDeep(event, overrides.event);
}

/**
 * Builds a WebSocket API message event (a fresh copy of the package's sample event: a
 * `sendmessage` message with a JSON body) with the given fields replaced; change
 * `requestContext` through `event` for a `$connect` or `$disconnect`.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new APIGatewayWebSocketEvent(...)`.
 * @example
 * ```ts
 * import { APIGatewayWebSocketEvent } from '@evt/apigw';
 * import { createAPIGatewayWebSocketEvent } from '@evt/apigw/testing';
 *
 * const event = new APIGatewayWebSocketEvent(
 *   createAPIGatewayWebSocketEvent({
 *     routeKey: 'join',
 *     jsonBody: { action: 'join', room: 'lobby' },
 *   }),
 * );
 * ```
 */
export function createAPIGatewayWebSocketEvent(
  overrides: APIGatewayWebSocketEventOverrides = {}
): SampleAPIGatewayWebSocketEvent {
  const event = structuredClone(
    webSocketFixture
  ) as SampleAPIGatewayWebSocketEvent;
  const context = event.requestContext;
  if (overrides.routeKey !== undefined) context.routeKey = overrides.routeKey;
  if (overrides.connectionId !== undefined) {
    context.connectionId = overrides.connectionId;
  }
  const body = bodyOf(overrides, event.body);
  if (body === undefined || body === null) delete event.body;
  else event.body = body;
  if (overrides.isBase64Encoded !== undefined) {
    event.isBase64Encoded = overrides.isBase64Encoded;
  }
  return mergeDeep(event, overrides.event);
}
