import {
  checkWrapper,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
} from './event-wrapper';
import {
  mapOrEmpty,
  optionalString,
  requireNumber,
  requireString,
  stringArrayOrEmpty,
} from './fields';
import { HeaderMap } from './header-map';
import {
  BaseProxyEvent,
  parseCookies,
  parseQueryString,
  type RawProxyEventBase,
} from './http';

// What every HTTP event in payload format 2.0 shares, whichever service sends it: API Gateway's
// HTTP APIs and Lambda function URLs. Each source package adds what only it has (path
// parameters, stage variables, mutual TLS and the JWT and Lambda authorizers for HTTP APIs)
// and narrows `requestContext` to its own context class.

/**
 * The HTTP details of a payload 2.0 request (`requestContext.http`), as AWS documents them.
 *
 * @category Authoring kit
 */
export interface RawRequestContextV2Http {
  /** The HTTP method of the request. */
  method: string;
  /** The request path. */
  path: string;
  /** The request protocol, e.g. `HTTP/1.1`. */
  protocol: string;
  /** The source IP address of the TCP connection that made the request. */
  sourceIp: string;
  /** The `User-Agent` header of the caller. */
  userAgent: string;
}

/**
 * The Amazon Cognito identity of a caller that signed with Cognito credentials, as AWS
 * documents it.
 *
 * @category Authoring kit
 */
export interface RawRequestContextV2AuthorizerIamCognitoIdentity {
  /** How the caller was authenticated (Authentication Methods References). */
  amr?: readonly string[] | null | undefined;
  /** The Amazon Cognito identity ID of the caller. */
  identityId?: string | null | undefined;
  /** The Amazon Cognito identity pool ID of the caller. */
  identityPoolId?: string | null | undefined;
}

/**
 * The IAM identity of the caller of a payload 2.0 request signed with Signature Version 4
 * (`requestContext.authorizer.iam`), as AWS documents it.
 *
 * @category Authoring kit
 */
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

/**
 * The request context every payload 2.0 request carries (`requestContext`), as AWS documents
 * it for HTTP APIs and function URLs.
 *
 * @category Authoring kit
 */
export interface RawProxyRequestContextV2Base {
  /** The AWS account ID that owns the API or the function. */
  accountId: string;
  /** The identifier of the API, or the ID of the function URL. */
  apiId: string;
  /** The full domain name the request was sent to. */
  domainName: string;
  /** The first label of the domain name the request was sent to. */
  domainPrefix: string;
  /** The HTTP details of the request. */
  http: RawRequestContextV2Http;
  /** The ID assigned to the request. */
  requestId: string;
  /** The route that matched the request, e.g. `GET /pets`; `$default` for a function URL. */
  routeKey: string;
  /** The deployment stage that received the request; `$default` for a function URL. */
  stage: string;
  /** The request time in CLF format (`dd/MMM/yyyy:HH:mm:ss +-hhmm`). */
  time: string;
  /** The request time in milliseconds since the Unix epoch. */
  timeEpoch: number;
}

/**
 * The fields every payload 2.0 HTTP event carries, as AWS documents them for HTTP APIs and
 * function URLs.
 *
 * @category Authoring kit
 */
export interface RawProxyEventV2Base extends RawProxyEventBase {
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
  /** The request context. */
  requestContext: RawProxyRequestContextV2Base;
  /** The request body, as text or base64. */
  body?: string | null;
  /** Whether `body` is base64 encoded. */
  isBase64Encoded: boolean;
}

export interface RequestContextV2Http
  extends EventWrapper<RawRequestContextV2Http> {}
/**
 * Wrapper for the HTTP details (`requestContext.http`) of a payload 2.0 request, as an HTTP
 * API or a function URL sends it.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayProxyEventV2,
 *   type RawAPIGatewayProxyEventV2,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
 *   const http = new APIGatewayProxyEventV2(raw).requestContext.http;
 *   return { method: http.method, ip: http.sourceIp };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 *
 * @category Authoring kit
 */
export class RequestContextV2Http {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    RequestContextV2Http,
    'RequestContextV2Http'
  );
  declare protected readonly raw: RawRequestContextV2Http;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawRequestContextV2Http, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  /** The HTTP method of the request: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT (`method`). */
  get method(): string {
    return requireString(this, this.raw.method, 'method');
  }

  /** The request path, including the stage when it is not `$default` (`path`). */
  get path(): string {
    return requireString(this, this.raw.path, 'path');
  }

  /** The request protocol, e.g. `HTTP/1.1` (`protocol`). */
  get protocol(): string {
    return requireString(this, this.raw.protocol, 'protocol');
  }

  /** The source IP address of the TCP connection that made the request (`sourceIp`). */
  get sourceIp(): string {
    return requireString(this, this.raw.sourceIp, 'sourceIp');
  }

  /** The `User-Agent` header of the caller (`userAgent`). */
  get userAgent(): string {
    return requireString(this, this.raw.userAgent, 'userAgent');
  }
}

export interface RequestContextV2AuthorizerIam
  extends EventWrapper<RawRequestContextV2AuthorizerIam> {}
/**
 * Wrapper for the IAM identity of the caller (`requestContext.authorizer.iam`) in a payload 2.0
 * request signed with Signature Version 4: an HTTP API route with IAM authorization, or a
 * function URL with the `AWS_IAM` auth type. Every member reads as an empty string (or array)
 * when the event has no such field.
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
 *
 * @category Authoring kit
 */
export class RequestContextV2AuthorizerIam {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    RequestContextV2AuthorizerIam,
    'RequestContextV2AuthorizerIam'
  );
  declare protected readonly raw: RawRequestContextV2AuthorizerIam;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawRequestContextV2AuthorizerIam, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  /** The access key ID is a credential: hidden in the debug view. */
  static readonly sensitiveMembers: readonly string[] = ['accessKey'];

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

// The bases below keep no private fields and declare no constructor, so that a class can be
// linked to them with `extendEventWrapper` and never call `super()`: their caches are
// properties keyed by these symbols, created on first read (see "Bases that classes link to"
// in CONTRIBUTING.md).
// The symbols have no description: none is exported, and a description would cost its bytes
// in every HTTP handler's bundle.
const HTTP = /* @__PURE__ */ Symbol();
const PARSED_COOKIES = /* @__PURE__ */ Symbol();
const PARSED_QUERY = /* @__PURE__ */ Symbol();
const RESOLVED_HEADERS = /* @__PURE__ */ Symbol();

interface ProxyV2Cache {
  [HTTP]?: RequestContextV2Http;
  [PARSED_COOKIES]?: ReadonlyMap<string, string>;
  [PARSED_QUERY]?: ReadonlyMap<string, readonly string[]>;
  [RESOLVED_HEADERS]?: HeaderMap;
}

function cacheOf(wrapper: EventWrapper): ProxyV2Cache {
  return wrapper as unknown as ProxyV2Cache;
}

// Read through the bases' own raw types: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function context(
  wrapper: EventWrapper
): EventWrapper<RawProxyRequestContextV2Base> {
  return wrapper as EventWrapper<RawProxyRequestContextV2Base>;
}

function v2(wrapper: EventWrapper): EventWrapper<RawProxyEventV2Base> {
  return wrapper as EventWrapper<RawProxyEventV2Base>;
}

/**
 * Wrapper for the request context (`requestContext`) that every payload 2.0 HTTP event carries,
 * from an HTTP API or a function URL; each source's request context is linked to it with
 * `extendEventWrapper` from `@evt/core`, or extends it.
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
 *   return { requestId: context.requestId, at: context.timeEpoch };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 *
 * @category Authoring kit
 */
export class BaseProxyRequestContextV2<
  TRaw extends RawProxyRequestContextV2Base = RawProxyRequestContextV2Base,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BaseProxyRequestContextV2';

  /** The AWS account ID that owns the API or the function (`accountId`). */
  get accountId(): string {
    return requireString(context(this), this.raw.accountId, 'accountId');
  }

  /** The identifier of the API, or the ID of the function URL (`apiId`). */
  get apiId(): string {
    return requireString(context(this), this.raw.apiId, 'apiId');
  }

  /** The full domain name the request was sent to (`domainName`). */
  get domainName(): string {
    return requireString(context(this), this.raw.domainName, 'domainName');
  }

  /** The first label of the domain name the request was sent to (`domainPrefix`). */
  get domainPrefix(): string {
    return requireString(context(this), this.raw.domainPrefix, 'domainPrefix');
  }

  /** The HTTP details of the request (`http`). */
  get http(): RequestContextV2Http {
    // Read on every request (`httpMethod`): built here, not through `child`; see "Children built
    // at their getter" in CONTRIBUTING.md.
    return (cacheOf(this)[HTTP] ??= new RequestContextV2Http(this.raw.http, {
      parent: this,
      path: 'http' satisfies keyof RawProxyRequestContextV2Base,
    }));
  }

  /** The ID assigned to the request (`requestId`). */
  get requestId(): string {
    return requireString(context(this), this.raw.requestId, 'requestId');
  }

  /** The route that matched the request, e.g. `GET /pets` or `$default` (`routeKey`). */
  get routeKey(): string {
    return requireString(context(this), this.raw.routeKey, 'routeKey');
  }

  /** The deployment stage that received the request, e.g. `$default` (`stage`). */
  get stage(): string {
    return requireString(context(this), this.raw.stage, 'stage');
  }

  /** The request time in CLF format, `dd/MMM/yyyy:HH:mm:ss +-hhmm` (`time`). */
  get time(): string {
    return requireString(context(this), this.raw.time, 'time');
  }

  /** The request time in milliseconds since the Unix epoch (`timeEpoch`). */
  get timeEpoch(): number {
    return requireNumber(context(this), this.raw.timeEpoch, 'timeEpoch');
  }
}

/** The headers with each comma-joined value split into its parts, names and order kept. */
function splitValues(headers: HeaderMap): HeaderMap {
  const entries: [string, string][] = [];
  for (const [name, value] of headers) {
    for (const part of value.split(',')) entries.push([name, part]);
  }
  return new HeaderMap(entries);
}

/**
 * What payload 2.0 HTTP events share: the raw request line and query string, cookies, the
 * request context, and the path and method read from it. The HTTP API and function-URL events
 * are linked to it with `extendEventWrapper` from `@evt/core`, each wrapping `requestContext`
 * in its own context class.
 *
 * @example
 * ```ts
 * import {
 *   LambdaFunctionUrlEvent,
 *   type RawLambdaFunctionUrlEvent,
 * } from '@evt/lambda-url';
 *
 * export const handler = async (raw: RawLambdaFunctionUrlEvent) => {
 *   const event = new LambdaFunctionUrlEvent(raw);
 *   return { route: `${event.httpMethod} ${event.path}`, session: event.parsedCookies.get('session') };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 *
 * @category Authoring kit
 */
export abstract class BaseProxyEventV2<
  TRaw extends RawProxyEventV2Base = RawProxyEventV2Base,
  TBody = unknown,
> extends BaseProxyEvent<TRaw, TBody> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BaseProxyEventV2';

  /** The payload format version, `2.0` (`version`). */
  get version(): string {
    return requireString(v2(this), this.raw.version, 'version');
  }

  /** The route that matched the request, e.g. `GET /pets` or `$default` (`routeKey`). */
  get routeKey(): string {
    return requireString(v2(this), this.raw.routeKey, 'routeKey');
  }

  /** The request path as sent, including the stage when it is not `$default` (`rawPath`). */
  get rawPath(): string {
    return requireString(v2(this), this.raw.rawPath, 'rawPath');
  }

  /** The query string as sent, without the leading `?` (`rawQueryString`). */
  get rawQueryString(): string {
    return requireString(v2(this), this.raw.rawQueryString, 'rawQueryString');
  }

  /** The cookies of the request, one `name=value` per item (`cookies`). Empty array when the event has none. */
  get cookies(): readonly string[] {
    return stringArrayOrEmpty(v2(this), this.raw.cookies, 'cookies');
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
    return (cacheOf(this)[PARSED_COOKIES] ??= parseCookies(this.cookies));
  }

  /**
   * Every value of each query string parameter, parsed from `rawQueryString` in order and
   * percent-decoded, so a value that itself contains a comma stays whole (unlike
   * {@link BaseProxyEvent.resolvedQueryStringParameters}, which splits the comma-joined
   * `queryStringParameters`). Empty when there is no query string.
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
    return (cacheOf(this)[PARSED_QUERY] ??= parseQueryString(
      this.rawQueryString
    ));
  }

  /** The request context (`requestContext`), wrapped in the source's own context class. */
  abstract get requestContext(): BaseProxyRequestContextV2;

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
   * The headers used for resolving a request: the request's headers with each comma-joined
   * value split into its parts (`getAll(name)` gives the parts, `get(name)` the first).
   */
  override get resolvedHeadersField(): HeaderMap {
    return (cacheOf(this)[RESOLVED_HEADERS] ??= splitValues(this.headers));
  }
}
