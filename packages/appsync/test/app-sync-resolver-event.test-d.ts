import { describe, expectTypeOf, it } from 'vitest';
import {
  AppSyncResolverEvent,
  type AppSyncResolverEventRecord,
} from '../src/index';
import { createAppSyncResolverEvent } from '../src/testing';

describe('AppSyncResolverEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new AppSyncResolverEvent<{ id: string }>(
      createAppSyncResolverEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      AppSyncResolverEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
