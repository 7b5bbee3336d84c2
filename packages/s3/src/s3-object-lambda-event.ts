import {
  child,
  EventWrapper,
  type HeaderLookupArgs,
  type HeaderMap,
  optionalChild,
  optionalString,
  readHeaderMap,
  requireString,
  UNSET,
} from '@evt/core';

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
    return (this.#headers ??= readHeaderMap(this, this.raw.headers, 'headers'));
  }

  /**
   * Returns a header of the original request, matching the name case-insensitively unless
   * asked not to (the lookup of `HeaderMap.getValue`). With a string default the result is a
   * `string`.
   *
   * @param name The header name.
   * @param args What to return when the header is absent, then whether to match the name
   * exactly as given (`false` by default).
   * @returns The value, or the default.
   * @throws {@link FieldTypeError} when `headers` is not an object of strings.
   * @example
   * ```ts
   * event.userRequest.getHeaderValue('range', 'bytes=0-');
   * ```
   */
  getHeaderValue<TDefault extends string | undefined = undefined>(
    name: string,
    ...args: HeaderLookupArgs<TDefault>
  ): string | TDefault {
    return this.headers.getValue(name, ...args);
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
    return (this.#sessionIssuer ??= child(
      this,
      'sessionIssuer',
      S3ObjectSessionIssuer
    ));
  }

  /** The attributes of the session (`attributes`). */
  get attributes(): S3ObjectSessionAttributes {
    return (this.#attributes ??= child(
      this,
      'attributes',
      S3ObjectSessionAttributes
    ));
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
  #sessionContext: S3ObjectSessionContext | undefined | typeof UNSET = UNSET;

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
    if (this.#sessionContext === UNSET) {
      this.#sessionContext = optionalChild(
        this,
        'sessionContext',
        S3ObjectSessionContext
      );
    }
    return this.#sessionContext;
  }
}

/**
 * Wrapper for the event that S3 Object Lambda sends when a `GetObject`, `HeadObject`,
 * `ListObjects` or `ListObjectsV2` request reaches an Object Lambda Access Point.
 *
 * Every request type carries `inputS3Url`; only a `GetObject` request carries the route and
 * token for `WriteGetObjectResponse`, so {@link S3ObjectLambdaEvent.objectContext},
 * {@link S3ObjectLambdaEvent.requestRoute} and {@link S3ObjectLambdaEvent.requestToken} are
 * `undefined` on the others.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html
 * @example
 * ```ts
 * import { type RawS3ObjectLambdaEvent, S3ObjectLambdaEvent } from '@evt/s3';
 *
 * export const handler = async (raw: RawS3ObjectLambdaEvent) => {
 *   const event = new S3ObjectLambdaEvent(raw);
 *   const context = event.objectContext;
 *   if (context === undefined) return { statusCode: 501 }; // not a GetObject request
 *   const original = await fetch(context.inputS3Url);
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
  #getObjectContext: S3ObjectContext | undefined | typeof UNSET = UNSET;
  #headObjectContext: S3ObjectInputContext | undefined | typeof UNSET = UNSET;
  #listObjectsContext: S3ObjectInputContext | undefined | typeof UNSET = UNSET;
  #listObjectsV2Context: S3ObjectInputContext | undefined | typeof UNSET =
    UNSET;
  #configuration?: S3ObjectConfiguration;
  #userRequest?: S3ObjectUserRequest;
  #userIdentity?: S3ObjectUserIdentity;

  /** The Amazon S3 request ID of the request, worth logging for debugging (`xAmzRequestId`). */
  get requestId(): string {
    return requireString(this, this.raw.xAmzRequestId, 'xAmzRequestId');
  }

  /**
   * The input and output details of a `GetObject` request, the same wrapper as
   * {@link S3ObjectLambdaEvent.getObjectContext}; `undefined` for `HeadObject`, `ListObjects`
   * and `ListObjectsV2` requests, which carry their own context (`getObjectContext`).
   */
  get objectContext(): S3ObjectContext | undefined {
    return this.getObjectContext;
  }

  /** The input and output details of a `GetObject` request; `undefined` for other request types (`getObjectContext`). */
  get getObjectContext(): S3ObjectContext | undefined {
    if (this.#getObjectContext === UNSET) {
      this.#getObjectContext = optionalChild(
        this,
        'getObjectContext',
        S3ObjectContext
      );
    }
    return this.#getObjectContext;
  }

  /** The input details of a `HeadObject` request; `undefined` for other request types (`headObjectContext`). */
  get headObjectContext(): S3ObjectInputContext | undefined {
    if (this.#headObjectContext === UNSET) {
      this.#headObjectContext = optionalChild(
        this,
        'headObjectContext',
        S3ObjectInputContext
      );
    }
    return this.#headObjectContext;
  }

  /** The input details of a `ListObjects` request; `undefined` for other request types (`listObjectsContext`). */
  get listObjectsContext(): S3ObjectInputContext | undefined {
    if (this.#listObjectsContext === UNSET) {
      this.#listObjectsContext = optionalChild(
        this,
        'listObjectsContext',
        S3ObjectInputContext
      );
    }
    return this.#listObjectsContext;
  }

  /** The input details of a `ListObjectsV2` request; `undefined` for other request types (`listObjectsV2Context`). */
  get listObjectsV2Context(): S3ObjectInputContext | undefined {
    if (this.#listObjectsV2Context === UNSET) {
      this.#listObjectsV2Context = optionalChild(
        this,
        'listObjectsV2Context',
        S3ObjectInputContext
      );
    }
    return this.#listObjectsV2Context;
  }

  /** The configuration of the Object Lambda Access Point (`configuration`). */
  get configuration(): S3ObjectConfiguration {
    return (this.#configuration ??= child(
      this,
      'configuration',
      S3ObjectConfiguration
    ));
  }

  /** The original request to S3 Object Lambda (`userRequest`). */
  get userRequest(): S3ObjectUserRequest {
    return (this.#userRequest ??= child(
      this,
      'userRequest',
      S3ObjectUserRequest
    ));
  }

  /** The identity that made the original request (`userIdentity`). */
  get userIdentity(): S3ObjectUserIdentity {
    return (this.#userIdentity ??= child(
      this,
      'userIdentity',
      S3ObjectUserIdentity
    ));
  }

  /**
   * The routing token to pass to `WriteGetObjectResponse` as `RequestRoute`
   * (`getObjectContext.outputRoute`); `undefined` for `HeadObject`, `ListObjects` and
   * `ListObjectsV2` requests, which answer in the function's return value instead.
   *
   * @throws {@link MissingFieldError} when `getObjectContext` has no `outputRoute`.
   */
  get requestRoute(): string | undefined {
    return this.getObjectContext?.outputRoute;
  }

  /**
   * The opaque token to pass to `WriteGetObjectResponse` as `RequestToken`
   * (`getObjectContext.outputToken`); `undefined` for `HeadObject`, `ListObjects` and
   * `ListObjectsV2` requests, which answer in the function's return value instead.
   *
   * @throws {@link MissingFieldError} when `getObjectContext` has no `outputToken`.
   */
  get requestToken(): string | undefined {
    return this.getObjectContext?.outputToken;
  }

  /**
   * The presigned URL that performs the original request with the caller's permissions,
   * from whichever context the event carries (`getObjectContext.inputS3Url`, else
   * `headObjectContext`, `listObjectsContext` or `listObjectsV2Context`); `undefined` when
   * the event carries none of them.
   *
   * @throws {@link MissingFieldError} when the context has no `inputS3Url`.
   */
  get inputS3Url(): string | undefined {
    return (
      this.getObjectContext ??
      this.headObjectContext ??
      this.listObjectsContext ??
      this.listObjectsV2Context
    )?.inputS3Url;
  }

  /** The version of the event context, `<major>.<minor>` with a two-digit minor (`protocolVersion`). */
  get protocolVersion(): string {
    return requireString(this, this.raw.protocolVersion, 'protocolVersion');
  }
}
