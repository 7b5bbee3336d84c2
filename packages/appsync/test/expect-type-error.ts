import { thrownBy } from '@evt/tooling-config/testing';
import { expect } from 'vitest';
import { EvtError } from '../src/index';

/**
 * Asserts that `read` throws a plain `TypeError` (a programmer error, not an `EvtError`) whose
 * message is exactly `message`.
 */
export function expectTypeError(read: () => unknown, message: string): void {
  const error = thrownBy(read);

  expect(error).toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(EvtError);
  expect((error as TypeError).message).toBe(message);
}
