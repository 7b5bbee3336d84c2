import { describe, expect, it } from 'vitest';
import { mergeDeep, numbered, sampleRecords } from '../src/testing';

interface Message {
  id: string;
  body: string;
  attributes: { receiveCount: string; sentAt: string };
  tags?: string[];
  note?: string | null;
}

function message(): Message {
  return {
    id: 'm-0000',
    body: 'hello',
    attributes: { receiveCount: '1', sentAt: '1545082649183' },
    tags: ['a', 'b'],
  };
}

describe('mergeDeep', () => {
  it('merges nested objects field by field', () => {
    const target = message();

    mergeDeep(target, { attributes: { receiveCount: '3' } });

    expect(target.attributes).toEqual({
      receiveCount: '3',
      sentAt: '1545082649183',
    });
  });

  it('replaces arrays, scalars and null, and keeps fields set to undefined', () => {
    const target = message();

    mergeDeep(target, {
      tags: ['c'],
      body: 'bye',
      note: null,
      id: undefined,
    });

    expect(target).toEqual({
      id: 'm-0000',
      body: 'bye',
      attributes: { receiveCount: '1', sentAt: '1545082649183' },
      tags: ['c'],
      note: null,
    });
  });

  it('copies what it sets, so the changes stay apart from the result', () => {
    const tags = ['c'];
    const first = mergeDeep(message(), { tags });

    first.tags?.push('d');

    expect(tags).toEqual(['c']);
  });

  it('returns the target, unchanged when there are no changes', () => {
    const target = message();

    expect(mergeDeep(target, undefined)).toBe(target);
    expect(target).toEqual(message());
  });

  it('sets an object over a field that holds no object', () => {
    const target: { value: unknown } = { value: 'text' };

    mergeDeep(target, { value: { nested: true } });

    expect(target.value).toEqual({ nested: true });
  });

  it('merges into an object without a prototype field by field', () => {
    const attributes = Object.assign(Object.create(null), {
      receiveCount: '1',
      sentAt: '1545082649183',
    });
    const target = { attributes };

    mergeDeep(target, { attributes: { receiveCount: '3' } });

    expect(target.attributes).toBe(attributes);
    expect({ ...target.attributes }).toEqual({
      receiveCount: '3',
      sentAt: '1545082649183',
    });
  });

  it('leaves what it sets writable, enumerable and configurable, as an assignment would', () => {
    const target = message();

    mergeDeep(target, { body: 'first', note: 'kept' });
    mergeDeep(target, { body: 'second' });
    target.note = 'changed';

    expect(target.body).toBe('second');
    expect(Object.getOwnPropertyDescriptor(target, 'note')).toEqual({
      value: 'changed',
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });

  it('sets __proto__ as data, never as the prototype', () => {
    const target: Record<string, unknown> = {};

    mergeDeep(target, JSON.parse('{"__proto__":{"polluted":true}}'));

    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.hasOwn(target, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('numbered', () => {
  it('replaces the last four characters with the zero-padded index', () => {
    expect(numbered('059f36b4-87a3-44ab-83d2-661975830a7d', 2)).toBe(
      '059f36b4-87a3-44ab-83d2-661975830002'
    );
    expect(numbered('record1', 12)).toBe('rec0012');
  });
});

describe('sampleRecords', () => {
  const copy = (index: number): Message => ({
    ...message(),
    id: `m-${String(index).padStart(4, '0')}`,
  });

  it('keeps the sample records when no count is asked', () => {
    const sample = [message(), { ...message(), id: 'm-9999' }];

    const records = sampleRecords(sample, {}, { factory: 'create', copy });

    expect(records.map((record) => record.id)).toEqual(['m-0000', 'm-9999']);
    expect(records[0]).toBe(sample[0]);
  });

  it('builds as many numbered copies as the count asks', () => {
    const records = sampleRecords(
      [],
      { count: 3 },
      { factory: 'create', copy }
    );

    expect(records.map((record) => record.id)).toEqual([
      'm-0000',
      'm-0001',
      'm-0002',
    ]);
  });

  it('takes the count from a per-record list and passes each record to each', () => {
    const bodies = ['one', 'two'];

    const records = sampleRecords(
      [],
      {},
      {
        factory: 'create',
        lists: { bodies },
        copy,
        each: (record, index) => {
          record.body = bodies[index] ?? '';
        },
      }
    );

    expect(records.map((record) => record.body)).toEqual(['one', 'two']);
  });

  it('merges each entry of records, then record, over the copies', () => {
    const records = sampleRecords<Message>(
      [],
      {
        records: [{ attributes: { receiveCount: '2' } }, { body: 'second' }],
        record: { attributes: { sentAt: '0' } },
      },
      {
        factory: 'create',
        copy,
        each: (record) => {
          record.body = 'each';
        },
      }
    );

    expect(records).toEqual([
      {
        ...copy(0),
        body: 'each',
        attributes: { receiveCount: '2', sentAt: '0' },
      },
      {
        ...copy(1),
        body: 'second',
        attributes: { receiveCount: '1', sentAt: '0' },
      },
    ]);
  });

  it('accepts a count and lists that ask for the same number of records', () => {
    const records = sampleRecords<Message>(
      [],
      { count: 2, records: [{ body: 'first' }, {}] },
      { factory: 'create', lists: { bodies: ['one', 'two'] }, copy }
    );

    expect(records.map((record) => record.body)).toEqual(['first', 'hello']);
  });

  it('builds an empty batch for a count of zero', () => {
    expect(
      sampleRecords([message()], { count: 0 }, { factory: 'create', copy })
    ).toEqual([]);
  });

  it('throws a TypeError naming the factory when the counts disagree', () => {
    expect(() =>
      sampleRecords(
        [],
        { count: 2, records: [{}] },
        { factory: 'createThing', lists: { bodies: undefined }, copy }
      )
    ).toThrow(
      new TypeError(
        'createThing: overrides.count asks for 2 records, overrides.records for 1'
      )
    );
    expect(() =>
      sampleRecords(
        [],
        {},
        { factory: 'createThing', lists: { bodies: ['a'], keys: [] }, copy }
      )
    ).toThrow(
      new TypeError(
        'createThing: overrides.bodies asks for 1 records, overrides.keys for 0'
      )
    );
  });

  it.each([
    [-1, 'number -1'],
    [1.5, 'number 1.5'],
    [Number.NaN, 'number NaN'],
    ['2', 'string'],
  ])('throws a TypeError for the count %j', (count, found) => {
    expect(() =>
      sampleRecords(
        [],
        { count: count as number },
        { factory: 'createThing', copy }
      )
    ).toThrow(
      new TypeError(
        `createThing: overrides.count must be a non-negative integer, got ${found}`
      )
    );
  });
});
