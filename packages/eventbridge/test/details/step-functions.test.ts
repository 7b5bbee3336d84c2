import { describe, expect, it } from 'vitest';
import type {
  StepFunctionsExecutionStatusChangeDetail,
  StepFunctionsExecutionStatusChangeDetailType,
} from '../../src/index';
import { serviceEvent } from './helpers';

describe('StepFunctionsExecutionStatusChangeDetail', () => {
  it('reads a failed execution, its input and why it failed', () => {
    const event = serviceEvent<
      StepFunctionsExecutionStatusChangeDetail,
      StepFunctionsExecutionStatusChangeDetailType
    >('step-functions-execution');
    const { detail } = event;

    expect(event.source).toBe('aws.states');
    expect(event.detailType).toBe('Step Functions Execution Status Change');
    expect(detail).toEqual({
      executionArn:
        'arn:aws:states:us-east-1:123456789012:execution:order-fulfilment:7c6e5d4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f',
      stateMachineArn:
        'arn:aws:states:us-east-1:123456789012:stateMachine:order-fulfilment',
      name: '7c6e5d4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f',
      status: 'FAILED',
      startDate: 1715690526847,
      stopDate: 1715690541881,
      input: '{"orderId":"o-1042"}',
      inputDetails: { included: true },
      output: null,
      outputDetails: null,
      error: 'States.TaskFailed',
      cause: 'Payment declined for order o-1042',
    });
    expect(JSON.parse(detail.input ?? 'null')).toEqual({ orderId: 'o-1042' });
  });
});
