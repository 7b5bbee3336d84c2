import { describe, expectTypeOf, it } from 'vitest';
import type { Undeclared, Widened } from './detail-types';

interface Detail {
  name: string;
  state: 'on' | 'off';
  items?: { id: number; tags?: string[] | undefined }[] | undefined;
  bag?: { [key: string]: unknown } | undefined;
}

describe('the detail type checks', () => {
  it('widen literal types as a JSON import does', () => {
    expectTypeOf<Widened<Detail['state']>>().toEqualTypeOf<string>();
    expectTypeOf({ name: 'a', state: 'on' }).toExtend<Widened<Detail>>();
    expectTypeOf({ name: 'a' }).not.toExtend<Widened<Detail>>();
    expectTypeOf({ name: 'a', state: 1 }).not.toExtend<Widened<Detail>>();
  });

  it('name the keys a sample has and the detail type does not declare', () => {
    const sample = {
      name: 'a',
      state: 'on',
      extra: true,
      items: [{ id: 1, tags: ['x'], colour: 'red' }],
      bag: { anything: 1 },
    };

    expectTypeOf<Undeclared<typeof sample, Detail>>().toEqualTypeOf<
      'detail.extra' | 'detail.items[].colour'
    >();
    expectTypeOf<
      Undeclared<{ name: string; items: never[] }, Detail>
    >().toEqualTypeOf<never>();
  });
});
