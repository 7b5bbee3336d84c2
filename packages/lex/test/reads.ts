import { counted } from '@evt/tooling-config/testing';

/**
 * Puts `field` of a mutable copy of an object behind a getter that counts its reads, so that a
 * test can tell that a cached getter read the raw field once.
 *
 * @param value The object (a mutable copy of a fixture, or a part of one).
 * @param field The field to count.
 * @returns The count of reads so far.
 */
export function countReads<T extends object>(
  value: T,
  field: keyof T & string
): { calls: number } {
  const current = value[field];
  const reads = counted(() => current);
  Object.defineProperty(value, field, { get: reads, enumerable: true });
  return reads;
}
