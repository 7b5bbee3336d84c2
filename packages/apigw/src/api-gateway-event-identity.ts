import {
  checkWrapper,
  type EventOptions,
  type EventWrapper,
  extendEventWrapper,
  optionalChild,
  optionalString,
  requireString,
  UNSET,
} from '@evt/core';
import {
  type RawRequestContextClientCert,
  RequestContextClientCert,
} from './request-context-client-cert';

/** The caller identity API Gateway adds to a REST API or HTTP API (payload 1.0) request, as AWS documents it. */
export interface RawAPIGatewayEventIdentity {
  /** The AWS access key ID of the caller, when the request was signed with AWS credentials. */
  accessKey?: string | null | undefined;
  /** The AWS account ID of the caller. */
  accountId?: string | null | undefined;
  /** The API key of the request, for methods that require one. */
  apiKey?: string | null | undefined;
  /** The ID of the API key of the request, for methods that require one. */
  apiKeyId?: string | null | undefined;
  /** The principal identifier of the caller. */
  caller?: string | null | undefined;
  /** The client certificate presented over mutual TLS. */
  clientCert?: RawRequestContextClientCert | null | undefined;
  /** The Amazon Cognito authentication providers of the caller, comma-separated. */
  cognitoAuthenticationProvider?: string | null | undefined;
  /** The Amazon Cognito authentication type of the caller (`authenticated` or `unauthenticated`). */
  cognitoAuthenticationType?: string | null | undefined;
  /** The Amazon Cognito identity ID of the caller. */
  cognitoIdentityId?: string | null | undefined;
  /** The Amazon Cognito identity pool ID of the caller. */
  cognitoIdentityPoolId?: string | null | undefined;
  /** The AWS Organizations ID of the caller's account. */
  principalOrgId?: string | null | undefined;
  /** The source IP address of the TCP connection that made the request. */
  sourceIp: string;
  /** The principal identifier of the user who made the request. */
  user?: string | null | undefined;
  /** The `User-Agent` header of the caller. */
  userAgent?: string | null | undefined;
  /** The ARN of the effective user identified after authentication. */
  userArn?: string | null | undefined;
}

export interface APIGatewayEventIdentity
  extends EventWrapper<RawAPIGatewayEventIdentity> {}
/**
 * Wrapper for the caller identity (`requestContext.identity`) in the event that API Gateway
 * sends when a REST API or an HTTP API (payload 1.0) invokes a function.
 *
 * @example
 * ```ts
 * import { APIGatewayProxyEvent, type RawAPIGatewayProxyEvent } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEvent) => {
 *   const identity = new APIGatewayProxyEvent(raw).requestContext.identity;
 *   return { ip: identity.sourceIp, agent: identity.userAgent };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference
 */
export class APIGatewayEventIdentity {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    APIGatewayEventIdentity,
    'APIGatewayEventIdentity'
  );
  declare protected readonly raw: RawAPIGatewayEventIdentity;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawAPIGatewayEventIdentity, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  /** The access key ID and the API key are credentials: hidden in the debug view. */
  static readonly sensitiveMembers: readonly string[] = ['accessKey', 'apiKey'];

  #clientCert: RequestContextClientCert | undefined | typeof UNSET = UNSET;

  /** The AWS access key ID of the caller, when the request was signed with AWS credentials (`accessKey`). */
  get accessKey(): string | undefined {
    return optionalString(this, this.raw.accessKey, 'accessKey');
  }

  /** The AWS account ID of the caller (`accountId`). */
  get accountId(): string | undefined {
    return optionalString(this, this.raw.accountId, 'accountId');
  }

  /** The API key of the request, for methods that require one (`apiKey`). */
  get apiKey(): string | undefined {
    return optionalString(this, this.raw.apiKey, 'apiKey');
  }

  /** The ID of the API key of the request, for methods that require one (`apiKeyId`). */
  get apiKeyId(): string | undefined {
    return optionalString(this, this.raw.apiKeyId, 'apiKeyId');
  }

  /** The principal identifier of the caller (`caller`). */
  get caller(): string | undefined {
    return optionalString(this, this.raw.caller, 'caller');
  }

  /** The Amazon Cognito authentication providers of the caller, comma-separated (`cognitoAuthenticationProvider`). */
  get cognitoAuthenticationProvider(): string | undefined {
    return optionalString(
      this,
      this.raw.cognitoAuthenticationProvider,
      'cognitoAuthenticationProvider'
    );
  }

  /** The Amazon Cognito authentication type of the caller (`cognitoAuthenticationType`). */
  get cognitoAuthenticationType(): string | undefined {
    return optionalString(
      this,
      this.raw.cognitoAuthenticationType,
      'cognitoAuthenticationType'
    );
  }

  /** The Amazon Cognito identity ID of the caller (`cognitoIdentityId`). */
  get cognitoIdentityId(): string | undefined {
    return optionalString(
      this,
      this.raw.cognitoIdentityId,
      'cognitoIdentityId'
    );
  }

  /** The Amazon Cognito identity pool ID of the caller (`cognitoIdentityPoolId`). */
  get cognitoIdentityPoolId(): string | undefined {
    return optionalString(
      this,
      this.raw.cognitoIdentityPoolId,
      'cognitoIdentityPoolId'
    );
  }

  /** The AWS Organizations ID of the caller's account (`principalOrgId`). */
  get principalOrgId(): string | undefined {
    return optionalString(this, this.raw.principalOrgId, 'principalOrgId');
  }

  /** The source IP address of the TCP connection that made the request (`sourceIp`). */
  get sourceIp(): string {
    return requireString(this, this.raw.sourceIp, 'sourceIp');
  }

  /** The principal identifier of the user who made the request (`user`). */
  get user(): string | undefined {
    return optionalString(this, this.raw.user, 'user');
  }

  /** The `User-Agent` header of the caller (`userAgent`). */
  get userAgent(): string | undefined {
    return optionalString(this, this.raw.userAgent, 'userAgent');
  }

  /** The ARN of the effective user identified after authentication (`userArn`). */
  get userArn(): string | undefined {
    return optionalString(this, this.raw.userArn, 'userArn');
  }

  /** The client certificate the caller presented over mutual TLS (`clientCert`); `undefined` when the API does not use mutual TLS. */
  get clientCert(): RequestContextClientCert | undefined {
    if (this.#clientCert === UNSET) {
      this.#clientCert = optionalChild(
        this,
        'clientCert',
        RequestContextClientCert
      );
    }
    return this.#clientCert;
  }
}
