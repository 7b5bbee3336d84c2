import type { DeepPartial } from '@evt/core/testing';
import { loadEvent } from '@evt/tooling-config/events';
import { patchEvent, thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  buildBatchResponse,
  DynamoDBNumber,
  type DynamoDBRecord,
  DynamoDBStreamEvent,
  EvtError,
  MissingFieldError,
  type RawDynamoDBStreamEvent,
} from '../src/index';
import {
  createDynamoDBStreamEvent,
  type SampleDynamoDBRecord,
} from '../src/testing';

const load = (name = 'dynamodb-stream-event'): DynamoDBStreamEvent =>
  new DynamoDBStreamEvent(loadEvent<RawDynamoDBStreamEvent>(name));

/** The sequence numbers a response reports, in order. */
const reported = (response: {
  batchItemFailures: { itemIdentifier: string }[];
}): string[] =>
  response.batchItemFailures.map((failure) => failure.itemIdentifier);

/**
 * A batch of `size` order inserts from one shard of a table's stream, with rising 28-digit
 * sequence numbers as DynamoDB Streams writes them.
 */
function shardBatch(size: number): DynamoDBStreamEvent {
  const first = 4421584500000000017450439091n;
  return new DynamoDBStreamEvent(
    createDynamoDBStreamEvent({
      items: Array.from({ length: size }, (_, index) => ({
        pk: `order-${index}`,
        total: new DynamoDBNumber(`${index}.50`),
      })),
      keyAttributes: ['pk'],
      records: Array.from(
        { length: size },
        (_, index): DeepPartial<SampleDynamoDBRecord> => ({
          eventName: 'INSERT',
          dynamodb: {
            SequenceNumber: (first + BigInt(index) * 4096n).toString(),
          },
        })
      ),
    })
  );
}

describe('buildBatchResponse', () => {
  it('returns the sequence number of each failed record', () => {
    const records = load().records;

    const response = buildBatchResponse(records.slice(1));

    expect(response).toEqual({
      batchItemFailures: [{ itemIdentifier: '222' }, { itemIdentifier: '333' }],
    });
  });

  it('reports every failure of a 50-record batch, in the order given', () => {
    const records = shardBatch(50).records;
    const failed = [records[33], records[7]] as DynamoDBRecord[];

    const response = buildBatchResponse(failed);

    // Lambda checkpoints at the lowest (records[7]) and retries from there.
    expect(reported(response)).toEqual([
      '4421584500000000017450574259',
      '4421584500000000017450467763',
    ]);
    expect(records[7]?.dynamodb?.sequenceNumber).toBe(
      '4421584500000000017450467763'
    );
  });

  it('takes sequence numbers as strings', () => {
    expect(reported(buildBatchResponse(['111', '333']))).toEqual([
      '111',
      '333',
    ]);
  });

  it('returns an empty list when nothing failed', () => {
    expect(buildBatchResponse([])).toEqual({ batchItemFailures: [] });
  });

  it('spreads next to the state of a tumbling window', () => {
    const event = load('dynamodb-stream-event.window');

    const response = {
      state: { count: 1 },
      ...buildBatchResponse(event.records),
    };

    expect(response).toEqual({
      state: { count: 1 },
      batchItemFailures: event.records.map((record) => ({
        itemIdentifier: record.dynamodb?.sequenceNumber,
      })),
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError for a record without SequenceNumber', () => {
      const record = new DynamoDBStreamEvent(
        patchEvent<RawDynamoDBStreamEvent>('dynamodb-stream-event', (event) => {
          Object.assign(event.Records[2]?.dynamodb as object, {
            SequenceNumber: undefined,
          });
        })
      ).records[2] as DynamoDBRecord;

      const error = thrownBy(() => buildBatchResponse([record]));

      expect(error).toBeInstanceOf(MissingFieldError);
      expect((error as Error).message).toBe(
        'DynamoDBStreamEvent: Records[2].dynamodb.SequenceNumber is missing'
      );
    });

    it('throws MissingFieldError for a record without dynamodb', () => {
      const record = new DynamoDBStreamEvent(
        patchEvent<RawDynamoDBStreamEvent>('dynamodb-stream-event', (event) => {
          Object.assign(event.Records[0] as object, { dynamodb: undefined });
        })
      ).records[0] as DynamoDBRecord;

      const error = thrownBy(() => buildBatchResponse([record]));

      expect(error).toBeInstanceOf(MissingFieldError);
      expect((error as Error).message).toBe(
        'DynamoDBStreamEvent: Records[0].dynamodb is missing'
      );
    });
  });

  describe('misuse', () => {
    /** Calls `buildBatchResponse` with anything, as untyped JavaScript callers can. */
    const build = (failures: unknown) =>
      buildBatchResponse(failures as Iterable<string>);

    it('throws TypeError when failures is a single string', () => {
      const error = thrownBy(() => build('111'));

      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(EvtError);
      expect((error as Error).message).toBe(
        'buildBatchResponse: failures must be an iterable of sequence number strings or records, got string'
      );
    });

    it('throws TypeError naming an item that is neither a string nor a record', () => {
      const error = thrownBy(() => build([111]));

      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(
        'buildBatchResponse: failures[0] must be a sequence number string or an object with a string dynamodb.sequenceNumber, got number 111'
      );
    });

    it.each([
      [[{ dynamodb: {} }]],
      [[{ dynamodb: { SequenceNumber: '111' } }]],
      [[{ eventID: '1' }]],
    ])(
      "throws TypeError naming the record's sequence number for %j",
      (failures) => {
        const error = thrownBy(() => build(failures));

        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toBe(
          'buildBatchResponse: failures[0].dynamodb.sequenceNumber must be a sequence number string, got undefined'
        );
      }
    );
  });
});
