import { loadEvent } from '@evt/tooling-config/events';
import { thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  buildBatchResponse,
  EvtError,
  MissingFieldError,
  type RawSQSEvent,
  SQSEvent,
} from '../src/index';

/** Calls `buildBatchResponse` with anything, as untyped JavaScript callers can. */
const build = (failures: unknown) =>
  buildBatchResponse(failures as Iterable<string>);

/** Asserts that `read` throws a plain `TypeError` (not an `EvtError`) with exactly `message`. */
function expectTypeError(read: () => unknown, message: string): void {
  const error = thrownBy(read);

  expect(error).toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(EvtError);
  expect((error as Error).message).toBe(message);
}

// K3: misuse used to escape as a bare property-access TypeError, or to build a failure without
// an itemIdentifier, which Lambda reads as a failure of the whole batch.
describe('buildBatchResponse', () => {
  describe('with an item that is not a failure', () => {
    it('throws TypeError naming the function and the position when an item is null', () => {
      expectTypeError(
        () => build([null]),
        'buildBatchResponse: failures[0] must be a message id string or an object with a string messageId, got null'
      );
    });

    it('throws TypeError when an object has no messageId', () => {
      expectTypeError(
        () => build(['a', {}]),
        'buildBatchResponse: failures[1].messageId must be a message id string, got undefined'
      );
    });

    it('throws TypeError when messageId is not a string', () => {
      expectTypeError(
        () => build([{ messageId: 42 }]),
        'buildBatchResponse: failures[0].messageId must be a message id string, got number 42'
      );
    });

    it.each([
      ['undefined', undefined],
      ['number 7', 7],
      ['array', ['a']],
      ['boolean', true],
    ])('throws TypeError when an item is %s', (kind, item) => {
      expectTypeError(
        () => build(['a', 'b', item]),
        `buildBatchResponse: failures[2] must be a message id string or an object with a string messageId, got ${kind}`
      );
    });

    it('counts positions through any iterable', () => {
      function* failures(): Generator<unknown> {
        yield 'a';
        yield { messageId: 'b' };
        yield null;
      }

      expectTypeError(
        () => build(failures()),
        'buildBatchResponse: failures[2] must be a message id string or an object with a string messageId, got null'
      );
    });

    it('does not echo the item in the message', () => {
      const error = thrownBy(() =>
        build([{ messageId: ['secret-token\nforged line'] }])
      );

      expect((error as Error).message).toBe(
        'buildBatchResponse: failures[0].messageId must be a message id string, got array'
      );
    });
  });

  describe('with failures that are not a list', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['number 1', 1],
      ['object', { messageId: 'a' }],
      ['string', 'message-id'],
    ])('throws TypeError naming failures when it is %s', (kind, failures) => {
      expectTypeError(
        () => build(failures),
        `buildBatchResponse: failures must be an iterable of message id strings or records, got ${kind}`
      );
    });
  });

  describe('with valid failures', () => {
    it('returns an itemIdentifier for every failure', () => {
      const records = new SQSEvent(loadEvent<RawSQSEvent>('sqs-event')).records;

      const response = buildBatchResponse(
        new Set(['x', records[0] as { messageId: string }])
      );

      expect(response).toEqual({
        batchItemFailures: [
          { itemIdentifier: 'x' },
          { itemIdentifier: '059f36b4-87a3-44ab-83d2-661975830a7d' },
        ],
      });
    });

    it('throws MissingFieldError for a record without a messageId', () => {
      const raw = loadEvent<RawSQSEvent>('sqs-event');
      const record = new SQSEvent({
        Records: [{ ...raw.Records[0], messageId: undefined }],
      } as unknown as RawSQSEvent).records[0] as { messageId: string };

      const error = thrownBy(() => buildBatchResponse([record]));

      expect(error).toBeInstanceOf(MissingFieldError);
      expect((error as Error).message).toBe(
        'SQSEvent: Records[0].messageId is missing'
      );
    });
  });
});
