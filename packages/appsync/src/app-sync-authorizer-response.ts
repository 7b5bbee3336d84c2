import { argumentError, isObject, nonEmptyStringArgument } from '@evt/core';

/**
 * What a Lambda authorizer answers, as {@link AppSyncAuthorizerResponse} takes it (Powertools'
 * constructor arguments).
 *
 * @typeParam TResolverContext The context passed on to the resolvers.
 */
export interface AppSyncAuthorizerResponseOptions<
  TResolverContext extends Record<string, unknown> = Record<string, unknown>,
> {
  /**
   * Whether the token may call the GraphQL API (`isAuthorized`); `false` by default, which
   * makes AppSync answer with an `UnauthorizedException`.
   */
  readonly authorize?: boolean | undefined;
  /**
   * How many seconds AppSync caches this answer for the token (`ttlOverride`), a
   * non-negative integer; `0` turns caching off. Without it, the API's setting applies
   * (300 seconds by default).
   */
  readonly maxAge?: number | undefined;
  /**
   * The context the resolvers read as `identity.resolverContext` (`resolverContext`), a JSON
   * object of at most 5 MB. Left out of the response when empty.
   */
  readonly resolverContext?: TResolverContext | undefined;
  /**
   * The fields AppSync sets to `null` whatever their resolvers return (`deniedFields`): each
   * `TypeName.FieldName`, or a field ARN
   * (`arn:aws:appsync:<region>:<account>:apis/<api-id>/types/<type>/fields/<field>`) when
   * several APIs share the authorizer. Left out of the response when empty.
   */
  readonly denyFields?: readonly string[] | undefined;
}

/**
 * The answer of a Lambda authorizer exactly as AppSync reads it.
 *
 * @typeParam TResolverContext The context passed on to the resolvers.
 */
export interface AppSyncAuthorizerResponseDict<
  TResolverContext extends Record<string, unknown> = Record<string, unknown>,
> {
  /** Whether the token may call the GraphQL API. */
  isAuthorized: boolean;
  /** How many seconds AppSync caches the answer; absent to use the API's setting. */
  ttlOverride?: number;
  /** The fields AppSync sets to `null`; absent when there are none. */
  deniedFields?: string[];
  /** The context the resolvers read as `identity.resolverContext`; absent when empty. */
  resolverContext?: TResolverContext;
}

const WHERE = 'AppSyncAuthorizerResponse';

/** The checked denied fields: an array of non-empty strings, copied. */
function deniedFieldsOf(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw argumentError(
      WHERE,
      'options.denyFields',
      'an array of strings',
      value
    );
  }
  return value.map((field: unknown, index) =>
    nonEmptyStringArgument(WHERE, `options.denyFields[${index}]`, field)
  );
}

/**
 * The answer of a Lambda authorizer to AWS AppSync: whether the token may call the API, and
 * optionally the context passed on to the resolvers, the fields to deny and how long AppSync
 * caches the answer. The options are checked when it is built.
 *
 * @typeParam TResolverContext The context passed on to the resolvers.
 * @example
 * ```ts
 * import {
 *   AppSyncAuthorizerEvent,
 *   AppSyncAuthorizerResponse,
 *   type RawAppSyncAuthorizerEvent,
 * } from '@evt/appsync';
 *
 * export const handler = async (raw: RawAppSyncAuthorizerEvent) => {
 *   const event = new AppSyncAuthorizerEvent(raw);
 *   return new AppSyncAuthorizerResponse({
 *     authorize: event.authorizationToken.startsWith('team-'),
 *     resolverContext: { team: event.authorizationToken.slice(5) },
 *     denyFields: ['Mutation.deleteEverything'],
 *     maxAge: 60,
 *   }).asDict();
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
export class AppSyncAuthorizerResponse<
  TResolverContext extends Record<string, unknown> = Record<string, unknown>,
> {
  /** Whether the token may call the GraphQL API (`isAuthorized`). */
  readonly authorize: boolean;
  /** How many seconds AppSync caches the answer (`ttlOverride`); undefined for the API's setting. */
  readonly maxAge: number | undefined;
  /** The context passed on to the resolvers (`resolverContext`); undefined when not set. */
  readonly resolverContext: TResolverContext | undefined;
  /** The fields AppSync sets to `null` (`deniedFields`); undefined when not set. */
  readonly denyFields: readonly string[] | undefined;

  /**
   * Builds the answer.
   *
   * @param options Whether to authorize, and the optional parts of the answer.
   * @throws {TypeError} naming the option when `options` is not an object, `authorize` is
   * not a boolean, `maxAge` is not a non-negative integer, `resolverContext` is not a plain
   * object, or `denyFields` is not an array of non-empty strings (programmer errors).
   */
  constructor(
    options: AppSyncAuthorizerResponseOptions<TResolverContext> = {}
  ) {
    if (!isObject(options as unknown)) {
      throw argumentError(WHERE, 'options', 'an object', options);
    }
    const { authorize = false, maxAge, resolverContext, denyFields } = options;
    if (typeof authorize !== 'boolean') {
      throw argumentError(WHERE, 'options.authorize', 'a boolean', authorize);
    }
    if (
      maxAge !== undefined &&
      (typeof maxAge !== 'number' ||
        !Number.isSafeInteger(maxAge) ||
        maxAge < 0)
    ) {
      throw argumentError(
        WHERE,
        'options.maxAge',
        'a non-negative integer (seconds)',
        maxAge
      );
    }
    if (
      resolverContext !== undefined &&
      !isObject(resolverContext as unknown)
    ) {
      throw argumentError(
        WHERE,
        'options.resolverContext',
        'an object',
        resolverContext
      );
    }
    this.authorize = authorize;
    this.maxAge = maxAge;
    this.resolverContext = resolverContext;
    this.denyFields = deniedFieldsOf(denyFields);
  }

  /**
   * Serialises the answer as AppSync reads it: `isAuthorized` always, `ttlOverride` when
   * `maxAge` is set, `deniedFields` and `resolverContext` when not empty.
   *
   * @returns A new plain object each call.
   * @example
   * ```ts
   * import { AppSyncAuthorizerResponse } from '@evt/appsync';
   *
   * new AppSyncAuthorizerResponse({ authorize: true, maxAge: 0 }).asDict();
   * // { isAuthorized: true, ttlOverride: 0 }
   * ```
   */
  asDict(): AppSyncAuthorizerResponseDict<TResolverContext> {
    const response: AppSyncAuthorizerResponseDict<TResolverContext> = {
      isAuthorized: this.authorize,
    };
    if (this.maxAge !== undefined) response.ttlOverride = this.maxAge;
    if (this.denyFields && this.denyFields.length > 0) {
      response.deniedFields = [...this.denyFields];
    }
    if (this.resolverContext && Object.keys(this.resolverContext).length > 0) {
      response.resolverContext = this.resolverContext;
    }
    return response;
  }

  /**
   * Serialises the answer as AppSync reads it, for `JSON.stringify`.
   *
   * @returns The same object as {@link AppSyncAuthorizerResponse.asDict}.
   */
  toJSON(): AppSyncAuthorizerResponseDict<TResolverContext> {
    return this.asDict();
  }
}
