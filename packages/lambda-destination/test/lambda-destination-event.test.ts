import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  LambdaDestinationEvent,
  MissingFieldError,
  type RawLambdaDestinationEvent,
} from '../src/index';
import { createLambdaDestinationEvent } from '../src/testing';

const UNHANDLED = 'lambda-destination-event';
const SUCCESS = 'lambda-destination-event.success';
const HANDLED = 'lambda-destination-event.handled-error';

const load = (name = UNHANDLED): RawLambdaDestinationEvent =>
  loadEvent<RawLambdaDestinationEvent>(name);

const wrap = (name?: string): LambdaDestinationEvent =>
  new LambdaDestinationEvent(load(name));

const patched = (
  patch: (record: Record<string, unknown>) => void
): LambdaDestinationEvent =>
  new LambdaDestinationEvent(
    patchEvent<RawLambdaDestinationEvent>(UNHANDLED, (record) =>
      patch(record as unknown as Record<string, unknown>)
    )
  );

const withFunctionArn = (functionArn: string): LambdaDestinationEvent =>
  patched((record) => {
    (record.requestContext as Record<string, unknown>).functionArn =
      functionArn;
  });

describe('LambdaDestinationEvent', () => {
  describe('on the documented unhandled failure', () => {
    it('returns every field', () => {
      const raw = load();
      const record = new LambdaDestinationEvent(raw);

      expect(record.version).toBe('1.0');
      expect(record.timestamp).toBe('2019-11-14T18:16:05.568Z');
      expect(record.timestampAsDate.toISOString()).toBe(
        '2019-11-14T18:16:05.568Z'
      );
      expect(record.requestPayload).toEqual({
        ORDER_IDS: [
          '9e07af03-ce31-4ff3-xmpl-36dce652cb4f',
          '637de236-e7b2-464e-xmpl-baf57f86bb53',
          'a81ddca6-2c35-45c7-xmpl-c3a03a31ed15',
        ],
      });
      expect(record.requestPayload).toBe(raw.requestPayload);
      expect(record.responsePayload).toEqual({
        errorMessage:
          'RequestId: e4b46cbf-b738-xmpl-8880-a18cdf61200e Process exited before completing request',
      });
      expect(record.isSuccess).toBe(false);
      expect(record.isFailure).toBe(true);
      expect(record.functionName).toBe('my-function');
      expect(record.result).toBeUndefined();
    });

    it('reads the request context', () => {
      const context = wrap().requestContext;

      expect(context.requestId).toBe('e4b46cbf-b738-xmpl-8880-a18cdf61200e');
      expect(context.functionArn).toBe(
        'arn:aws:lambda:us-east-1:123456789012:function:my-function:$LATEST'
      );
      expect(context.condition).toBe('RetriesExhausted');
      expect(context.approximateInvokeCount).toBe(3);
      expect(context.functionName).toBe('my-function');
      expect(context.functionQualifier).toBe('$LATEST');
    });

    it('reads the response context', () => {
      const context = wrap().responseContext;

      expect(context.statusCode).toBe(200);
      expect(context.executedVersion).toBe('$LATEST');
      expect(context.functionError).toBe('Unhandled');
    });

    it('reads the error, which has a message only', () => {
      const error = wrap().error;

      expect(error?.errorMessage).toBe(
        'RequestId: e4b46cbf-b738-xmpl-8880-a18cdf61200e Process exited before completing request'
      );
      expect(error?.errorType).toBeUndefined();
      expect(error?.stackTrace).toEqual([]);
    });
  });

  describe('on the documented handled failure', () => {
    it('reads the error with its type and stack trace', () => {
      const record = wrap(HANDLED);

      expect(record.responseContext.functionError).toBe('Handled');
      expect(record.error?.errorMessage).toBe(
        'Failure from event, Success = false, I am failing!'
      );
      expect(record.error?.errorType).toBe('Error');
      expect(record.error?.stackTrace).toEqual([
        'exports.handler (/var/task/index.js:18:18)',
      ]);
      expect(record.requestPayload).toEqual({ Success: false });
      expect(record.functionName).toBe('event-destinations');
    });
  });

  describe('on the documented success', () => {
    it('reads the result and no error', () => {
      const record = wrap(SUCCESS);

      expect(record.isSuccess).toBe(true);
      expect(record.isFailure).toBe(false);
      expect(record.requestContext.condition).toBe('Success');
      expect(record.requestContext.approximateInvokeCount).toBe(1);
      expect(record.responseContext.functionError).toBeUndefined();
      expect(record.result).toEqual({
        statusCode: 200,
        body: 'Success from event, Success = true',
      });
      expect(record.result).toBe(record.responsePayload);
      expect(record.error).toBeUndefined();
      expect(record.timestampAsDate.getTime()).toBe(
        Date.UTC(2019, 10, 24, 23, 8, 25, 651)
      );
    });
  });

  describe('an event that expired in the queue', () => {
    it('is a failure without a function error', () => {
      const record = patched((raw) => {
        raw.requestContext = {
          ...(raw.requestContext as object),
          condition: 'EventAgeExceeded',
          approximateInvokeCount: 1,
        };
        raw.responseContext = { statusCode: 200, executedVersion: '$LATEST' };
        delete raw.responsePayload;
      });

      expect(record.isFailure).toBe(true);
      expect(record.requestContext.condition).toBe('EventAgeExceeded');
      expect(record.error).toBeUndefined();
      expect(record.responsePayload).toBeUndefined();
      expect(record.result).toBeUndefined();
    });
  });

  describe('caching', () => {
    it('wraps the contexts and the error once', () => {
      const record = wrap(HANDLED);

      expect(record.requestContext).toBe(record.requestContext);
      expect(record.responseContext).toBe(record.responseContext);
      expect(record.error).toBe(record.error);
    });

    it('builds the timestamp Date once, reading the field once', () => {
      const readTimestamp = counted(() => '2019-11-14T18:16:05.568Z');
      const record = new LambdaDestinationEvent({
        ...load(),
        get timestamp() {
          return readTimestamp();
        },
      });

      const first = record.timestampAsDate;

      expect(record.timestampAsDate).toBe(first);
      expect(readTimestamp.calls).toBe(1);
    });

    it('parses the function ARN once, reading it once', () => {
      const readArn = counted(
        () => 'arn:aws:lambda:us-east-1:123456789012:function:my-function:live'
      );
      const raw = load();
      const context = new LambdaDestinationEvent({
        ...raw,
        requestContext: {
          ...raw.requestContext,
          get functionArn() {
            return readArn();
          },
        },
      }).requestContext;

      expect(context.functionName).toBe('my-function');
      expect(context.functionQualifier).toBe('live');
      expect(readArn.calls).toBe(1);
    });
  });

  describe('function ARN', () => {
    it('reads an unqualified ARN', () => {
      const context = withFunctionArn(
        'arn:aws:lambda:us-east-1:123456789012:function:my-function'
      ).requestContext;

      expect(context.functionName).toBe('my-function');
      expect(context.functionQualifier).toBeUndefined();
    });

    it('reads a version in another partition', () => {
      const context = withFunctionArn(
        'arn:aws-cn:lambda:cn-north-1:123456789012:function:orders:7'
      ).requestContext;

      expect(context.functionName).toBe('orders');
      expect(context.functionQualifier).toBe('7');
    });
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the documented unhandled failure', () => {
    const raw = createLambdaDestinationEvent();

    expect(raw).toEqual(load());
    expect(raw).not.toBe(createLambdaDestinationEvent());
  });

  it('builds each documented record', () => {
    expect(createLambdaDestinationEvent({ outcome: 'success' })).toEqual(
      load(SUCCESS)
    );
    expect(createLambdaDestinationEvent({ outcome: 'handled-error' })).toEqual(
      load(HANDLED)
    );
  });

  it('sets the payloads, the function and other fields', () => {
    const record = new LambdaDestinationEvent<
      { orderId: string },
      { invoiceId: string }
    >(
      createLambdaDestinationEvent({
        outcome: 'success',
        requestPayload: { orderId: 'o-1' },
        responsePayload: { invoiceId: 'i-9' },
        functionArn:
          'arn:aws:lambda:eu-west-1:123456789012:function:invoice:live',
        event: { requestContext: { approximateInvokeCount: 2 } },
      })
    );

    expect(record.requestPayload.orderId).toBe('o-1');
    expect(record.result?.invoiceId).toBe('i-9');
    expect(record.functionName).toBe('invoice');
    expect(record.requestContext.approximateInvokeCount).toBe(2);
    expect(record.requestContext.condition).toBe('Success');
  });

  it('throws TypeError naming an unknown outcome', () => {
    expect(() =>
      createLambdaDestinationEvent({ outcome: 'timeout' as never })
    ).toThrow(
      new TypeError(
        "createLambdaDestinationEvent: outcome must be 'success', 'unhandled-error' or 'handled-error', got string"
      )
    );
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming the request context when it is absent', () => {
    const record = patched((raw) => {
      delete raw.requestContext;
    });

    expectEvtError(
      () => record.isSuccess,
      MissingFieldError,
      'LambdaDestinationEvent: requestContext is missing'
    );
  });

  it('throws FieldTypeError naming the invoke count when it is not a number', () => {
    const record = patched((raw) => {
      (raw.requestContext as Record<string, unknown>).approximateInvokeCount =
        '3';
    });

    expectEvtError(
      () => record.requestContext.approximateInvokeCount,
      FieldTypeError,
      'LambdaDestinationEvent: requestContext.approximateInvokeCount must be number, got string'
    );
  });

  it('throws FieldTypeError when a function error has a payload that is not an object', () => {
    const record = patched((raw) => {
      raw.responsePayload = 'Process exited';
    });

    expectEvtError(
      () => record.error,
      FieldTypeError,
      'LambdaDestinationEvent: responsePayload must be object, got string'
    );
  });

  it('throws MissingFieldError when a function error has no payload', () => {
    const record = patched((raw) => {
      delete raw.responsePayload;
    });

    expectEvtError(
      () => record.error,
      MissingFieldError,
      'LambdaDestinationEvent: responsePayload is missing'
    );
  });

  it('throws FieldTypeError when the timestamp is not a date', () => {
    const record = patched((raw) => {
      raw.timestamp = 'yesterday';
    });

    expectEvtError(
      () => record.timestampAsDate,
      FieldTypeError,
      'LambdaDestinationEvent: timestamp must be an ISO 8601 date, got string'
    );
  });

  it('throws DecodeError naming the ARN when it is not a function ARN', () => {
    const message =
      'LambdaDestinationEvent: requestContext.functionArn is not valid Lambda function ARN: expected arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]';

    for (const arn of [
      'arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3',
      'arn:aws:sqs:us-east-1:123456789012:function:queue',
      'arn:aws:lambda:us-east-1:123456789012:function:',
      'arn:aws:lambda:us-east-1:123456789012:function:name:',
      'arn:aws:lambda:us-east-1:123456789012:function:name:live:extra',
      'my-function',
    ]) {
      expectEvtError(
        () => withFunctionArn(arn).functionName,
        DecodeError,
        message
      );
    }
  });
});
