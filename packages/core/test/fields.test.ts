import { expectEvtError } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  arrayOrEmpty,
  FieldTypeError,
  MissingFieldError,
  mapOrEmpty,
  optionalBoolean,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStringOf,
  requireArray,
  requireBoolean,
  requireNumber,
  requireObject,
  requireString,
  requireStringArray,
  stringArrayOrEmpty,
  stringMapOrEmpty,
} from '../src/index';
import { type Line, Order, order, sample } from './fixtures';

const line = new Order(order).lines[1] as Line;

describe('requireString', () => {
  it('returns the string, empty included', () => {
    expect(requireString(sample, 'Ada', 'name')).toBe('Ada');
    expect(requireString(sample, '', 'name')).toBe('');
  });

  it('throws MissingFieldError naming the path when absent or null', () => {
    expectEvtError(
      () => requireString(sample, undefined, 'name'),
      MissingFieldError,
      'Sample: name is missing'
    );
    expectEvtError(
      () => requireString(sample, null, 'location.city.name'),
      MissingFieldError,
      'Sample: location.city.name is missing'
    );
  });

  it('throws FieldTypeError naming the kinds when mistyped', () => {
    const error = expectEvtError(
      () => requireString(sample, 1 as never, 'name'),
      FieldTypeError,
      'Sample: name must be string, got number'
    ) as FieldTypeError;

    expect(error.expected).toBe('string');
    expect(error.actual).toBe('number');
    expect(error.className).toBe('Sample');
    expect(error.path).toBe('name');
  });

  it('names the path from the outermost wrapper', () => {
    expectEvtError(
      () => requireString(line, undefined, 'sku'),
      MissingFieldError,
      'Order: lines[1].sku is missing'
    );
  });
});

describe('optionalString', () => {
  it('returns the string, or undefined when absent or null', () => {
    expect(optionalString(sample, 'Ada', 'name')).toBe('Ada');
    expect(optionalString(sample, '', 'name')).toBe('');
    expect(optionalString(sample, null, 'name')).toBeUndefined();
    expect(optionalString(sample, undefined, 'name')).toBeUndefined();
  });

  it('throws FieldTypeError when mistyped', () => {
    expectEvtError(
      () => optionalString(sample, {} as never, 'name'),
      FieldTypeError,
      'Sample: name must be string, got object'
    );
    expectEvtError(
      () => optionalString(sample, false as never, 'name'),
      FieldTypeError,
      'Sample: name must be string, got boolean'
    );
  });
});

describe('optionalStringOf', () => {
  const kinds = ['INSERT', 'MODIFY', 'REMOVE'] as const;

  it('returns an allowed value, or undefined when absent or null', () => {
    expect(optionalStringOf(sample, 'INSERT', 'eventName', kinds)).toBe(
      'INSERT'
    );
    expect(optionalStringOf(sample, 'REMOVE', 'eventName', kinds)).toBe(
      'REMOVE'
    );
    expect(optionalStringOf(sample, null, 'eventName', kinds)).toBeUndefined();
    expect(
      optionalStringOf(sample, undefined, 'eventName', kinds)
    ).toBeUndefined();
  });

  it('throws FieldTypeError naming the allowed values and the value found', () => {
    const error = expectEvtError(
      () => optionalStringOf(sample, 'UPSERT', 'eventName', kinds),
      FieldTypeError,
      'Sample: eventName must be INSERT | MODIFY | REMOVE, got "UPSERT"'
    ) as FieldTypeError;

    expect(error.expected).toBe('INSERT | MODIFY | REMOVE');
    expect(error.actual).toBe('"UPSERT"');
    expect(error.path).toBe('eventName');
  });

  it('throws FieldTypeError for a value that differs only in case', () => {
    expectEvtError(
      () => optionalStringOf(sample, 'insert', 'eventName', kinds),
      FieldTypeError,
      'Sample: eventName must be INSERT | MODIFY | REMOVE, got "insert"'
    );
  });

  it('throws FieldTypeError when not a string', () => {
    expectEvtError(
      () => optionalStringOf(sample, 1 as never, 'eventName', kinds),
      FieldTypeError,
      'Sample: eventName must be string, got number'
    );
  });
});

describe('requireNumber', () => {
  it('returns the number, zero included', () => {
    expect(requireNumber(sample, 3, 'count')).toBe(3);
    expect(requireNumber(sample, 0, 'count')).toBe(0);
  });

  it('throws MissingFieldError when absent or null', () => {
    expectEvtError(
      () => requireNumber(sample, null, 'count'),
      MissingFieldError,
      'Sample: count is missing'
    );
    expectEvtError(
      () => requireNumber(sample, undefined, 'count'),
      MissingFieldError,
      'Sample: count is missing'
    );
  });

  it('throws FieldTypeError when mistyped', () => {
    expectEvtError(
      () => requireNumber(sample, '1' as never, 'count'),
      FieldTypeError,
      'Sample: count must be number, got string'
    );
  });
});

describe('optionalNumber', () => {
  it('returns the number, or undefined when absent or null', () => {
    expect(optionalNumber(sample, 3, 'count')).toBe(3);
    expect(optionalNumber(sample, 0, 'count')).toBe(0);
    expect(optionalNumber(sample, null, 'count')).toBeUndefined();
    expect(optionalNumber(sample, undefined, 'count')).toBeUndefined();
  });

  it('throws FieldTypeError when mistyped', () => {
    expectEvtError(
      () => optionalNumber(sample, '2' as never, 'count'),
      FieldTypeError,
      'Sample: count must be number, got string'
    );
  });
});

describe('requireBoolean', () => {
  it('returns the boolean', () => {
    expect(requireBoolean(sample, true, 'enabled')).toBe(true);
    expect(requireBoolean(sample, false, 'enabled')).toBe(false);
  });

  it('throws MissingFieldError when absent or null', () => {
    expectEvtError(
      () => requireBoolean(sample, undefined, 'enabled'),
      MissingFieldError,
      'Sample: enabled is missing'
    );
    expectEvtError(
      () => requireBoolean(sample, null, 'enabled'),
      MissingFieldError,
      'Sample: enabled is missing'
    );
  });

  it('throws FieldTypeError when mistyped', () => {
    expectEvtError(
      () => requireBoolean(sample, 'true' as never, 'enabled'),
      FieldTypeError,
      'Sample: enabled must be boolean, got string'
    );
  });
});

describe('optionalBoolean', () => {
  it('returns the boolean, or undefined when absent or null', () => {
    expect(optionalBoolean(sample, true, 'enabled')).toBe(true);
    expect(optionalBoolean(sample, false, 'enabled')).toBe(false);
    expect(optionalBoolean(sample, null, 'enabled')).toBeUndefined();
    expect(optionalBoolean(sample, undefined, 'enabled')).toBeUndefined();
  });

  it('throws FieldTypeError when mistyped', () => {
    expectEvtError(
      () => optionalBoolean(sample, 0 as never, 'enabled'),
      FieldTypeError,
      'Sample: enabled must be boolean, got number'
    );
  });
});

describe('requireObject', () => {
  it('returns the raw object, not a copy', () => {
    const settings = { retries: 3 };

    expect(requireObject(sample, settings, 'settings')).toBe(settings);
  });

  it('throws MissingFieldError when absent or null', () => {
    expectEvtError(
      () => requireObject(sample, null, 'settings'),
      MissingFieldError,
      'Sample: settings is missing'
    );
    expectEvtError(
      () => requireObject(sample, undefined, 'settings'),
      MissingFieldError,
      'Sample: settings is missing'
    );
  });

  it('throws FieldTypeError for an array or a primitive', () => {
    expectEvtError(
      () => requireObject(sample, [] as never, 'settings'),
      FieldTypeError,
      'Sample: settings must be object, got array'
    );
    expectEvtError(
      () => requireObject(sample, 'x' as never, 'settings'),
      FieldTypeError,
      'Sample: settings must be object, got string'
    );
  });
});

describe('optionalObject', () => {
  it('returns the raw object, or undefined when absent or null', () => {
    const settings = { retries: 3 };

    expect(optionalObject(sample, settings, 'settings')).toBe(settings);
    expect(optionalObject(sample, null, 'settings')).toBeUndefined();
    expect(optionalObject(sample, undefined, 'settings')).toBeUndefined();
  });

  it('throws FieldTypeError for an array or a primitive', () => {
    expectEvtError(
      () => optionalObject(sample, 'x' as never, 'settings'),
      FieldTypeError,
      'Sample: settings must be object, got string'
    );
    expectEvtError(
      () => optionalObject(sample, [1] as never, 'settings'),
      FieldTypeError,
      'Sample: settings must be object, got array'
    );
  });
});

describe('mapOrEmpty', () => {
  it('returns the raw map, not a copy', () => {
    const labels = { team: 'core' };

    expect(mapOrEmpty(sample, labels, 'labels')).toBe(labels);
  });

  it('returns one frozen empty object when absent or null', () => {
    const empty = mapOrEmpty(sample, null, 'labels');

    expect(empty).toEqual({});
    expect(Object.isFrozen(empty)).toBe(true);
    expect(mapOrEmpty(sample, undefined, 'labels')).toBe(empty);
  });

  it('throws FieldTypeError when not an object', () => {
    expectEvtError(
      () => mapOrEmpty(sample, 7 as never, 'labels'),
      FieldTypeError,
      'Sample: labels must be object, got number'
    );
  });
});

describe('stringMapOrEmpty', () => {
  it('returns the raw map when every value is a string', () => {
    const labels = { team: 'core', tier: '' };

    expect(stringMapOrEmpty(sample, labels, 'labels')).toBe(labels);
  });

  it('returns an empty object when absent or null', () => {
    expect(stringMapOrEmpty(sample, null, 'labels')).toEqual({});
    expect(stringMapOrEmpty(sample, undefined, 'labels')).toEqual({});
  });

  it('checks own values only', () => {
    const labels = Object.assign(Object.create({ inherited: 1 }), {
      team: 'core',
    });

    expect(stringMapOrEmpty(sample, labels, 'labels')).toBe(labels);
  });

  it('throws FieldTypeError naming the first value that is not a string', () => {
    expectEvtError(
      () =>
        stringMapOrEmpty(sample, { team: 'core', size: 1 } as never, 'labels'),
      FieldTypeError,
      'Sample: labels.size must be string, got number'
    );
    expectEvtError(
      () => stringMapOrEmpty(sample, { team: null } as never, 'labels'),
      FieldTypeError,
      'Sample: labels.team must be string, got null'
    );
  });

  it('throws FieldTypeError when not an object', () => {
    expectEvtError(
      () => stringMapOrEmpty(sample, ['a'] as never, 'labels'),
      FieldTypeError,
      'Sample: labels must be object, got array'
    );
  });
});

describe('requireArray', () => {
  it('returns the raw array, not a copy', () => {
    const tags = ['a'];

    expect(requireArray(sample, tags, 'tags')).toBe(tags);
  });

  it('throws MissingFieldError when absent or null', () => {
    expectEvtError(
      () => requireArray(sample, undefined, 'tags'),
      MissingFieldError,
      'Sample: tags is missing'
    );
    expectEvtError(
      () => requireArray(sample, null, 'tags'),
      MissingFieldError,
      'Sample: tags is missing'
    );
  });

  it('throws FieldTypeError when not an array', () => {
    expectEvtError(
      () => requireArray(sample, {} as never, 'tags'),
      FieldTypeError,
      'Sample: tags must be array, got object'
    );
  });
});

describe('arrayOrEmpty', () => {
  it('returns the raw array, not a copy', () => {
    const tags = ['a'];

    expect(arrayOrEmpty(sample, tags, 'tags')).toBe(tags);
  });

  it('returns an empty array when absent or null', () => {
    expect(arrayOrEmpty(sample, null, 'tags')).toEqual([]);
    expect(arrayOrEmpty(sample, undefined, 'tags')).toEqual([]);
  });

  it('throws FieldTypeError when not an array', () => {
    expectEvtError(
      () => arrayOrEmpty(sample, 'a' as never, 'tags'),
      FieldTypeError,
      'Sample: tags must be array, got string'
    );
  });
});

describe('stringArrayOrEmpty', () => {
  it('returns the raw array when every item is a string', () => {
    const tags = ['a', 'b'];

    expect(stringArrayOrEmpty(sample, tags, 'tags')).toBe(tags);
  });

  it('returns an empty array when absent or null', () => {
    expect(stringArrayOrEmpty(sample, undefined, 'tags')).toEqual([]);
    expect(stringArrayOrEmpty(sample, null, 'tags')).toEqual([]);
  });

  it('throws FieldTypeError naming the index of an item that is not a string', () => {
    expectEvtError(
      () => stringArrayOrEmpty(sample, ['a', 2] as never, 'tags'),
      FieldTypeError,
      'Sample: tags[1] must be string, got number'
    );
    expectEvtError(
      () => stringArrayOrEmpty(sample, [null, 'a'] as never, 'tags'),
      FieldTypeError,
      'Sample: tags[0] must be string, got null'
    );
  });

  it('throws FieldTypeError when not an array', () => {
    expectEvtError(
      () => stringArrayOrEmpty(sample, 'a' as never, 'tags'),
      FieldTypeError,
      'Sample: tags must be array, got string'
    );
  });
});

describe('requireStringArray', () => {
  it('returns the raw array when every item is a string', () => {
    const tags = ['a', 'b'];

    expect(requireStringArray(sample, tags, 'tags')).toBe(tags);
    expect(requireStringArray(sample, [], 'tags')).toEqual([]);
  });

  it('throws MissingFieldError when absent or null', () => {
    expectEvtError(
      () => requireStringArray(sample, undefined, 'tags'),
      MissingFieldError,
      'Sample: tags is missing'
    );
    expectEvtError(
      () => requireStringArray(sample, null, 'tags'),
      MissingFieldError,
      'Sample: tags is missing'
    );
  });

  it('throws FieldTypeError when not an array', () => {
    expectEvtError(
      () => requireStringArray(sample, { 0: 'a' } as never, 'tags'),
      FieldTypeError,
      'Sample: tags must be array, got object'
    );
  });

  it('throws FieldTypeError naming the index of an item that is not a string', () => {
    expectEvtError(
      () => requireStringArray(sample, ['a', 'b', {}] as never, 'tags'),
      FieldTypeError,
      'Sample: tags[2] must be string, got object'
    );
  });
});
