import { ValidationError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  KinesisStreamEvent,
  type KinesisStreamRecordPayload,
  type RawKinesisStreamEvent,
} from '../src/index';
import { createKinesisStreamEvent } from '../src/testing';

// A thermostat reading, as the producer of the sample's first record writes it.
const Reading = z.object({
  sensor: z.string(),
  temperature: z.number(),
  unit: z.enum(['C', 'F']),
});

const payloads = (raw: RawKinesisStreamEvent): KinesisStreamRecordPayload[] =>
  new KinesisStreamEvent(raw).records.map((record) => record.kinesis);

describe('KinesisStreamRecordPayload', () => {
  describe('parse', () => {
    it('returns the decoded reading a zod schema accepts', () => {
      const [first] = payloads(
        loadEvent<RawKinesisStreamEvent>('kinesis-stream-event.json-data')
      );

      const reading = first?.parse('dataAsJson', Reading);

      expect(reading).toEqual({
        sensor: 'thermostat-12',
        temperature: 21.5,
        unit: 'C',
      });
      expectTypeOf(reading?.unit).toEqualTypeOf<'C' | 'F' | undefined>();
    });

    it('rejects a record that is not a reading, naming Records[1].kinesis.data', () => {
      const [, second] = payloads(
        loadEvent<RawKinesisStreamEvent>('kinesis-stream-event.json-data')
      );

      const error = expectEvtError(
        () => second?.parse('dataAsJson', Reading),
        ValidationError,
        'KinesisStreamEvent: Records[1].kinesis.data does not match the schema: 3 issues'
      );

      expect(error.issues.map((issue) => issue.path?.[0])).toEqual([
        'sensor',
        'temperature',
        'unit',
      ]);
    });

    it('names the same raw field for the decoded text', () => {
      const [first] = payloads(
        createKinesisStreamEvent({ text: 'temperature=90' })
      );

      expect(first?.parse('dataAsText', z.string().includes('='))).toBe(
        'temperature=90'
      );
      expectEvtError(
        () => first?.parse('dataAsText', z.string().includes(':')),
        ValidationError,
        'KinesisStreamEvent: Records[0].kinesis.data does not match the schema: 1 issue'
      );
    });
  });
});
