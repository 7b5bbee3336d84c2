import { ValidationError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import { type } from 'arktype';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  DecodeError,
  EvtError,
  type RawSQSEvent,
  SQSEvent,
  type SQSRecord,
} from '../src/index';
import { createSQSEvent } from '../src/testing';

// The order schema of an SQS consumer, in each Standard Schema library.
const Order = {
  zod: z.object({ orderId: z.string(), quantity: z.number().int() }),
  valibot: v.object({
    orderId: v.string(),
    quantity: v.pipe(v.number(), v.integer()),
  }),
  arktype: type({ orderId: 'string', quantity: 'number.integer' }),
};

// Two orders; the second has the quantity as a string, as a hand-built producer sends it.
const orders = (): SQSEvent =>
  new SQSEvent(
    createSQSEvent({
      bodies: [
        { orderId: 'o-1', quantity: 5 },
        { orderId: 'o-2', quantity: '5' },
      ],
    })
  );

const record = (event: SQSEvent, index: number): SQSRecord =>
  event.records[index] as SQSRecord;

describe('SQSRecord', () => {
  describe('parse', () => {
    it.each(['zod', 'valibot', 'arktype'] as const)(
      'returns the order a %s schema accepts',
      (lib) => {
        const order = record(orders(), 0).parse('jsonBody', Order[lib]);

        expect(order).toEqual({ orderId: 'o-1', quantity: 5 });
        expectTypeOf(order).toEqualTypeOf<{
          orderId: string;
          quantity: number;
        }>();
      }
    );

    it.each(['zod', 'valibot', 'arktype'] as const)(
      'rejects quantity "5" with %s, naming Records[1].body',
      (lib) => {
        const error = expectEvtError(
          () => record(orders(), 1).parse('jsonBody', Order[lib]),
          ValidationError,
          'SQSEvent: Records[1].body does not match the schema: 1 issue'
        );

        expect(error).toBeInstanceOf(EvtError);
        expect(error.className).toBe('SQSEvent');
        expect(error.path).toBe('Records[1].body');
        expect(error.issues).toHaveLength(1);
        expect(
          Array.from(error.issues[0]?.path ?? [], (step) =>
            typeof step === 'object' ? step.key : step
          )
        ).toEqual(['quantity']);
      }
    );

    it('names the body for a schema on the raw text', () => {
      const raw = loadEvent<RawSQSEvent>('sqs-event');

      expect(
        record(new SQSEvent(raw), 0).parse('body', z.string().min(1))
      ).toBe('Test message.');
      expectEvtError(
        () =>
          record(new SQSEvent(raw), 1).parse(
            'body',
            z.string().startsWith('{')
          ),
        ValidationError,
        'SQSEvent: Records[1].body does not match the schema: 1 issue'
      );
    });

    it('reports a body that is not JSON as a DecodeError, before any schema runs', () => {
      const event = new SQSEvent(loadEvent<RawSQSEvent>('sqs-event'));

      expectEvtError(
        () => record(event, 0).parse('jsonBody', Order.zod),
        DecodeError,
        "SQSEvent: Records[0].body is not valid JSON: Unexpected token 'T'"
      );
    });
  });
});

describe('SQSRecordAttributes', () => {
  describe('parse', () => {
    it('coerces the receive count, naming its raw attribute on failure', () => {
      const attributes = record(orders(), 0).attributes;

      expect(
        attributes.parse('approximateReceiveCount', z.coerce.number().int())
      ).toBe(1);
      expectEvtError(
        () => attributes.parse('approximateReceiveCount', z.literal('2')),
        ValidationError,
        'SQSEvent: Records[0].attributes.ApproximateReceiveCount does not match the schema: 1 issue'
      );
    });
  });
});
