import { loadEvent } from '@evt/tooling-config/events';
import { patchEvent, thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  buildBatchResponse,
  EvtError,
  MissingFieldError,
  type RawSQSEvent,
  SQSEvent,
  type SQSRecord,
} from '../src/index';
import { createSQSEvent } from '../src/testing';

const load = (name = 'sqs-event'): RawSQSEvent => loadEvent<RawSQSEvent>(name);

/** The message IDs a response reports, in order. */
const reported = (response: {
  batchItemFailures: { itemIdentifier: string }[];
}): string[] =>
  response.batchItemFailures.map((failure) => failure.itemIdentifier);

// The FIFO batch: six messages of `orders.fifo`, in delivery order, with their groups.
//   0 customer-1 (order 1001 created)   3 customer-2 (order 2001 paid)
//   1 customer-2 (order 2001 created)   4 customer-1 (order 1001 shipped)
//   2 customer-1 (order 1001 paid)      5 customer-3 (order 3001 created)
const fifoEvent = (): SQSEvent<{ orderId: string; step: string }> =>
  new SQSEvent(load('sqs-event.fifo-batch'));

const idsOf = (records: readonly SQSRecord<unknown>[]): string[] =>
  records.map((record) => record.messageId);

describe('buildBatchResponse', () => {
  describe('without the event', () => {
    it('returns one failure per message ID', () => {
      const response = buildBatchResponse(['a', 'b']);

      expect(response).toEqual({
        batchItemFailures: [{ itemIdentifier: 'a' }, { itemIdentifier: 'b' }],
      });
    });

    it('takes records and reads their message IDs', () => {
      const records = new SQSEvent(load()).records;

      const response = buildBatchResponse(records.slice(1));

      expect(response).toEqual({
        batchItemFailures: [
          { itemIdentifier: '2e1424d4-f796-459a-8184-9c92662be6da' },
        ],
      });
    });

    it('returns an empty list when nothing failed', () => {
      expect(buildBatchResponse([])).toEqual({ batchItemFailures: [] });
    });

    it('reports a FIFO failure alone: without the event it cannot see the group', () => {
      const records = fifoEvent().records;

      const response = buildBatchResponse([records[0] as SQSRecord]);

      expect(reported(response)).toEqual(idsOf(records.slice(0, 1)));
    });
  });

  describe('with the event of a standard queue', () => {
    it('returns the failures in the batch order, each once', () => {
      const event = new SQSEvent(load());
      const [first, second] = idsOf(event.records);

      const response = buildBatchResponse([second, first, second] as string[], {
        event,
      });

      expect(reported(response)).toEqual([first, second]);
    });

    it('does not add messages that share a group on a standard queue', () => {
      // A standard queue with message groups (fair queues) has no ordering to keep.
      const event = new SQSEvent(
        patchEvent<RawSQSEvent>('sqs-event.fifo-batch', (raw) => {
          for (const record of raw.Records) {
            record.eventSourceARN = 'arn:aws:sqs:us-east-2:123456789012:orders';
          }
        })
      );

      const response = buildBatchResponse([event.records[0] as SQSRecord], {
        event,
      });

      expect(reported(response)).toEqual(idsOf(event.records.slice(0, 1)));
    });

    it('returns an empty list when nothing failed', () => {
      const event = new SQSEvent(load());

      expect(buildBatchResponse([], { event })).toEqual({
        batchItemFailures: [],
      });
    });
  });

  describe('with the event of a FIFO queue', () => {
    it('adds every later message of the failed message group', () => {
      const event = fifoEvent();
      const records = event.records;

      const response = buildBatchResponse([records[0] as SQSRecord], { event });

      // customer-1: messages 0, 2 and 4; the other groups go on.
      expect(reported(response)).toEqual(
        idsOf([records[0], records[2], records[4]] as SQSRecord[])
      );
    });

    it('keeps the earlier messages of the group, which succeeded', () => {
      const event = fifoEvent();
      const records = event.records;

      const response = buildBatchResponse([records[2] as SQSRecord], { event });

      expect(reported(response)).toEqual(
        idsOf([records[2], records[4]] as SQSRecord[])
      );
    });

    it('handles failures in several groups, given as IDs in any order', () => {
      const event = fifoEvent();
      const ids = idsOf(event.records);

      const response = buildBatchResponse(
        [ids[5], ids[3], ids[2]] as string[],
        {
          event,
        }
      );

      expect(reported(response)).toEqual([ids[2], ids[3], ids[4], ids[5]]);
    });

    it('reports a failure of the last message of its group alone', () => {
      const event = fifoEvent();
      const ids = idsOf(event.records);

      const response = buildBatchResponse([ids[4] as string], { event });

      expect(reported(response)).toEqual([ids[4]]);
    });

    it('reports what a handler that skips failed groups leaves to retry', () => {
      const event = fifoEvent();
      const failedGroups = new Set<string>();
      const failed: SQSRecord[] = [];
      const processed: string[] = [];
      for (const record of event.records) {
        const group = record.attributes.messageGroupId as string;
        if (failedGroups.has(group)) continue;
        if (
          record.jsonBody.step === 'paid' &&
          record.jsonBody.orderId === '1001'
        ) {
          failedGroups.add(group);
          failed.push(record);
          continue;
        }
        processed.push(record.messageId);
      }

      const response = buildBatchResponse(failed, { event });

      const ids = idsOf(event.records);
      expect(processed).toEqual([ids[0], ids[1], ids[3], ids[5]]);
      expect(reported(response)).toEqual([ids[2], ids[4]]);
    });

    it('fails a whole group of a 20-message batch built by createSQSEvent', () => {
      const raw = createSQSEvent({
        fifo: true,
        bodies: Array.from({ length: 20 }, (_, index) => ({ index })),
      });
      const patched = {
        Records: raw.Records.map((record, index) => ({
          ...record,
          attributes: {
            ...record.attributes,
            MessageGroupId: `group-${index % 4}`,
          },
        })),
      };
      const event = new SQSEvent(patched);
      const ids = idsOf(event.records);

      const response = buildBatchResponse([ids[9] as string], { event });

      // group-1 holds messages 1, 5, 9, 13 and 17; 9 failed.
      expect(reported(response)).toEqual([ids[9], ids[13], ids[17]]);
    });
  });

  describe('misuse of options.event', () => {
    /** Asserts that `read` throws a plain `TypeError` (not an `EvtError`) with `message`. */
    function expectTypeError(read: () => unknown, message: string): void {
      const error = thrownBy(read);

      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(EvtError);
      expect((error as Error).message).toBe(message);
    }

    it('throws TypeError when a failure is not a message of the event', () => {
      const event = fifoEvent();
      const [first] = idsOf(event.records);

      expectTypeError(
        () => buildBatchResponse([first as string, 'not-in-batch'], { event }),
        'buildBatchResponse: failures[1] must be a message of options.event, got a message id the event does not hold'
      );
    });

    it.each([
      ['null', null, 'null'],
      ['the raw event', { Records: [] }, 'object'],
      ['a string', 'event', 'string'],
    ])('throws TypeError when the event is %s', (_, event, found) => {
      expectTypeError(
        () => buildBatchResponse([], { event: event as unknown as SQSEvent }),
        `buildBatchResponse: options.event must be an SQSEvent, got ${found}`
      );
    });

    it('ignores options without an event', () => {
      expect(buildBatchResponse(['a'], {})).toEqual({
        batchItemFailures: [{ itemIdentifier: 'a' }],
      });
    });

    it('throws MissingFieldError when a record of the event has no eventSourceARN', () => {
      const event = new SQSEvent(
        patchEvent<RawSQSEvent>('sqs-event', (raw) => {
          Object.assign(raw.Records[1] as object, {
            eventSourceARN: undefined,
          });
        })
      );

      const error = thrownBy(() => buildBatchResponse([], { event }));

      expect(error).toBeInstanceOf(MissingFieldError);
      expect((error as Error).message).toBe(
        'SQSEvent: Records[1].eventSourceARN is missing'
      );
    });
  });
});
