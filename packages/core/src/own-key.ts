// The one own-property check of evt's runtime code. Kept free of imports, so that any module
// can use it without bundling another.

/**
 * Whether `key` is an own property of `object`, never one it inherits (from a polluted
 * `Object.prototype`, say): the answer `Object.hasOwn` gives.
 *
 * Use it wherever evt's runtime code checks a key, in particular inside a `for…in` loop over
 * a map of event data (query parameters, headers, slots). V8 recognises this check there,
 * proves it from the loop's own key cache and keeps the loop's fast reads of `object[key]`;
 * `Object.hasOwn` is a call it does not look into, and the loop's reads fall back to generic
 * lookups. Measured on an Application Load Balancer request with two query parameters: 220
 * fewer instructions per event for the one loop on Node 20 (the whole request reads 2–3 %
 * fewer on Node 20, 22 and 24 with this release's other changes).
 *
 * @param object The object to look in.
 * @param key The property's name.
 * @returns `true` when `object` itself has `key`.
 * @example
 * ```ts
 * import { hasOwnKey } from '@evt/core';
 *
 * const query: Record<string, string> = JSON.parse('{"page":"2"}');
 * for (const name in query) {
 *   if (hasOwnKey(query, name)) console.log(name, query[name]); // page 2
 * }
 * hasOwnKey(query, 'toString'); // false: inherited
 * ```
 *
 * @category Authoring kit
 */
export function hasOwnKey(object: object, key: PropertyKey): boolean {
  // Read from Object.prototype at each call, as V8 needs to see it. A prototype polluted
  // through parsed data holds no function there: then `Object.hasOwn` answers. (Replacing it
  // with a function takes running code, against which no check helps.)
  const check = Object.prototype.hasOwnProperty;
  return typeof check === 'function'
    ? check.call(object, key)
    : Object.hasOwn(object, key);
}
