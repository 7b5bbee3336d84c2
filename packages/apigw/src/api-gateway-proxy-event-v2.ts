import {
  BaseProxyEvent,
  child,
  EventWrapper,
  HeaderMap,
  mapOrEmpty,
  optionalObject,
  optionalString,
  parseCookies,
  parseQueryString,
  type RawProxyEventBase,
  requireString,
  stringArrayOrEmpty,
  stringMapOrEmpty,
} from '@evt/core';
import {
  BaseRequestContextV2,
  type RawBaseRequestContextV2,
} from './base-request-context-v2';

/** The Amazon Cognito identity of a caller that signed with Cognito credentials, as AWS documents it. */
export interface RawRequestContextV2AuthorizerIamCognitoIdentity {
  /** How the caller was authenticated (Authentication Methods References). */
  amr?: readonly string[] | null | undefined;
  /** The Amazon Cognito identity ID of the caller. */
  identityId?: string | null | undefined;
  /** The Amazon Cognito identity pool ID of the caller. */
  identityPoolId?: string | null | undefined;
}

/** The IAM authorizer output of an HTTP API (payload 2.0) request, as AWS documents it. */
export interface RawRequestContextV2AuthorizerIam {
  /** The AWS access key ID the request was signed with. */
  accessKey?: string | null | undefined;
  /** The AWS account ID of the caller. */
  accountId?: string | null | undefined;
  /** The principal identifier of the caller. */
  callerId?: string | null | undefined;
  /** The Amazon Cognito identity of the caller, when it signed with Cognito credentials. */
  cognitoIdentity?:
    | RawRequestContextV2AuthorizerIamCognitoIdentity
    | null
    | undefined;
  /** The AWS Organizations ID of the caller's account. */
  principalOrgId?: string | null | undefined;
  /** The ARN of the effective user identified after authentication. */
  userArn?: string | null | undefined;
  /** The IAM user ID of the effective user identified after authentication. */
  userId?: string | null | undefined;
}

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
export interface RawAPIGatewayProxyEventV2 extends RawProxyEventBase {
  /** The payload format version, `2.0`. */
  version: string;
  /** The route that matched the request, e.g. `GET /pets` or `$default`. */
  routeKey: string;
  /** The request path, including the stage when it is not `$default`. */
  rawPath: string;
  /** The query string as sent, without the leading `?`. */
  rawQueryString: string;
  /** The cookies of the request, one `name=value` per item. */
  cookies?: readonly string[] | null | undefined;
  /** The request headers; repeated headers are joined with commas. */
  headers?: Record<string, string | undefined> | null;
  /** The query string parameters; repeated parameters are joined with commas. */
  queryStringParameters?: Record<string, string | undefined> | null;
  /** The path parameters of the matched route. */
  pathParameters?: Record<string, string | undefined> | null | undefined;
  /** The stage variables of the deployment stage. */
  stageVariables?: Record<string, string | undefined> | null | undefined;
  /** The request context. */
  requestContext: RawRequestContextV2;
  /** The request body, as text or base64. */
  body?: string | null;
  /** Whether `body` is base64 encoded. */
  isBase64Encoded: boolean;
}

const NO_OBJECT: Readonly<Record<string, never>> =
  /* @__PURE__ */ Object.freeze({});

/** The headers with each comma-joined value split into its parts, names and order kept. */
function splitValues(headers: HeaderMap): HeaderMap {
  const entries: [string, string][] = [];
  for (const [name, value] of headers) {
    for (const part of value.split(',')) entries.push([name, part]);
  }
  return new HeaderMap(entries);
}

/**
 * Wrapper for the IAM authorizer output (`requestContext.authorizer.iam`) in the event that
 * API Gateway sends when an HTTP API (payload 2.0) route uses IAM authorization. Every member
 * reads as an empty string (or array) when the event has no such field.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayProxyEventV2,
 *   type RawAPIGatewayProxyEventV2,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
 *   const iam = new APIGatewayProxyEventV2(raw).requestContext.authorizer.iam;
 *   return { caller: iam.callerId, arn: iam.userArn };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control-iam.html
 */
export class RequestContextV2AuthorizerIam extends EventWrapper<RawRequestContextV2AuthorizerIam> {
  static override readonly typeName: string = 'RequestContextV2AuthorizerIam';
  static override readonly sensitiveMembers: readonly string[] = ['accessKey'];

  /** The AWS access key ID the request was signed with (`accessKey`). Empty string when the event has none. */
  get accessKey(): string {
    return optionalString(this, this.raw.accessKey, 'accessKey') ?? '';
  }

  /** The AWS account ID of the caller (`accountId`). Empty string when the event has none. */
  get accountId(): string {
    return optionalString(this, this.raw.accountId, 'accountId') ?? '';
  }

  /** The principal identifier of the caller (`callerId`). Empty string when the event has none. */
  get callerId(): string {
    return optionalString(this, this.raw.callerId, 'callerId') ?? '';
  }

  /** How the caller was authenticated, as Authentication Methods References (`cognitoIdentity.amr`). Empty array when the event has none. */
  get cognitoAmr(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.#cognitoIdentity().amr,
      'cognitoIdentity.amr'
    );
  }

  /** The Amazon Cognito identity ID of the caller (`cognitoIdentity.identityId`). Empty string when the event has none. */
  get cognitoIdentityId(): string {
    return (
      optionalString(
        this,
        this.#cognitoIdentity().identityId,
        'cognitoIdentity.identityId'
      ) ?? ''
    );
  }

  /** The Amazon Cognito identity pool ID of the caller (`cognitoIdentity.identityPoolId`). Empty string when the event has none. */
  get cognitoIdentityPoolId(): string {
    return (
      optionalString(
        this,
        this.#cognitoIdentity().identityPoolId,
        'cognitoIdentity.identityPoolId'
      ) ?? ''
    );
  }

  /** The AWS Organizations ID of the caller's account (`principalOrgId`). Empty string when the event has none. */
  get principalOrgId(): string {
    return (
      optionalString(this, this.raw.principalOrgId, 'principalOrgId') ?? ''
    );
  }

  /** The ARN of the effective user identified after authentication (`userArn`). Empty string when the event has none. */
  get userArn(): string {
    return optionalString(this, this.raw.userArn, 'userArn') ?? '';
  }

  /** The IAM user ID of the effective user identified after authentication (`userId`). Empty string when the event has none. */
  get userId(): string {
    return optionalString(this, this.raw.userId, 'userId') ?? '';
  }

  #cognitoIdentity(): RawRequestContextV2AuthorizerIamCognitoIdentity {
    return mapOrEmpty(this, this.raw.cognitoIdentity, 'cognitoIdentity');
  }
}

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
export class RequestContextV2Authorizer extends EventWrapper<RawRequestContextV2Authorizer> {
  static override readonly typeName: string = 'RequestContextV2Authorizer';
  /** The Lambda authorizer's context is whatever it chose to pass on, often tokens: hidden. */
  static override readonly sensitiveMembers: readonly string[] = ['lambda'];

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
    return (this.#iam ??= new RequestContextV2AuthorizerIam(
      this.raw.iam ?? NO_OBJECT,
      this,
      'iam'
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

  #authorizer?: RequestContextV2Authorizer;

  /** The authorizer output (`authorizer`); every member reads as empty when the route has no authorizer. */
  get authorizer(): RequestContextV2Authorizer {
    return (this.#authorizer ??= new RequestContextV2Authorizer(
      this.raw.authorizer ?? NO_OBJECT,
      this,
      'authorizer'
    ));
  }
}

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
export class APIGatewayProxyEventV2<TBody = unknown> extends BaseProxyEvent<
  RawAPIGatewayProxyEventV2,
  TBody
> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'APIGatewayProxyEventV2';

  #requestContext?: RequestContextV2;
  #resolvedHeadersField?: HeaderMap;
  #parsedCookies?: ReadonlyMap<string, string>;
  #parsedQueryStringParameters?: ReadonlyMap<string, readonly string[]>;

  /** The payload format version, `2.0` (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }

  /** The route that matched the request, e.g. `GET /pets` or `$default` (`routeKey`). */
  get routeKey(): string {
    return requireString(this, this.raw.routeKey, 'routeKey');
  }

  /** The request path as sent, including the stage when it is not `$default` (`rawPath`). */
  get rawPath(): string {
    return requireString(this, this.raw.rawPath, 'rawPath');
  }

  /** The query string as sent, without the leading `?` (`rawQueryString`). */
  get rawQueryString(): string {
    return requireString(this, this.raw.rawQueryString, 'rawQueryString');
  }

  /** The cookies of the request, one `name=value` per item (`cookies`). Empty array when the event has none. */
  get cookies(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.cookies, 'cookies');
  }

  /**
   * The cookies of the request by name (`cookies`): the first occurrence of a name wins and
   * values are percent-decoded. Empty when the event has none.
   *
   * @example
   * ```ts
   * import {
   *   APIGatewayProxyEventV2,
   *   type RawAPIGatewayProxyEventV2,
   * } from '@evt/apigw';
   *
   * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
   *   return { session: new APIGatewayProxyEventV2(raw).parsedCookies.get('session') };
   * };
   * ```
   */
  get parsedCookies(): ReadonlyMap<string, string> {
    return (this.#parsedCookies ??= parseCookies(this.cookies));
  }

  /**
   * Every value of each query string parameter, parsed from `rawQueryString` in order and
   * percent-decoded, so a value that itself contains a comma stays whole (unlike
   * {@link APIGatewayProxyEventV2.resolvedQueryStringParameters}). Empty when there is no
   * query string.
   *
   * @example
   * ```ts
   * import {
   *   APIGatewayProxyEventV2,
   *   type RawAPIGatewayProxyEventV2,
   * } from '@evt/apigw';
   *
   * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
   *   const tags = new APIGatewayProxyEventV2(raw).parsedQueryStringParameters.get('tag');
   *   return { tags: tags ?? [] };
   * };
   * ```
   */
  get parsedQueryStringParameters(): ReadonlyMap<string, readonly string[]> {
    return (this.#parsedQueryStringParameters ??= parseQueryString(
      this.rawQueryString
    ));
  }

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

  /**
   * The request path without the stage (`rawPath`): when the stage is not `$default`,
   * `rawPath` minus its first `1 + stage.length` characters (the `/<stage>` prefix).
   */
  override get path(): string {
    const stage = this.requestContext.stage;
    const rawPath = this.rawPath;
    return stage === '$default' ? rawPath : rawPath.slice(stage.length + 1);
  }

  /** The HTTP method: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT (`requestContext.http.method`). */
  override get httpMethod(): string {
    return this.requestContext.http.method;
  }

  /**
   * The headers used for resolving a request: {@link APIGatewayProxyEventV2.headers} with
   * each comma-joined value split into its parts (`getAll(name)` gives the parts, `get(name)`
   * the first).
   */
  override get resolvedHeadersField(): HeaderMap {
    return (this.#resolvedHeadersField ??= splitValues(this.headers));
  }
}
