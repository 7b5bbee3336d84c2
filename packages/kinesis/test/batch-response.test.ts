import { loadEvent } from '@evt/tooling-config/events';
import { patchEvent, thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  buildBatchResponse,
  EvtError,
  KinesisStreamEvent,
  type KinesisStreamRecord,
  MissingFieldError,
  type RawKinesisStreamEvent,
  type RawKinesisStreamRecord,
} from '../src/index';
import { createKinesisStreamEvent } from '../src/testing';

const load = (name = 'kinesis-stream-event'): RawKinesisStreamEvent =>
  loadEvent<RawKinesisStreamEvent>(name);

/** The sequence numbers a response reports, in order. */
const reported = (response: {
  batchItemFailures: { itemIdentifier: string }[];
}): string[] =>
  response.batchItemFailures.map((failure) => failure.itemIdentifier);

/**
 * A batch of `size` JSON readings from one shard, as Lambda reads it: rising 56-digit
 * sequence numbers, each record's `eventID` naming its shard and sequence number.
 */
function shardBatch(size: number): KinesisStreamEvent<{ reading: number }> {
  const [template] = load().Records as [RawKinesisStreamRecord];
  const first = 49590338271490256608559692538361571095921575989136588898n;
  const records = Array.from({ length: size }, (_, index) => {
    const sequenceNumber = (
      first +
      BigInt(index) * 2564131663402632533937n
    ).toString();
    return {
      ...template,
      kinesis: { ...template.kinesis, sequenceNumber },
      eventID: `shardId-000000000006:${sequenceNumber}`,
    };
  });
  return new KinesisStreamEvent(
    createKinesisStreamEvent({ records, json: { reading: 21 } })
  );
}

describe('buildBatchResponse', () => {
  it('returns the sequence number of each failed record', () => {
    const [first, second] = new KinesisStreamEvent(load()).records;

    const response = buildBatchResponse([second as KinesisStreamRecord]);

    expect(response).toEqual({
      batchItemFailures: [
        {
          itemIdentifier:
            '49590338271490256608559692540925702759324208523137515618',
        },
      ],
    });
    expect(first?.kinesis.sequenceNumber).not.toBe(
      response.batchItemFailures[0]?.itemIdentifier
    );
  });

  it('reports every failure of a 100-record shard batch, in the order given', () => {
    const records = shardBatch(100).records;
    const failed = [
      records[71],
      records[12],
      records[40],
    ] as KinesisStreamRecord[];

    const response = buildBatchResponse(failed);

    // Lambda checkpoints at the lowest (records[12]) and retries from there.
    expect(reported(response)).toEqual(
      failed.map((record) => record.kinesis.sequenceNumber)
    );
    expect(reported(response)[1]).toBe(records[12]?.kinesis.sequenceNumber);
  });

  it('takes sequence numbers as strings', () => {
    const response = buildBatchResponse([
      '49590338271490256608559692538361571095921575989136588898',
    ]);

    expect(reported(response)).toEqual([
      '49590338271490256608559692538361571095921575989136588898',
    ]);
  });

  it('takes the raw records Lambda sent', () => {
    const raw = load();

    const response = buildBatchResponse(raw.Records);

    expect(reported(response)).toEqual(
      raw.Records.map((record) => record.kinesis.sequenceNumber)
    );
  });

  it('returns an empty list when nothing failed', () => {
    expect(buildBatchResponse([])).toEqual({ batchItemFailures: [] });
  });

  it('spreads next to the state of a tumbling window', () => {
    const event = new KinesisStreamEvent<unknown, { total: number }>(
      load('kinesis-stream-event.tumbling-window')
    );

    const response = {
      state: { total: 3 },
      ...buildBatchResponse(event.records.slice(1)),
    };

    expect(response).toEqual({
      state: { total: 3 },
      batchItemFailures: event.records
        .slice(1)
        .map((record) => ({ itemIdentifier: record.kinesis.sequenceNumber })),
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError for a record without a sequence number', () => {
      const record = new KinesisStreamEvent(
        patchEvent<RawKinesisStreamEvent>('kinesis-stream-event', (event) => {
          Object.assign(event.Records[1]?.kinesis as object, {
            sequenceNumber: undefined,
          });
        })
      ).records[1] as KinesisStreamRecord;

      const error = thrownBy(() => buildBatchResponse([record]));

      expect(error).toBeInstanceOf(MissingFieldError);
      expect((error as Error).message).toBe(
        'KinesisStreamEvent: Records[1].kinesis.sequenceNumber is missing'
      );
    });
  });

  describe('misuse', () => {
    /** Calls `buildBatchResponse` with anything, as untyped JavaScript callers can. */
    const build = (failures: unknown) =>
      buildBatchResponse(failures as Iterable<string>);

    it.each([
      [
        'a single string',
        '49590338271490256608559692538361571095921575989136588898',
        'string',
      ],
      ['null', null, 'null'],
      ['a record', { kinesis: { sequenceNumber: '1' } }, 'object'],
    ])('throws TypeError when failures is %s', (_, failures, kind) => {
      const error = thrownBy(() => build(failures));

      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(EvtError);
      expect((error as Error).message).toBe(
        `buildBatchResponse: failures must be an iterable of sequence number strings or records, got ${kind}`
      );
    });

    it.each([
      [[''], 'an empty string'],
      [[7], 'number 7'],
    ])('throws TypeError naming the item for %j', (failures, found) => {
      const error = thrownBy(() => build(failures));

      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(
        `buildBatchResponse: failures[0] must be a sequence number string or an object with a string kinesis.sequenceNumber, got ${found}`
      );
    });

    it.each([
      [[{ kinesis: {} }], 'undefined'],
      [[{ sequenceNumber: '1' }], 'undefined'],
      [[{ kinesis: { sequenceNumber: '' } }], 'an empty string'],
    ])(
      "throws TypeError naming the record's sequence number for %j",
      (failures, found) => {
        const error = thrownBy(() => build(failures));

        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toBe(
          `buildBatchResponse: failures[0].kinesis.sequenceNumber must be a sequence number string, got ${found}`
        );
      }
    );
  });
});
