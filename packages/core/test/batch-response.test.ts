import { thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import { type BatchItemIdentity, toBatchResponse } from '../src/index';

// A stand-in for a stream record: the identifier sits one level down, as in Kinesis.
interface StreamRecord {
  readonly kinesis?: { readonly sequenceNumber?: unknown } | null;
}

const bySequenceNumber: BatchItemIdentity<StreamRecord> = {
  identify: (record) => record.kinesis?.sequenceNumber,
  noun: 'sequence number',
  field: 'kinesis.sequenceNumber',
};

// Two sequence numbers of one shard, as Kinesis writes them (56 digits).
const FIRST = '49590338271490256608559692538361571095921575989136588898';
const SECOND = '49590338271490256608559692540925702759324208523137515618';

/** Calls `toBatchResponse` with anything, as untyped JavaScript callers can. */
function build(failures: unknown): unknown {
  return toBatchResponse(failures as Iterable<string>, bySequenceNumber);
}

describe('toBatchResponse', () => {
  it('returns one failure per record, reading the identifier with identify', () => {
    const records = [
      { kinesis: { sequenceNumber: FIRST } },
      { kinesis: { sequenceNumber: SECOND } },
    ];

    const response = toBatchResponse(records, bySequenceNumber);

    expect(response).toEqual({
      batchItemFailures: [
        { itemIdentifier: FIRST },
        { itemIdentifier: SECOND },
      ],
    });
  });

  it('keeps identifier strings and records in the order given', () => {
    const response = toBatchResponse(
      [SECOND, { kinesis: { sequenceNumber: FIRST } }],
      bySequenceNumber
    );

    expect(
      response.batchItemFailures.map((failure) => failure.itemIdentifier)
    ).toEqual([SECOND, FIRST]);
  });

  it('reads any iterable once, e.g. a Set', () => {
    const response = toBatchResponse(new Set([FIRST]), bySequenceNumber);

    expect(response).toEqual({
      batchItemFailures: [{ itemIdentifier: FIRST }],
    });
  });

  it('returns an empty list when nothing failed', () => {
    expect(toBatchResponse([], bySequenceNumber)).toEqual({
      batchItemFailures: [],
    });
  });

  describe('misuse', () => {
    it.each([
      ['a single string', FIRST, 'string'],
      ['an empty string', '', 'an empty string'],
      ['undefined', undefined, 'undefined'],
      ['null', null, 'null'],
      ['a number', 3, 'number 3'],
      ['a plain object', { kinesis: {} }, 'object'],
    ])('throws TypeError when failures is %s', (_, failures, kind) => {
      const error = thrownBy(() => build(failures));

      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(
        `buildBatchResponse: failures must be an iterable of sequence number strings or records, got ${kind}`
      );
    });

    it.each([
      [[null], 0, 'null'],
      [[FIRST, 7], 1, 'number 7'],
      [[''], 0, 'an empty string'],
      [[FIRST, SECOND, []], 2, 'array'],
    ])(
      'throws TypeError naming the item for %j',
      (failures, position, found) => {
        const error = thrownBy(() => build(failures));

        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toBe(
          `buildBatchResponse: failures[${position}] must be a sequence number string or an object with a string kinesis.sequenceNumber, got ${found}`
        );
      }
    );

    it.each([
      [[{ kinesis: null }], 0, 'undefined'],
      [[FIRST, { kinesis: { sequenceNumber: 12 } }], 1, 'number 12'],
      [[{ kinesis: { sequenceNumber: '' } }], 0, 'an empty string'],
    ])(
      "throws TypeError naming the record's identifier for %j",
      (failures, position, found) => {
        const error = thrownBy(() => build(failures));

        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toBe(
          `buildBatchResponse: failures[${position}].kinesis.sequenceNumber must be a sequence number string, got ${found}`
        );
      }
    );

    it('lets an error thrown while reading an identifier through', () => {
      const broken = new Error('the record is broken');
      const identity: BatchItemIdentity<object> = {
        identify: () => {
          throw broken;
        },
        noun: 'id',
        field: 'id',
      };

      expect(thrownBy(() => toBatchResponse([{}], identity))).toBe(broken);
    });
  });
});
