import {
  type BatchOverrides,
  type DeepPartial,
  type Filled,
  mergeDeep,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import authorizerSample from '../test/events/app-sync-authorizer-event.json';
import batchSample from '../test/events/app-sync-resolver-event.batch.json';
import iamSample from '../test/events/app-sync-resolver-event.iam.json';
import resolverSample from '../test/events/app-sync-resolver-event.json';
import lambdaSample from '../test/events/app-sync-resolver-event.lambda.json';
import oidcSample from '../test/events/app-sync-resolver-event.oidc.json';
import publishSample from '../test/events/app-sync-resolver-events-event.json';
import subscribeSample from '../test/events/app-sync-resolver-events-event.subscribe.json';
import type { RawAppSyncAuthorizerEventRequestContext } from './app-sync-authorizer-event';
import type { AppSyncAuthType, RawAppSyncIdentity } from './app-sync-identity';
import type { RawAppSyncResolverEventInfo } from './app-sync-resolver-event';
import type {
  AppSyncEventsOperation,
  RawAppSyncResolverEventsInfo,
} from './app-sync-resolver-events-event';

/** An IAM caller as the factories build it: every field AppSync sends for one. */
export type SampleAppSyncIdentityIAM = Filled<
  Pick<
    RawAppSyncIdentity,
    | 'accountId'
    | 'cognitoIdentityPoolId'
    | 'cognitoIdentityId'
    | 'sourceIp'
    | 'username'
    | 'userArn'
    | 'cognitoIdentityAuthType'
    | 'cognitoIdentityAuthProvider'
  >
>;

/** A Cognito user pools caller as the factories build it. */
export interface SampleAppSyncIdentityCognito
  extends Filled<
    Pick<
      RawAppSyncIdentity,
      | 'sub'
      | 'issuer'
      | 'username'
      | 'claims'
      | 'sourceIp'
      | 'defaultAuthStrategy'
    >
  > {
  /** The user pool groups of the caller; `null` for a user in no group. */
  groups: string[] | null;
}

/** An OpenID Connect caller as the factories build it. */
export type SampleAppSyncIdentityOIDC = Filled<
  Pick<RawAppSyncIdentity, 'claims' | 'issuer' | 'sub'>
>;

/** A caller of a Lambda authorizer as the factories build it. */
export type SampleAppSyncIdentityLambda = Filled<
  Pick<RawAppSyncIdentity, 'resolverContext'>
>;

/** A caller as the factories build it, in the shape of its authorization type. */
export type SampleAppSyncIdentity =
  | SampleAppSyncIdentityIAM
  | SampleAppSyncIdentityCognito
  | SampleAppSyncIdentityOIDC
  | SampleAppSyncIdentityLambda;

/** The request that reached AppSync, as the factories build it. */
export interface SampleAppSyncRequest {
  /** The request headers. */
  headers: Record<string, string>;
  /** The custom domain name the request used; `null` for the API's own endpoint. */
  domainName: string | null;
}

/**
 * The resolver event {@link createAppSyncResolverEvent} returns: a fresh copy of the Direct
 * Lambda resolver sample that fits both `AppSyncResolverEvent`'s constructor and the
 * `AppSyncResolverEvent` of `@types/aws-lambda` (and so an `AppSyncResolverHandler`).
 *
 * @typeParam TArguments The GraphQL arguments of the field.
 * @typeParam TSource The parent object.
 */
export interface SampleAppSyncResolverEvent<
  TArguments extends object = Record<string, unknown>,
  TSource extends object = Record<string, unknown>,
> {
  /** The GraphQL arguments of the field. */
  arguments: TArguments;
  /** The caller; `null` for `API_KEY` authorization. */
  identity: SampleAppSyncIdentity | null;
  /** The resolved parent object; `null` for a root field. */
  source: TSource | null;
  /** The request that reached AppSync. */
  request: SampleAppSyncRequest;
  /** The result of the previous function of a pipeline resolver; `null` otherwise. */
  prev: {
    /** What the previous function returned. */
    result: Record<string, unknown>;
  } | null;
  /** What AppSync tells the resolver about the GraphQL request. */
  info: Filled<RawAppSyncResolverEventInfo>;
  /** The stash of the resolver. */
  stash: Record<string, unknown>;
}

/**
 * What {@link createAppSyncResolverEvent} can change in the sample event.
 *
 * @typeParam TArguments The GraphQL arguments of the field.
 * @typeParam TSource The parent object.
 */
export interface AppSyncResolverEventOverrides<
  TArguments extends object = Record<string, unknown>,
  TSource extends object = Record<string, unknown>,
> {
  /** The GraphQL arguments (`arguments`). */
  readonly arguments?: TArguments | undefined;
  /** The parent object (`source`); `null` for a root field. */
  readonly source?: TSource | null | undefined;
  /** The parent type of the field (`info.parentTypeName`), e.g. `Query` or `Post`. */
  readonly typeName?: string | undefined;
  /** The field being resolved (`info.fieldName`). */
  readonly fieldName?: string | undefined;
  /**
   * The authorization type of the caller: `API_KEY` for none (`identity: null`), or the
   * documented sample caller of another type. `AMAZON_COGNITO_USER_POOLS` by default.
   */
  readonly authType?: AppSyncAuthType | 'API_KEY' | undefined;
  /** The request headers (`request.headers`), replacing the sample's. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?:
    | DeepPartial<SampleAppSyncResolverEvent<TArguments, TSource>>
    | undefined;
}

/** The caller of each authorization type: the documented samples. */
function identityOf(
  authType: AppSyncAuthType | 'API_KEY'
): SampleAppSyncIdentity | null {
  switch (authType) {
    case 'API_KEY':
      return null;
    case 'AWS_IAM':
      return structuredClone(iamSample.identity);
    case 'OPENID_CONNECT':
      return structuredClone(oidcSample.identity);
    case 'AWS_LAMBDA':
      return structuredClone(lambdaSample.identity);
    default:
      return structuredClone(resolverSample.identity);
  }
}

/** Applies the resolver overrides shared by the single and the batch factory. */
function applyResolverOverrides<
  TArguments extends object,
  TSource extends object,
>(
  event: SampleAppSyncResolverEvent<TArguments, TSource>,
  overrides: Omit<AppSyncResolverEventOverrides<TArguments, TSource>, 'event'>
): void {
  const { typeName, fieldName, authType, headers } = overrides;
  if (overrides.arguments !== undefined) {
    event.arguments = structuredClone(overrides.arguments);
  }
  if (overrides.source !== undefined) {
    event.source = structuredClone(overrides.source);
  }
  if (typeName !== undefined) event.info.parentTypeName = typeName;
  if (fieldName !== undefined) event.info.fieldName = fieldName;
  if (authType !== undefined) event.identity = identityOf(authType);
  if (headers !== undefined) event.request.headers = { ...headers };
}

/**
 * Builds an AppSync resolver event from the documented Direct Lambda resolver sample (a
 * `Mutation.createSomething` call by a Cognito user pools caller): a fresh deep copy each
 * call, so tests may change it freely. Without type arguments, the arguments and source are
 * typed as plain records (so that `new AppSyncResolverEvent(createAppSyncResolverEvent())`
 * infers those).
 *
 * @param overrides The arguments, parent, field, caller and headers, and changes at any depth.
 * @returns The raw event, ready for `new AppSyncResolverEvent(...)` or a handler.
 * @example
 * ```ts
 * import { AppSyncResolverEvent } from '@evt/appsync';
 * import { createAppSyncResolverEvent } from '@evt/appsync/testing';
 *
 * const event = new AppSyncResolverEvent(
 *   createAppSyncResolverEvent({
 *     typeName: 'Query',
 *     fieldName: 'getTodo',
 *     arguments: { id: 'todo-1' },
 *     authType: 'AWS_IAM',
 *   })
 * );
 * event.identity?.authType; // 'AWS_IAM'
 * ```
 */
export function createAppSyncResolverEvent(
  overrides?: AppSyncResolverEventOverrides
): SampleAppSyncResolverEvent;
/**
 * Builds an AppSync resolver event from the documented Direct Lambda resolver sample, typed
 * with the arguments and source types given; the sample's own arguments and source stand
 * for them until `overrides` replaces them.
 *
 * @typeParam TArguments The GraphQL arguments of the field.
 * @typeParam TSource The parent object.
 * @param overrides The arguments, parent, field, caller and headers, and changes at any depth.
 * @returns The raw event, ready for `new AppSyncResolverEvent(...)` or a handler.
 * @example
 * ```ts
 * import { AppSyncResolverEvent } from '@evt/appsync';
 * import { createAppSyncResolverEvent } from '@evt/appsync/testing';
 *
 * interface GetTodoArguments {
 *   id: string;
 * }
 *
 * const raw = createAppSyncResolverEvent<GetTodoArguments>({ arguments: { id: 'todo-1' } });
 * new AppSyncResolverEvent(raw).arguments.id; // 'todo-1'
 * ```
 */
export function createAppSyncResolverEvent<
  TArguments extends object,
  TSource extends object = Record<string, unknown>,
>(
  overrides?: AppSyncResolverEventOverrides<TArguments, TSource>
): SampleAppSyncResolverEvent<TArguments, TSource>;
export function createAppSyncResolverEvent(
  overrides: AppSyncResolverEventOverrides = {}
): SampleAppSyncResolverEvent {
  const event = structuredClone(resolverSample) as SampleAppSyncResolverEvent;
  applyResolverOverrides(event, overrides);
  return mergeDeep(event, overrides.event);
}

/**
 * What {@link createAppSyncResolverEventBatch} can change in the sample batch. The count,
 * `sources` and `records` each set the number of events.
 *
 * @typeParam TArguments The GraphQL arguments of the field.
 * @typeParam TSource The parent objects.
 */
export interface AppSyncResolverEventBatchOverrides<
  TArguments extends object = Record<string, unknown>,
  TSource extends object = Record<string, unknown>,
> extends BatchOverrides<SampleAppSyncResolverEvent<TArguments, TSource>>,
    Omit<
      AppSyncResolverEventOverrides<TArguments, TSource>,
      'source' | 'event'
    > {
  /**
   * The parent object of each event (`source`), one event per item. Events are copies of
   * the sample's first event.
   */
  readonly sources?: readonly TSource[] | undefined;
}

/**
 * Builds the array of events a batching resolver receives, from the sample batch (the
 * `Post.author` field of two posts): a fresh deep copy each call. Without type arguments,
 * the arguments and sources are typed as plain records.
 *
 * @param overrides The number of events, their parents, the field and caller of all, and
 * changes per event.
 * @returns The raw events, ready for `AppSyncResolverEvent.batch(...)` or a batch handler.
 * @throws {TypeError} when `count`, `sources` and `records` ask for different numbers of
 * events.
 * @example
 * ```ts
 * import { AppSyncResolverEvent } from '@evt/appsync';
 * import { createAppSyncResolverEventBatch } from '@evt/appsync/testing';
 *
 * const events = AppSyncResolverEvent.batch(
 *   createAppSyncResolverEventBatch({
 *     sources: [{ authorId: 'a-1' }, { authorId: 'a-2' }, { authorId: 'a-1' }],
 *   })
 * );
 * events.map((event) => event.source.authorId); // ['a-1', 'a-2', 'a-1']
 * ```
 */
export function createAppSyncResolverEventBatch(
  overrides?: AppSyncResolverEventBatchOverrides
): SampleAppSyncResolverEvent[];
/**
 * Builds the array of events a batching resolver receives, typed with the arguments and
 * source types given; the sample's own arguments and sources stand for them until
 * `overrides` replaces them.
 *
 * @typeParam TArguments The GraphQL arguments of the field.
 * @typeParam TSource The parent objects.
 * @param overrides The number of events, their parents, the field and caller of all, and
 * changes per event.
 * @returns The raw events, ready for `AppSyncResolverEvent.batch(...)` or a batch handler.
 * @throws {TypeError} when `count`, `sources` and `records` ask for different numbers of
 * events.
 */
export function createAppSyncResolverEventBatch<
  TArguments extends object,
  TSource extends object = Record<string, unknown>,
>(
  overrides?: AppSyncResolverEventBatchOverrides<TArguments, TSource>
): SampleAppSyncResolverEvent<TArguments, TSource>[];
export function createAppSyncResolverEventBatch(
  overrides: AppSyncResolverEventBatchOverrides = {}
): SampleAppSyncResolverEvent[] {
  const batch = structuredClone(batchSample) as SampleAppSyncResolverEvent[];
  const template = batch[0] as SampleAppSyncResolverEvent;
  const { sources } = overrides;
  return sampleRecords(batch, overrides, {
    factory: 'createAppSyncResolverEventBatch',
    lists: { sources },
    copy: () => structuredClone(template),
    each: (event, index) => {
      const source = sources?.[index];
      applyResolverOverrides(event, { ...overrides, source });
    },
  });
}

/**
 * The GraphQL request of the authorizer event {@link createAppSyncAuthorizerEvent} returns.
 */
export interface SampleAppSyncAuthorizerEventRequestContext
  extends Filled<
    Pick<
      RawAppSyncAuthorizerEventRequestContext,
      'apiId' | 'accountId' | 'requestId' | 'queryString' | 'variables'
    >
  > {
  /** The operation of the document to run; absent when the request names none. */
  operationName?: string;
}

/**
 * The authorizer event {@link createAppSyncAuthorizerEvent} returns: a fresh copy of the
 * documented sample that fits both `AppSyncAuthorizerEvent`'s constructor and the
 * `AppSyncAuthorizerEvent` of `@types/aws-lambda` (and so an `AppSyncAuthorizerHandler`).
 */
export interface SampleAppSyncAuthorizerEvent {
  /** The value of the request's `Authorization` header. */
  authorizationToken: string;
  /** The GraphQL request to authorize. */
  requestContext: SampleAppSyncAuthorizerEventRequestContext;
  /** The headers of the request. */
  requestHeaders: Record<string, string>;
}

/** What {@link createAppSyncAuthorizerEvent} can change in the sample event. */
export interface AppSyncAuthorizerEventOverrides {
  /** The token (`authorizationToken`), also set as the `authorization` request header. */
  readonly authorizationToken?: string | undefined;
  /** The GraphQL document (`requestContext.queryString`). */
  readonly queryString?: string | undefined;
  /** The operation to run (`requestContext.operationName`). */
  readonly operationName?: string | undefined;
  /** The variables (`requestContext.variables`). */
  readonly variables?: Readonly<Record<string, unknown>> | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleAppSyncAuthorizerEvent> | undefined;
}

/**
 * Builds an AppSync Lambda authorizer event from the documented sample: a fresh deep copy
 * each call.
 *
 * @param overrides The token, the GraphQL request, and changes at any depth.
 * @returns The raw event, ready for `new AppSyncAuthorizerEvent(...)` or a handler.
 * @example
 * ```ts
 * import { AppSyncAuthorizerEvent } from '@evt/appsync';
 * import { createAppSyncAuthorizerEvent } from '@evt/appsync/testing';
 *
 * const event = new AppSyncAuthorizerEvent(
 *   createAppSyncAuthorizerEvent({ authorizationToken: 'team-blue' })
 * );
 * event.requestHeaders.get('Authorization'); // 'team-blue'
 * ```
 */
export function createAppSyncAuthorizerEvent(
  overrides: AppSyncAuthorizerEventOverrides = {}
): SampleAppSyncAuthorizerEvent {
  const event = structuredClone(
    authorizerSample
  ) as SampleAppSyncAuthorizerEvent;
  const { authorizationToken, queryString, operationName, variables } =
    overrides;
  const context = event.requestContext;
  if (authorizationToken !== undefined) {
    event.authorizationToken = authorizationToken;
    event.requestHeaders.authorization = authorizationToken;
  }
  if (queryString !== undefined) context.queryString = queryString;
  if (operationName !== undefined) context.operationName = operationName;
  if (variables !== undefined) context.variables = structuredClone(variables);
  return mergeDeep(event, overrides.event);
}

/** One published event as {@link createAppSyncResolverEventsEvent} builds it. */
export interface SampleAppSyncEventsIncomingEvent<TPayload = unknown> {
  /** The ID AppSync gave the event. */
  id: string;
  /** The event's content. */
  payload: TPayload;
}

/**
 * The Event API event {@link createAppSyncResolverEventsEvent} returns: a fresh copy of a
 * publish or subscribe sample that fits `AppSyncResolverEventsEvent`'s constructor.
 *
 * @typeParam TPayload The content of the published events.
 */
export interface SampleAppSyncResolverEventsEvent<TPayload = unknown> {
  /** The caller; `null` for `API_KEY` authorization. */
  identity: SampleAppSyncIdentity | null;
  /** The result of a data source; `null` for a Lambda integration. */
  result: null;
  /** The request that reached AppSync. */
  request: SampleAppSyncRequest;
  /** What AppSync tells the handler about the operation. */
  info: Sample<RawAppSyncResolverEventsInfo>;
  /** An error of a data source; `null` for a Lambda integration. */
  error: null;
  /** The result of a previous function; `null` for a Lambda integration. */
  prev: null;
  /** The stash of the handler. */
  stash: Record<string, unknown>;
  /** The errors reported so far. */
  outErrors: unknown[];
  /** The published events; `null` for a subscribe. */
  events: SampleAppSyncEventsIncomingEvent<TPayload>[] | null;
}

/**
 * What {@link createAppSyncResolverEventsEvent} can change in the sample event.
 *
 * @typeParam TPayload The content of the published events.
 */
export interface AppSyncResolverEventsEventOverrides<TPayload = unknown> {
  /**
   * `PUBLISH` (the default: two chat messages published by an `API_KEY` caller) or
   * `SUBSCRIBE` (a Cognito user pools caller subscribing, `events: null`).
   */
  readonly operation?: AppSyncEventsOperation | undefined;
  /**
   * The channel's path, e.g. `/chat/room-2`; sets `info.channel` and the namespace (its
   * first segment).
   */
  readonly channel?: string | undefined;
  /**
   * The payloads of the published events, one event per item, with numbered IDs (turns a
   * subscribe into a list of events too).
   */
  readonly payloads?: readonly TPayload[] | undefined;
  /** The authorization type of the caller, as for {@link createAppSyncResolverEvent}. */
  readonly authType?: AppSyncAuthType | 'API_KEY' | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?:
    | DeepPartial<SampleAppSyncResolverEventsEvent<TPayload>>
    | undefined;
}

/**
 * Builds an AppSync Events event for a Lambda integration, from the publish sample (two
 * messages to `/chat/room-1`) or the subscribe sample: a fresh deep copy each call.
 *
 * @typeParam TPayload The content of the published events.
 * @param overrides The operation, channel, payloads, caller, and changes at any depth.
 * @returns The raw event, ready for `new AppSyncResolverEventsEvent(...)` or a handler.
 * @example
 * ```ts
 * import { AppSyncResolverEventsEvent } from '@evt/appsync';
 * import { createAppSyncResolverEventsEvent } from '@evt/appsync/testing';
 *
 * const event = new AppSyncResolverEventsEvent(
 *   createAppSyncResolverEventsEvent({
 *     channel: '/alerts/eu-west-1',
 *     payloads: [{ level: 'high' }],
 *   })
 * );
 * event.info.channelNamespaceName; // 'alerts'
 * event.events[0]?.payload; // { level: 'high' }
 * ```
 */
export function createAppSyncResolverEventsEvent<TPayload = unknown>(
  overrides: AppSyncResolverEventsEventOverrides<TPayload> = {}
): SampleAppSyncResolverEventsEvent<TPayload> {
  type Event = SampleAppSyncResolverEventsEvent<TPayload>;
  const event = structuredClone(
    overrides.operation === 'SUBSCRIBE' ? subscribeSample : publishSample
  ) as Event;
  const { channel, payloads, authType } = overrides;
  if (channel !== undefined) {
    const segments = channel.split('/').filter((segment) => segment !== '');
    event.info.channel = { path: channel, segments };
    event.info.channelNamespace = { name: segments[0] ?? '' };
  }
  if (payloads !== undefined) {
    const id = publishSample.events[0]?.id ?? '';
    event.events = payloads.map((payload, index) => ({
      id: numbered(id, index),
      payload: structuredClone(payload),
    }));
  }
  if (authType !== undefined) event.identity = identityOf(authType);
  return mergeDeep(event, overrides.event);
}
