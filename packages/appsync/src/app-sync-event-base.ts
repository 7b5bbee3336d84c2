import {
  EventWrapper,
  type HeaderMap,
  mapOrEmpty,
  optionalChild,
  optionalObject,
  optionalString,
  readHeaderMap,
  UNSET,
} from '@evt/core';
import {
  type AppSyncCallerIdentity,
  AppSyncIdentity,
  type RawAppSyncIdentity,
} from './app-sync-identity';

/** The HTTP request that reached AppSync (`request`), as AppSync documents it. */
export interface RawAppSyncRequest {
  /** The request headers, as the client sent them. */
  headers?: Record<string, string | undefined> | null | undefined;
  /** The custom domain name the request used; `null` for the API's own endpoint. */
  domainName?: string | null | undefined;
}

/** The result of the previous function of a pipeline resolver (`prev`). */
export interface RawAppSyncPrev {
  /** What the previous function returned. */
  result?: unknown;
}

/**
 * The fields that AppSync's GraphQL resolver events and Event API events share, as AppSync
 * documents its context object.
 */
export interface RawAppSyncEventBase {
  /** The caller; `null` for `API_KEY` authorization. */
  identity?: RawAppSyncIdentity | null | undefined;
  /** The HTTP request that reached AppSync. */
  request?: RawAppSyncRequest | null | undefined;
  /** The result of the previous function of a pipeline resolver; `null` otherwise. */
  prev?: RawAppSyncPrev | null | undefined;
  /** The stash shared by the functions and handlers of one resolver or handler run. */
  stash?: Record<string, unknown> | null | undefined;
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type (the idiom of core's `BaseProxyEvent`).
function base(wrapper: EventWrapper): EventWrapper<RawAppSyncEventBase> {
  return wrapper as EventWrapper<RawAppSyncEventBase>;
}

/**
 * What the events AWS AppSync sends to a Lambda function share: the GraphQL resolver event
 * ({@link AppSyncResolverEvent}) and the Event API event
 * ({@link AppSyncResolverEventsEvent}). Powertools' `AppSyncEventBase`.
 */
export class AppSyncEventBase<
  TRaw extends RawAppSyncEventBase = RawAppSyncEventBase,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'AppSyncEventBase';

  #requestHeaders?: HeaderMap;
  #identity: AppSyncIdentity | undefined | typeof UNSET = UNSET;

  /**
   * The headers of the request that reached AppSync (`request.headers`), looked up
   * case-insensitively. Empty when the event has none. The map reads the raw object in
   * place; a value that is not a string throws when a lookup first reaches it.
   *
   * @throws {@link FieldTypeError} when `request` or `request.headers` is not an object, or
   * (from the map's reads) naming `request.headers.<name>` when a value is not a string.
   * @example
   * ```ts
   * import { AppSyncResolverEvent, type RawAppSyncResolverEvent } from '@evt/appsync';
   *
   * export const handler = async (raw: RawAppSyncResolverEvent) => {
   *   const event = new AppSyncResolverEvent(raw);
   *   return { traceId: event.requestHeaders.get('X-Amzn-Trace-Id') };
   * };
   * ```
   */
  get requestHeaders(): HeaderMap {
    return (this.#requestHeaders ??= readHeaderMap(
      base(this),
      this.#request()?.headers,
      'request.headers'
    ));
  }

  /**
   * The custom domain name the request used (`request.domainName`). Undefined when the
   * request used the API's own endpoint (AppSync sends `null`) or the event has none.
   */
  get domainName(): string | undefined {
    return optionalString(
      base(this),
      this.#request()?.domainName,
      'request.domainName'
    );
  }

  /**
   * What the previous function of a pipeline resolver returned (`prev.result`), as it is in
   * the event. Undefined when the event has no previous result (AppSync sends `prev: null`
   * outside pipelines).
   *
   * @throws {@link FieldTypeError} when `prev` is not an object.
   */
  get prevResult(): unknown {
    return optionalObject(base(this), this.raw.prev, 'prev')?.result;
  }

  /**
   * The stash, the map that the functions of a pipeline resolver (or the handlers of an Event
   * API namespace) share during one run (`stash`): the raw object, not copied. Empty object
   * when the event has none.
   */
  get stash(): Record<string, unknown> {
    return mapOrEmpty(base(this), this.raw.stash, 'stash');
  }

  /**
   * The caller (`identity`); `switch` on its `authType` to read the members of one
   * authorization type. Undefined for `API_KEY` authorization, which AppSync sends as
   * `null`.
   *
   * @throws {@link FieldTypeError} when `identity` is not an object.
   * @example
   * ```ts
   * import { AppSyncResolverEvent, type RawAppSyncResolverEvent } from '@evt/appsync';
   *
   * export const handler = async (raw: RawAppSyncResolverEvent) => {
   *   const identity = new AppSyncResolverEvent(raw).identity;
   *   if (identity?.authType === 'AMAZON_COGNITO_USER_POOLS') {
   *     return { sub: identity.sub, groups: identity.groups };
   *   }
   *   return { sub: null, groups: [] };
   * };
   * ```
   */
  get identity(): AppSyncCallerIdentity | undefined {
    if (this.#identity === UNSET) {
      this.#identity = optionalChild(base(this), 'identity', AppSyncIdentity);
    }
    return this.#identity as AppSyncCallerIdentity | undefined;
  }

  #request(): RawAppSyncRequest | undefined {
    return optionalObject(base(this), this.raw.request, 'request');
  }
}
