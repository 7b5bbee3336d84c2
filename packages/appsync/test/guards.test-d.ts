import { expectTypeOf, it } from 'vitest';
import {
  isAppSyncAuthorizerEvent,
  isAppSyncBatchResolverEvent,
  isAppSyncResolverEvent,
  isAppSyncResolverEventsEvent,
  type RawAppSyncAuthorizerEvent,
  type RawAppSyncResolverEvent,
  type RawAppSyncResolverEventsEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isAppSyncResolverEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAppSyncResolverEvent>();
  if (isAppSyncBatchResolverEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAppSyncResolverEvent[]>();
  if (isAppSyncAuthorizerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAppSyncAuthorizerEvent>();
  if (isAppSyncResolverEventsEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawAppSyncResolverEventsEvent>();
});
