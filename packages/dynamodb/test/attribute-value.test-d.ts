import { describe, expectTypeOf, it } from 'vitest';
import {
  type DynamoDBImage,
  type DynamoDBNumber,
  type DynamoDBNumberOf,
  type DynamoDBValue,
  unmarshall,
  unmarshallValue,
} from '../src/attribute-value';

describe('unmarshall', () => {
  it('returns DynamoDBNumber values by default', () => {
    expectTypeOf(unmarshall({ a: { N: '1' } })).toEqualTypeOf<
      DynamoDBImage<DynamoDBNumber>
    >();
  });

  it('follows the numbers option', () => {
    expectTypeOf(
      unmarshall({ a: { N: '1' } }, { numbers: 'number' })
    ).toEqualTypeOf<DynamoDBImage<number>>();
    expectTypeOf(
      unmarshall({ a: { N: '1' } }, { numbers: 'string' })
    ).toEqualTypeOf<DynamoDBImage<string>>();
  });

  it('rejects an unknown numbers option', () => {
    // @ts-expect-error: not a number mode
    unmarshall({}, { numbers: 'bigint' });
  });
});

describe('unmarshallValue', () => {
  it('returns a value typed after the numbers option', () => {
    expectTypeOf(
      unmarshallValue({ N: '1' }, { numbers: 'number' })
    ).toEqualTypeOf<DynamoDBValue<number>>();
    expectTypeOf(unmarshallValue({ S: 'x' })).toEqualTypeOf<
      DynamoDBValue<DynamoDBNumber>
    >();
  });
});

describe('DynamoDBNumberOf', () => {
  it('maps each mode to its type', () => {
    expectTypeOf<DynamoDBNumberOf<'number'>>().toEqualTypeOf<number>();
    expectTypeOf<DynamoDBNumberOf<'string'>>().toEqualTypeOf<string>();
    expectTypeOf<
      DynamoDBNumberOf<'DynamoDBNumber'>
    >().toEqualTypeOf<DynamoDBNumber>();
  });
});
