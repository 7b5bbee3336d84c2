import { type } from 'arktype';
import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  EventWrapper,
  type GetterName,
  type InferSchemaOutput,
  type RawTumblingWindowBatch,
  type StandardSchemaV1,
  type TumblingWindowBatch,
  type ValidationError,
} from '../src/index';
import { type Line, Order, order } from './fixtures';

interface Total {
  total: number;
}

describe('parse types', () => {
  const event = new Order(order);

  it('returns the output type of a zod, valibot or arktype schema', () => {
    expectTypeOf(
      event.parse('jsonBody', z.object({ total: z.number() }))
    ).toEqualTypeOf<Total>();
    expectTypeOf(
      event.parse('jsonBody', v.object({ total: v.number() }))
    ).toEqualTypeOf<Total>();
    expectTypeOf(
      event.parse('jsonBody', type({ total: 'number' }))
    ).toEqualTypeOf<Total>();
  });

  it('returns the output type, not the input type, of a transforming schema', () => {
    const Doubled = z.object({ total: z.string() }).transform(Number);

    expectTypeOf(event.parse('jsonBody', Doubled)).toEqualTypeOf<number>();
  });

  it('resolves parseAsync to the output type', () => {
    expectTypeOf(
      event.parseAsync(
        'id',
        z.string().refine(async () => true)
      )
    ).toEqualTypeOf<Promise<string>>();
  });

  it('accepts only the getters of the wrapper it is called on', () => {
    const line = event.lines[0] as Line;

    expectTypeOf<GetterName<Line>>().toEqualTypeOf<
      'sku' | 'quantity' | 'note' | 'rawEvent'
    >();
    line.parse('quantity', z.number());
    // @ts-expect-error: a getter of Order, not of Line
    line.parse('jsonBody', z.number());
    // @ts-expect-error: a misspelt getter
    event.parse('jsonBdy', z.number());
    // @ts-expect-error: a method
    event.parse('toJSON', z.number());
    // @ts-expect-error: the protected raw value
    event.parse('raw', z.number());
  });

  it('takes only a Standard Schema', () => {
    // @ts-expect-error: a plain validator function
    event.parse('id', (value: unknown) => typeof value === 'string');
    expectTypeOf<typeof z.string>().not.toExtend<StandardSchemaV1>();
    expectTypeOf<z.ZodString>().toExtend<StandardSchemaV1<string>>();
    expectTypeOf<
      InferSchemaOutput<StandardSchemaV1<string, number>>
    >().toEqualTypeOf<number>();
  });

  it('keeps a wrapper typed by `this` assignable to EventWrapper', () => {
    // What every getter does when it hands `this` to a reader of the kit.
    class Wrapped<TRaw extends object> extends EventWrapper<TRaw> {
      get self(): EventWrapper {
        return this;
      }
    }

    expectTypeOf<Wrapped<object>['self']>().toEqualTypeOf<EventWrapper>();
    expectTypeOf<
      TumblingWindowBatch<RawTumblingWindowBatch<{ n: number }>, { n: number }>
    >().toExtend<EventWrapper>();
  });

  it('types the issues of a ValidationError', () => {
    expectTypeOf<
      ValidationError['issues'][number]['message']
    >().toEqualTypeOf<string>();
  });
});
