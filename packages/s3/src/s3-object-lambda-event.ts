import {
  EventWrapper,
  fieldError,
  type HeaderMap,
  optionalString,
  readHeaderMap,
  requireString,
} from '@evt/core';
import { child, optionalChild } from './s3-object';

/** The `getObjectContext` of an S3 Object Lambda event (`GetObject` requests). */
export interface RawS3ObjectContext {
  /** A presigned URL that fetches the original object. */
  inputS3Url: string;
  /** The routing token to pass to `WriteGetObjectResponse`. */
  outputRoute: string;
  /** The opaque token to pass to `WriteGetObjectResponse`. */
  outputToken: string;
}

/**
 * The `headObjectContext`, `listObjectsContext` or `listObjectsV2Context` of an S3 Object
 * Lambda event (`HeadObject`, `ListObjects`, `ListObjectsV2` requests).
 */
export interface RawS3ObjectInputContext {
  /** A presigned URL that performs the original request against the supporting access point. */
  inputS3Url: string;
}

/** The `configuration` of an S3 Object Lambda event. */
export interface RawS3ObjectConfiguration {
  /** The ARN of the Object Lambda Access Point that received the request. */
  accessPointArn: string;
  /** The ARN of the supporting access point. */
  supportingAccessPointArn: string;
  /** The custom data set on the Object Lambda Access Point configuration. */
  payload: string;
}

/** The `userRequest` of an S3 Object Lambda event. */
export interface RawS3ObjectUserRequest {
  /** The decoded URL of the original request, without authorization parameters. */
  url: string;
  /** The headers of the original request, without authorization headers. */
  headers: Readonly<Record<string, string>>;
}

/** The `userIdentity.sessionContext.sessionIssuer` of an S3 Object Lambda event. */
export interface RawS3ObjectSessionIssuer {
  /** The source of the temporary credentials: `Root`, `IAMUser` or `Role`. */
  type: string;
  /** The friendly name of the user or role that issued the session. */
  userName?: string | undefined;
  /** The internal ID of the entity the credentials came from. */
  principalId: string;
  /** The ARN of the entity the credentials came from. */
  arn: string;
  /** The account that owns the entity the credentials came from. */
  accountId: string;
}

/** The `userIdentity.sessionContext.attributes` of an S3 Object Lambda event. */
export interface RawS3ObjectSessionAttributes {
  /** When the temporary credentials were issued. */
  creationDate: string;
  /** `true` when the credentials' owner signed in with MFA, as a string. */
  mfaAuthenticated: string;
}

/** The `userIdentity.sessionContext` of an S3 Object Lambda event. */
export interface RawS3ObjectSessionContext {
  /** How the temporary credentials were obtained. */
  sessionIssuer: RawS3ObjectSessionIssuer;
  /** The attributes of the session. */
  attributes: RawS3ObjectSessionAttributes;
}

/** The `userIdentity` of an S3 Object Lambda event (a CloudTrail user identity). */
export interface RawS3ObjectUserIdentity {
  /** The type of identity: `Root`, `IAMUser`, `AssumedRole`, `FederatedUser`, ... */
  type: string;
  /** The account that owns the entity that granted permissions for the request. */
  accountId: string;
  /** The access key ID that signed the request; may be absent or empty. */
  accessKeyId?: string | undefined;
  /** The friendly name of the identity; absent for assumed roles. */
  userName?: string | undefined;
  /** The unique identifier of the identity. */
  principalId: string;
  /** The ARN of the principal that made the call. */
  arn: string;
  /** The session, when the request used temporary credentials. */
  sessionContext?: RawS3ObjectSessionContext | undefined;
}

/** The event S3 Object Lambda sends to a Lambda function, as AWS documents it. */
export interface RawS3ObjectLambdaEvent {
  /** The Amazon S3 request ID of the request. */
  xAmzRequestId: string;
  /** The input and output details, on `GetObject` requests. */
  getObjectContext?: RawS3ObjectContext | undefined;
  /** The input details, on `HeadObject` requests. */
  headObjectContext?: RawS3ObjectInputContext | undefined;
  /** The input details, on `ListObjects` requests. */
  listObjectsContext?: RawS3ObjectInputContext | undefined;
  /** The input details, on `ListObjectsV2` requests. */
  listObjectsV2Context?: RawS3ObjectInputContext | undefined;
  /** The Object Lambda Access Point configuration. */
  configuration: RawS3ObjectConfiguration;
  /** The original request to S3 Object Lambda. */
  userRequest: RawS3ObjectUserRequest;
  /** The identity that made the original request. */
  userIdentity: RawS3ObjectUserIdentity;
  /** The version of the event context, `<major>.<minor>`. */
  protocolVersion: string;
}

/**
 * Wrapper for the GetObject context (`getObjectContext`) of the event that S3 Object Lambda
 * sends when a `GetObject` request reaches an Object Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
 */
export class S3ObjectContext extends EventWrapper<RawS3ObjectContext> {
  static override readonly typeName: string = 'S3ObjectContext';
  static override readonly sensitiveMembers: readonly string[] = [
    'inputS3Url',
    'outputToken',
  ];

  /**
   * The presigned URL that fetches the original object with the caller's permissions; any
   * signed headers it lists must be sent with it, except `Host` (`inputS3Url`).
   */
  get inputS3Url(): string {
    return requireString(this, this.raw.inputS3Url, 'inputS3Url');
  }

  /** The routing token to pass to `WriteGetObjectResponse` as `RequestRoute` (`outputRoute`). */
  get outputRoute(): string {
    return requireString(this, this.raw.outputRoute, 'outputRoute');
  }

  /** The opaque token to pass to `WriteGetObjectResponse` as `RequestToken` (`outputToken`). */
  get outputToken(): string {
    return requireString(this, this.raw.outputToken, 'outputToken');
  }
}

/**
 * Wrapper for the input context (`headObjectContext`, `listObjectsContext` or
 * `listObjectsV2Context`) of the event that S3 Object Lambda sends when a `HeadObject`,
 * `ListObjects` or `ListObjectsV2` request reaches an Object Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html
 */
export class S3ObjectInputContext extends EventWrapper<RawS3ObjectInputContext> {
  static override readonly typeName: string = 'S3ObjectInputContext';
  static override readonly sensitiveMembers: readonly string[] = ['inputS3Url'];

  /** The presigned URL that performs the original request against the supporting access point (`inputS3Url`). */
  get inputS3Url(): string {
    return requireString(this, this.raw.inputS3Url, 'inputS3Url');
  }
}

/**
 * Wrapper for the configuration (`configuration`) of the event that S3 Object Lambda sends
 * when a request reaches an Object Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
 */
export class S3ObjectConfiguration extends EventWrapper<RawS3ObjectConfiguration> {
  static override readonly typeName: string = 'S3ObjectConfiguration';

  /** The ARN of the Object Lambda Access Point that received the request (`accessPointArn`). */
  get accessPointArn(): string {
    return requireString(this, this.raw.accessPointArn, 'accessPointArn');
  }

  /** The ARN of the supporting access point named in the Object Lambda Access Point configuration (`supportingAccessPointArn`). */
  get supportingAccessPointArn(): string {
    return requireString(
      this,
      this.raw.supportingAccessPointArn,
      'supportingAccessPointArn'
    );
  }

  /** The custom data set on the Object Lambda Access Point configuration, an opaque string S3 passes as is (`payload`). */
  get payload(): string {
    return requireString(this, this.raw.payload, 'payload');
  }
}

/**
 * Wrapper for the original request (`userRequest`) in the event that S3 Object Lambda sends
 * when a request reaches an Object Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
 */
export class S3ObjectUserRequest extends EventWrapper<RawS3ObjectUserRequest> {
  static override readonly typeName: string = 'S3ObjectUserRequest';
  #headers?: HeaderMap;

  /** The decoded URL of the request S3 Object Lambda received, without authorization query parameters (`url`). */
  get url(): string {
    return requireString(this, this.raw.url, 'url');
  }

  /**
   * The headers of the original request, without authorization headers, looked up
   * case-insensitively; a repeated header arrives as one comma-separated value (`headers`).
   * Empty when the event has none.
   *
   * @example
   * ```ts
   * event.userRequest.headers.get('accept-encoding'); // same as 'Accept-Encoding'
   * ```
   */
  get headers(): HeaderMap {
    this.#headers ??= readHeaderMap(this, this.raw.headers, 'headers');
    return this.#headers;
  }

  /**
   * Returns a header of the original request, matching the name case-insensitively unless
   * asked not to.
   *
   * @param name The header name.
   * @param defaultValue What to return when the header is absent.
   * @param caseSensitive Match the name exactly as given.
   * @returns The value, or `defaultValue`.
   * @throws {@link FieldTypeError} when `headers` is not an object of strings.
   * @example
   * ```ts
   * event.userRequest.getHeaderValue('range', 'bytes=0-');
   * ```
   */
  getHeaderValue(
    name: string,
    defaultValue: string,
    caseSensitive?: boolean
  ): string;
  getHeaderValue(
    name: string,
    defaultValue?: string,
    caseSensitive?: boolean
  ): string | undefined;
  getHeaderValue(
    name: string,
    defaultValue?: string,
    caseSensitive = false
  ): string | undefined {
    return this.headers.get(name, caseSensitive) ?? defaultValue;
  }
}

/**
 * Wrapper for the session issuer (`userIdentity.sessionContext.sessionIssuer`) in the event
 * that S3 Object Lambda sends when a request made with temporary credentials reaches an
 * Object Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export class S3ObjectSessionIssuer extends EventWrapper<RawS3ObjectSessionIssuer> {
  static override readonly typeName: string = 'S3ObjectSessionIssuer';

  /** The source of the temporary credentials, such as `Root`, `IAMUser` or `Role` (`type`). */
  get type(): string {
    return requireString(this, this.raw.type, 'type');
  }

  /** The friendly name of the user or role that issued the session, when present (`userName`). */
  get userName(): string | undefined {
    return optionalString(this, this.raw.userName, 'userName');
  }

  /** The internal ID of the entity the credentials came from (`principalId`). */
  get principalId(): string {
    return requireString(this, this.raw.principalId, 'principalId');
  }

  /** The ARN of the account, user or role the credentials came from (`arn`). */
  get arn(): string {
    return requireString(this, this.raw.arn, 'arn');
  }

  /** The account that owns the entity the credentials came from (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }
}

/**
 * Wrapper for the session attributes (`userIdentity.sessionContext.attributes`) in the event
 * that S3 Object Lambda sends when a request made with temporary credentials reaches an
 * Object Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export class S3ObjectSessionAttributes extends EventWrapper<RawS3ObjectSessionAttributes> {
  static override readonly typeName: string = 'S3ObjectSessionAttributes';

  /** The date and time when the temporary credentials were issued (`creationDate`). */
  get creationDate(): string {
    return requireString(this, this.raw.creationDate, 'creationDate');
  }

  /** The string `true` when the credentials' owner also signed in with an MFA device, else `false` (`mfaAuthenticated`). */
  get mfaAuthenticated(): string {
    return requireString(this, this.raw.mfaAuthenticated, 'mfaAuthenticated');
  }
}

/**
 * Wrapper for the session context (`userIdentity.sessionContext`) in the event that S3
 * Object Lambda sends when a request made with temporary credentials reaches an Object
 * Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export class S3ObjectSessionContext extends EventWrapper<RawS3ObjectSessionContext> {
  static override readonly typeName: string = 'S3ObjectSessionContext';
  #sessionIssuer?: S3ObjectSessionIssuer;
  #attributes?: S3ObjectSessionAttributes;

  /** How the temporary credentials were obtained (`sessionIssuer`). */
  get sessionIssuer(): S3ObjectSessionIssuer {
    this.#sessionIssuer ??= child(
      this,
      S3ObjectSessionIssuer,
      this.raw.sessionIssuer,
      'sessionIssuer'
    );
    return this.#sessionIssuer;
  }

  /** The attributes of the session (`attributes`). */
  get attributes(): S3ObjectSessionAttributes {
    this.#attributes ??= child(
      this,
      S3ObjectSessionAttributes,
      this.raw.attributes,
      'attributes'
    );
    return this.#attributes;
  }
}

/**
 * Wrapper for the identity (`userIdentity`) in the event that S3 Object Lambda sends when a
 * request reaches an Object Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export class S3ObjectUserIdentity extends EventWrapper<RawS3ObjectUserIdentity> {
  static override readonly typeName: string = 'S3ObjectUserIdentity';
  #sessionContext?: S3ObjectSessionContext | null;

  /** The type of identity: `Root`, `IAMUser`, `AssumedRole`, `FederatedUser`, `AWSAccount` or `AWSService` (`type`). */
  get type(): string {
    return requireString(this, this.raw.type, 'type');
  }

  /** The account that owns the entity that granted permissions for the request (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The access key ID that signed the request; `undefined` when AWS leaves it out (`accessKeyId`). */
  get accessKeyId(): string | undefined {
    return optionalString(this, this.raw.accessKeyId, 'accessKeyId');
  }

  /** The friendly name of the identity that made the call; `undefined` for assumed roles (`userName`). */
  get userName(): string | undefined {
    return optionalString(this, this.raw.userName, 'userName');
  }

  /** The unique identifier of the identity that made the call (`principalId`). */
  get principalId(): string {
    return requireString(this, this.raw.principalId, 'principalId');
  }

  /** The ARN of the principal that made the call (`arn`). */
  get arn(): string {
    return requireString(this, this.raw.arn, 'arn');
  }

  /** The session, when the request used temporary credentials; `undefined` otherwise (`sessionContext`). */
  get sessionContext(): S3ObjectSessionContext | undefined {
    this.#sessionContext ??= optionalChild(
      this,
      S3ObjectSessionContext,
      this.raw.sessionContext,
      'sessionContext'
    );
    return this.#sessionContext ?? undefined;
  }
}

/**
 * Wrapper for the event that S3 Object Lambda sends when a `GetObject`, `HeadObject`,
 * `ListObjects` or `ListObjectsV2` request reaches an Object Lambda Access Point.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html
 * @example
 * ```ts
 * import { S3ObjectLambdaEvent } from '@evt/s3';
 *
 * export const handler = async (raw: unknown) => {
 *   const event = new S3ObjectLambdaEvent(raw as never);
 *   const original = await fetch(event.inputS3Url);
 *   // transform, then call WriteGetObjectResponse with:
 *   return { route: event.requestRoute, token: event.requestToken, status: original.status };
 * };
 * ```
 */
export class S3ObjectLambdaEvent extends EventWrapper<RawS3ObjectLambdaEvent> {
  static override readonly typeName: string = 'S3ObjectLambdaEvent';
  static override readonly sensitiveMembers: readonly string[] = [
    'inputS3Url',
    'requestToken',
  ];
  #getObjectContext?: S3ObjectContext | null;
  #headObjectContext?: S3ObjectInputContext | null;
  #listObjectsContext?: S3ObjectInputContext | null;
  #listObjectsV2Context?: S3ObjectInputContext | null;
  #configuration?: S3ObjectConfiguration;
  #userRequest?: S3ObjectUserRequest;
  #userIdentity?: S3ObjectUserIdentity;

  /** The Amazon S3 request ID of the request, worth logging for debugging (`xAmzRequestId`). */
  get requestId(): string {
    return requireString(this, this.raw.xAmzRequestId, 'xAmzRequestId');
  }

  /**
   * The input and output details of a `GetObject` request (`getObjectContext`).
   *
   * @throws {@link MissingFieldError} when the event is for another request type.
   */
  get objectContext(): S3ObjectContext {
    const context = this.getObjectContext;
    if (context) return context;
    throw fieldError(this, 'getObjectContext', 'object', undefined);
  }

  /** The input and output details of a `GetObject` request; `undefined` for other request types (`getObjectContext`). */
  get getObjectContext(): S3ObjectContext | undefined {
    this.#getObjectContext ??= optionalChild(
      this,
      S3ObjectContext,
      this.raw.getObjectContext,
      'getObjectContext'
    );
    return this.#getObjectContext ?? undefined;
  }

  /** The input details of a `HeadObject` request; `undefined` for other request types (`headObjectContext`). */
  get headObjectContext(): S3ObjectInputContext | undefined {
    this.#headObjectContext ??= optionalChild(
      this,
      S3ObjectInputContext,
      this.raw.headObjectContext,
      'headObjectContext'
    );
    return this.#headObjectContext ?? undefined;
  }

  /** The input details of a `ListObjects` request; `undefined` for other request types (`listObjectsContext`). */
  get listObjectsContext(): S3ObjectInputContext | undefined {
    this.#listObjectsContext ??= optionalChild(
      this,
      S3ObjectInputContext,
      this.raw.listObjectsContext,
      'listObjectsContext'
    );
    return this.#listObjectsContext ?? undefined;
  }

  /** The input details of a `ListObjectsV2` request; `undefined` for other request types (`listObjectsV2Context`). */
  get listObjectsV2Context(): S3ObjectInputContext | undefined {
    this.#listObjectsV2Context ??= optionalChild(
      this,
      S3ObjectInputContext,
      this.raw.listObjectsV2Context,
      'listObjectsV2Context'
    );
    return this.#listObjectsV2Context ?? undefined;
  }

  /** The configuration of the Object Lambda Access Point (`configuration`). */
  get configuration(): S3ObjectConfiguration {
    this.#configuration ??= child(
      this,
      S3ObjectConfiguration,
      this.raw.configuration,
      'configuration'
    );
    return this.#configuration;
  }

  /** The original request to S3 Object Lambda (`userRequest`). */
  get userRequest(): S3ObjectUserRequest {
    this.#userRequest ??= child(
      this,
      S3ObjectUserRequest,
      this.raw.userRequest,
      'userRequest'
    );
    return this.#userRequest;
  }

  /** The identity that made the original request (`userIdentity`). */
  get userIdentity(): S3ObjectUserIdentity {
    this.#userIdentity ??= child(
      this,
      S3ObjectUserIdentity,
      this.raw.userIdentity,
      'userIdentity'
    );
    return this.#userIdentity;
  }

  /**
   * The routing token to pass to `WriteGetObjectResponse` as `RequestRoute`
   * (`getObjectContext.outputRoute`).
   *
   * @throws {@link MissingFieldError} when the event is not for a `GetObject` request.
   */
  get requestRoute(): string {
    return this.objectContext.outputRoute;
  }

  /**
   * The opaque token to pass to `WriteGetObjectResponse` as `RequestToken`
   * (`getObjectContext.outputToken`).
   *
   * @throws {@link MissingFieldError} when the event is not for a `GetObject` request.
   */
  get requestToken(): string {
    return this.objectContext.outputToken;
  }

  /**
   * The presigned URL that performs the original request with the caller's permissions,
   * from whichever context the event carries (`getObjectContext.inputS3Url`, else
   * `headObjectContext`, `listObjectsContext` or `listObjectsV2Context`).
   *
   * @throws {@link MissingFieldError} when the event carries none of the four contexts.
   */
  get inputS3Url(): string {
    const context =
      this.getObjectContext ??
      this.headObjectContext ??
      this.listObjectsContext ??
      this.listObjectsV2Context;
    if (context) return context.inputS3Url;
    throw fieldError(this, 'getObjectContext', 'object', undefined);
  }

  /** The version of the event context, `<major>.<minor>` with a two-digit minor (`protocolVersion`). */
  get protocolVersion(): string {
    return requireString(this, this.raw.protocolVersion, 'protocolVersion');
  }
}
