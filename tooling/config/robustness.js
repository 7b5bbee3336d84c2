// @ts-check
// The robustness and laziness tests every source package runs from its own
// `test/robustness.test.ts`:
//
//   import { describeRobustness } from '@evt/tooling-config/robustness';
//   import * as api from '../src/index';
//
//   describeRobustness(api);
//
// Targets come from the package itself: each fixture `test/events/<module>[.<variant>].json`
// is read by the exported class named after `<module>` (targets.js). For each fixture:
//
// - robustness (mutations.js, truth.js): the class is constructed on the fixture and on every
//   mangled copy of it (each field dropped, retyped, corrupted) and everything reachable is
//   read; only EvtErrors may escape, each must be true of its input, and the input must not
//   change;
// - hostility (mutations.js): the same, on copies holding what JSON cannot (throwing getters
//   and Proxies, pass-through Proxies, null-prototype objects, shared and cyclic references);
//   the input's own planted error may pass through a read, the debug view throws nothing,
//   and a copy with the same content reads exactly as the fixture;
// - laziness (laziness.js): the same class is read through a Proxy that counts property
//   reads; construction reads nothing, each getter reads few fields of its own, objects are
//   cached, and lists of records are not read inside.
//
// This package must not depend on @evt/core (core depends on it): the wrapper base class and
// the error classes are found through the package's own exports (walk.js).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvent } from './events.js';
import { lazinessProblems } from './laziness.js';
import { readMangledCopies } from './mutations.js';
import { targetsOf } from './targets.js';
import { apiKit, readEverything, typeNameOf } from './walk.js';

const MAX_REPORTED = 20;
// Only a guard against a hang, never a speed check: a walk over a large fixture takes seconds
// on a quiet machine and, with both cores loaded by other work, several minutes (Kafka's and
// EventBridge's took over two), so the limit is far above any honest run.
const TIMEOUT_MS = 1_800_000;

/**
 * Fails the test with one line per problem (the first {@link MAX_REPORTED} of them) when
 * there are any.
 *
 * @param {readonly string[]} problems
 * @param {string} heading
 */
function expectNone(problems, heading) {
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_REPORTED).map((line) => `  - ${line}`);
  if (problems.length > MAX_REPORTED) {
    shown.push(`  … and ${problems.length - MAX_REPORTED} more`);
  }
  expect.fail(`${heading} (${problems.length}):\n${shown.join('\n')}`);
}

/**
 * The two readings of every fixture: copies mangled as JSON can be (each field dropped,
 * retyped, corrupted), and hostile copies holding what JSON cannot (see mutations.js).
 */
const READINGS = [
  {
    title: (/** @type {string} */ name, /** @type {string} */ fixture) =>
      `${name} throws only true EvtErrors on mangled copies of ${fixture}`,
    hostile: false,
    atLeast: 10,
    copies: 'mangled',
  },
  {
    title: (/** @type {string} */ name, /** @type {string} */ fixture) =>
      `${name} reads hostile copies of ${fixture} (Proxies, throwing getters, null prototypes, shared and cyclic references)`,
    hostile: true,
    atLeast: 5,
    copies: 'hostile',
  },
];

/**
 * Declares the robustness and laziness tests of a package (see robustness.d.ts).
 *
 * @param {Readonly<Record<string, unknown>>} api
 * @param {import('./robustness.js').RobustnessOptions} [options]
 */
export function describeRobustness(api, options = {}) {
  const kit = apiKit(api);
  const dir = options.dir ?? join(process.cwd(), 'test', 'events');
  const { fixtures, problems } = targetsOf(kit, dir, options);

  describe('robustness', () => {
    it('reads every fixture with the class named after it, and has a fixture for every event class', () => {
      expectNone(problems, 'fixtures and classes do not match');
    });

    for (const reading of READINGS) {
      for (const { fixture, target } of fixtures) {
        const name = typeNameOf(target.Class);
        it(reading.title(name, fixture), { timeout: TIMEOUT_MS }, () => {
          const event = loadEvent(fixture, { dir, frozen: false });
          const { failures, copies } = readMangledCopies(
            kit,
            target,
            event,
            new Set(),
            { hostile: reading.hostile }
          );
          expect(copies).toBeGreaterThan(reading.atLeast);
          expectNone(
            failures,
            `reading ${reading.copies} copies of ${fixture} failed`
          );
        });
      }
    }

    for (const { fixture, target } of fixtures) {
      const name = typeNameOf(target.Class);
      it(`${name} reads ${fixture} lazily`, { timeout: TIMEOUT_MS }, () => {
        const event = loadEvent(fixture, { dir });
        expectNone(
          lazinessProblems(kit, target, event),
          `${name} does not read ${fixture} lazily`
        );
      });
    }

    it('reaches every exported wrapper class', () => {
      /** @type {import('./walk.js').WalkResult} */
      const walked = { seen: new Set(), errors: [], escapes: [] };
      for (const { fixture, target } of fixtures) {
        const event = loadEvent(fixture, { dir });
        const Wrapper = /** @type {import('./walk.js').WrapperConstructor} */ (
          target.Class
        );
        try {
          const raw = target.select
            ? target.select(/** @type {never} */ (event))
            : event;
          readEverything(new Wrapper(raw), kit, walked);
        } catch {
          // the fixture's own test reports it
        }
      }
      // A base class (BaseProxyEvent, BaseRequestContext) is reached through its subclasses.
      const reached = (/** @type {Function} */ Class) =>
        [...walked.seen].some(
          (Seen) =>
            Seen === Class ||
            /** @type {Function} */ (Seen).prototype instanceof Class
        );
      const unreached = kit.wrappers
        .filter(([, Class]) => !reached(Class))
        .map(([name]) => name);

      expect(unreached).toEqual([]);
    });

    it('names every exported wrapper class after its export', () => {
      const misnamed = kit.wrappers
        .filter(([name, Class]) => typeNameOf(Class) !== name)
        .map(([name, Class]) => `${name} has typeName ${typeNameOf(Class)}`);

      expect(misnamed).toEqual([]);
    });
  });
}
