import {
  argumentError,
  hasOwnKey,
  isObject,
  oneLine,
  partitionOf,
} from '@evt/core';
import {
  APIGatewayRouteArn,
  apiOf,
  parseApiGatewayArn,
} from './api-gateway-route-arn';
import { arnSegment, stringArgument } from './arguments';

/**
 * The HTTP methods a policy statement can name, and `ALL` (`*`) for every method. Pass a
 * value (`HttpVerb.GET`, `'GET'`) or, as Powertools does, the name `ALL`, which stands for `*`.
 *
 * @example
 * ```ts
 * import { APIGatewayAuthorizerResponse, HttpVerb } from '@evt/apigw';
 *
 * const policy = APIGatewayAuthorizerResponse.fromRouteArn(
 *   'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/pets',
 *   { principalId: 'user-1' },
 * );
 * policy.allowRoute(HttpVerb.GET, '/pets/*').denyRoute(HttpVerb.ALL, '/admin/*');
 * ```
 */
export const HttpVerb: {
  /** `GET`. */
  readonly GET: 'GET';
  /** `POST`. */
  readonly POST: 'POST';
  /** `PUT`. */
  readonly PUT: 'PUT';
  /** `PATCH`. */
  readonly PATCH: 'PATCH';
  /** `HEAD`. */
  readonly HEAD: 'HEAD';
  /** `DELETE`. */
  readonly DELETE: 'DELETE';
  /** `OPTIONS`. */
  readonly OPTIONS: 'OPTIONS';
  /** Every method: `*` in the resource ARN. */
  readonly ALL: '*';
} = /* @__PURE__ */ Object.freeze({
  GET: 'GET',
  POST: 'POST',
  PUT: 'PUT',
  PATCH: 'PATCH',
  HEAD: 'HEAD',
  DELETE: 'DELETE',
  OPTIONS: 'OPTIONS',
  ALL: '*',
} as const);

/** An HTTP method a policy statement can name: `GET`, `POST`, …, or `*` for every method. */
export type HttpVerb = (typeof HttpVerb)[keyof typeof HttpVerb];

/**
 * The condition block of a policy statement, as IAM reads it: condition operators
 * (`StringEquals`, `IpAddress`, …), each mapping condition keys to a value or a list of values.
 *
 * @example
 * ```ts
 * import type { APIGatewayAuthorizerPolicyConditions } from '@evt/apigw';
 *
 * const officeOnly: APIGatewayAuthorizerPolicyConditions = {
 *   IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
 * };
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
export type APIGatewayAuthorizerPolicyConditions = {
  [operator: string]: { [key: string]: string | string[] };
};

/**
 * The conditions a route of a policy is granted under: one IAM condition block, or a list of
 * blocks as Powertools takes them (merged into the one block IAM reads; the same key in two
 * blocks is an error).
 */
export type APIGatewayAuthorizerRouteConditions =
  | APIGatewayAuthorizerPolicyConditions
  | readonly APIGatewayAuthorizerPolicyConditions[];

/** One statement of the policy a Lambda authorizer returns, exactly as API Gateway reads it. */
export interface APIGatewayAuthorizerPolicyStatement {
  /** The action the statement governs: always `execute-api:Invoke`. */
  Action: 'execute-api:Invoke';
  /** Whether the statement allows or denies the routes. */
  Effect: 'Allow' | 'Deny';
  /** The route ARNs the statement applies to. */
  Resource: string[];
  /** The conditions under which the statement applies; absent when it has none. */
  Condition?: APIGatewayAuthorizerPolicyConditions;
}

/** The policy document a Lambda authorizer returns, exactly as API Gateway reads it. */
export interface APIGatewayAuthorizerPolicyDocument {
  /** The policy language version: always `2012-10-17`. */
  Version: '2012-10-17';
  /** The statements: the allowed routes first, then the denied ones. */
  Statement: APIGatewayAuthorizerPolicyStatement[];
}

/**
 * The context a Lambda authorizer passes on to the integration
 * (`$context.authorizer.<key>`, `requestContext.authorizer`): names to strings, numbers or
 * booleans. API Gateway takes no objects or arrays here.
 */
export type APIGatewayAuthorizerContext = {
  [name: string]: string | number | boolean;
};

/**
 * The IAM policy response of a Lambda authorizer, exactly as API Gateway reads it; it fits the
 * `APIGatewayAuthorizerResult` of `@types/aws-lambda`.
 */
export interface APIGatewayAuthorizerResponseDict {
  /** The principal the policy is for, passed on as `$context.authorizer.principalId`. */
  principalId: string;
  /** The policy document. */
  policyDocument: APIGatewayAuthorizerPolicyDocument;
  /** The API key of a usage plan (REST APIs whose API key source is `AUTHORIZER`); absent when not set. */
  usageIdentifierKey?: string;
  /** The context passed on to the integration; absent when empty. */
  context?: APIGatewayAuthorizerContext;
}

/**
 * The response that denies every route to every caller, as Powertools' `DENY_ALL_RESPONSE`:
 * principal `deny-all-user` and one statement denying `*`. Frozen: return it as it is.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayAuthorizerTokenEvent,
 *   DENY_ALL_RESPONSE,
 *   type RawAPIGatewayAuthorizerTokenEvent,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayAuthorizerTokenEvent) => {
 *   const event = new APIGatewayAuthorizerTokenEvent(raw);
 *   if (!event.authorizationToken.startsWith('Bearer ')) return DENY_ALL_RESPONSE;
 *   // ...
 *   return DENY_ALL_RESPONSE;
 * };
 * ```
 */
export const DENY_ALL_RESPONSE: APIGatewayAuthorizerResponseDict =
  /* @__PURE__ */ Object.freeze({
    principalId: 'deny-all-user',
    policyDocument: /* @__PURE__ */ Object.freeze({
      Version: '2012-10-17',
      Statement: /* @__PURE__ */ Object.freeze([
        /* @__PURE__ */ Object.freeze({
          Action: 'execute-api:Invoke',
          Effect: 'Deny',
          Resource: /* @__PURE__ */ Object.freeze(['*']),
        }),
      ]),
    }),
  }) as unknown as APIGatewayAuthorizerResponseDict;

/** Who a policy is for and what it passes on, as the `fromRouteArn` builders take it. */
export interface APIGatewayAuthorizerPrincipalOptions {
  /** The principal the policy is for: a unique identifier of the caller. */
  readonly principalId: string;
  /**
   * The context passed on to the integration: names to strings, numbers or booleans (API
   * Gateway takes no objects or arrays here). Left out of the response when empty.
   */
  readonly context?: Readonly<APIGatewayAuthorizerContext> | undefined;
  /**
   * The API key of a usage plan, for a REST API whose API key source is `AUTHORIZER`. Left out
   * of the response when empty.
   */
  readonly usageIdentifierKey?: string | undefined;
}

/** What an authorizer policy response is built from: the principal and the API it grants. */
export interface APIGatewayAuthorizerResponseOptions
  extends APIGatewayAuthorizerPrincipalOptions {
  /**
   * The Region of the API. `*` matches every Region, but IAM expands it across `/` too, so
   * prefer the Region of the event's route ARN.
   */
  readonly region: string;
  /** The AWS account ID that owns the API. */
  readonly awsAccountId: string;
  /** The identifier of the API; `*` matches any API (and, like every `*`, across `/`). */
  readonly apiId: string;
  /** The stage the routes are granted on; `*` for every stage. */
  readonly stage: string;
  /**
   * The partition, as ARNs spell it (`aws`, `aws-cn`, `aws-us-gov`, …). Defaults to the
   * partition of `region`, so `cn-north-1` gives `aws-cn`.
   */
  readonly partition?: string | undefined;
}

interface Route {
  readonly resourceArn: string;
  readonly conditions: APIGatewayAuthorizerPolicyConditions | undefined;
}

/** Sets `key` on `target` as an own data property, so `__proto__` is an ordinary name. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A copy of the context, checked: string, finite number or boolean values only. */
function contextOf(
  where: string,
  context: unknown
): Readonly<APIGatewayAuthorizerContext> | undefined {
  if (context === undefined) return undefined;
  if (!isObject(context)) {
    throw argumentError(where, 'options.context', 'an object', context);
  }
  const copy: APIGatewayAuthorizerContext = {};
  for (const [name, value] of Object.entries(context)) {
    if (
      typeof value !== 'string' &&
      typeof value !== 'boolean' &&
      !(typeof value === 'number' && Number.isFinite(value))
    ) {
      throw argumentError(
        where,
        `options.context.${oneLine(name, 40)}`,
        'a string, a finite number or a boolean (API Gateway takes no objects or arrays)',
        value
      );
    }
    setOwn(copy, name, value);
  }
  return Object.freeze(copy);
}

/**
 * The condition blocks given, checked and merged into one block (a list of blocks, as
 * Powertools takes them, is one block to IAM); `undefined` when there are none.
 */
function conditionsOf(
  where: string,
  conditions: unknown
): APIGatewayAuthorizerPolicyConditions | undefined {
  if (conditions === undefined || conditions === null) return undefined;
  const list = Array.isArray(conditions);
  const blocks: unknown[] = list ? conditions : [conditions];
  const merged: APIGatewayAuthorizerPolicyConditions = {};
  for (const [index, block] of blocks.entries()) {
    const at = list ? `conditions[${index}]` : 'conditions';
    if (!isObject(block)) {
      throw argumentError(where, at, 'an object of condition operators', block);
    }
    for (const [operator, keys] of Object.entries(block)) {
      const atOperator = `${at}.${oneLine(operator, 40)}`;
      if (!isObject(keys)) {
        throw argumentError(
          where,
          atOperator,
          'an object of condition keys',
          keys
        );
      }
      if (!hasOwnKey(merged, operator)) setOwn(merged, operator, {});
      const target = merged[operator] as { [key: string]: string | string[] };
      for (const [key, value] of Object.entries(keys)) {
        const atKey = `${atOperator}.${oneLine(key, 80)}`;
        const values = Array.isArray(value) ? value : [value];
        if (!values.every((item) => typeof item === 'string')) {
          throw argumentError(
            where,
            atKey,
            'a string or an array of strings',
            value
          );
        }
        if (hasOwnKey(target, key)) {
          throw new TypeError(
            `${where}: ${atKey} repeats a condition key of an earlier block; put its values in one list`
          );
        }
        setOwn(target, key, Array.isArray(value) ? [...value] : value);
      }
    }
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** The statements of one effect: one per route with conditions, then one for the rest. */
function statementsOf(
  effect: 'Allow' | 'Deny',
  routes: readonly Route[]
): APIGatewayAuthorizerPolicyStatement[] {
  const statements: APIGatewayAuthorizerPolicyStatement[] = [];
  const unconditional: string[] = [];
  for (const { resourceArn, conditions } of routes) {
    if (conditions === undefined) {
      unconditional.push(resourceArn);
    } else {
      statements.push({
        Action: 'execute-api:Invoke',
        Effect: effect,
        Resource: [resourceArn],
        Condition: structuredClone(conditions),
      });
    }
  }
  if (unconditional.length > 0) {
    statements.push({
      Action: 'execute-api:Invoke',
      Effect: effect,
      Resource: unconditional,
    });
  }
  return statements;
}

/**
 * What the IAM policy responses of Lambda authorizers share: who the policy is for, the API it
 * grants, the routes allowed and denied so far, and the response API Gateway reads
 * ({@link BaseAPIGatewayAuthorizerResponse.asDict}). {@link APIGatewayAuthorizerResponse}
 * (REST and HTTP APIs) and {@link APIGatewayAuthorizerResponseWebSocket} add the routes.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export abstract class BaseAPIGatewayAuthorizerResponse {
  /** The class name used in misuse messages, which minifiers do not rename. */
  static readonly typeName: string = 'BaseAPIGatewayAuthorizerResponse';
  /**
   * The resource paths (or route keys) a route may name: letters, digits, `/ . - _`, the
   * wildcard `*`, and `{}`/`+` of path parameters (`{petId}`, `{proxy+}`).
   */
  static readonly pathRegex: RegExp = /^[-/.a-zA-Z0-9_*{}+]+$/;

  /** The principal the policy is for: a unique identifier of the caller. */
  readonly principalId: string;
  /** The Region of the API, or `*`. */
  readonly region: string;
  /** The AWS account ID that owns the API. */
  readonly awsAccountId: string;
  /** The identifier of the API, or `*`. */
  readonly apiId: string;
  /** The stage the routes are granted on, or `*` for every stage. */
  readonly stage: string;
  /** The partition of the route ARNs: `aws`, `aws-cn`, `aws-us-gov`, … */
  readonly partition: string;
  /** The context passed on to the integration (a frozen copy); `undefined` when none was given. */
  readonly context: Readonly<APIGatewayAuthorizerContext> | undefined;
  /** The API key of a usage plan, for a REST API whose API key source is `AUTHORIZER`. */
  readonly usageIdentifierKey: string | undefined;

  readonly #allowed: Route[] = [];
  readonly #denied: Route[] = [];

  /**
   * Starts a policy for a principal on one API and stage, with no routes yet.
   *
   * @param options The principal, the API (Region, account, API ID, stage, partition), and
   * what the response passes on (context, usage plan key).
   * @throws {TypeError} when `principalId` or `usageIdentifierKey` is not a string, when the
   * Region, account, API ID, stage or partition is empty or holds `:` or `/`, or when the
   * context is not an object of strings, finite numbers and booleans.
   */
  constructor(options: APIGatewayAuthorizerResponseOptions) {
    const where = (new.target as typeof BaseAPIGatewayAuthorizerResponse)
      .typeName;
    if (!isObject(options)) {
      throw argumentError(where, 'options', 'an object', options);
    }
    this.principalId = stringArgument(
      where,
      'options.principalId',
      options.principalId
    );
    const api = apiOf(where, 'options', options, arnSegment);
    this.region = api.region;
    this.awsAccountId = api.awsAccountId;
    this.apiId = api.apiId;
    this.stage = api.stage;
    this.partition =
      options.partition === undefined
        ? partitionOf(this.region)
        : arnSegment(where, 'options.partition', options.partition);
    this.context = contextOf(where, options.context);
    this.usageIdentifierKey =
      options.usageIdentifierKey === undefined
        ? undefined
        : stringArgument(
            where,
            'options.usageIdentifierKey',
            options.usageIdentifierKey
          );
  }

  /**
   * Adds a route to the routes allowed or denied: checks the resource against the class's
   * `pathRegex` and the conditions, and builds the route's ARN.
   *
   * @param method The public method adding it, for misuse messages.
   * @param effect Whether the route is allowed or denied.
   * @param httpMethod The HTTP method of a REST or HTTP API route; `undefined` for a WebSocket
   * route.
   * @param resource The resource path or route key.
   * @param conditions The conditions of the route's statement, as the caller gave them.
   * @returns This response.
   * @throws {TypeError} when the resource or the conditions are malformed.
   */
  protected addRoute(
    method: string,
    effect: 'Allow' | 'Deny',
    httpMethod: HttpVerb | undefined,
    resource: string,
    conditions: unknown
  ): this {
    const Class = this.constructor as typeof BaseAPIGatewayAuthorizerResponse;
    const where = `${Class.typeName}.${method}`;
    if (typeof resource !== 'string' || !Class.pathRegex.test(resource)) {
      throw argumentError(
        where,
        'resource',
        `a string matching ${Class.pathRegex} (letters, digits, / . - _ * and the {} + of path parameters)`,
        resource
      );
    }
    const resourceArn = new APIGatewayRouteArn({
      partition: this.partition,
      region: this.region,
      awsAccountId: this.awsAccountId,
      apiId: this.apiId,
      stage: this.stage,
      httpMethod,
      resource,
      isWebsocketAuthorizer: httpMethod === undefined,
    }).arn;
    const route = { resourceArn, conditions: conditionsOf(where, conditions) };
    (effect === 'Allow' ? this.#allowed : this.#denied).push(route);
    return this;
  }

  /**
   * Builds the response API Gateway reads: the principal, a policy document with one
   * statement for the allowed routes and one for the denied ones (a route with conditions
   * gets a statement of its own), then the usage plan key and the context when set. Each call
   * returns a fresh object.
   *
   * @returns The response, ready to return from the handler.
   * @throws {TypeError} when no route was allowed or denied: a policy without statements
   * denies nothing and allows nothing, and API Gateway rejects it.
   */
  asDict(): APIGatewayAuthorizerResponseDict {
    if (this.#allowed.length === 0 && this.#denied.length === 0) {
      const where = (
        this.constructor as typeof BaseAPIGatewayAuthorizerResponse
      ).typeName;
      throw new TypeError(
        `${where}.asDict: no statements defined for the policy; allow or deny a route first`
      );
    }
    const response: APIGatewayAuthorizerResponseDict = {
      principalId: this.principalId,
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          ...statementsOf('Allow', this.#allowed),
          ...statementsOf('Deny', this.#denied),
        ],
      },
    };
    if (this.usageIdentifierKey) {
      response.usageIdentifierKey = this.usageIdentifierKey;
    }
    if (this.context && Object.keys(this.context).length > 0) {
      response.context = { ...this.context };
    }
    return response;
  }

  /**
   * Builds the response for `JSON.stringify`, so that a handler can return the builder itself.
   *
   * @returns The same object as {@link BaseAPIGatewayAuthorizerResponse.asDict}.
   * @throws {TypeError} when no route was allowed or denied.
   */
  toJSON(): APIGatewayAuthorizerResponseDict {
    return this.asDict();
  }
}

const VERBS: readonly string[] = /* @__PURE__ */ Object.values(HttpVerb);

/** The HTTP method as the ARN spells it: `ALL` (a member name) becomes `*`. */
function verbOf(where: string, httpMethod: unknown): HttpVerb {
  if (httpMethod === 'ALL') return '*';
  if (typeof httpMethod === 'string' && VERBS.includes(httpMethod)) {
    return httpMethod as HttpVerb;
  }
  throw argumentError(
    where,
    'httpMethod',
    `one of ${VERBS.join(', ')} or ALL`,
    httpMethod
  );
}

/** The options of a response built from a route ARN's API and the principal's options. */
function optionsFromArn(
  where: string,
  arn: string | APIGatewayRouteArn,
  isWebsocketAuthorizer: boolean,
  options: APIGatewayAuthorizerPrincipalOptions
): APIGatewayAuthorizerResponseOptions {
  const route =
    arn instanceof APIGatewayRouteArn
      ? arn
      : parseApiGatewayArn(
          stringArgument(where, 'arn', arn),
          isWebsocketAuthorizer
        );
  if (!isObject(options)) {
    throw argumentError(where, 'options', 'an object', options);
  }
  return {
    principalId: options.principalId,
    context: options.context,
    usageIdentifierKey: options.usageIdentifierKey,
    region: route.region,
    awsAccountId: route.awsAccountId,
    apiId: route.apiId,
    stage: route.stage,
    partition: route.partition,
  };
}

/**
 * Builder of the IAM policy a Lambda authorizer of a REST API, or of an HTTP API with an IAM
 * policy response, returns: allow or deny routes (an HTTP method and a resource path, with
 * optional conditions) on one API and stage, then return the builder or
 * {@link BaseAPIGatewayAuthorizerResponse.asDict}. Route ARNs carry the partition of the
 * Region (`aws-cn`, `aws-us-gov`, …) unless told otherwise.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayAuthorizerResponse,
 *   APIGatewayAuthorizerTokenEvent,
 *   HttpVerb,
 *   type RawAPIGatewayAuthorizerTokenEvent,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayAuthorizerTokenEvent) => {
 *   const event = new APIGatewayAuthorizerTokenEvent(raw);
 *   const policy = APIGatewayAuthorizerResponse.fromRouteArn(event.methodArn, {
 *     principalId: 'user-1',
 *     context: { tenant: 'acme' },
 *   });
 *   policy.allowRoute(HttpVerb.GET, '/pets/*');
 *   policy.denyRoute(HttpVerb.ALL, '/admin/*');
 *   return policy.asDict();
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export class APIGatewayAuthorizerResponse extends BaseAPIGatewayAuthorizerResponse {
  /** The class name used in misuse messages, which minifiers do not rename. */
  static override readonly typeName: string = 'APIGatewayAuthorizerResponse';

  /**
   * Starts a policy on the API and stage of a route ARN (the event's `methodArn` or
   * `routeArn`, or its `parsedArn`), in the ARN's Region, account and partition.
   *
   * @param arn The route ARN, as a string or parsed.
   * @param options The principal, and the context and usage plan key to pass on.
   * @returns The builder, with no routes yet.
   * @throws {TypeError} when `arn` is not an execute-api ARN, or an option is malformed.
   * @example
   * ```ts
   * import { APIGatewayAuthorizerResponse } from '@evt/apigw';
   *
   * const policy = APIGatewayAuthorizerResponse.fromRouteArn(
   *   'arn:aws:execute-api:us-west-1:123456789012:a1b2c3d4e5/dev/GET/pets',
   *   { principalId: 'user-1', usageIdentifierKey: 'usage-plan-key' },
   * );
   * policy.allowAllRoutes();
   * ```
   */
  static fromRouteArn(
    arn: string | APIGatewayRouteArn,
    options: APIGatewayAuthorizerPrincipalOptions
  ): APIGatewayAuthorizerResponse {
    return new APIGatewayAuthorizerResponse(
      optionsFromArn(
        'APIGatewayAuthorizerResponse.fromRouteArn',
        arn,
        false,
        options
      )
    );
  }

  /**
   * Allows every resource path of the API and stage for one HTTP method (all of them by
   * default): the resource `<api-id>/<stage>/<method>/*`.
   *
   * @param httpMethod The HTTP method, or `*` / `ALL` (the default) for every method.
   * @returns This builder.
   * @throws {TypeError} when `httpMethod` is not an {@link HttpVerb} or `ALL`.
   */
  allowAllRoutes(httpMethod: HttpVerb | 'ALL' = '*'): this {
    return this.#route('allowAllRoutes', 'Allow', httpMethod, '*', undefined);
  }

  /**
   * Denies every resource path of the API and stage for one HTTP method (all of them by
   * default): the resource `<api-id>/<stage>/<method>/*`.
   *
   * @param httpMethod The HTTP method, or `*` / `ALL` (the default) for every method.
   * @returns This builder.
   * @throws {TypeError} when `httpMethod` is not an {@link HttpVerb} or `ALL`.
   */
  denyAllRoutes(httpMethod: HttpVerb | 'ALL' = '*'): this {
    return this.#route('denyAllRoutes', 'Deny', httpMethod, '*', undefined);
  }

  /**
   * Allows a route: an HTTP method on a resource path of the API and stage, optionally only
   * under conditions (the route then gets a statement of its own).
   *
   * @param httpMethod The HTTP method, or `*` / `ALL` for every method.
   * @param resource The resource path, e.g. `/pets/{petId}`, `/pets/*` or `/`; the leading
   * slash is optional.
   * @param conditions The IAM condition block of the route's statement, or a list of blocks
   * (merged into one, as IAM takes a single block).
   * @returns This builder.
   * @throws {TypeError} when `httpMethod` is not an {@link HttpVerb} or `ALL`, when
   * `resource` holds a character outside `pathRegex`, or when the conditions are malformed.
   * @example
   * ```ts
   * import { APIGatewayAuthorizerResponse, HttpVerb } from '@evt/apigw';
   *
   * const policy = new APIGatewayAuthorizerResponse({
   *   principalId: 'user-1',
   *   region: 'us-east-1',
   *   awsAccountId: '123456789012',
   *   apiId: 'a1b2c3d4e5',
   *   stage: 'prod',
   * });
   * policy.allowRoute(HttpVerb.POST, '/orders', {
   *   IpAddress: { 'aws:SourceIp': '192.0.2.0/24' },
   * });
   * ```
   */
  allowRoute(
    httpMethod: HttpVerb | 'ALL',
    resource: string,
    conditions?: APIGatewayAuthorizerRouteConditions
  ): this {
    return this.#route('allowRoute', 'Allow', httpMethod, resource, conditions);
  }

  /**
   * Denies a route: an HTTP method on a resource path of the API and stage, optionally only
   * under conditions (the route then gets a statement of its own). A deny wins over an allow.
   *
   * @param httpMethod The HTTP method, or `*` / `ALL` for every method.
   * @param resource The resource path, e.g. `/admin/*`; the leading slash is optional.
   * @param conditions The IAM condition block of the route's statement, or a list of blocks
   * (merged into one).
   * @returns This builder.
   * @throws {TypeError} when `httpMethod` is not an {@link HttpVerb} or `ALL`, when
   * `resource` holds a character outside `pathRegex`, or when the conditions are malformed.
   */
  denyRoute(
    httpMethod: HttpVerb | 'ALL',
    resource: string,
    conditions?: APIGatewayAuthorizerRouteConditions
  ): this {
    return this.#route('denyRoute', 'Deny', httpMethod, resource, conditions);
  }

  #route(
    method: string,
    effect: 'Allow' | 'Deny',
    httpMethod: unknown,
    resource: string,
    conditions: unknown
  ): this {
    const verb = verbOf(
      `${APIGatewayAuthorizerResponse.typeName}.${method}`,
      httpMethod
    );
    return this.addRoute(method, effect, verb, resource, conditions);
  }
}

/**
 * Builder of the IAM policy a Lambda authorizer of a WebSocket API returns from its `$connect`
 * route: a WebSocket route ARN has no HTTP method (`<api-id>/<stage>/<route-key>`), so routes
 * are route keys (`$connect`, `sendmessage`, `*`).
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayAuthorizerRequestEvent,
 *   APIGatewayAuthorizerResponseWebSocket,
 *   type RawAPIGatewayAuthorizerRequestEvent,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayAuthorizerRequestEvent) => {
 *   const event = new APIGatewayAuthorizerRequestEvent(raw);
 *   const policy = APIGatewayAuthorizerResponseWebSocket.fromRouteArn(
 *     event.parsedArn,
 *     { principalId: 'user-1', context: { room: event.getQueryStringValue('room', 'lobby') } },
 *   );
 *   return policy.allowRoute('$connect').asDict();
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
 */
export class APIGatewayAuthorizerResponseWebSocket extends BaseAPIGatewayAuthorizerResponse {
  /** The class name used in misuse messages, which minifiers do not rename. */
  static override readonly typeName: string =
    'APIGatewayAuthorizerResponseWebSocket';
  /**
   * The route keys a route may name: those of `pathRegex` (`sendmessage`, `*`), and the
   * predefined ones that start with `$` (`$connect`, `$disconnect`, `$default`).
   */
  static override readonly pathRegex: RegExp = /^\$?[-/.a-zA-Z0-9_*{}+]+$/;

  /**
   * Starts a policy on the API and stage of a WebSocket route ARN (the `$connect` authorizer
   * event's `methodArn`, or its `parsedArn`), in the ARN's Region, account and partition.
   *
   * @param arn The route ARN, as a string or parsed.
   * @param options The principal, and the context and usage plan key to pass on.
   * @returns The builder, with no routes yet.
   * @throws {TypeError} when `arn` is not an execute-api ARN, or an option is malformed.
   */
  static fromRouteArn(
    arn: string | APIGatewayRouteArn,
    options: APIGatewayAuthorizerPrincipalOptions
  ): APIGatewayAuthorizerResponseWebSocket {
    return new APIGatewayAuthorizerResponseWebSocket(
      optionsFromArn(
        'APIGatewayAuthorizerResponseWebSocket.fromRouteArn',
        arn,
        true,
        options
      )
    );
  }

  /**
   * Allows every route of the API and stage: the resource `<api-id>/<stage>/*`.
   *
   * @returns This builder.
   */
  allowAllRoutes(): this {
    return this.addRoute('allowAllRoutes', 'Allow', undefined, '*', undefined);
  }

  /**
   * Denies every route of the API and stage: the resource `<api-id>/<stage>/*`.
   *
   * @returns This builder.
   */
  denyAllRoutes(): this {
    return this.addRoute('denyAllRoutes', 'Deny', undefined, '*', undefined);
  }

  /**
   * Allows a route key of the API and stage, optionally only under conditions.
   *
   * @param resource The route key, e.g. `$connect`; a leading slash is dropped.
   * @param conditions The IAM condition block of the route's statement, or a list of blocks
   * (merged into one).
   * @returns This builder.
   * @throws {TypeError} when `resource` does not match `pathRegex`, or the conditions are
   * malformed.
   */
  allowRoute(
    resource: string,
    conditions?: APIGatewayAuthorizerRouteConditions
  ): this {
    return this.addRoute(
      'allowRoute',
      'Allow',
      undefined,
      resource,
      conditions
    );
  }

  /**
   * Denies a route key of the API and stage, optionally only under conditions.
   *
   * @param resource The route key, e.g. `$connect`; a leading slash is dropped.
   * @param conditions The IAM condition block of the route's statement, or a list of blocks
   * (merged into one).
   * @returns This builder.
   * @throws {TypeError} when `resource` does not match `pathRegex`, or the conditions are
   * malformed.
   */
  denyRoute(
    resource: string,
    conditions?: APIGatewayAuthorizerRouteConditions
  ): this {
    return this.addRoute('denyRoute', 'Deny', undefined, resource, conditions);
  }
}
