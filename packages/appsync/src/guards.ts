import { isObject } from '@evt/core';
import type { RawAppSyncAuthorizerEvent } from './app-sync-authorizer-event';
import type { RawAppSyncResolverEvent } from './app-sync-resolver-event';
import type { RawAppSyncResolverEventsEvent } from './app-sync-resolver-events-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is one AppSync GraphQL resolver invocation: it has `arguments`, and the field
 * it resolves (`info`, or `fieldName` at the top as Amplify sends it). A batch of them is
 * {@link isAppSyncBatchResolverEvent}.
 */
export function isAppSyncResolverEvent(
  raw: unknown
): raw is RawAppSyncResolverEvent {
  // Checked first: reading `arguments` of a function throws.
  if (!isObject(raw)) return false;
  const event = raw as Fields;
  return (
    isObject(event?.arguments) &&
    (isObject(event?.info) || typeof event?.fieldName === 'string')
  );
}

/**
 * Whether a value is a batch of AppSync resolver invocations (a batching resolver's input): a
 * non-empty array each of whose items {@link isAppSyncResolverEvent} accepts. Read it with
 * `AppSyncResolverEvent.batch`.
 */
export function isAppSyncBatchResolverEvent(
  raw: unknown
): raw is RawAppSyncResolverEvent[] {
  return (
    Array.isArray(raw) && raw.length > 0 && raw.every(isAppSyncResolverEvent)
  );
}

/**
 * Whether a value is the input of an AppSync Lambda authorizer: it has an
 * `authorizationToken`, the `requestHeaders` and a `requestContext`.
 */
export function isAppSyncAuthorizerEvent(
  raw: unknown
): raw is RawAppSyncAuthorizerEvent {
  const event = raw as Fields;
  return (
    typeof event?.authorizationToken === 'string' &&
    isObject(event.requestHeaders) &&
    isObject(event.requestContext)
  );
}

/**
 * Whether a value is an AppSync Events API handler invocation: its `info` names the `channel`
 * and the `operation` (`PUBLISH` or `SUBSCRIBE`).
 */
export function isAppSyncResolverEventsEvent(
  raw: unknown
): raw is RawAppSyncResolverEventsEvent {
  const info = (raw as Fields)?.info as Fields;
  return isObject(info?.channel) && typeof info?.operation === 'string';
}
