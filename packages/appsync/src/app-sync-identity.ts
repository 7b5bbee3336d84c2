import {
  EventWrapper,
  mapOrEmpty,
  optionalString,
  stringArrayOrEmpty,
} from '@evt/core';

/**
 * The caller of a GraphQL request or of an Event API operation (`identity`), as AppSync
 * documents it for each authorization type. AppSync sends `null` for `API_KEY`; the other
 * types fill the fields listed for them.
 */
export interface RawAppSyncIdentity {
  /** `AWS_IAM`: the AWS account ID of the caller. */
  accountId?: string | null | undefined;
  /** `AWS_IAM`: the Amazon Cognito identity pool ID the caller's credentials come from. */
  cognitoIdentityPoolId?: string | null | undefined;
  /** `AWS_IAM`: the Amazon Cognito identity ID of the caller. */
  cognitoIdentityId?: string | null | undefined;
  /** `AWS_IAM`: `authenticated` or `unauthenticated`, for Cognito identity pool credentials. */
  cognitoIdentityAuthType?: string | null | undefined;
  /** `AWS_IAM`: the identity providers that gave the credentials, comma-separated. */
  cognitoIdentityAuthProvider?: string | null | undefined;
  /** `AWS_IAM`: the ARN of the IAM principal. */
  userArn?: string | null | undefined;
  /** `AWS_IAM` and Cognito user pools: the source IP addresses AppSync received. */
  sourceIp?: readonly string[] | null | undefined;
  /** `AWS_IAM` (the IAM principal) and Cognito user pools (the user name). */
  username?: string | null | undefined;
  /** Cognito user pools and OpenID Connect: the subject (user ID) of the token. */
  sub?: string | null | undefined;
  /** Cognito user pools and OpenID Connect: the issuer of the token. */
  issuer?: string | null | undefined;
  /** Cognito user pools and OpenID Connect: the claims of the token. */
  claims?: Record<string, unknown> | null | undefined;
  /** Cognito user pools: the default authorization strategy, `ALLOW` or `DENY`. */
  defaultAuthStrategy?: string | null | undefined;
  /** Cognito user pools: the user pool groups of the caller. */
  groups?: readonly string[] | null | undefined;
  /** `AWS_LAMBDA`: the `resolverContext` the Lambda authorizer returned. */
  resolverContext?: Record<string, unknown> | null | undefined;
}

/**
 * How AppSync authorized the caller, in the names AppSync gives its authorization types
 * (`authType`). `API_KEY` requests carry no identity, so an identity is always one of these
 * four.
 */
export type AppSyncAuthType =
  | 'AWS_IAM'
  | 'AMAZON_COGNITO_USER_POOLS'
  | 'OPENID_CONNECT'
  | 'AWS_LAMBDA';

/**
 * Wrapper for the caller identity (`identity`) in the events that AWS AppSync sends to a
 * Lambda function: a GraphQL resolver event or an Event API publish or subscribe event.
 *
 * AppSync does not say which authorization type produced an identity; Powertools tells them
 * apart by the fields present, and so does
 * {@link AppSyncIdentity.authType}. The members of every type are here; those of
 * the other types read as `undefined` (or `{}`, `[]`). Narrow on `authType` to get
 * the members of one type typed as present (see {@link AppSyncCallerIdentity}).
 *
 * @example
 * ```ts
 * import { AppSyncResolverEvent, type RawAppSyncResolverEvent } from '@evt/appsync';
 *
 * export const handler = async (raw: RawAppSyncResolverEvent) => {
 *   const identity = new AppSyncResolverEvent(raw).identity;
 *   switch (identity?.authType) {
 *     case 'AMAZON_COGNITO_USER_POOLS':
 *       return { user: identity.username, groups: identity.groups };
 *     case 'AWS_IAM':
 *       return { user: identity.userArn };
 *     default:
 *       return { user: null };
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html#aws-appsync-resolver-context-reference-identity-js
 */
export class AppSyncIdentity extends EventWrapper<RawAppSyncIdentity> {
  static override readonly typeName: string = 'AppSyncIdentity';
  /** What a Lambda authorizer passes on is its own choice, often tokens: hidden. */
  static override readonly sensitiveMembers: readonly string[] = [
    'resolverContext',
  ];

  /**
   * How AppSync authorized the caller, told from the fields present as Powertools does:
   * `AWS_LAMBDA` when the identity has a `resolverContext`; with a `sub`,
   * `AMAZON_COGNITO_USER_POOLS` when it also has a `username`, else `OPENID_CONNECT`;
   * otherwise `AWS_IAM`. (Powertools takes every identity with a `sub` for Cognito.)
   */
  get authType(): AppSyncAuthType {
    const { resolverContext, sub } = this.raw;
    if (resolverContext !== undefined && resolverContext !== null) {
      return 'AWS_LAMBDA';
    }
    if (sub === undefined || sub === null) return 'AWS_IAM';
    const { username } = this.raw;
    return username === undefined || username === null
      ? 'OPENID_CONNECT'
      : 'AMAZON_COGNITO_USER_POOLS';
  }

  /**
   * The source IP addresses of the caller that AppSync received (`sourceIp`), for IAM and
   * Cognito user pools callers. Empty array when the identity has none.
   */
  get sourceIp(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.sourceIp, 'sourceIp');
  }

  /**
   * The user name of the caller (`username`): the IAM principal for IAM callers, the user
   * name for Cognito user pools callers. Undefined when the identity has none.
   */
  get username(): string | undefined {
    return optionalString(this, this.raw.username, 'username');
  }

  /** The AWS account ID of an IAM caller (`accountId`). Undefined when the identity has none. */
  get accountId(): string | undefined {
    return optionalString(this, this.raw.accountId, 'accountId');
  }

  /**
   * The Amazon Cognito identity pool ID of an IAM caller whose credentials come from one
   * (`cognitoIdentityPoolId`). Undefined when the identity has none.
   */
  get cognitoIdentityPoolId(): string | undefined {
    return optionalString(
      this,
      this.raw.cognitoIdentityPoolId,
      'cognitoIdentityPoolId'
    );
  }

  /**
   * The Amazon Cognito identity ID of an IAM caller whose credentials come from an identity
   * pool (`cognitoIdentityId`). Undefined when the identity has none.
   */
  get cognitoIdentityId(): string | undefined {
    return optionalString(
      this,
      this.raw.cognitoIdentityId,
      'cognitoIdentityId'
    );
  }

  /** The ARN of the IAM principal of an IAM caller (`userArn`). Undefined when the identity has none. */
  get userArn(): string | undefined {
    return optionalString(this, this.raw.userArn, 'userArn');
  }

  /**
   * Whether an IAM caller's identity pool credentials are `authenticated` or
   * `unauthenticated` (`cognitoIdentityAuthType`). Undefined when the identity has none.
   */
  get cognitoIdentityAuthType(): string | undefined {
    return optionalString(
      this,
      this.raw.cognitoIdentityAuthType,
      'cognitoIdentityAuthType'
    );
  }

  /**
   * The external identity providers that gave an IAM caller its credentials, comma-separated
   * (`cognitoIdentityAuthProvider`). Undefined when the identity has none.
   */
  get cognitoIdentityAuthProvider(): string | undefined {
    return optionalString(
      this,
      this.raw.cognitoIdentityAuthProvider,
      'cognitoIdentityAuthProvider'
    );
  }

  /**
   * The subject of the caller's token, the user's unique ID (`sub`), for Cognito user pools
   * and OpenID Connect callers. Undefined when the identity has none.
   */
  get sub(): string | undefined {
    return optionalString(this, this.raw.sub, 'sub');
  }

  /**
   * The issuer of the caller's token (`issuer`), for Cognito user pools and OpenID Connect
   * callers. Undefined when the identity has none.
   */
  get issuer(): string | undefined {
    return optionalString(this, this.raw.issuer, 'issuer');
  }

  /**
   * The claims of the caller's token (`claims`), for Cognito user pools and OpenID Connect
   * callers: the raw object, not copied. Empty object when the identity has none.
   */
  get claims(): Record<string, unknown> {
    return mapOrEmpty(this, this.raw.claims, 'claims');
  }

  /**
   * The default authorization strategy of a Cognito user pools caller, `ALLOW` or `DENY`
   * (`defaultAuthStrategy`). Undefined when the identity has none.
   */
  get defaultAuthStrategy(): string | undefined {
    return optionalString(
      this,
      this.raw.defaultAuthStrategy,
      'defaultAuthStrategy'
    );
  }

  /**
   * The user pool groups of a Cognito user pools caller (`groups`). Empty array when the
   * identity has none, and when AppSync sends `null` (a user in no group).
   */
  get groups(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.groups, 'groups');
  }

  /**
   * The context a Lambda authorizer returned for the caller (`resolverContext`), for
   * `AWS_LAMBDA` callers: the raw object, not copied. Empty object when the identity has
   * none. Hidden in the debug view.
   */
  get resolverContext(): Record<string, unknown> {
    return mapOrEmpty(this, this.raw.resolverContext, 'resolverContext');
  }
}

/**
 * An IAM caller (`AWS_IAM` authorization): {@link AppSyncIdentity} narrowed by its
 * `authType`. Read `accountId`, `userArn`, `username`, `sourceIp` and, for
 * credentials from a Cognito identity pool, the `cognitoIdentity*` members.
 */
export type AppSyncIdentityIAM = AppSyncIdentity & {
  /** `AWS_IAM`. */
  readonly authType: 'AWS_IAM';
};

/**
 * A Cognito user pools caller (`AMAZON_COGNITO_USER_POOLS` authorization):
 * {@link AppSyncIdentity} narrowed by its `authType`, with the `sub` and `username`
 * it was told apart by typed as present. Read `claims`, `groups`, `issuer`, `sourceIp` and
 * `defaultAuthStrategy` too.
 */
export type AppSyncIdentityCognito = AppSyncIdentity & {
  /** `AMAZON_COGNITO_USER_POOLS`. */
  readonly authType: 'AMAZON_COGNITO_USER_POOLS';
  /** The subject of the caller's token, the user's unique ID (`sub`). */
  readonly sub: string;
  /** The user name of the caller (`username`). */
  readonly username: string;
};

/**
 * An OpenID Connect caller (`OPENID_CONNECT` authorization): {@link AppSyncIdentity}
 * narrowed by its `authType`, with the `sub` it was told apart by typed as present.
 * Read `claims` and `issuer` too.
 */
export type AppSyncIdentityOIDC = AppSyncIdentity & {
  /** `OPENID_CONNECT`. */
  readonly authType: 'OPENID_CONNECT';
  /** The subject of the caller's token (`sub`). */
  readonly sub: string;
};

/**
 * A caller authorized by a Lambda authorizer (`AWS_LAMBDA` authorization):
 * {@link AppSyncIdentity} narrowed by its `authType`. Read `resolverContext`.
 */
export type AppSyncIdentityLambda = AppSyncIdentity & {
  /** `AWS_LAMBDA`. */
  readonly authType: 'AWS_LAMBDA';
};

/**
 * The caller identity of an AppSync event, one of the four authorization types that carry
 * one; `switch` on `authType` to narrow it.
 */
export type AppSyncCallerIdentity =
  | AppSyncIdentityIAM
  | AppSyncIdentityCognito
  | AppSyncIdentityOIDC
  | AppSyncIdentityLambda;
