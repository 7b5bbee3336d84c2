import { describe, expectTypeOf, it } from 'vitest';
import {
  EventBridgeEvent,
  type RawEventBridgeEvent,
  type StepFunctionsExecutionStatus,
  type StepFunctionsExecutionStatusChangeDetail,
  type StepFunctionsExecutionStatusChangeDetailType,
} from '../../src/index';
import execution from '../events/event-bridge-event.step-functions-execution.json';
import type { Undeclared, Widened } from './detail-types';

describe('StepFunctionsExecutionStatusChangeDetail', () => {
  it('fits the documented sample', () => {
    expectTypeOf(execution.detail).toExtend<
      Widened<StepFunctionsExecutionStatusChangeDetail>
    >();
    expectTypeOf<
      Undeclared<
        typeof execution.detail,
        StepFunctionsExecutionStatusChangeDetail
      >
    >().toEqualTypeOf<never>();
  });

  it('types the detail and detail type of the wrapped event', () => {
    const event = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        StepFunctionsExecutionStatusChangeDetail,
        StepFunctionsExecutionStatusChangeDetailType
      >
    );

    expectTypeOf(
      event.detailType
    ).toEqualTypeOf<'Step Functions Execution Status Change'>();
    expectTypeOf(
      event.detail.status
    ).toEqualTypeOf<StepFunctionsExecutionStatus>();
    expectTypeOf(event.detail.stopDate).toEqualTypeOf<number | null>();
    expectTypeOf(event.detail.output).toEqualTypeOf<string | null>();
  });
});
