import {
  arrayOrEmpty,
  child,
  EventWrapper,
  fieldError,
  optionalStringOf,
  requireObject,
  requireString,
  requireStringArray,
  wrapEachOrEmpty,
} from '@evt/core';
import {
  AppSyncEventBase,
  type RawAppSyncEventBase,
} from './app-sync-event-base';

/** What an Event API operation does: publish events to a channel, or subscribe to one. */
export type AppSyncEventsOperation = 'PUBLISH' | 'SUBSCRIBE';

const OPERATIONS: readonly AppSyncEventsOperation[] = ['PUBLISH', 'SUBSCRIBE'];

/** One published event (an item of `events`), as AppSync Events documents it. */
export interface RawAppSyncEventsIncomingEvent<TPayload = unknown> {
  /** The ID AppSync gave the event; an answer names the event by it. */
  id: string;
  /** The event's content, the JSON value the client published. */
  payload: TPayload;
}

/** The channel an operation is on (`info.channel`), as AppSync Events documents it. */
export interface RawAppSyncEventsChannel {
  /** The channel's path, e.g. `/chat/room-1`. */
  path: string;
  /** The path's segments, e.g. `['chat', 'room-1']`. */
  segments: readonly string[];
}

/** The channel namespace an operation is in (`info.channelNamespace`). */
export interface RawAppSyncEventsChannelNamespace {
  /** The namespace's name, the first segment of the channel's path. */
  name: string;
}

/** What AppSync Events tells a handler about the operation (`info`), as it documents it. */
export interface RawAppSyncResolverEventsInfo {
  /** The channel of the operation. */
  channel: RawAppSyncEventsChannel;
  /** The channel namespace of the operation. */
  channelNamespace: RawAppSyncEventsChannelNamespace;
  /** `PUBLISH` or `SUBSCRIBE`. */
  operation: AppSyncEventsOperation;
}

/**
 * The event AWS AppSync Events sends to a Lambda function that a channel namespace
 * integrates directly (its handler context), as AppSync documents it.
 *
 * @typeParam TPayload The content of the published events.
 */
export interface RawAppSyncResolverEventsEvent<TPayload = unknown>
  extends RawAppSyncEventBase {
  /** What AppSync tells the handler about the operation. */
  info: RawAppSyncResolverEventsInfo;
  /** The published events; `null` for a subscribe operation. */
  events?:
    | readonly RawAppSyncEventsIncomingEvent<TPayload>[]
    | null
    | undefined;
  /** The errors the handler has reported so far; empty for a Lambda integration. */
  outErrors?: readonly unknown[] | null | undefined;
}

/**
 * Wrapper for one published event (an item of `events`) in the event that AWS AppSync Events
 * sends to a Lambda function on a publish. `TPayload` types
 * {@link AppSyncEventsIncomingEvent.payload}; it is not checked at runtime.
 *
 * @example
 * ```ts
 * import {
 *   AppSyncResolverEventsEvent,
 *   buildPublishResponse,
 *   type RawAppSyncResolverEventsEvent,
 * } from '@evt/appsync';
 *
 * export const handler = async (raw: RawAppSyncResolverEventsEvent<{ text: string }>) => {
 *   const event = new AppSyncResolverEventsEvent(raw);
 *   return buildPublishResponse(
 *     event.events.map(({ id, payload }) => ({ id, payload: { text: payload.text.trim() } }))
 *   );
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/context-reference.html
 */
export class AppSyncEventsIncomingEvent<
  TPayload = unknown,
> extends EventWrapper<RawAppSyncEventsIncomingEvent<TPayload>> {
  static override readonly typeName: string = 'AppSyncEventsIncomingEvent';

  /** The ID AppSync gave the event, by which an answer names it (`id`). */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /**
   * The event's content (`payload`): the JSON value the client published (an object, or any
   * other JSON value), as it is in the event, typed as `TPayload` but not checked.
   */
  get payload(): TPayload {
    return this.raw.payload;
  }
}

/**
 * Wrapper for what AppSync Events tells a handler about the operation (`info`): the channel,
 * its namespace and whether it is a publish or a subscribe.
 *
 * @example
 * ```ts
 * import {
 *   AppSyncResolverEventsEvent,
 *   type RawAppSyncResolverEventsEvent,
 * } from '@evt/appsync';
 *
 * export const handler = async (raw: RawAppSyncResolverEventsEvent) => {
 *   const info = new AppSyncResolverEventsEvent(raw).info;
 *   console.log(info.operation, info.channelNamespaceName, info.channelSegments);
 *   return null;
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/context-reference.html
 */
export class AppSyncResolverEventsInfo extends EventWrapper<RawAppSyncResolverEventsInfo> {
  static override readonly typeName: string = 'AppSyncResolverEventsInfo';

  /**
   * The channel of the operation (`channel`), `{ path, segments }`: the raw object, not
   * copied.
   */
  get channel(): Readonly<Record<string, unknown>> {
    return requireObject(
      this,
      this.raw.channel as object | null | undefined,
      'channel'
    ) as Readonly<Record<string, unknown>>;
  }

  /** The channel's path, e.g. `/chat/room-1` (`channel.path`). */
  get channelPath(): string {
    return requireString(
      this,
      requireObject(this, this.raw.channel, 'channel').path,
      'channel.path'
    );
  }

  /** The segments of the channel's path, e.g. `['chat', 'room-1']` (`channel.segments`). */
  get channelSegments(): readonly string[] {
    return requireStringArray(
      this,
      requireObject(this, this.raw.channel, 'channel').segments,
      'channel.segments'
    );
  }

  /** The channel namespace of the operation (`channelNamespace`), `{ name }`: the raw object, not copied. */
  get channelNamespace(): Readonly<Record<string, unknown>> {
    return requireObject(
      this,
      this.raw.channelNamespace as object | null | undefined,
      'channelNamespace'
    ) as Readonly<Record<string, unknown>>;
  }

  /** The name of the channel namespace (`channelNamespace.name`). */
  get channelNamespaceName(): string {
    return requireString(
      this,
      requireObject(this, this.raw.channelNamespace, 'channelNamespace').name,
      'channelNamespace.name'
    );
  }

  /**
   * What the operation does, `PUBLISH` or `SUBSCRIBE` (`operation`).
   *
   * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when it is not one
   * of the two.
   */
  get operation(): AppSyncEventsOperation {
    const operation = optionalStringOf(
      this,
      this.raw.operation,
      'operation',
      OPERATIONS
    );
    if (operation === undefined) {
      throw fieldError(this, 'operation', 'string', this.raw.operation);
    }
    return operation;
  }
}

/**
 * Wrapper for the event that AWS AppSync Events sends to a Lambda function that a channel
 * namespace integrates directly (`DIRECT` handler behavior), when a client publishes to a
 * channel or subscribes to one. `TPayload` types the payloads of
 * {@link AppSyncResolverEventsEvent.events}; it is not checked at runtime.
 *
 * Answer a publish with {@link buildPublishResponse} (the events to broadcast, or an error
 * per event), a subscribe with `null` to allow it or {@link buildErrorResponse} to refuse
 * it.
 *
 * @example
 * ```ts
 * import {
 *   AppSyncResolverEventsEvent,
 *   buildErrorResponse,
 *   buildPublishResponse,
 *   type RawAppSyncResolverEventsEvent,
 * } from '@evt/appsync';
 *
 * interface Message {
 *   text: string;
 * }
 *
 * export const handler = async (raw: RawAppSyncResolverEventsEvent<Message>) => {
 *   const event = new AppSyncResolverEventsEvent(raw);
 *   if (event.info.operation === 'SUBSCRIBE') {
 *     return event.identity ? null : buildErrorResponse('Sign in to subscribe');
 *   }
 *   return buildPublishResponse(
 *     event.events.map(({ id, payload }) =>
 *       payload.text.length > 500
 *         ? { id, error: 'Message too long' }
 *         : { id, payload }
 *     )
 *   );
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/context-reference.html
 */
export class AppSyncResolverEventsEvent<
  TPayload = unknown,
> extends AppSyncEventBase<RawAppSyncResolverEventsEvent<TPayload>> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'AppSyncResolverEventsEvent';

  #events?: AppSyncEventsIncomingEvent<TPayload>[];
  #info?: AppSyncResolverEventsInfo;

  /**
   * The published events, in order (`events`). Empty array for a subscribe operation
   * (AppSync sends `null`).
   */
  get events(): AppSyncEventsIncomingEvent<TPayload>[] {
    return (this.#events ??= wrapEachOrEmpty(
      this,
      'events',
      AppSyncEventsIncomingEvent<TPayload>
    ));
  }

  /**
   * The errors the namespace's handlers have reported so far (`outErrors`), as they are in
   * the event. Empty array when the event has none, as for a Lambda integration.
   */
  get outErrors(): readonly unknown[] {
    return arrayOrEmpty(this, this.raw.outErrors, 'outErrors');
  }

  /** What AppSync tells the handler about the operation: channel, namespace, operation (`info`). */
  get info(): AppSyncResolverEventsInfo {
    return (this.#info ??= child(this, 'info', AppSyncResolverEventsInfo));
  }
}
