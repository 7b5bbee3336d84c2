import { isOwn, markOwn } from './errors';
import { EventWrapper } from './event-wrapper';
import { hasOwnKey } from './own-key';

// The debug view is what `String(event)` and `console.log(event)` show. It must be cheap and
// safe to produce from any event: it decodes nothing new, it is bounded whatever the event's
// size or shape (shared and cyclic references included), and it hides credentials.

// The view's bounds, so that a 10 MB event logs in about the time `JSON.stringify` takes.
/** Items of an array, set or record list shown before "… N more". */
const ITEMS = 20;
/** Keys of an object or map shown before "… N more". */
const KEYS = 100;
/** Characters of a string shown before "… N more characters". */
const CHARACTERS = 1000;
/** Values visited in one view, all levels together (bounds shared references). */
const VALUES = 10_000;
/** Levels of nesting shown. */
const DEPTH = 24;

const SENSITIVE = '[SENSITIVE]';

/**
 * Thrown by the decoders while a view is built, so that a getter that would decode, inflate or
 * parse stops before doing it; the view shows the member as not decoded. Never escapes the view.
 */
export class NotDecoded {
  /** The size of the value that was not decoded, in characters or bytes. */
  readonly size: number;

  constructor(size: number) {
    this.size = size;
    markOwn(this);
  }
}

let depthOfViews = 0;

/** Whether a debug view is being built (decoders then refuse to work). */
export function viewing(): boolean {
  return depthOfViews > 0;
}

// Names, lower-cased with everything but letters and digits removed, that mark a credential
// wherever they occur in a member, key or header name: `Authorization`, `X-Amz-Security-Token`,
// `secretAccessKey`, `Set-Cookie`, `jwtClaims`, `X-Api-Key`...
const sensitiveParts: string[] = [
  'authorization',
  'password',
  'passwd',
  'secret',
  'token',
  'cookie',
  'credential',
  'signature',
  'apikey',
  'accesskey',
  'privatekey',
  'claim',
];

// Query-string parameter names that carry a credential although they are short and common
// words elsewhere (an S3 object's `key` is not a secret; a `?key=` parameter may be).
const SENSITIVE_PARAMETERS = new Set([
  'code',
  'key',
  'sig',
  'auth',
  'pass',
  'pwd',
]);

const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

function normalise(name: string): string {
  return name.toLowerCase().replace(NOT_ALPHANUMERIC, '');
}

/** Whether a name, already normalised, marks a credential. */
function isSensitive(normalised: string, parameter: boolean): boolean {
  return (
    (parameter && SENSITIVE_PARAMETERS.has(normalised)) ||
    sensitiveParts.some((part) => normalised.includes(part))
  );
}

/**
 * Adds names to those the debug view (`String(event)`, `console.log(event)`) hides as
 * `[SENSITIVE]`, wherever they occur: getter names, keys of maps and JSON values already
 * parsed, header names and query-string parameters. A name matches any name that contains it
 * once both are lower-cased and stripped of everything but letters and digits, so `tenantKey`
 * hides `tenantKey`, `X-Tenant-Key` and `tenant_key_id`.
 *
 * Built in: `authorization`, `password`, `passwd`, `secret`, `token`, `cookie`, `credential`,
 * `signature`, `apikey`, `accesskey`, `privatekey`, `claim`, and in query strings and URLs also
 * the exact names `code`, `key`, `sig`, `auth`, `pass` and `pwd`. A wrapper class adds its own
 * members with `static sensitiveMembers`.
 *
 * `JSON.stringify(event)` is not a debug view: it gives the raw event back, secrets included.
 *
 * @param names The names to hide.
 * @throws {TypeError} when a name is not a non-empty string.
 * @example
 * ```ts
 * import { addSensitiveNames } from '@evt/core';
 *
 * addSensitiveNames('ssn', 'dateOfBirth');
 * ```
 */
export function addSensitiveNames(...names: string[]): void {
  for (const [position, name] of names.entries()) {
    const normalised = typeof name === 'string' ? normalise(name) : '';
    if (!normalised) {
      throw new TypeError(
        `addSensitiveNames: names[${position}] must be a string with a letter or digit`
      );
    }
    if (!sensitiveParts.includes(normalised)) sensitiveParts.push(normalised);
  }
}

/** `text` with the values of sensitive query parameters (in a query string or URL) hidden. */
function redactQuery(text: string): string {
  const start = text.indexOf('?') + 1;
  const hash = text.indexOf('#', start);
  const end = hash < 0 ? text.length : hash;
  return (
    text.slice(0, start) +
    text.slice(start, end).replace(/[^&]+/g, (pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const sent = pair.slice(0, equals);
      let name = sent;
      try {
        // A `+` (a space) needs no decoding: names are compared without spaces or signs.
        name = decodeURIComponent(sent);
      } catch {
        // A malformed escape: judge the name as sent.
      }
      return isSensitive(normalise(name), true) ? `${sent}=${SENSITIVE}` : pair;
    }) +
    text.slice(end)
  );
}

/**
 * Adds the getters of `prototype` and of its bases to `getters`, base class first, and the
 * members their classes hide to `hidden`. A subclass's `sensitiveMembers` extends its parents'
 * lists: adding one name never shows what a parent hides.
 */
function addMembers(
  prototype: object,
  getters: unknown[],
  hidden: Set<string>
): void {
  if (prototype === Object.prototype) return;
  addMembers(Object.getPrototypeOf(prototype) as object, getters, hidden);
  const owner = (prototype as { constructor: typeof EventWrapper }).constructor;
  if (hasOwnKey(owner, 'sensitiveMembers')) {
    for (const name of owner.sensitiveMembers) hidden.add(name);
  }
  for (const [name, { get }] of Object.entries(
    Object.getOwnPropertyDescriptors(prototype)
  )) {
    if (get && !getters.includes(name)) getters.push(name);
  }
}

/** What one view has left to spend, and the objects on the path being shown (for cycles). */
interface ViewState {
  values: number;
  readonly ancestors: Set<object>;
}

function showValue(
  value: unknown,
  state: ViewState,
  depth: number,
  parameters: boolean,
  query: boolean
): unknown {
  if (typeof value === 'string') {
    const shown = query ? redactQuery(value) : value;
    return shown.length > CHARACTERS
      ? `${shown.slice(0, CHARACTERS)}… ${shown.length - CHARACTERS} more characters`
      : shown;
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value !== 'object') return value;
  if (state.values-- <= 0 || depth > DEPTH) return '[Truncated]';
  if (state.ancestors.has(value)) return '[Circular]';
  state.ancestors.add(value);
  try {
    return showObject(value, state, depth + 1, parameters, query);
  } finally {
    state.ancestors.delete(value);
  }
}

/**
 * Shows an object. `parameters` and `query` say what its member's name marks it as holding
 * (query parameters; a query string, URL or URI): its items and its JSON form are judged so
 * too (a list of URLs, a `URL` object), its keys by their own names.
 */
function showObject(
  value: object,
  state: ViewState,
  depth: number,
  parameters: boolean,
  query: boolean
): unknown {
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  if (Array.isArray(value) || value instanceof Set) {
    const items: unknown[] = Array.isArray(value) ? value : [...value];
    const shown = items
      .slice(0, ITEMS)
      .map((item) => showValue(item, state, depth, parameters, query));
    if (items.length > ITEMS) shown.push(`… ${items.length - ITEMS} more`);
    return shown;
  }
  let keys: unknown[] = [];
  let read = (key: unknown) =>
    (value as Record<string, unknown>)[key as string];
  let limit = KEYS;
  // Whether keys are judged as query parameter names (a wrapper's getters never are).
  let parameterNames = parameters;
  const hidden = new Set<string>();
  const prototype = Object.getPrototypeOf(value);
  if (value instanceof EventWrapper) {
    // Every getter, whatever their number; `rawEvent` is the event itself.
    hidden.add('rawEvent');
    addMembers(prototype, keys, hidden);
    limit = keys.length;
    parameterNames = false;
  } else if (value instanceof Map) {
    keys = [...value.keys()];
    read = (key) => value.get(key);
  } else if (prototype === Object.prototype || prototype === null) {
    // Own keys only: what `Object.prototype` may have gained is not the event's.
    keys = Object.keys(value);
  } else {
    // Date, HeaderMap and other values with a JSON form show that form.
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    return typeof toJSON === 'function'
      ? showValue(toJSON.call(value), state, depth, parameters, query)
      : `[${(prototype as { constructor?: { name?: string } }).constructor?.name ?? 'object'}]`;
  }
  // Entries, not assignments: a `__proto__` key is data, not the shown object's prototype.
  const shown: [string, unknown][] = [];
  for (const key of keys.slice(0, limit)) {
    const name = String(key);
    const normalised = normalise(name);
    let member: unknown = SENSITIVE;
    if (!hidden.has(name) && !isSensitive(normalised, parameterNames)) {
      try {
        // A member named like a query string holds parameters, whose names are judged by
        // the stricter list; one named like a query string, URL(s) or URI(s) may hold a query
        // string whose sensitive values are hidden.
        member = showValue(
          read(key),
          state,
          depth,
          normalised.includes('querystring'),
          /querystring|ur[il]s?$/.test(normalised)
        );
      } catch (error) {
        // `isOwn` first: `instanceof` would run the traps of a thrown Proxy.
        member =
          isOwn(error) && error instanceof NotDecoded
            ? `[not decoded: ${error.size} bytes]`
            : '[Cannot be deserialized]';
      }
    }
    shown.push([name, member]);
  }
  if (keys.length > limit) shown.push(['…', `${keys.length - limit} more`]);
  return Object.fromEntries(shown);
}

/**
 * Builds the debug view of a wrapper: every getter, recursively, with sensitive members shown
 * as `[SENSITIVE]`, members that would need decoding as `[not decoded: N bytes]` (unless
 * already decoded and cached), members that fail (or the one entry of a member's value that
 * fails) as `[Cannot be deserialized]`, and lists, maps and strings cut after their first items
 * (`… N more`).
 *
 * @param wrapper The wrapper to show.
 * @returns A plain JSON-safe value.
 */
export function debugView(wrapper: EventWrapper): unknown {
  depthOfViews++;
  try {
    return showValue(
      wrapper,
      { values: VALUES, ancestors: new Set() },
      0,
      false,
      false
    );
  } finally {
    depthOfViews--;
  }
}
