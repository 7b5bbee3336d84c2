import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  awsDate,
  awsDatetime,
  awsTime,
  awsTimestamp,
  makeId,
} from '../src/index';
import { expectTypeError } from './expect-type-error';

// 2024-04-23T16:26:34.123Z, the instant Powertools' own tests format.
const NOW = Date.UTC(2024, 3, 23, 16, 26, 34, 123);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('makeId', () => {
  it('returns a version 4 UUID, different each call', () => {
    const id = makeId();

    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(id).toHaveLength(36);
    expect(makeId()).not.toBe(id);
  });
});

describe('awsDate', () => {
  it('returns the UTC date with Z', () => {
    expect(awsDate()).toBe('2024-04-23Z');
  });

  it('returns the date at a positive offset, as ±hh:00:00', () => {
    expect(awsDate(8)).toBe('2024-04-24+08:00:00');
  });

  it('returns the date at a negative offset', () => {
    expect(awsDate(-12)).toBe('2024-04-23-12:00:00');
  });
});

describe('awsTime', () => {
  it('returns the UTC time to the millisecond with Z', () => {
    expect(awsTime()).toBe('16:26:34.123Z');
  });

  it('returns the time at an offset, as Powertools formats it', () => {
    expect(awsTime(-12)).toBe('04:26:34.123-12:00:00');
    expect(awsTime(2)).toBe('18:26:34.123+02:00:00');
  });
});

describe('awsDatetime', () => {
  it('returns the UTC date and time to the millisecond with Z', () => {
    expect(awsDatetime()).toBe('2024-04-23T16:26:34.123Z');
  });

  it('returns the date and time at an offset', () => {
    expect(awsDatetime(10)).toBe('2024-04-24T02:26:34.123+10:00:00');
    expect(awsDatetime(-5)).toBe('2024-04-23T11:26:34.123-05:00:00');
  });
});

describe('awsTimestamp', () => {
  it('returns the whole seconds since the epoch', () => {
    expect(awsTimestamp()).toBe(1713889594);
  });
});

describe('misuse', () => {
  it.each([
    [awsDate, 'awsDate'],
    [awsTime, 'awsTime'],
    [awsDatetime, 'awsDatetime'],
  ])(
    '%o throws TypeError for an offset that is not whole hours from -23 to 23',
    (helper, name) => {
      expectTypeError(
        () => helper(5.5),
        `${name}: timezoneOffset must be a whole number of hours from -23 to 23, got number 5.5`
      );
      expectTypeError(
        () => helper(24),
        `${name}: timezoneOffset must be a whole number of hours from -23 to 23, got number 24`
      );
      expectTypeError(
        () => helper('8' as never),
        `${name}: timezoneOffset must be a whole number of hours from -23 to 23, got string`
      );
    }
  );
});
