import { join } from 'node:path';
import { deepFreeze, loadEvent } from '@evt/config/events';
import { EventWrapper, EvtError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import { mutationsOf } from '../src/mutations';
import { packages } from '../src/targets';
import { type Escape, readEverything, type WrapperClass } from '../src/walk';

const MAX_REPORTED = 15;

function describeError(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`
    : String(error);
}

function wrapperClassesOf(
  api: Record<string, unknown>
): [string, WrapperClass][] {
  return Object.entries(api).filter(
    (entry): entry is [string, WrapperClass] =>
      typeof entry[1] === 'function' &&
      entry[1].prototype instanceof EventWrapper
  );
}

for (const { id, api, targets } of packages) {
  describe(`@evt/${id}`, () => {
    const seen = new Set<WrapperClass>();
    const dir = join(
      import.meta.dirname,
      '../../../packages',
      id,
      'test/events'
    );

    for (const target of targets) {
      const name = (target.Class as unknown as typeof EventWrapper).typeName;
      for (const fixture of target.fixtures) {
        it(`${name} throws only EvtErrors on mangled copies of ${fixture}`, () => {
          const original = loadEvent<unknown>(fixture, { dir, frozen: false });
          const pick = (event: unknown): unknown =>
            target.select ? target.select(event as never) : event;
          const failures: string[] = [];
          const escapes: Escape[] = [];

          readEverything(
            new target.Class(
              pick(deepFreeze(structuredClone(original))) as never
            ),
            seen,
            escapes
          );
          for (const escaped of escapes) {
            failures.push(
              `pristine ${fixture}: ${escaped.member} threw ${describeError(escaped.error)}`
            );
          }

          const mutations = mutationsOf(original);
          for (const mutation of mutations) {
            const event = deepFreeze(mutation.event);
            const before = JSON.stringify(event);
            const found: Escape[] = [];
            let wrapper: unknown;
            try {
              wrapper = new target.Class(pick(event) as never);
            } catch (error) {
              if (!(error instanceof EvtError)) {
                failures.push(
                  `${mutation.description}: constructor threw ${describeError(error)}`
                );
              }
              continue;
            }
            readEverything(wrapper, seen, found);
            for (const escaped of found) {
              failures.push(
                `${mutation.description}: ${escaped.member} threw ${describeError(escaped.error)}`
              );
            }
            if (JSON.stringify(event) !== before) {
              failures.push(`${mutation.description}: the input changed`);
            }
          }

          expect(mutations.length).toBeGreaterThan(10);
          expect(failures.slice(0, MAX_REPORTED)).toEqual([]);
        });
      }
    }

    it('reaches every exported wrapper class', () => {
      // A base class (BaseProxyEvent, BaseRequestContext) is reached through its subclasses.
      const reached = (Class: WrapperClass): boolean =>
        [...seen].some(
          (Seen) => Seen === Class || Seen.prototype instanceof Class
        );
      const unreached = wrapperClassesOf(api)
        .filter(([, Class]) => !reached(Class))
        .map(([name]) => name);

      expect(unreached).toEqual([]);
    });

    it('names every exported wrapper class after its export', () => {
      const misnamed = wrapperClassesOf(api)
        .filter(
          ([name, Class]) => (Class as typeof EventWrapper).typeName !== name
        )
        .map(([name]) => name);

      expect(misnamed).toEqual([]);
    });
  });
}
