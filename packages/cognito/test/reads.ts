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
