import {
  argumentError,
  DecodeError,
  type EventWrapper,
  locate,
  partitionOf,
} from '@evt/core';
import { stringArgument } from './arguments';

/** The parts of an API Gateway route ARN, as {@link APIGatewayRouteArn} takes them. */
export interface APIGatewayRouteArnParts {
  /** The Region of the API, e.g. `us-east-1`. */
  readonly region: string;
  /** The AWS account ID that owns the API. */
  readonly awsAccountId: string;
  /** The identifier API Gateway assigns to the API. */
  readonly apiId: string;
  /** The deployment stage, or `*` for any stage. */
  readonly stage: string;
  /**
   * The HTTP method (`GET`, `*`, …) of a REST or HTTP API route; a WebSocket route has none.
   */
  readonly httpMethod?: string | undefined;
  /**
   * The resource path of a REST or HTTP API route (`pets/{petId}`, `*`), or the route key of a
   * WebSocket route (`$connect`); leading slashes are dropped.
   */
  readonly resource: string;
  /**
   * The partition, as ARNs spell it (`aws`, `aws-cn`, `aws-us-gov`, …). Defaults to the
   * partition of `region`.
   */
  readonly partition?: string | undefined;
  /**
   * Whether the ARN names a WebSocket route (`<api-id>/<stage>/<route-key>`, no HTTP method);
   * `false` by default.
   */
  readonly isWebsocketAuthorizer?: boolean | undefined;
}

/** The API a route ARN names, without the route. */
export interface APIGatewayApi {
  /** The Region of the API. */
  readonly region: string;
  /** The AWS account ID that owns the API. */
  readonly awsAccountId: string;
  /** The identifier of the API. */
  readonly apiId: string;
  /** The deployment stage. */
  readonly stage: string;
}

/**
 * Reads the API a route is on from what a caller passed (`parts` of a route ARN, `options` of
 * a policy), each part checked by `check`, which names `<argument>.<part>` when it throws.
 */
export function apiOf(
  where: string,
  argument: string,
  source: { readonly [part in keyof APIGatewayApi]: unknown },
  check: (where: string, name: string, value: unknown) => string
): APIGatewayApi {
  return {
    region: check(where, `${argument}.region`, source.region),
    awsAccountId: check(where, `${argument}.awsAccountId`, source.awsAccountId),
    apiId: check(where, `${argument}.apiId`, source.apiId),
    stage: check(where, `${argument}.stage`, source.stage),
  };
}

/**
 * An API Gateway route ARN split into its parts: the `methodArn` of a REST API or HTTP API
 * (payload 1.0) authorizer event, the `routeArn` of an HTTP API (payload 2.0) one, or a route a
 * policy allows. {@link APIGatewayRouteArn.arn} builds the ARN back from the parts.
 *
 * @example
 * ```ts
 * import { APIGatewayRouteArn } from '@evt/apigw';
 *
 * const route = new APIGatewayRouteArn({
 *   region: 'cn-north-1',
 *   awsAccountId: '123456789012',
 *   apiId: 'a1b2c3d4e5',
 *   stage: 'prod',
 *   httpMethod: 'GET',
 *   resource: '/pets/*',
 * });
 * route.arn; // 'arn:aws-cn:execute-api:cn-north-1:123456789012:a1b2c3d4e5/prod/GET/pets/*'
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html
 */
export class APIGatewayRouteArn {
  /** The partition, as ARNs spell it: `aws`, `aws-cn`, `aws-us-gov`, … */
  readonly partition: string;
  /** The Region of the API, e.g. `us-east-1`. */
  readonly region: string;
  /** The AWS account ID that owns the API. */
  readonly awsAccountId: string;
  /** The identifier API Gateway assigns to the API. */
  readonly apiId: string;
  /** The deployment stage, or `*` for any stage. */
  readonly stage: string;
  /** The HTTP method of a REST or HTTP API route (`GET`, `*`, …); `undefined` for a WebSocket route. */
  readonly httpMethod: string | undefined;
  /**
   * The resource path without its leading slash (`pets/{petId}`, `*`, empty for the root
   * resource), or the route key of a WebSocket route (`$connect`).
   */
  readonly resource: string;
  /** Whether the ARN names a WebSocket route, which has no HTTP method. */
  readonly isWebsocketAuthorizer: boolean;

  /**
   * Builds a route ARN from its parts.
   *
   * @param parts The parts; the partition defaults to the partition of the Region.
   * @throws {TypeError} when a part is not a string (`httpMethod` may be absent only for a
   * WebSocket route), or `isWebsocketAuthorizer` is not a boolean.
   */
  constructor(parts: APIGatewayRouteArnParts) {
    const where = 'APIGatewayRouteArn';
    if (typeof parts !== 'object' || parts === null) {
      throw argumentError(where, 'parts', 'an object', parts);
    }
    const websocket = parts.isWebsocketAuthorizer ?? false;
    if (typeof websocket !== 'boolean') {
      throw argumentError(
        where,
        'parts.isWebsocketAuthorizer',
        'a boolean',
        websocket
      );
    }
    const api = apiOf(where, 'parts', parts, stringArgument);
    this.region = api.region;
    this.awsAccountId = api.awsAccountId;
    this.apiId = api.apiId;
    this.stage = api.stage;
    this.httpMethod =
      websocket && parts.httpMethod === undefined
        ? undefined
        : stringArgument(where, 'parts.httpMethod', parts.httpMethod);
    this.resource = stringArgument(
      where,
      'parts.resource',
      parts.resource
    ).replace(/^\/+/, '');
    this.partition =
      parts.partition === undefined
        ? partitionOf(this.region)
        : stringArgument(where, 'parts.partition', parts.partition);
    this.isWebsocketAuthorizer = websocket;
  }

  /**
   * The ARN built from the parts:
   * `arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource>`, or
   * `…/<stage>/<route-key>` for a WebSocket route.
   */
  get arn(): string {
    const route = this.isWebsocketAuthorizer
      ? this.resource
      : `${this.httpMethod}/${this.resource}`;
    return `arn:${this.partition}:execute-api:${this.region}:${this.awsAccountId}:${this.apiId}/${this.stage}/${route}`;
  }

  /**
   * Returns the ARN, so that a route reads as its ARN in a template string.
   *
   * @returns The same string as {@link APIGatewayRouteArn.arn}.
   */
  toString(): string {
    return this.arn;
  }
}

const ARN_FORMS = {
  rest: 'arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource>',
  websocket:
    'arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<route-key>',
} as const;

/** The parts of an execute-api ARN, or `undefined` when `arn` is not one. */
function split(
  arn: string,
  isWebsocketAuthorizer: boolean
): APIGatewayRouteArn | undefined {
  const segments = arn.split(':');
  if (
    segments.length < 6 ||
    segments[0] !== 'arn' ||
    segments[2] !== 'execute-api'
  ) {
    return undefined;
  }
  // The route is everything after the fifth colon: a resource path may hold a colon too.
  const route = segments.slice(5).join(':').split('/');
  if (route.length < 3) return undefined;
  return new APIGatewayRouteArn({
    partition: segments[1] as string,
    region: segments[3] as string,
    awsAccountId: segments[4] as string,
    apiId: route[0] as string,
    stage: route[1] as string,
    httpMethod: isWebsocketAuthorizer ? undefined : route[2],
    resource: route.slice(isWebsocketAuthorizer ? 2 : 3).join('/'),
    isWebsocketAuthorizer,
  });
}

/**
 * Parses an API Gateway route ARN (an authorizer event's `methodArn` or `routeArn`) into its
 * parts. The resource keeps every level of its path (`pets/{proxy+}`, `path/part/1`), without
 * the leading slash.
 *
 * @param arn The ARN, e.g. `arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request`.
 * @param isWebsocketAuthorizer Whether the ARN names a WebSocket route
 * (`…/<stage>/<route-key>`, no HTTP method); `false` by default.
 * @returns The parts.
 * @throws {TypeError} when `arn` is not a string or not an execute-api ARN with a stage and a
 * method (or route key).
 * @example
 * ```ts
 * import { parseApiGatewayArn } from '@evt/apigw';
 *
 * const route = parseApiGatewayArn(
 *   'arn:aws-us-gov:execute-api:us-gov-west-1:123456789012:a1b2c3/prod/POST/orders/{id}',
 * );
 * route.partition; // 'aws-us-gov'
 * route.resource; // 'orders/{id}'
 * ```
 */
export function parseApiGatewayArn(
  arn: string,
  isWebsocketAuthorizer = false
): APIGatewayRouteArn {
  const where = 'parseApiGatewayArn';
  if (typeof isWebsocketAuthorizer !== 'boolean') {
    throw argumentError(
      where,
      'isWebsocketAuthorizer',
      'a boolean',
      isWebsocketAuthorizer
    );
  }
  const parsed = split(
    stringArgument(where, 'arn', arn),
    isWebsocketAuthorizer
  );
  if (parsed) return parsed;
  throw new TypeError(
    `${where}: arn must be an execute-api ARN, ${ARN_FORMS[isWebsocketAuthorizer ? 'websocket' : 'rest']}`
  );
}

/**
 * Parses the route ARN an event carries at `path`, for the events' `parsedArn`.
 *
 * @throws {DecodeError} naming the field when the ARN is not an execute-api ARN.
 */
export function parseEventArn(
  owner: EventWrapper,
  arn: string,
  path: string,
  isWebsocketAuthorizer: boolean
): APIGatewayRouteArn {
  const parsed = split(arn, isWebsocketAuthorizer);
  if (parsed) return parsed;
  throw new DecodeError(
    'API Gateway route ARN',
    `expected ${ARN_FORMS[isWebsocketAuthorizer ? 'websocket' : 'rest']}`,
    locate(owner, path)
  );
}
