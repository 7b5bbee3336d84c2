import { counted } from '@evt/tooling-config/testing';

/** Puts `field` of a mutable raw value behind a getter that counts how often it is read. */
export function countReads<T extends object>(
  raw: T,
  field: keyof T & string
): { calls: number } {
  const value = raw[field];
  const read = counted(() => value);
  Object.defineProperty(raw, field, { get: read, enumerable: true });
  return read;
}
