import { describe, expect, it } from 'vitest';
import { MissingFieldError, TumblingWindow } from '../src/index';

describe('TumblingWindow', () => {
  const window = new TumblingWindow({
    start: '2020-12-09T07:04:00Z',
    end: '2020-12-09T07:06:00Z',
  });

  describe('start', () => {
    it('returns the start of the window', () => {
      expect(window.start).toBe('2020-12-09T07:04:00Z');
    });
  });

  describe('end', () => {
    it('returns the end of the window', () => {
      expect(window.end).toBe('2020-12-09T07:06:00Z');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the field', () => {
      expect(() => new TumblingWindow({ start: 'x' } as never).end).toThrow(
        new MissingFieldError({ className: 'TumblingWindow', path: 'end' })
      );
    });
  });
});
