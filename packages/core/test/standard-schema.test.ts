import { loadEvent } from '@evt/tooling-config/events';
import { counted, expectEvtError, thrownBy } from '@evt/tooling-config/testing';
import { type } from 'arktype';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BaseProxyEvent,
  DecodeError,
  EventBridgeEnvelope,
  EvtError,
  type RawEventBridgeEnvelope,
  type RawProxyEventBase,
  type RawTumblingWindowBatch,
  type StandardSchemaV1,
  TumblingWindowBatch,
  ValidationError,
} from '../src/index';
import { Order, order, type RawOrder } from './fixtures';

// The same schemas in each library: an order line whose quantity must be a number.
const Line = {
  zod: z.object({ sku: z.string(), quantity: z.number() }),
  valibot: v.object({ sku: v.string(), quantity: v.number() }),
  arktype: type({ sku: 'string', quantity: 'number' }),
};
const Total = {
  zod: z.object({ total: z.number() }),
  valibot: v.object({ total: v.number() }),
  arktype: type({ total: 'number' }),
};
const libraries = ['zod', 'valibot', 'arktype'] as const;

/** The issues a schema reports for a value, straight from the library. */
function issuesOf(schema: StandardSchemaV1, value: unknown): unknown {
  const result = schema['~standard'].validate(value);
  return 'issues' in result ? result.issues : undefined;
}

/** A Standard Schema that validates asynchronously, with the outcome given. */
function asyncSchema(
  outcome: () => Promise<{ value: unknown } | { issues: { message: string }[] }>
): StandardSchemaV1 {
  return {
    '~standard': { version: 1, vendor: 'test', validate: () => outcome() },
  };
}

function orderWith(body: string): Order {
  return new Order({ ...order, body });
}

class EC2Event extends EventBridgeEnvelope<
  RawEventBridgeEnvelope & { detail: object }
> {
  static override readonly typeName: string = 'EC2Event';
}

interface RawWindowed extends RawTumblingWindowBatch<Record<string, number>> {
  Records: unknown[];
}

class Windowed extends TumblingWindowBatch<
  RawWindowed,
  Record<string, number>
> {
  static override readonly typeName: string = 'Windowed';
}

describe('EventWrapper', () => {
  describe('parse', () => {
    it.each(libraries)('returns the %s schema output for the getter', (lib) => {
      const parsed = new Order(order).parse('jsonBody', Total[lib]);

      expect(parsed).toEqual({ total: 42 });
    });

    it('returns the output, not the value read, when the schema transforms', () => {
      const Doubled = z
        .object({ total: z.number() })
        .transform(({ total }) => total * 2);

      const parsed = new Order(order).parse('jsonBody', Doubled);

      expect(parsed).toBe(84);
    });

    it.each(libraries)(
      'throws a ValidationError naming the raw path, with the %s issues',
      (lib) => {
        const line = new Order({
          ...order,
          lines: [
            { sku: 'A-1', quantity: 2 },
            { sku: 'B-2', quantity: '5' },
          ],
        } as never).lines[1];

        const error = expectEvtError(
          () => line?.parse('rawEvent', Line[lib]),
          ValidationError,
          'Order: lines[1] does not match the schema: 1 issue'
        );

        expect(error).toBeInstanceOf(EvtError);
        expect(error.className).toBe('Order');
        expect(error.path).toBe('lines[1]');
        expect(error.issues).toEqual(
          issuesOf(Line[lib], { sku: 'B-2', quantity: '5' })
        );
        expect([...(error.issues[0]?.path ?? [])]).toEqual(
          lib === 'valibot'
            ? [expect.objectContaining({ key: 'quantity' })]
            : ['quantity']
        );
      }
    );

    it('names the raw field a decoded getter reads, not the getter', () => {
      const event = orderWith('{"total":"42"}');

      expectEvtError(
        () => event.parse('jsonBody', Total.zod),
        ValidationError,
        'Order: body does not match the schema: 1 issue'
      );
    });

    it('counts the issues in the message and never quotes the value', () => {
      const event = orderWith('{"total":"hunter2","currency":7}');
      const Priced = z.object({ total: z.number(), currency: z.string() });

      const error = expectEvtError(
        () => event.parse('jsonBody', Priced),
        ValidationError,
        'Order: body does not match the schema: 2 issues'
      );

      expect(error.issues).toHaveLength(2);
    });

    it('keeps the issues out of what a logger serialises', () => {
      const error = thrownBy(() =>
        orderWith('{"total":"hunter2"}').parse('jsonBody', Total.valibot)
      ) as ValidationError;

      expect(error.issues[0]).toMatchObject({ input: 'hunter2' });
      expect(Object.keys(error)).not.toContain('issues');
      expect(JSON.stringify(error)).not.toContain('hunter2');
    });

    it('names the base64 field behind decodedBody and jsonBody', () => {
      const event = new BaseProxyEvent(
        loadEvent<RawProxyEventBase>('api-gateway-proxy-event.base64')
      );

      expect(event.parse('decodedBody', z.string())).toBe(
        '{"file":"report.pdf","size":1024}'
      );
      expectEvtError(
        () =>
          event.parse(
            'jsonBody',
            z.object({ file: z.string(), size: z.string() })
          ),
        ValidationError,
        'BaseProxyEvent: body does not match the schema: 1 issue'
      );
    });

    it('names a raw key only where the getter’s name holds it as whole words', () => {
      // `sonBody` and `jsonBo` are longer than `body` and inside `jsonBody`, but start or end
      // inside a word of it.
      const event = new Order({
        ...order,
        body: '{"total":"42"}',
        sonBody: '',
        jsonBo: '',
      } as RawOrder);

      expectEvtError(
        () => event.parse('jsonBody', Total.zod),
        ValidationError,
        'Order: body does not match the schema: 1 issue'
      );
    });

    it('names dashed raw keys (detail-type, replay-name)', () => {
      const event = new EC2Event(
        loadEvent<RawEventBridgeEnvelope & { detail: object }>(
          'event-bridge-event.replay'
        )
      );

      expect(
        event.parse(
          'detailType',
          z.literal('EC2 Instance State-change Notification')
        )
      ).toBe('EC2 Instance State-change Notification');
      expectEvtError(
        () => event.parse('detailType', z.literal('Order Placed')),
        ValidationError,
        'EC2Event: detail-type does not match the schema: 1 issue'
      );
      expectEvtError(
        () => event.parse('replayName', z.undefined()),
        ValidationError,
        'EC2Event: replay-name does not match the schema: 1 issue'
      );
    });

    it('names the state of a tumbling window', () => {
      const event = new Windowed(
        loadEvent<RawWindowed>('kinesis-stream-event.tumbling-window')
      );

      expect(event.parse('state', z.record(z.string(), z.number()))).toEqual({
        1: 282,
        2: 715,
      });
      expectEvtError(
        () => event.parse('state', z.array(z.number())),
        ValidationError,
        'Windowed: state does not match the schema: 1 issue'
      );
    });

    it('names the whole event for rawEvent, and the getter when it reads no field by name', () => {
      const event = new Order(order);

      expectEvtError(
        () => event.parse('rawEvent', z.string()),
        ValidationError,
        'Order does not match the schema: 1 issue'
      );
      expectEvtError(
        () => event.parse('extras', z.string()),
        ValidationError,
        'Order: extras does not match the schema: 1 issue'
      );
    });

    it('lets the getter’s own errors through', () => {
      expectEvtError(
        () => orderWith('<xml/>').parse('jsonBody', Total.zod),
        DecodeError,
        "Order: body is not valid JSON: Unexpected token '<'"
      );
    });

    it('reads the getter once: its value is cached as usual', () => {
      const parse = counted(JSON.parse);
      const event = new BaseProxyEvent(
        loadEvent<RawProxyEventBase>('api-gateway-proxy-event'),
        { jsonDeserializer: parse }
      );
      const Pet = z.object({ name: z.string(), species: z.string() });

      event.parse('jsonBody', Pet);
      const pet = event.parse('jsonBody', Pet);

      expect(pet).toEqual({ name: 'Rex', species: 'dog' });
      expect(parse.calls).toBe(1);
    });

    it('throws a TypeError naming a member that is not a getter', () => {
      const event = new Order(order) as unknown as {
        parse(member: string, schema: StandardSchemaV1): unknown;
      };

      for (const member of ['jsonBdy', 'toJSON', 'get', 'raw', 'constructor']) {
        expect(() => event.parse(member, Total.zod)).toThrow(
          new TypeError('parse: member must be a getter of Order, got string')
        );
      }
    });

    it('throws a TypeError when the schema is not a Standard Schema', () => {
      const event = new Order(order);
      const notSchemas: [unknown, string][] = [
        [{}, 'object'],
        [null, 'null'],
        [(value: unknown) => value, 'function'],
        [
          { '~standard': { version: 2, validate: () => ({ value: 1 }) } },
          'object',
        ],
        [{ '~standard': { version: 1 } }, 'object'],
      ];

      for (const [schema, kind] of notSchemas) {
        expect(() => event.parse('jsonBody', schema as never)).toThrow(
          new TypeError(`parse: schema must be a Standard Schema, got ${kind}`)
        );
      }
    });

    it('throws a TypeError for an async schema, and leaves no rejection unhandled', async () => {
      const event = new Order(order);
      const rejecting = asyncSchema(() => Promise.reject(new Error('offline')));
      const Refined = z.object({ total: z.number() }).refine(async () => true);

      for (const schema of [rejecting, Refined]) {
        expect(() => event.parse('jsonBody', schema)).toThrow(
          new TypeError('parse: schema is async; use parseAsync')
        );
      }
      // An unhandled rejection of the first schema's promise would fail the run.
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  });

  describe('parseAsync', () => {
    it('waits for a thenable that is not a native promise', async () => {
      const late = { issues: [{ message: 'late' }] };
      const thenable = asyncSchema(
        () =>
          ({
            // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose
            then: (resolve: (result: unknown) => void) => resolve(late),
          }) as never
      );

      expect(() => new Order(order).parse('jsonBody', thenable)).toThrow(
        new TypeError('parse: schema is async; use parseAsync')
      );
      const error = await new Order(order)
        .parseAsync('jsonBody', thenable)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe(
        'Order: body does not match the schema: 1 issue'
      );
    });

    it('resolves to the output of an async schema', async () => {
      const Refined = z
        .object({ total: z.number() })
        .refine(async ({ total }) => total > 0);

      await expect(
        new Order(order).parseAsync('jsonBody', Refined)
      ).resolves.toEqual({ total: 42 });
    });

    it('resolves to the output of a synchronous schema', async () => {
      await expect(
        new Order(order).parseAsync('jsonBody', Total.valibot)
      ).resolves.toEqual({ total: 42 });
    });

    it('rejects with a ValidationError naming the raw path', async () => {
      const Checked = v.pipeAsync(
        v.object({ total: v.number() }),
        v.checkAsync(async ({ total }) => total < 10, 'too large')
      );

      const error = await new Order(order)
        .parseAsync('jsonBody', Checked)
        .catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe(
        'Order: body does not match the schema: 1 issue'
      );
      expect((error as ValidationError).issues[0]?.message).toBe('too large');
    });

    it('rejects, rather than throws, on a misused argument or a failing getter', async () => {
      const event = orderWith('<xml/>') as unknown as {
        parseAsync(member: string, schema: unknown): Promise<unknown>;
      };

      const calls = [
        () => event.parseAsync('nope', Total.zod),
        () => event.parseAsync('jsonBody', {}),
        () => event.parseAsync('jsonBody', Total.zod),
      ];

      await expect(calls[0]?.()).rejects.toThrow(
        new TypeError(
          'parseAsync: member must be a getter of Order, got string'
        )
      );
      await expect(calls[1]?.()).rejects.toThrow(
        new TypeError(
          'parseAsync: schema must be a Standard Schema, got object'
        )
      );
      await expect(calls[2]?.()).rejects.toThrow(DecodeError);
    });
  });
});
