import { describe, expect, it } from 'vitest';
import { firstLine } from '../src/errors';

describe('firstLine', () => {
  it('gives the first line of an error’s message, or of a thrown value', () => {
    expect(firstLine(new Error('one\ntwo'))).toBe('one');
    expect(firstLine(new Error('only'))).toBe('only');
    expect(firstLine('thrown text\nmore')).toBe('thrown text');
    expect(firstLine(42)).toBe('42');
  });
});
