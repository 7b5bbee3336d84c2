import { argumentError, isObject, nonEmptyStringArgument } from '@evt/core';

/**
 * One item of a publish answer: a published event to broadcast (its `id` and the payload to
 * send, changed or not), or the error of one published event. A published event left out
 * is not broadcast.
 *
 * @typeParam TPayload The payload broadcast.
 */
export type AppSyncEventsOutgoingEvent<TPayload = unknown> =
  | {
      /** The ID of the published event this item answers. */
      readonly id: string;
      /** The payload to broadcast. */
      readonly payload: TPayload;
      /** Absent: an item with a payload has no error. */
      readonly error?: undefined;
    }
  | {
      /** The ID of the published event this item answers. */
      readonly id: string;
      /** Why the event was not broadcast; AppSync reports it to the publisher. */
      readonly error: string;
      /** Absent: an item with an error has no payload. */
      readonly payload?: undefined;
    };

/**
 * A published event to broadcast, as a publish answer holds it.
 *
 * @typeParam TPayload The payload broadcast.
 */
export interface AppSyncEventsBroadcastEvent<TPayload = unknown> {
  /** The ID of the published event. */
  id: string;
  /** The payload to broadcast. */
  payload: TPayload;
}

/** A published event that is not broadcast, with why, as a publish answer holds it. */
export interface AppSyncEventsEventError {
  /** The ID of the published event. */
  id: string;
  /** Why the event was not broadcast. */
  error: string;
}

/**
 * The answer to a publish exactly as AppSync Events reads it: the events to broadcast, and
 * the errors of those that are not.
 *
 * @typeParam TPayload The payload broadcast.
 */
export interface AppSyncEventsPublishResponse<TPayload = unknown> {
  /** One item per answered event, in the order given. */
  events: (AppSyncEventsBroadcastEvent<TPayload> | AppSyncEventsEventError)[];
}

/**
 * An error answer exactly as AppSync Events reads it: to a subscribe, it refuses the
 * subscription; to a publish, it fails the whole request.
 */
export interface AppSyncEventsErrorResponse {
  /** What went wrong. */
  error: string;
}

const PUBLISH = 'buildPublishResponse';

/**
 * Builds the answer to a publish (`{ events: [...] }`) from the events to broadcast, each
 * `{ id, payload }`, and the errors of those that failed, each `{ id, error }`. A published
 * event left out is not broadcast; `buildPublishResponse(event.events)` broadcasts every
 * event as it was published.
 *
 * @typeParam TPayload The payload broadcast.
 * @param events The items of the answer, in order.
 * @returns A new plain object, `{ events: [{ id, payload } | { id, error }, ...] }`.
 * @throws {TypeError} when `events` is not an iterable (or is a string), or an item is not an
 * object with a non-empty string `id` and exactly one of a `payload` or a non-empty string
 * `error` (programmer errors).
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
 *     event.events.map(({ id, payload }) =>
 *       payload.text.trim() === ''
 *         ? { id, error: 'Empty message' }
 *         : { id, payload: { text: payload.text.trim() } }
 *     )
 *   );
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export function buildPublishResponse<TPayload = unknown>(
  events: Iterable<AppSyncEventsOutgoingEvent<TPayload>>
): AppSyncEventsPublishResponse<TPayload> {
  if (
    typeof events === 'string' ||
    typeof (events as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !==
      'function'
  ) {
    throw argumentError(PUBLISH, 'events', 'an iterable of events', events);
  }
  const answered: AppSyncEventsPublishResponse<TPayload>['events'] = [];
  let index = 0;
  for (const item of events as Iterable<unknown>) {
    const at = `events[${index++}]`;
    if (!isObject(item)) throw argumentError(PUBLISH, at, 'an object', item);
    const id = nonEmptyStringArgument(PUBLISH, `${at}.id`, item.id);
    const { error, payload } = item;
    if (error === undefined) {
      if (payload === undefined) {
        throw new TypeError(
          `${PUBLISH}: ${at} must have a payload or an error, got neither`
        );
      }
      answered.push({ id, payload: payload as TPayload });
    } else if (payload === undefined) {
      answered.push({
        id,
        error: nonEmptyStringArgument(PUBLISH, `${at}.error`, error),
      });
    } else {
      throw new TypeError(
        `${PUBLISH}: ${at} must have a payload or an error, got both`
      );
    }
  }
  return { events: answered };
}

/**
 * Builds an error answer (`{ error }`): to a subscribe, it refuses the subscription (answer
 * `null` to allow it); to a publish, it fails the whole request and nothing is broadcast.
 *
 * @param message What went wrong.
 * @returns A new plain object, `{ error: message }`.
 * @throws {TypeError} when `message` is not a non-empty string (a programmer error).
 * @example
 * ```ts
 * import {
 *   AppSyncResolverEventsEvent,
 *   buildErrorResponse,
 *   type RawAppSyncResolverEventsEvent,
 * } from '@evt/appsync';
 *
 * export const handler = async (raw: RawAppSyncResolverEventsEvent) => {
 *   const event = new AppSyncResolverEventsEvent(raw);
 *   const [namespace, room] = event.info.channelSegments;
 *   return namespace === 'chat' && room !== 'admin'
 *     ? null
 *     : buildErrorResponse('Unknown channel');
 * };
 * ```
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export function buildErrorResponse(
  message: string
): AppSyncEventsErrorResponse {
  return {
    error: nonEmptyStringArgument('buildErrorResponse', 'message', message),
  };
}
