import { describe, expectTypeOf, it } from 'vitest';
import {
  EventBridgeEvent,
  type GlueJobState,
  type GlueJobStateChangeDetail,
  type GlueJobStateChangeDetailType,
  type RawEventBridgeEvent,
} from '../../src/index';
import job from '../events/event-bridge-event.glue-job.json';
import type { Undeclared, Widened } from './detail-types';

describe('GlueJobStateChangeDetail', () => {
  it('fits the documented sample', () => {
    expectTypeOf(job.detail).toExtend<Widened<GlueJobStateChangeDetail>>();
    expectTypeOf<
      Undeclared<typeof job.detail, GlueJobStateChangeDetail>
    >().toEqualTypeOf<never>();
  });

  it('types the detail and detail type of the wrapped event', () => {
    const event = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        GlueJobStateChangeDetail,
        GlueJobStateChangeDetailType
      >
    );

    expectTypeOf(event.detailType).toEqualTypeOf<'Glue Job State Change'>();
    expectTypeOf(event.detail.state).toEqualTypeOf<GlueJobState>();
    expectTypeOf<GlueJobState>().toEqualTypeOf<
      'SUCCEEDED' | 'FAILED' | 'TIMEOUT' | 'STOPPED'
    >();
  });
});
