// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  AppSyncAuthorizerEvent,
  AppSyncAuthorizerEventRequestContext,
  type RawAppSyncAuthorizerEvent,
  type RawAppSyncAuthorizerEventRequestContext,
} from './app-sync-authorizer-event';
export {
  AppSyncAuthorizerResponse,
  type AppSyncAuthorizerResponseDict,
  type AppSyncAuthorizerResponseOptions,
} from './app-sync-authorizer-response';
export {
  AppSyncEventBase,
  type RawAppSyncEventBase,
  type RawAppSyncPrev,
  type RawAppSyncRequest,
} from './app-sync-event-base';
export {
  type AppSyncEventsBroadcastEvent,
  type AppSyncEventsErrorResponse,
  type AppSyncEventsEventError,
  type AppSyncEventsOutgoingEvent,
  type AppSyncEventsPublishResponse,
  buildErrorResponse,
  buildPublishResponse,
} from './app-sync-events-response';
export {
  type AppSyncAuthType,
  type AppSyncCallerIdentity,
  AppSyncIdentity,
  type AppSyncIdentityCognito,
  type AppSyncIdentityIAM,
  type AppSyncIdentityLambda,
  type AppSyncIdentityOIDC,
  type RawAppSyncIdentity,
} from './app-sync-identity';
export {
  AppSyncResolverEvent,
  AppSyncResolverEventInfo,
  type RawAppSyncResolverEvent,
  type RawAppSyncResolverEventInfo,
} from './app-sync-resolver-event';
export {
  AppSyncEventsIncomingEvent,
  type AppSyncEventsOperation,
  AppSyncResolverEventsEvent,
  AppSyncResolverEventsInfo,
  type RawAppSyncEventsChannel,
  type RawAppSyncEventsChannelNamespace,
  type RawAppSyncEventsIncomingEvent,
  type RawAppSyncResolverEventsEvent,
  type RawAppSyncResolverEventsInfo,
} from './app-sync-resolver-events-event';
export {
  isAppSyncAuthorizerEvent,
  isAppSyncBatchResolverEvent,
  isAppSyncResolverEvent,
  isAppSyncResolverEventsEvent,
} from './guards';
export {
  awsDate,
  awsDatetime,
  awsTime,
  awsTimestamp,
  makeId,
} from './scalar-types';
