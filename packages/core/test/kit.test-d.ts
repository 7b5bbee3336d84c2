import { describe, expectTypeOf, it } from 'vitest';
import {
  child,
  childOrEmpty,
  decodeNestedJson,
  type EntryOf,
  EventWrapper,
  firstOf,
  type ItemOf,
  optionalChild,
  UNSET,
  type WrapperClass,
  wrapEach,
  wrapEachOrEmpty,
  wrapEntries,
} from '../src/index';
import { Line, type RawLine, type RawOrder } from './fixtures';

interface RawLeaf {
  b: string;
}

interface RawOuter {
  a: RawLeaf;
  extra?: RawLeaf | null;
  items: RawLeaf[];
  more?: readonly RawLeaf[] | null;
  attributes?: { [name: string]: RawLeaf } | null;
}

class Leaf extends EventWrapper<RawLeaf> {}
class Outer extends EventWrapper<RawOuter> {}

declare const outer: Outer;

describe('structural kit', () => {
  it('types each helper from the raw key and the class', () => {
    expectTypeOf(child(outer, 'a', Leaf)).toEqualTypeOf<Leaf>();
    expectTypeOf(optionalChild(outer, 'extra', Leaf)).toEqualTypeOf<
      Leaf | undefined
    >();
    expectTypeOf(childOrEmpty(outer, 'extra', Leaf)).toEqualTypeOf<Leaf>();
    expectTypeOf(wrapEach(outer, 'items', Leaf)).toEqualTypeOf<Leaf[]>();
    expectTypeOf(wrapEachOrEmpty(outer, 'more', Leaf)).toEqualTypeOf<Leaf[]>();
    expectTypeOf(wrapEntries(outer, 'attributes', Leaf)).toEqualTypeOf<
      Readonly<Record<string, Leaf>>
    >();
    expectTypeOf(
      firstOf(outer, wrapEach(outer, 'items', Leaf), 'items')
    ).toEqualTypeOf<Leaf>();
    expectTypeOf(
      decodeNestedJson(outer, '{}', 'payload', Leaf)
    ).toEqualTypeOf<Leaf>();
  });

  it('reject keys that are not in the raw type', () => {
    // @ts-expect-error: not a key of RawOuter
    child(outer, 'b', Leaf);
    // @ts-expect-error: not a key of RawOuter
    optionalChild(outer, 'extras', Leaf);
    // @ts-expect-error: not a key of RawOuter
    childOrEmpty(outer, 'extras', Leaf);
    // @ts-expect-error: the raw key is Records-style `items`
    wrapEach(outer, 'Items', Leaf);
    // @ts-expect-error: not a key of RawOuter
    wrapEachOrEmpty(outer, 'less', Leaf);
    // @ts-expect-error: not a key of RawOuter
    wrapEntries(outer, 'messageAttributes', Leaf);
    // @ts-expect-error: not a key of RawOuter
    firstOf(outer, [], 'Records');
  });

  it('reject a class whose raw type does not match the field', () => {
    // @ts-expect-error: Line wraps RawLine, not RawLeaf
    child(outer, 'a', Line);
    // @ts-expect-error: Line wraps RawLine, not RawLeaf
    wrapEach(outer, 'items', Line);
    // @ts-expect-error: Line wraps RawLine, not RawLeaf
    wrapEntries(outer, 'attributes', Line);
  });

  it('names item, entry and class types', () => {
    expectTypeOf<ItemOf<RawLeaf[] | undefined>>().toEqualTypeOf<RawLeaf>();
    expectTypeOf<ItemOf<readonly string[]>>().toEqualTypeOf<string>();
    expectTypeOf<
      EntryOf<{ [name: string]: RawLeaf | undefined } | null>
    >().toEqualTypeOf<RawLeaf>();
    expectTypeOf(Line).toExtend<WrapperClass<RawLine, Line>>();
    expectTypeOf<RawOrder['lines']>().toEqualTypeOf<RawLine[]>();
  });

  it('types UNSET as a unique symbol', () => {
    expectTypeOf(UNSET).toEqualTypeOf<typeof UNSET>();
    expectTypeOf(UNSET).toExtend<symbol>();
    expectTypeOf<symbol>().not.toExtend<typeof UNSET>();
  });
});
