// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Freezes a value and everything reachable from it.
 *
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function deepFreeze(value) {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze(/** @type {Record<string, unknown>} */ (value)[key]);
    }
  }
  return value;
}

/**
 * Reads `test/events/<name>.json` (relative to the working directory, which is the package
 * directory when its tests run) and returns a fresh, deep-frozen copy, so a getter that
 * mutates the raw event throws in the test.
 *
 * @template T
 * @param {string} name The fixture's file name without `.json`.
 * @param {{ frozen?: boolean, dir?: string }} [options]
 * @returns {T}
 */
export function loadEvent(name, options = {}) {
  const dir = options.dir ?? join(process.cwd(), 'test', 'events');
  const event = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  return options.frozen === false ? event : deepFreeze(event);
}
