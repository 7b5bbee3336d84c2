import { deepFreeze, loadEvent } from '@evt/config/events';
import { EventWrapper, EvtError } from '@evt/core';
import { describe, expect, it } from 'vitest';
import { DynamoDBStreamEvent } from '../src/dynamodb-stream-event';

const fixtures = [
  'dynamodb-stream-event',
  'dynamodb-stream-event.nested',
  'dynamodb-stream-event.keys-only',
  'dynamodb-stream-event.ttl',
  'dynamodb-stream-event.window',
];

const replacements: unknown[] = [
  undefined,
  null,
  42,
  'text',
  true,
  [],
  ['x'],
  {},
  { S: 1 },
  '!!not base64!!',
];

/** Every path to a value inside `value`, as key lists. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const nested = Object.keys(value).flatMap((key) =>
    paths((value as Record<string, unknown>)[key], [...prefix, key])
  );
  return [prefix, ...nested];
}

function mutate(event: unknown, path: string[], replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(event));
  if (path.length === 0) return copy;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1] as string;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

function readEverything(wrapper: EventWrapper, depth = 0): void {
  if (depth > 8) return;
  const names = new Set<string>();
  for (
    let prototype = Object.getPrototypeOf(wrapper);
    prototype && prototype !== EventWrapper.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (name !== 'constructor') names.add(name);
    }
  }
  for (const name of names) {
    let values: unknown[];
    try {
      const member = (wrapper as unknown as Record<string, unknown>)[name];
      values =
        typeof member !== 'function'
          ? [member]
          : member.length === 0
            ? [member.call(wrapper)]
            : [
                member.call(wrapper, { numbers: 'number' }),
                member.call(wrapper, { numbers: 'string' }),
              ];
    } catch (error) {
      if (error instanceof EvtError) continue;
      throw error;
    }
    for (const value of values) {
      if (value instanceof EventWrapper) readEverything(value, depth + 1);
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item instanceof EventWrapper) readEverything(item, depth + 1);
        }
      }
    }
  }
  String(wrapper);
}

describe('robustness', () => {
  for (const fixture of fixtures) {
    it(`throws only EvtErrors and leaves ${fixture} unchanged`, () => {
      const original = loadEvent<object>(fixture, { frozen: false });
      let runs = 0;

      for (const path of paths(original)) {
        for (const replacement of replacements) {
          const raw = deepFreeze(mutate(original, path, replacement)) as object;
          const before = JSON.stringify(raw);
          try {
            readEverything(new DynamoDBStreamEvent(raw as never));
          } catch (error) {
            if (!(error instanceof EvtError)) {
              throw new Error(
                `${path.join('.')} = ${JSON.stringify(replacement)}: ${String(error)}`
              );
            }
          }
          expect(JSON.stringify(raw)).toBe(before);
          runs++;
        }
      }

      expect(runs).toBeGreaterThan(100);
    });
  }
});
