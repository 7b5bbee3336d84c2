import { loadEvent } from '@evt/tooling-config/events';

// A raw value behind a Proxy that counts how often each of its own fields is read, for the
// tests that check a cached getter reads its field once.
export function countingReads<T extends object>(
  value: T
): { value: T; reads: Map<PropertyKey, number> } {
  const reads = new Map<PropertyKey, number>();
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(target, key, receiver);
    },
  });
  return { value: proxy, reads };
}

/**
 * The loaders of a test file: `load` wraps a fixture (frozen, so a getter that writes fails),
 * `loadMutable` returns a fresh raw copy for the response setters to write into.
 */
export function fixtureLoaders<TRaw extends object, TEvent>(
  Event: new (raw: TRaw) => TEvent,
  fixture: string
): {
  load: (variant?: string) => TEvent;
  loadMutable: (variant?: string) => TRaw;
} {
  const name = (variant?: string) =>
    variant ? `${fixture}.${variant}` : fixture;
  return {
    load: (variant) => new Event(loadEvent<TRaw>(name(variant))),
    loadMutable: (variant) => loadEvent<TRaw>(name(variant), { frozen: false }),
  };
}

/** The attributes of the confirmed user of several samples, as Amazon Cognito sends them. */
export const CONFIRMED_USER = {
  sub: 'a36036a8-9061-424d-a737-56d57dae7bbc',
  email_verified: 'true',
  'cognito:user_status': 'CONFIRMED',
  'cognito:email_alias': 'testuser@example.com',
  phone_number_verified: 'false',
  phone_number: '+12065550100',
  email: 'testuser@example.com',
};
