import { describe, expectTypeOf, it } from 'vitest';
import {
  EventWrapper,
  type FieldPath,
  optionalString,
  readHeaderMap,
  requireNumber,
  requireString,
  requireStringArray,
} from '../src/index';

interface RawOuter {
  eventSourceARN: string;
  s3: { bucket: { name: string; owner?: { id: string } | null } };
  tags: string[];
}

class Outer extends EventWrapper<RawOuter> {}

declare const outer: Outer;

describe('FieldPath', () => {
  it('lists own keys and dotted nested keys', () => {
    expectTypeOf<
      FieldPath<{ s3: { bucket: { name: string } } }>
    >().toEqualTypeOf<'s3' | 's3.bucket' | 's3.bucket.name'>();
  });

  it('looks through optional and nullable objects', () => {
    expectTypeOf<
      FieldPath<{ a?: { b: string } | null | undefined }>
    >().toEqualTypeOf<'a' | 'a.b'>();
  });

  it('stops at arrays and primitives', () => {
    expectTypeOf<FieldPath<{ tags: string[]; n: number }>>().toEqualTypeOf<
      'tags' | 'n'
    >();
    expectTypeOf<FieldPath<string>>().toEqualTypeOf<never>();
  });

  it('stops after four levels of keys', () => {
    expectTypeOf<
      FieldPath<{ a: { b: { c: { d: { e: string } } } } }>
    >().toEqualTypeOf<'a' | 'a.b' | 'a.b.c' | 'a.b.c.d'>();
  });
});

describe('scalar readers', () => {
  it('accept a key or a dotted path of the raw type', () => {
    expectTypeOf(
      requireString(outer, outer.rawEvent.eventSourceARN, 'eventSourceARN')
    ).toEqualTypeOf<string>();
    expectTypeOf(
      requireString(outer, outer.rawEvent.s3.bucket.name, 's3.bucket.name')
    ).toEqualTypeOf<string>();
    expectTypeOf(
      optionalString(
        outer,
        outer.rawEvent.s3.bucket.owner?.id,
        's3.bucket.owner.id'
      )
    ).toEqualTypeOf<string | undefined>();
    expectTypeOf(
      requireStringArray(outer, outer.rawEvent.tags, 'tags')
    ).toEqualTypeOf<readonly string[]>();
  });

  it('reject a misspelt path', () => {
    // @ts-expect-error: the raw key is eventSourceARN
    requireString(outer, outer.rawEvent.eventSourceARN, 'eventSourceArn');
    // @ts-expect-error: no such nested key
    requireString(outer, outer.rawEvent.s3.bucket.name, 's3.bucket.nmae');
    // @ts-expect-error: not a key of RawOuter
    requireNumber(outer, 1, 'count');
    // @ts-expect-error: not a key of RawOuter
    readHeaderMap(outer, {}, 'headers');
    // @ts-expect-error: paths do not go into arrays
    requireString(outer, 'x', 'tags.length');
  });
});
