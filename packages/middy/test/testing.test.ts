import middy from '@middy/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLambdaContext } from '../src/testing';

describe('createLambdaContext', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the fields Lambda sets for a function', () => {
    const context = createLambdaContext();

    expect({ ...context }).toEqual({
      callbackWaitsForEmptyEventLoop: true,
      functionName: 'my-function',
      functionVersion: '$LATEST',
      invokedFunctionArn:
        'arn:aws:lambda:us-east-1:123456789012:function:my-function',
      memoryLimitInMB: '128',
      awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      logGroupName: '/aws/lambda/my-function',
      logStreamName: '2026/01/01/[$LATEST]2f2e2a3b4c5d6e7f8091a2b3c4d5e6f7',
      getRemainingTimeInMillis: expect.any(Function),
      done: expect.any(Function),
      fail: expect.any(Function),
      succeed: expect.any(Function),
    });
    expect(context.done()).toBeUndefined();
    expect(context.fail('reason')).toBeUndefined();
    expect(context.succeed('message')).toBeUndefined();
  });

  it('names the ARN and log group after an overridden function name', () => {
    const context = createLambdaContext({
      functionName: 'orders',
      awsRequestId: 'req-1',
    });

    expect(context.invokedFunctionArn).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:orders'
    );
    expect(context.logGroupName).toBe('/aws/lambda/orders');
    expect(context.awsRequestId).toBe('req-1');
  });

  it('counts the remaining time down to zero', () => {
    vi.useFakeTimers();
    const context = createLambdaContext({ remainingTimeInMillis: 1000 });

    expect(context.getRemainingTimeInMillis()).toBe(1000);
    vi.advanceTimersByTime(400);
    expect(context.getRemainingTimeInMillis()).toBe(600);
    vi.advanceTimersByTime(5000);
    expect(context.getRemainingTimeInMillis()).toBe(0);
  });

  it("drives Middy's early timeout like Lambda's context", async () => {
    let aborted = false;
    const handler = middy().handler(
      (_event: unknown, _context, { signal }) =>
        new Promise(() => {
          signal.addEventListener('abort', () => {
            aborted = true;
          });
        })
    );

    await expect(
      handler({}, createLambdaContext({ remainingTimeInMillis: 20 }))
    ).rejects.toThrow('[AbortError]: The operation was aborted.');
    expect(aborted).toBe(true);
  });

  it('rejects a remaining time that is not a non-negative number', () => {
    for (const [remainingTimeInMillis, found] of [
      [-1, 'number -1'],
      [Number.NaN, 'number NaN'],
      ['10', 'string'],
    ]) {
      expect(() =>
        createLambdaContext({
          remainingTimeInMillis: remainingTimeInMillis as number,
        })
      ).toThrow(
        new TypeError(
          `createLambdaContext: overrides.remainingTimeInMillis must be a non-negative number of milliseconds, got ${found}`
        )
      );
    }
  });
});
