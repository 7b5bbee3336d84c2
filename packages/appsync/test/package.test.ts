import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/appsync', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/appsync');
  });

  it('exports exactly its wrappers, builders, scalar helpers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'AppSyncAuthorizerEvent',
        'AppSyncAuthorizerEventRequestContext',
        'AppSyncAuthorizerResponse',
        'AppSyncEventBase',
        'AppSyncEventsIncomingEvent',
        'AppSyncIdentity',
        'AppSyncResolverEvent',
        'AppSyncResolverEventInfo',
        'AppSyncResolverEventsEvent',
        'AppSyncResolverEventsInfo',
        'awsDate',
        'awsDatetime',
        'awsTime',
        'awsTimestamp',
        'buildErrorResponse',
        'buildPublishResponse',
        'DecodeError',
        'isAppSyncAuthorizerEvent',
        'isAppSyncBatchResolverEvent',
        'isAppSyncResolverEvent',
        'isAppSyncResolverEventsEvent',
        'EvtError',
        'FieldTypeError',
        'makeId',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
      ].sort()
    );
  });

  it('exports exactly its testing factories from ./testing', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'createAppSyncAuthorizerEvent',
      'createAppSyncResolverEvent',
      'createAppSyncResolverEventBatch',
      'createAppSyncResolverEventsEvent',
    ]);
  });
});
