import { describe, expectTypeOf, it } from 'vitest';
import {
  type BatchJobStateChangeDetail,
  type BatchJobStateChangeDetailType,
  type BatchJobStatus,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import job from '../events/event-bridge-event.batch-job.json';
import type { Undeclared, Widened } from './detail-types';

describe('BatchJobStateChangeDetail', () => {
  it('fits the documented sample', () => {
    expectTypeOf(job.detail).toExtend<Widened<BatchJobStateChangeDetail>>();
    expectTypeOf<
      Undeclared<typeof job.detail, BatchJobStateChangeDetail>
    >().toEqualTypeOf<never>();
  });

  it('types the detail and detail type of the wrapped event', () => {
    const event = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        BatchJobStateChangeDetail,
        BatchJobStateChangeDetailType
      >
    );

    expectTypeOf(event.detailType).toEqualTypeOf<'Batch Job State Change'>();
    expectTypeOf(event.detail.status).toEqualTypeOf<BatchJobStatus>();
    expectTypeOf(event.detail.createdAt).toEqualTypeOf<number | undefined>();
  });
});
