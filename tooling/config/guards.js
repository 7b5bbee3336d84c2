// @ts-check
// The guard tests every source package runs from its own `test/guards.test.ts`:
//
//   import { describeGuards } from '@evt/tooling-config/guards';
//   import * as api from '../src/index';
//
//   describeGuards(api);
//
// Each exported `is<Class>` guard is run on every fixture of the package: it accepts exactly
// the fixtures of its class (`<module>[.<variant>].json`, module named after the class) and
// those the options add, and rejects the rest; and it rejects, without throwing, values that
// are no event at all.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvent } from './events.js';

/** Values that are no event of any kind; every guard rejects them without throwing. */
const NOT_EVENTS = [
  undefined,
  null,
  0,
  Number.NaN,
  '',
  'aws:sqs',
  true,
  Symbol('event'),
  10n,
  () => undefined,
  [],
  [null],
  [{}],
  {},
  Object.create(null),
  { Records: [] },
  { Records: [null] },
  { Records: 'aws:s3' },
  { Records: { 0: { eventSource: 'aws:sqs' } } },
  { requestContext: null },
  { requestContext: 'elb' },
  { version: '2.0' },
  { triggerSource: 42, userPoolId: 'us-east-1_x' },
  { 'detail-type': 1, source: 'aws.s3' },
];

/**
 * @param {string} module
 * @param {string} className
 */
const namesClass = (module, className) =>
  module.replaceAll('-', '') === className.toLowerCase();

/**
 * Declares a package's guard tests.
 *
 * @param {Readonly<Record<string, unknown>>} api The package's API.
 * @param {{ accepts?: Readonly<Record<string, (fixture: string, module: string) => boolean>>, objectFields?: Readonly<Record<string, readonly (readonly [string, string])[]>>, dir?: string }} [options]
 *   `accepts`: for a guard whose fixtures are not (only) its class's, which fixtures it accepts.
 *   `objectFields`: per guard, `[fixture, path]` pairs (path dotted, `Records.0.cf.request`) of
 *   an object the guard checks; it must accept the fixture and reject it with that object
 *   given as an array.
 */
export function describeGuards(api, options = {}) {
  const dir = options.dir ?? join(process.cwd(), 'test', 'events');
  const fixtures = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -'.json'.length))
        .sort()
    : [];
  const guards = /** @type {[string, (raw: unknown) => boolean][]} */ (
    Object.entries(api).filter(
      ([name, value]) => /^is[A-Z]/.test(name) && typeof value === 'function'
    )
  );

  describe('guards', () => {
    it('the package exports at least one guard, and has fixtures', () => {
      expect(guards.length).toBeGreaterThan(0);
      expect(fixtures.length).toBeGreaterThan(0);
    });

    it('the options name only exported guards', () => {
      // A misspelt name would leave its checks silently unrun.
      const names = guards.map(([name]) => name);
      const named = [
        ...Object.keys(options.accepts ?? {}),
        ...Object.keys(options.objectFields ?? {}),
      ];
      expect(named.filter((name) => !names.includes(name))).toEqual([]);
    });

    for (const [name, guard] of guards) {
      const accepts =
        options.accepts?.[name] ??
        ((/** @type {string} */ _fixture, /** @type {string} */ module) =>
          namesClass(module, name.slice(2)));

      it(`${name} accepts exactly its own fixtures`, () => {
        const wrong = [];
        let accepted = 0;
        for (const fixture of fixtures) {
          const expected = accepts(fixture, fixture.split('.')[0] ?? fixture);
          const actual = guard(loadEvent(fixture, { dir }));
          if (actual) accepted++;
          if (actual !== expected)
            wrong.push(`${fixture}.json: ${actual}, expected ${expected}`);
        }
        expect(wrong).toEqual([]);
        expect(accepted).toBeGreaterThan(0);
      });

      it(`${name} rejects values that are no event, without throwing`, () => {
        for (const value of NOT_EVENTS) expect(guard(value)).toBe(false);
      });

      for (const [fixture, path] of options.objectFields?.[name] ?? []) {
        it(`${name} rejects ${fixture} with ${path} given as an array`, () => {
          const event = loadEvent(fixture, { dir, frozen: false });
          expect(guard(event)).toBe(true);
          const keys = path.split('.');
          const last = /** @type {string} */ (keys.pop());
          /** @type {any} */
          let parent = event;
          for (const key of keys) parent = parent[key];
          expect(parent[last]).toBeTypeOf('object');
          expect(Array.isArray(parent[last])).toBe(false);
          parent[last] = [parent[last]];
          expect(guard(event)).toBe(false);
        });
      }
    }
  });
}
