import v1Fixture from '../test/events/api-gateway-proxy-event.json';
import v2Fixture from '../test/events/api-gateway-proxy-event-v2.json';
import type { RawAPIGatewayProxyEvent } from './api-gateway-proxy-event';
import type { RawAPIGatewayProxyEventV2 } from './api-gateway-proxy-event-v2';

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
): RawAPIGatewayProxyEvent {
  const event = structuredClone(v1Fixture) as RawAPIGatewayProxyEvent;
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
  event.body = bodyOf(overrides, event.body) ?? null;
  if (overrides.isBase64Encoded !== undefined) {
    event.isBase64Encoded = overrides.isBase64Encoded;
  }
  return event;
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
): RawAPIGatewayProxyEventV2 {
  const event = structuredClone(v2Fixture) as RawAPIGatewayProxyEventV2;
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
  const body = bodyOf(overrides, event.body);
  if (body === undefined || body === null) delete event.body;
  else event.body = body;
  if (overrides.isBase64Encoded !== undefined) {
    event.isBase64Encoded = overrides.isBase64Encoded;
  }
  return event;
}
